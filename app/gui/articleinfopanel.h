#pragma once

#include "document/articledocument.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;


namespace Lectern::Gui {

// The Article info dock's content: title, date, authors, photographers, source, URL, hash, file.
class ArticleInfoPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleInfoPanel(QWidget *parent = nullptr);
    void setDocument(Core::ArticleDocument *document);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    QPointer<Core::ArticleDocument> m_document;
    QFormLayout *m_form;
    QList<QLabel *> m_labels;
    QList<QLabel *> m_values;
};

} // namespace Lectern::Gui
