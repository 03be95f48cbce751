#pragma once

#include "document/articledocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace Lectern::Gui {

class ElidedLabel;

// The Article info dock's content: title, date, authors, photographers, source, URL, hash, file.
// Every value is shown whole at any dock width: text wraps (each caption above its value, so a
// narrow dock keeps the full width for it), and what cannot wrap (the file path, the URL) is
// elided in the middle with the whole value in its tool tip. The file row offers "Show in
// Folder" (the folder opened by the desktop) and "Copy Path". Rows without a value are hidden.
class ArticleInfoPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleInfoPanel(QWidget *parent = nullptr);
    void setDocument(Core::ArticleDocument *document);

    // The label showing a value (tests, accessibility): Title, Date… in the order of the panel.
    enum Row { Title, Date, Authors, Photographers, Source, Url, Hash, File, Format, Notes, RowCount };
    QLabel *valueLabel(Row row) const { return m_values.at(row); }
    QToolButton *showInFolderButton() const { return m_showInFolder; }
    QToolButton *copyPathButton() const { return m_copyPath; }

public Q_SLOTS:
    void showInFolder() const; // opens the folder of the article's file
    void copyPath() const;     // the file's path (native separators) to the clipboard

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();
    QString filePath() const;

    QPointer<Core::ArticleDocument> m_document;
    QVBoxLayout *m_rows;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
    QWidget *m_fileActions;
    QToolButton *m_showInFolder;
    QToolButton *m_copyPath;
};

} // namespace Lectern::Gui
