#include "elidedlabel.h"

#include "util/literaltext.h"

#include <QEvent>
#include <QFontMetrics>

namespace Lectern::Gui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    // The layout may give it less than the text needs: it elides instead of widening the dock.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_full = text;
    setToolTip(text.isEmpty() ? QString() : Core::LiteralText::forRichTextContext(text));
    updateShown();
    updateGeometry();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QStringLiteral("…")) * 4, QLabel::minimumSizeHint().height()};
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    const QMargins m = contentsMargins();
    return {fm.horizontalAdvance(m_full) + m.left() + m.right() + 2 * margin(), QLabel::sizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateShown();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateShown();
}

void ElidedLabel::updateShown()
{
    const int width = contentsRect().width() - 2 * margin();
    const QString shown = QFontMetrics(font()).elidedText(m_full, Qt::ElideMiddle, std::max(0, width));
    if (shown != text())
        QLabel::setText(shown);
}

} // namespace Lectern::Gui
