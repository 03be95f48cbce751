#pragma once

#include <QString>
#include <QStringView>

// Small text helpers for the metric recogniser: words next to a figure, their matching keys,
// sentence boundaries. All functions look a bounded distance away from the position they get,
// so scanning a whole article with them stays linear.
namespace Lectern::Core::MetricText {

struct Word
{
    qsizetype start = -1; // UTF-16 offsets of the surface; -1 when there is no word
    qsizetype end = -1;
    QString key; // lower case NFC ('ð' read as 'đ'): compare against the lexicon

    bool isNull() const { return start < 0; }
};

// Letters and combining marks (NFD text) make words; a '-' between two letters is kept inside
// ("đô-la", "héc-ta"). Digits are not word characters.
bool isWordChar(QChar c);
inline bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
// Space or tab (also no-break space); never a line break, which ends every phrase.
bool isInlineSpace(QChar c);

// Lower case NFC key of a surface (NFD input is composed, 'ð' folds to 'đ').
QString wordKey(QStringView surface);

// The word starting at the first non-space character at or after pos on the same line; null
// when that character is not a letter.
Word wordAfter(QStringView text, qsizetype pos);
// The word ending at the last non-space character before pos on the same line; null when that
// character is not a letter.
Word wordBefore(QStringView text, qsizetype pos);

// Offset of the first non-space character at or after pos (same line).
qsizetype skipSpaces(QStringView text, qsizetype pos);
// Offset after the last non-space character before pos (same line).
qsizetype skipSpacesBack(QStringView text, qsizetype pos);

// True when only spaces, sentence-opening punctuation or the start of a line/text precede start.
bool opensSentence(QStringView text, qsizetype start);

// "Hà", "Trạm": upper case first letter. "BVĐK", "iPhone": an upper case letter after the first.
bool isCapitalized(QStringView surface);
bool hasInnerCapital(QStringView surface);

// Offset of the end of the clause containing pos: the next '.', ';', '!', '?' or line break
// (a '.' between digits does not count), or the text end. Looks at most `limit` characters.
qsizetype clauseEnd(QStringView text, qsizetype pos, qsizetype limit);
// Offset of the start of the clause containing pos (after the previous boundary).
qsizetype clauseStart(QStringView text, qsizetype pos, qsizetype limit);
// Same as clauseEnd/clauseStart but only sentence ends ('.', '!', '?', line break) count.
qsizetype sentenceEnd(QStringView text, qsizetype pos, qsizetype limit);
qsizetype sentenceStart(QStringView text, qsizetype pos, qsizetype limit);

} // namespace Lectern::Core::MetricText
