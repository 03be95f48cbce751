#include "extract/personrecognizer.h"

#include "extract/tokenrules.h"

namespace Lectern::Core {

using namespace TokenRules;

ScanSpan PersonRecognizer::matchAt(const QString &text, const QList<Token> &tokens, qsizetype index, bool cued) const
{
    if (index >= tokens.size() || !isNameWord(tokens.at(index)))
        return {};
    // The capitalised run; foreign particles only between two capitalised words.
    qsizetype end = index + 1;
    bool particle = false;
    while (end < tokens.size() && end - index < 6 && continuesLine(tokens, end)) {
        const Token &t = tokens.at(end);
        if (isNameWord(t)) {
            ++end;
            continue;
        }
        if (t.isWord() && isNameParticle(t.key) && end + 1 < tokens.size() && isNameWord(tokens.at(end + 1))
            && continuesLine(tokens, end + 1)) {
            particle = true;
            end += 2;
            continue;
        }
        break;
    }
    const qsizetype run = end - index;
    const bool vietnamese = m_gazetteer.isSurname(tokens.at(index).key) && !particle;
    if (vietnamese && run >= 2) {
        ScanSpan s = ScanSpan::make(ScanSpan::Kind::Person, index, index + qMin<qsizetype>(run, 4));
        s.strong = true;
        return s;
    }
    const bool entityWord = m_gazetteer.organizationHeads().matchAt(tokens, index).length > 0
        || m_gazetteer.organizations().matchAt(tokens, index).length > 0
        || m_gazetteer.titles().matchAt(tokens, index).length > 0
        || m_gazetteer.places().matchAt(tokens, index).length > 0;
    if (cued && !entityWord)
        return ScanSpan::make(ScanSpan::Kind::Person, index, index + qMin<qsizetype>(run, 5));
    if (run >= 2 && run <= 4 && quoteVerbAt(tokens, end) > 0 && !tokens.at(index).is(Token::SentenceStart))
        return ScanSpan::make(ScanSpan::Kind::Person, index, end);
    if (run >= 2 && run <= 3 && !entityWord && !particle) {
        // A foreign name: ASCII words, one of them impossible as a Vietnamese syllable
        // ("Angela Merkel", "Gareth Bale").
        bool ascii = true;
        bool foreign = false;
        for (qsizetype k = index; k < end && ascii; ++k) {
            const Token &t = tokens.at(k);
            for (qsizetype c = t.start; c < t.end && ascii; ++c)
                ascii = text.at(c).unicode() < 0x80 && text.at(c).isLetter();
            if (ascii) {
                const QString &w = t.key;
                // events, titles of works and competitions are not people
                if (w == u"league" || w == u"cup" || w == u"games" || w == u"the" || w == u"open" || w == u"awards"
                    || w == u"festival" || w == u"tour" || w == u"series" || w == u"club" || w == u"group"
                    || w == u"united" || w == u"city" || w == u"news" || w == u"post" || w == u"times" || w.endsWith(u"bank")) {
                    ascii = false;
                    break;
                }
                const QChar last = w.back();
                foreign = foreign || w.contains(QLatin1Char('f')) || w.contains(QLatin1Char('j')) || w.contains(QLatin1Char('w'))
                    || w.contains(QLatin1Char('z')) || !QStringLiteral("aeiouycmnptgh").contains(last)
                    || w.endsWith(QLatin1String("ld")) || w.endsWith(QLatin1String("rd"));
            }
        }
        if (ascii && foreign && !tokens.at(index).is(Token::SentenceStart))
            return ScanSpan::make(ScanSpan::Kind::Person, index, end);
    }
    if (run >= 1 && run <= 3 && !entityWord) {
        // A player's shirt number: "Quốc Hoàng (số 21)".
        if (end + 2 < tokens.size() && tokens.at(end).isPunct(u'(') && tokens.at(end + 1).key == LKEY(u"số")
            && tokens.at(end + 2).is(Token::HasDigit))
            return ScanSpan::make(ScanSpan::Kind::Person, index, end);
        // Two or three given-name syllables used as a name ("Quốc Hoàng", "Thanh Tú").
        bool given = run >= 2 && !tokens.at(index).is(Token::SentenceStart);
        for (qsizetype k = index; k < end && given; ++k)
            given = m_gazetteer.isGivenName(tokens.at(k).key);
        if (given)
            return ScanSpan::make(ScanSpan::Kind::Person, index, end);
    }
    return {};
}

} // namespace Lectern::Core
