#include "util/textfold.h"

#include <vector>

namespace Lectern::Core::TextFold {

namespace {

bool isVietnameseLetter(QChar c)
{
    if (c.isLetter() && c.unicode() < 0x80)
        return true;
    const QString d = QString(c).normalized(QString::NormalizationForm_D);
    return !d.isEmpty() && d.at(0).unicode() < 0x80 && d.at(0).isLetter();
}

// Lower-case base letter of a character ("Ệ" -> 'e'): a table, computed once, for U+0000..U+1FFF
// (all Latin blocks Vietnamese uses, up to Latin Extended Additional); plain lower-casing beyond.
QChar baseLetter(QChar c)
{
    static constexpr char16_t tableEnd = 0x2000;
    static const std::vector<char16_t> table = [] {
        std::vector<char16_t> t(tableEnd);
        for (char16_t u = 0; u < tableEnd; ++u) {
            const QString d = QString(QChar(u)).normalized(QString::NormalizationForm_D);
            t[u] = d.isEmpty() ? u : d.at(0).toLower().unicode();
        }
        return t;
    }();
    const char16_t u = c.unicode();
    if (u < tableEnd)
        return QChar(table[u]);
    return c.toLower();
}

} // namespace

bool isInvisible(QChar c)
{
    switch (c.unicode()) {
    case 0x200B: // zero width space
    case 0x200C: // zero width non-joiner
    case 0x200D: // zero width joiner
    case 0x2060: // word joiner
    case 0x00AD: // soft hyphen
    case 0xFEFF: // BOM / zero width no-break space
        return true;
    default:
        return false;
    }
}

bool isToneMark(char16_t c)
{
    return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

QString foldForSearch(QStringView text)
{
    QString out(text.size(), QLatin1Char(' '));
    QChar *dst = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u < 0x80) {
            dst[i] = c.toLower();
            continue;
        }
        if (isInvisible(c) || c.isSpace() || c.isSurrogate()) {
            dst[i] = c.isSurrogate() ? QChar(0xFFFD) : QLatin1Char(' ');
            continue;
        }
        if (u == 0x0110 || u == 0x0111 || u == 0x00D0 || u == 0x00F0) {
            dst[i] = QLatin1Char('d');
            continue;
        }
        if (c.category() == QChar::Mark_NonSpacing) {
            // A stray combining mark (NFD text): drop it but keep the length by repeating a
            // neutral character that no query contains.
            dst[i] = QChar(0xFFFD);
            continue;
        }
        dst[i] = baseLetter(c);
    }
    return out;
}

QString normalizeText(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_C);
    // 'Ð' (eth) is a common keyboard slip for 'Đ'. Vietnamese never uses eth, Icelandic and
    // Faroese never put it before a Vietnamese vowel cluster, so fix it only when it is
    // surrounded by letters Vietnamese uses (or stands at the start of such a word).
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t u = out.at(i).unicode();
        if (u != 0x00D0 && u != 0x00F0)
            continue;
        const bool nextIsLetter = i + 1 < out.size() && isVietnameseLetter(out.at(i + 1));
        const bool prevIsLetter = i > 0 && out.at(i - 1).isLetter();
        const bool standalone = !nextIsLetter && !prevIsLetter;
        if (nextIsLetter || standalone)
            out[i] = QChar(u == 0x00D0 ? 0x0110 : 0x0111);
    }
    return out;
}

QString matchKey(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    QString tones;
    QString syllable;
    auto flush = [&]() {
        if (syllable.isEmpty() && tones.isEmpty())
            return;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += syllable;
        out += tones;
        syllable.clear();
        tones.clear();
    };
    for (const QChar c : decomposed) {
        if (isInvisible(c))
            continue;
        if (c.isSpace()) {
            flush();
            continue;
        }
        if (isToneMark(c.unicode()))
            tones += c;
        else
            syllable += c;
    }
    flush();
    // Case folding after decomposition keeps combining marks apart; compose at the end so
    // the key of "Hòa" and of "Hoà" is the same NFC string.
    QString folded = out.toCaseFolded();
    folded.replace(QChar(0x00F0), QChar(0x0111)); // eth folds to đ for matching
    return folded.normalized(QString::NormalizationForm_C);
}

QString searchKey(QStringView text)
{
    const QString decomposed = text.toString().toCaseFolded().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool lastSpace = true;
    for (const QChar c : decomposed) {
        if (isInvisible(c) || c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            if (!lastSpace)
                out += QLatin1Char(' ');
            lastSpace = true;
            continue;
        }
        lastSpace = false;
        const char16_t u = c.unicode();
        if (u == 0x0111 || u == 0x0110 || u == 0x00F0 || u == 0x00D0)
            out += QLatin1Char('d');
        else
            out += c;
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

} // namespace Lectern::Core::TextFold
