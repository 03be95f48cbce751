#pragma once

#include <QLabel>

namespace Lectern::Gui {

// A one-line label for text that cannot wrap (a file path, a URL): it takes any width it is
// given, shows the text elided in the middle (the start and the file name stay), and keeps the
// whole text in its tool tip. The text is document data: shown as plain text, never markup.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    // The text as drawn at the current width.
    QString shownText() const { return text(); }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateShown();

    QString m_full;
};

} // namespace Lectern::Gui
