#include "extract/organizationrecognizer.h"

#include "extract/tokenrules.h"

namespace Lectern::Core {

using namespace TokenRules;

namespace {

bool isNamePartStart(const Token &t)
{
    return t.isWord() && (t.isUpper() || t.is(Token::AllCaps));
}

bool isConnector(const Token &t)
{
    return t.key == u"&" || t.key == u"-" || t.key == u"–";
}

} // namespace

bool OrganizationRecognizer::personStartsAt(const QList<Token> &tokens, qsizetype index) const
{
    // A Vietnamese full name: surname + 1..3 capitalised syllables, then no capitalised word.
    if (index >= tokens.size() || !isNameWord(tokens.at(index)) || !m_gazetteer.isSurname(tokens.at(index).key))
        return false;
    qsizetype end = index + 1;
    while (end < tokens.size() && end - index < 5 && isNameWord(tokens.at(end)) && continuesLine(tokens, end))
        ++end;
    return end - index >= 2 && end - index <= 4;
}

qsizetype OrganizationRecognizer::nameEnd(const QList<Token> &tokens, qsizetype from, bool afterTitle, bool standalone) const
{
    // Returns the end of the proper-name part starting at from (== from when there is none).
    qsizetype end = from;
    qsizetype j = from;
    int lowerRun = 0;
    while (j < tokens.size() && continuesLine(tokens, j)) {
        const Token &t = tokens.at(j);
        if (isNamePartStart(t)) {
            if (afterTitle && (end > from || standalone) && personStartsAt(tokens, j))
                break;
            if (j > from && m_gazetteer.titles().matchAt(tokens, j).length > 0)
                break;
            // a place ends the name: what follows is the place continuation
            if (j > from && m_places.knownAt(tokens, j).isValid())
                break;
            end = ++j;
            lowerRun = 0;
            continue;
        }
        if (end == from)
            break; // the name must open with a capitalised word
        if (t.isWord() && t.is(Token::HasDigit) && !t.is(Token::Upper)) {
            // "Tổng công ty XDCTGT 1", "DAP số 2"
            const bool afterAbbrev = tokens.at(j - 1).is(Token::AllCaps) || tokens.at(j - 1).key == LKEY(u"số");
            if (afterAbbrev && t.length() <= 3) {
                end = ++j;
                continue;
            }
            break;
        }
        if ((isConnector(t) || t.key == LKEY(u"và")) && j + 1 < tokens.size() && isNamePartStart(tokens.at(j + 1))
            && continuesLine(tokens, j + 1) && !personStartsAt(tokens, j + 1)
            && m_gazetteer.organizationHeads().matchAt(tokens, j + 1).length == 0
            && m_gazetteer.organizations().matchAt(tokens, j + 1).length == 0) {
            ++j;
            continue;
        }
        const bool compoundStart = lowerRun > 0
            || (isNameWord(tokens.at(j - 1)) && (j - 1 == from || !isNameWord(tokens.at(j - 2))));
        if (t.isWord() && !t.isUpper() && lowerRun < 2 && compoundStart && adminWordAt(tokens, j) == 0
            && (!isStopWord(t.key) || t.key == LKEY(u"số")) && !m_places.knownAt(tokens, j).isValid()) {
            ++lowerRun;
            ++j;
            // keep a lower-case syllable only when the name goes on or it follows a capital
            if (lowerRun == 1 || (j < tokens.size() && isNamePartStart(tokens.at(j))))
                end = j;
            if (lowerRun == 2 && !(j < tokens.size() && isNamePartStart(tokens.at(j)) && continuesLine(tokens, j))) {
                end = j - 1;
                break;
            }
            continue;
        }
        break;
    }
    return end;
}

qsizetype OrganizationRecognizer::placeContinuation(const QList<Token> &tokens, qsizetype from, bool afterTitle) const
{
    qsizetype end = from;
    for (int round = 0; round < 2 && end < tokens.size() && continuesLine(tokens, end); ++round) {
        // "Ban Cứu trợ trung ương", "Hội đồng Thi đua - Khen thưởng trung ương": the level of the
        // body, written in lower case, belongs to its name like a place does.
        if (end + 1 < tokens.size() && tokens.at(end).key == LKEY(u"trung") && tokens.at(end + 1).key == LKEY(u"ương")
            && continuesLine(tokens, end + 1)) {
            end += 2;
            continue;
        }
        const ScanSpan known = m_places.knownAt(tokens, end);
        if (known.isValid()) {
            end = known.last;
            continue;
        }
        const int admin = adminWordAt(tokens, end);
        if (admin == 0)
            break;
        qsizetype j = end + admin;
        if (j < tokens.size() && tokens.at(j).isPunct(u'.'))
            ++j;
        const ScanSpan inner = m_places.knownAt(tokens, j);
        if (inner.isValid() && continuesLine(tokens, j)) {
            end = inner.last;
            continue;
        }
        qsizetype k = j;
        if (k < tokens.size() && continuesLine(tokens, k) && tokens.at(k).is(Token::HasDigit) && tokens.at(k).length() <= 3) {
            end = k + 1;
            continue;
        }
        while (k < tokens.size() && k - j < 4 && isNameWord(tokens.at(k)) && continuesLine(tokens, k)) {
            if (afterTitle && k > j && personStartsAt(tokens, k))
                break;
            ++k;
        }
        end = k > j ? k : end + admin; // a bare "thành phố" / "tỉnh" closes the name
        if (k == j)
            break;
    }
    return end;
}

ScanSpan OrganizationRecognizer::matchAt(const QList<Token> &tokens, qsizetype index, bool afterTitle) const
{
    if (index >= tokens.size() || !tokens.at(index).isWord())
        return {};
    ScanSpan best;
    const Token &first = tokens.at(index);

    const PhraseTable::Match known = m_gazetteer.organizations().matchAt(tokens, index);
    if (known.length > 0 && first.isUpper()) {
        const qsizetype end = placeContinuation(tokens, index + known.length, afterTitle);
        best = ScanSpan::make(ScanSpan::Kind::Organization, index, end, known.value);
    }

    const PhraseTable::Match head = m_gazetteer.organizationHeads().matchAt(tokens, index);
    if (head.length > 0) {
        const qsizetype afterHead = index + head.length;
        const bool standalone = head.value == 1;
        // "Cục trưởng", "Bộ trưởng", "Viện trưởng": a title that starts with a head word.
        if (m_gazetteer.titles().matchAt(tokens, index).length > head.length)
            return best;
        // A lower-case head opens a name only for companies and the press ("công ty Caixa").
        const bool lowerHeadOk = first.isUpper() || first.key == LKEY(u"công") || first.key == LKEY(u"ngân")
            || first.key == LKEY(u"tập") || first.key == LKEY(u"hãng") || first.key == LKEY(u"tổng")
            || first.key == LKEY(u"báo");
        if (!lowerHeadOk || (!first.isUpper() && m_places.knownAt(tokens, afterHead).isValid()))
            return best;
        const qsizetype nameStop = standalone ? afterHead : nameEnd(tokens, afterHead, afterTitle, standalone);
        qsizetype end = -1;
        // A descriptive name in lower case before the proper name or place:
        // "Nhà máy sản xuất phân bón Ninh Bình", "Phòng giao dịch Trung Yên".
        qsizetype descriptive = -1;
        if (!standalone && nameStop == afterHead && first.isUpper() && m_gazetteer.titles().matchAt(tokens, index).length == 0) {
            qsizetype k = afterHead;
            while (k < tokens.size() && k - afterHead < 6 && continuesLine(tokens, k) && tokens.at(k).isWord()
                   && !tokens.at(k).isUpper() && !isStopWord(tokens.at(k).key) && adminWordAt(tokens, k) == 0)
                ++k;
            if (k > afterHead && k < tokens.size() && continuesLine(tokens, k) && isNamePartStart(tokens.at(k))
                && !personStartsAt(tokens, k)) {
                const qsizetype properEnd = nameEnd(tokens, k, afterTitle, false);
                descriptive = placeContinuation(tokens, properEnd > k ? properEnd : k, afterTitle);
            }
        }
        if (descriptive > afterHead)
            end = descriptive;
        else if (nameStop > afterHead)
            end = placeContinuation(tokens, nameStop, afterTitle);
        else if (first.isUpper()) {
            const qsizetype cont = placeContinuation(tokens, afterHead, afterTitle);
            if (standalone || cont > afterHead)
                end = cont;
        }
        // A lower-case head ("công ty X") needs a name; a capitalised one can stand alone only
        // when the list says so ("UBND", "Thành ủy").
        if (!first.isUpper() && nameStop == afterHead)
            end = -1;
        // A head that is also a surname followed by a name ("Đoàn Văn Hậu") is a person.
        if (end > 0 && head.length == 1 && personStartsAt(tokens, index) && nameStop > afterHead
            && !tokens.at(afterHead).is(Token::AllCaps) && nameStop - index <= 4)
            end = -1;
        if (end > index && end - index > best.length())
            best = ScanSpan::make(ScanSpan::Kind::Organization, index, end);
    }
    return best;
}

} // namespace Lectern::Core
