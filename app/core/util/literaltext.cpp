#include "literaltext.h"

namespace Lectern::Core::LiteralText {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString forRichTextContext(const QString &text)
{
    // Qt::mightBeRichText needs a '<' (or the entity "&lt;") to guess markup; without '<' and '&'
    // the text is plain whichever way a widget guesses.
    if (!text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('&')))
        return text;
    return QStringLiteral("<qt>") + escaped(text) + QStringLiteral("</qt>");
}

} // namespace Lectern::Core::LiteralText
