#include "extract/placerecognizer.h"

#include "extract/tokenrules.h"

namespace Lectern::Core {

namespace {

bool isPlaceCue(const QString &key)
{
    return key == LKEY(u"tại") || key == LKEY(u"ở") || key == LKEY(u"nước") || key == LKEY(u"sang") || key == LKEY(u"đến") || key == LKEY(u"tới")
        || key == LKEY(u"thăm") || key == LKEY(u"quốc") || key == LKEY(u"từ") || key == LKEY(u"khắp");
}

} // namespace

ScanSpan PlaceRecognizer::knownAt(const QList<Token> &tokens, qsizetype index) const
{
    if (index >= tokens.size() || !tokens.at(index).isWord())
        return {};
    const PhraseTable::Match m = m_gazetteer.places().matchAt(tokens, index);
    if (m.length == 0)
        return {};
    const Token &last = tokens.at(index + m.length - 1);
    if (!last.isUpper())
        return {};
    const Gazetteer::PlaceEntry &entry = m_gazetteer.place(m.value);
    if (entry.ambiguous) {
        const bool cued = index > 0 && isPlaceCue(tokens.at(index - 1).key);
        const bool followedByName = index + m.length < tokens.size()
            && TokenRules::isNameWord(tokens.at(index + m.length)) && TokenRules::continuesLine(tokens, index + m.length);
        if (!cued || followedByName)
            return {};
    }
    // A place name glued to a following capitalised word is part of a longer name
    // ("Hà Nam" inside a person's name is handled by the person recogniser first).
    ScanSpan s = ScanSpan::make(ScanSpan::Kind::Place, index, index + m.length, m.value);
    s.canonical = entry.name;
    return s;
}

ScanSpan PlaceRecognizer::matchAt(const QList<Token> &tokens, qsizetype index) const
{
    ScanSpan known = knownAt(tokens, index);
    const int admin = TokenRules::adminWordAt(tokens, index);
    if (admin == 0)
        return known;
    qsizetype j = index + admin;
    if (j < tokens.size() && tokens.at(j).isPunct(u'.'))
        ++j;
    if (j >= tokens.size() || !TokenRules::continuesLine(tokens, j))
        return known;
    ScanSpan inner = knownAt(tokens, j);
    qsizetype end = j;
    if (inner.isValid()) {
        end = inner.last;
    } else {
        const Token &t = tokens.at(j);
        const QString &adminKey = tokens.at(index).key;
        const bool numbered = adminKey == LKEY(u"quận") || adminKey == LKEY(u"phường") || adminKey == LKEY(u"ấp")
            || adminKey == LKEY(u"khu");
        if (numbered && t.isWord() && t.is(Token::HasDigit) && !t.is(Token::Upper) && t.length() <= 3) {
            end = j + 1; // "quận 1", "phường 5" (never "tỉnh 180": that is a figure)
        } else {
            while (end < tokens.size() && end - j < 4 && TokenRules::isNameWord(tokens.at(end))
                   && TokenRules::continuesLine(tokens, end))
                ++end;
        }
    }
    if (end == j)
        return known;
    ScanSpan s = ScanSpan::make(ScanSpan::Kind::Place, index, end, inner.gazetteerIndex);
    s.nameFirst = j;
    s.nameLast = end;
    s.canonical = inner.canonical;
    return s.length() >= known.length() ? s : known;
}

} // namespace Lectern::Core
