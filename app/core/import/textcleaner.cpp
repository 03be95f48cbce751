#include "import/textcleaner.h"

#include "util/textfold.h"

#include <QRegularExpression>

namespace Lectern::Core {

bool TextCleaner::isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) // LRE, RLE, PDF, LRO, RLO
           || (u >= 0x2066 && u <= 0x2069) // LRI, RLI, FSI, PDI
           || u == 0x200E || u == 0x200F || u == 0x061C; // LRM, RLM, ALM
}

QString TextCleaner::cleanLine(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        // A zero width space marks a break between words (CMSs put it where a space was): it
        // becomes one. The other invisible characters, and bidi controls, are dropped.
        if (c.unicode() == 0x200B) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (TextFold::isInvisible(c) || isBidiControl(c))
            continue;
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += c;
    }
    return TextFold::normalizeText(out);
}

QString TextCleaner::cleanOneLine(QStringView text)
{
    // Terminal escape sequences go whole: CSI ("ESC [ 31 m", or C1 CSI), OSC ("ESC ] 0 ; title
    // BEL", hyperlinks, up to BEL or ESC-backslash), and two-character ESC sequences. cleanLine() then turns
    // the remaining C0/C1 controls and line breaks into spaces and drops bidi controls.
    static const QRegularExpression escapes(QStringLiteral(
        "\\x{1B}\\[[0-?]*[ -/]*[@-~]|\\x{9B}[0-?]*[ -/]*[@-~]"
        "|(?:\\x{1B}\\]|\\x{9D})[^\\x{07}\\x{1B}\\x{9C}]*(?:\\x{07}|\\x{1B}\\\\|\\x{9C})?"
        "|\\x{1B}[@-_]"));
    if (!text.contains(QChar(0x1B)) && !text.contains(QChar(0x9B)) && !text.contains(QChar(0x9D)))
        return cleanLine(text);
    return cleanLine(text.toString().remove(escapes));
}

QStringList TextCleaner::splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029 || u == u'\f') {
            lines.append(text.mid(start, i - start));
            if (u == u'\r' && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            start = i + 1;
        }
    }
    lines.append(text.mid(start));
    return lines;
}

bool TextCleaner::isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && !TextFold::isInvisible(c) && c.category() != QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace Lectern::Core
