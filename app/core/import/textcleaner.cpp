#include "import/textcleaner.h"

#include "util/textfold.h"

namespace Lectern::Core {

QString TextCleaner::cleanLine(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (TextFold::isInvisible(c))
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
