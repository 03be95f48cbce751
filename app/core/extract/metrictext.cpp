#include "extract/metrictext.h"

namespace Lectern::Core::MetricText {

namespace {

bool isLetterOrMark(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    if (u >= 0x0300 && u <= 0x036F)
        return true; // combining diacritics (NFD text)
    return c.isLetter() || (u > 0x036F && c.isMark());
}

bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029 || u == 0x0B || u == 0x0C;
}

bool isBoundary(QStringView text, qsizetype i, bool clauses)
{
    const QChar c = text.at(i);
    if (isLineBreak(c) || c == u'!' || c == u'?')
        return true;
    if (clauses && c == u';')
        return true;
    if (c == u'.') {
        // a '.' between digits groups thousands; one right after a letter followed by a letter
        // is an abbreviation ("TP.HCM").
        const bool digitBefore = i > 0 && isDigit(text.at(i - 1));
        const bool digitAfter = i + 1 < text.size() && isDigit(text.at(i + 1));
        const bool letterAfter = i + 1 < text.size() && text.at(i + 1).isLetter();
        return !(digitBefore && digitAfter) && !letterAfter;
    }
    return false;
}

qsizetype scanForward(QStringView text, qsizetype pos, qsizetype limit, bool clauses)
{
    const qsizetype stop = qMin(text.size(), pos + limit);
    for (qsizetype i = pos; i < stop; ++i)
        if (isBoundary(text, i, clauses))
            return i;
    return stop;
}

qsizetype scanBackward(QStringView text, qsizetype pos, qsizetype limit, bool clauses)
{
    const qsizetype stop = qMax<qsizetype>(0, pos - limit);
    for (qsizetype i = pos - 1; i >= stop; --i)
        if (isBoundary(text, i, clauses))
            return i + 1;
    return stop;
}

} // namespace

bool isWordChar(QChar c)
{
    return isLetterOrMark(c);
}

bool isInlineSpace(QChar c)
{
    return (c.isSpace() && !isLineBreak(c)) || c.unicode() == 0x200B;
}

QString wordKey(QStringView surface)
{
    for (const QChar c : surface) {
        if (c.unicode() >= 0x0300 && c.unicode() <= 0x036F) {
            // NFD input: compose first (rare path)
            QString key = surface.toString().normalized(QString::NormalizationForm_C).toLower();
            key.replace(QChar(0x00F0), QChar(0x0111));
            return key;
        }
    }
    QString key(surface.size(), Qt::Uninitialized);
    QChar *out = key.data();
    for (qsizetype i = 0; i < surface.size(); ++i) {
        const QChar c = surface.at(i);
        const char16_t u = c.unicode();
        if (u < 0x80)
            out[i] = (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + 32)) : c;
        else if (u == 0x00F0 || u == 0x00D0)
            out[i] = QChar(0x0111);
        else if (c.isSurrogate())
            out[i] = c;
        else
            out[i] = c.toLower();
    }
    return key;
}

Word wordAfter(QStringView text, qsizetype pos)
{
    Word w;
    const qsizetype start = skipSpaces(text, pos);
    if (start >= text.size() || !text.at(start).isLetter())
        return w;
    qsizetype i = start;
    while (i < text.size()) {
        if (isLetterOrMark(text.at(i))) {
            ++i;
        } else if (text.at(i) == u'-' && i + 1 < text.size() && text.at(i + 1).isLetter()) {
            i += 2;
        } else {
            break;
        }
    }
    w.start = start;
    w.end = i;
    w.key = wordKey(text.mid(start, i - start));
    return w;
}

Word wordBefore(QStringView text, qsizetype pos)
{
    Word w;
    const qsizetype end = skipSpacesBack(text, pos);
    if (end <= 0 || !isLetterOrMark(text.at(end - 1)))
        return w;
    qsizetype i = end;
    while (i > 0) {
        if (isLetterOrMark(text.at(i - 1))) {
            --i;
        } else if (text.at(i - 1) == u'-' && i >= 2 && isLetterOrMark(text.at(i - 2))) {
            i -= 2;
        } else {
            break;
        }
    }
    // a word cannot start with a combining mark
    while (i < end && text.at(i).isMark())
        ++i;
    if (i == end)
        return w;
    w.start = i;
    w.end = end;
    w.key = wordKey(text.mid(i, end - i));
    return w;
}

qsizetype skipSpaces(QStringView text, qsizetype pos)
{
    while (pos < text.size() && isInlineSpace(text.at(pos)))
        ++pos;
    return pos;
}

qsizetype skipSpacesBack(QStringView text, qsizetype pos)
{
    while (pos > 0 && isInlineSpace(text.at(pos - 1)))
        --pos;
    return pos;
}

bool opensSentence(QStringView text, qsizetype start)
{
    const qsizetype p = skipSpacesBack(text, start);
    if (p == 0)
        return true;
    const QChar c = text.at(p - 1);
    if (isLineBreak(c))
        return true;
    switch (c.unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u':':
    case u';':
    case u'"':
    case u'\'':
    case u'(':
    case u'[':
    case u'-':
    case 0x2013:
    case 0x2014:
    case 0x201C:
    case 0x2018:
    case 0x00AB:
    case 0x2026:
        return true;
    default:
        return false;
    }
}

bool isCapitalized(QStringView surface)
{
    return !surface.isEmpty() && surface.at(0).isUpper();
}

bool hasInnerCapital(QStringView surface)
{
    for (qsizetype i = 1; i < surface.size(); ++i)
        if (surface.at(i).isUpper())
            return true;
    return false;
}

qsizetype clauseEnd(QStringView text, qsizetype pos, qsizetype limit)
{
    return scanForward(text, pos, limit, true);
}

qsizetype clauseStart(QStringView text, qsizetype pos, qsizetype limit)
{
    return scanBackward(text, pos, limit, true);
}

qsizetype sentenceEnd(QStringView text, qsizetype pos, qsizetype limit)
{
    return scanForward(text, pos, limit, false);
}

qsizetype sentenceStart(QStringView text, qsizetype pos, qsizetype limit)
{
    return scanBackward(text, pos, limit, false);
}

} // namespace Lectern::Core::MetricText
