#include "extract/tokenizer.h"

#include "util/textfold.h"

#include <QHash>
#include <QStringView>

namespace Lectern::Core {

namespace {

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    if (c.isLetterOrNumber())
        return true;
    const QChar::Category cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining;
}

bool isJoiner(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'.' || u == u'&' || u == u'-' || u == u'\'' || u == 0x2019 || u == u'_';
}

bool endsSentence(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'.' || u == u'!' || u == u'?' || u == u':' || u == 0x2026 || u == u'"'
        || u == 0x201C || u == 0x201D || u == u'(' || u == u'[' || u == u';' || u == u'\n';
}

// matchKey() costs two normalisations; syllables repeat across articles, so each thread keeps
// a bounded cache (thread_local: no locking, no sharing). The views index strings kept in the
// arena, whose character data never moves.
const QString &cachedKey(QStringView surface)
{
    thread_local QHash<QStringView, QString> cache;
    thread_local QList<QString> arena;
    const auto it = cache.constFind(surface);
    if (it != cache.constEnd())
        return it.value();
    if (cache.size() > 200000) {
        cache.clear();
        arena.clear();
    }
    arena.append(surface.toString());
    const QString &stored = arena.last();
    return cache.insert(QStringView(stored), TextFold::matchKey(stored)).value();
}

// Decides where the word starting at `start` ends: word characters, joiners with word characters
// on both sides, a decimal comma between digits, and a trailing '+' ("Vietnam+").
qsizetype wordEnd(const QString &text, qsizetype start)
{
    const qsizetype n = text.size();
    qsizetype j = start + 1;
    while (j < n) {
        const QChar d = text.at(j);
        if (isWordChar(d)) {
            ++j;
        } else if (d == QLatin1Char(',') && j + 1 < n && text.at(j - 1).isDigit() && text.at(j + 1).isDigit()) {
            j += 2; // decimal comma "12,5"
        } else if (isJoiner(d) && j + 1 < n && isWordChar(text.at(j + 1))
                   && !(d == QLatin1Char('.') && text.at(j + 1).isDigit() != text.at(j - 1).isDigit())) {
            j += 2;
        } else {
            break;
        }
    }
    if (j < n && text.at(j) == QLatin1Char('+') && (j + 1 == n || !isWordChar(text.at(j + 1))))
        ++j;
    return j;
}

// Decides the word's Upper, HasDigit and AllCaps flags from its letters and digits.
quint16 wordCaseFlags(const QString &text, qsizetype start, qsizetype end)
{
    quint16 flags = 0;
    int letters = 0;
    int uppers = 0;
    for (qsizetype k = start; k < end; ++k) {
        const char16_t u = text.at(k).unicode();
        if (u < 0x80) {
            if (u >= u'0' && u <= u'9') {
                flags |= Token::HasDigit;
            } else if ((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')) {
                ++letters;
                if (u <= u'Z') {
                    ++uppers;
                    if (k == start)
                        flags |= Token::Upper;
                }
            }
            continue;
        }
        const QChar d = text.at(k);
        if (d.isDigit())
            flags |= Token::HasDigit;
        if (d.isLetter()) {
            ++letters;
            if (d.isUpper()) {
                ++uppers;
                if (k == start)
                    flags |= Token::Upper;
            }
        }
    }
    if (letters >= 2 && uppers == letters)
        flags |= Token::AllCaps;
    return flags;
}

} // namespace

QList<Token> Tokenizer::tokenize(const QString &text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 4 + 1);
    const qsizetype n = text.size();
    bool sentenceStart = true;
    bool lineStart = true;
    bool space = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            lineStart = true;
            sentenceStart = true;
            space = true;
            ++i;
            continue;
        }
        if (c.isSpace() || TextFold::isInvisible(c)) {
            space = true;
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (isWordChar(c)) {
            t.end = wordEnd(text, i);
            t.flags = Token::Word | wordCaseFlags(text, t.start, t.end);
            if (sentenceStart)
                t.flags |= Token::SentenceStart;
            sentenceStart = false;
        } else {
            t.end = i + 1;
            if (c.isHighSurrogate() && i + 1 < n)
                t.end = i + 2;
            t.flags = Token::Punct;
            if (endsSentence(c))
                sentenceStart = true;
        }
        if (lineStart)
            t.flags |= Token::LineStart;
        if (space)
            t.flags |= Token::SpaceBefore;
        lineStart = false;
        space = false;
        const QStringView surface(text.constData() + t.start, t.end - t.start);
        t.key = cachedKey(surface);
        tokens.append(t);
        i = t.end;
    }
    return tokens;
}

} // namespace Lectern::Core
