#include "extract/entityscanner.h"

#include "extract/organizationrecognizer.h"
#include "extract/personrecognizer.h"
#include "extract/placerecognizer.h"
#include "extract/tokenrules.h"

#include <algorithm>

namespace Lectern::Core {

using namespace TokenRules;
using Kind = ScanSpan::Kind;

namespace {

bool isCueKind(Kind k)
{
    return k == Kind::Title || k == Kind::PersonCue || k == Kind::Honorific;
}

// True when the spans just before token index form a cue chain: a title, occupation or
// honorific, possibly followed by organizations and places ("Thứ trưởng Bộ Y tế |").
bool cuedAt(const QList<ScanSpan> &spans, const QList<Token> &tokens, qsizetype index, bool *titleOnly)
{
    qsizetype at = index;
    for (qsizetype s = spans.size() - 1, depth = 0; s >= 0 && depth < 5; --s, ++depth) {
        const ScanSpan &sp = spans.at(s);
        qsizetype gapStart = sp.last;
        // allow "tại" between an organization/place and the next one
        if (gapStart < at && at - gapStart == 1 && tokens.at(gapStart).key == LKEY(u"tại"))
            gapStart = at;
        if (gapStart != at)
            return false;
        if (isCueKind(sp.kind)) {
            if (titleOnly)
                *titleOnly = sp.kind != Kind::Honorific;
            return true;
        }
        if (sp.kind != Kind::Organization && sp.kind != Kind::Place)
            return false;
        at = sp.first;
    }
    return false;
}

// Decides the kind of span a user gazetteer entry stands for.
Kind userSpanKind(Gazetteer::UserKind userKind)
{
    return userKind == Gazetteer::UserKind::Person ? Kind::Person
        : userKind == Gazetteer::UserKind::Organization ? Kind::Organization
                                                        : Kind::Place;
}

// Decides the longest organization or place at index: a known or built one, a bare head
// right after a title, or an age-group team.
ScanSpan organizationOrPlaceAt(const Gazetteer &gazetteer, const OrganizationRecognizer &orgs,
                               const PlaceRecognizer &places, const QList<Token> &tokens, qsizetype i,
                               bool afterTitle)
{
    const Token &t = tokens.at(i);
    const qsizetype n = tokens.size();
    ScanSpan best;
    const ScanSpan org = orgs.matchAt(tokens, i, afterTitle);
    const ScanSpan place = places.matchAt(tokens, i);
    if (org.isValid())
        best = org;
    if (place.isValid() && (place.length() > best.length() || (place.length() == best.length() && org.gazetteerIndex < 0)))
        best = place;

    // "Tổng Giám đốc Tập đoàn": a bare capitalised head right after a title is the
    // organization the title belongs to.
    if (!best.isValid() && afterTitle && t.isUpper()) {
        const int head = gazetteer.organizationHeads().matchAt(tokens, i).length;
        if (head >= 2 && !(i + head < n && isNameWord(tokens.at(i + head)) && continuesLine(tokens, i + head)))
            best = ScanSpan::make(Kind::Organization, i, i + head);
    }
    // Age-group teams: "U16 Việt Nam", "U23 Thái Lan".
    if (!best.isValid() && t.isUpper() && t.is(Token::HasDigit) && t.key.size() == 3 && t.key.at(0) == QLatin1Char('u')
        && i + 1 < n && continuesLine(tokens, i + 1)) {
        const ScanSpan team = places.knownAt(tokens, i + 1);
        if (team.isValid())
            best = ScanSpan::make(Kind::Organization, i, team.last);
    }
    return best;
}

// Decides whether a capitalised name starts at token k on the same line.
bool nameStartsAt(const QList<Token> &tokens, qsizetype k)
{
    return k < tokens.size() && isNameWord(tokens.at(k)) && continuesLine(tokens, k);
}

// Decides whether a name follows a cue ending at `end` after a few lower-case words that
// qualify it ("chiến sĩ cách mạng X").
bool nameSoonFollows(const QList<Token> &tokens, qsizetype end)
{
    for (qsizetype k = end; k < tokens.size() && k < end + 3 && continuesLine(tokens, k); ++k) {
        const Token &w = tokens.at(k);
        if (isNameWord(w))
            return k > end;
        if (!w.isWord() || w.isUpper() || isStopWord(w.key))
            return false;
    }
    return false;
}

// Decides whether the cue tokens [i, end) form a phrase of their own between punctuation
// ("anh X (SN 1990), tài xế taxi, …").
bool cueStandsAlone(const QList<Token> &tokens, qsizetype i, qsizetype end)
{
    if (i < 1 || !(tokens.at(i - 1).isPunct(u',') || tokens.at(i - 1).isPunct(u'(')))
        return false;
    for (qsizetype k = end; k < tokens.size() && k <= end + 3; ++k) {
        const Token &w = tokens.at(k);
        if (!continuesLine(tokens, k) || !w.isWord())
            return true;
        if (w.isUpper() || isStopWord(w.key))
            return false;
    }
    return false;
}

// Decides whether a title, person cue or honorific at index beats `best`, and returns the winner.
ScanSpan cueOrBest(const Gazetteer &gazetteer, int title, const QList<ScanSpan> &spans,
                   const QList<Token> &tokens, qsizetype i, ScanSpan best)
{
    const Token &t = tokens.at(i);
    if (title > best.length())
        best = ScanSpan::make(Kind::Title, i, i + title);
    // A cue only counts when a capitalised name follows it, or a name after a few qualifying
    // words, or in apposition right after a name: "Lê Văn A (tài xế taxi)", "Lê Văn A, kỹ sư
    // cầu đường, …", or as a phrase of its own between punctuation.
    const bool afterName = i >= 2 && !spans.isEmpty() && spans.last().kind == Kind::Person && spans.last().last == i - 1
        && (tokens.at(i - 1).isPunct(u',') || tokens.at(i - 1).isPunct(u'('));
    const int cue = gazetteer.personCues().matchAt(tokens, i).length;
    if (cue > best.length()
        && (nameStartsAt(tokens, i + cue) || t.isUpper() || nameSoonFollows(tokens, i + cue) || afterName
            || cueStandsAlone(tokens, i, i + cue)))
        best = ScanSpan::make(Kind::PersonCue, i, i + cue);
    const int honorific = gazetteer.honorifics().matchAt(tokens, i).length;
    // A capitalised honorific inside a sentence is part of a name ("tiền đạo Nguyên Hoàng").
    const bool insideName = t.isUpper() && !t.is(Token::SentenceStart) && honorific == 1;
    if (honorific > best.length() && nameStartsAt(tokens, i + honorific) && !insideName)
        best = ScanSpan::make(Kind::Honorific, i, i + honorific);
    return best;
}

// Decides whether the name at index beats `best`. A name beats a place or organization it
// merely starts like only when it is a Vietnamese full name that runs longer ("Hà Văn Nam"
// is not the place "Hà"), and never when a second name follows the place ("Bí thư Hà Nội
// Nguyễn Văn A").
ScanSpan personOrBest(const Gazetteer &gazetteer, ScanSpan person, bool cued, bool titleOnly,
                      const QList<ScanSpan> &spans, const QList<Token> &tokens, qsizetype i, ScanSpan best)
{
    const qsizetype n = tokens.size();
    // "Bộ trưởng Ngoại giao": after a title, one capitalised syllable glued to a lower-case
    // one is a compound word, not a name (after "ông"/"bà" it is a name: "ông Dũng nói").
    if (person.isValid() && !person.strong && person.length() == 1 && cued && titleOnly && person.last < n
        && tokens.at(person.last).isWord() && !tokens.at(person.last).isUpper() && continuesLine(tokens, person.last))
        person = ScanSpan();
    if (!person.isValid())
        return best;
    const bool entityFirst = best.kind == Kind::Place || best.kind == Kind::Organization;
    if (!entityFirst) {
        if (!best.isValid() || (person.strong && person.length() > best.length()))
            best = person;
    } else if (person.strong) {
        const bool nameAfter = best.last < n && gazetteer.isSurname(tokens.at(best.last).key)
            && isNameWord(tokens.at(best.last));
        if ((person.length() > best.length() && !(best.length() >= 2 && nameAfter))
            || (person.length() == best.length() && best.kind == Kind::Place && !spans.isEmpty()
                && spans.last().last == i && spans.last().kind == Kind::Title))
            best = person;
    }
    return best;
}

} // namespace

int EntityScanner::titleAt(const QList<Token> &tokens, qsizetype index) const
{
    qsizetype j = index;
    while (j < tokens.size() && j - index < 3 && isTitlePrefix(tokens.at(j).key)
           && (j == index || continuesLine(tokens, j)))
        ++j;
    if (j > index && !continuesLine(tokens, j))
        return 0;
    const PhraseTable::Match m = m_gazetteer.titles().matchAt(tokens, j);
    if (m.length == 0)
        return 0;
    j += m.length;
    if (continuesLine(tokens, j))
        j += titleSuffixAt(tokens, j);
    return int(j - index);
}

QList<ScanSpan> EntityScanner::scan(const QString &text, const QList<Token> &tokens) const
{
    QList<ScanSpan> spans;
    scanRange(text, tokens, 0, tokens.size(), spans);
    return spans;
}

qsizetype EntityScanner::scanRange(const QString &text, const QList<Token> &tokens, qsizetype from, qsizetype to,
                                   QList<ScanSpan> &spans) const
{
    const PlaceRecognizer places(m_gazetteer);
    const OrganizationRecognizer orgs(m_gazetteer, places);
    const PersonRecognizer people(m_gazetteer);

    qsizetype i = from;
    const qsizetype n = std::min(to, tokens.size());
    while (i < n) {
        const Token &t = tokens.at(i);
        if (!t.isWord() || (!t.isUpper() && !t.is(Token::AllCaps) && !m_gazetteer.canStartPhrase(t.key))) {
            ++i;
            continue;
        }
        const PhraseTable::Match user = m_gazetteer.user().matchAt(tokens, i);
        if (user.length > 0) {
            const Gazetteer::UserKind userKind = m_gazetteer.userKind(user.value);
            if (userKind != Gazetteer::UserKind::Block) {
                ScanSpan s = ScanSpan::make(userSpanKind(userKind), i, i + user.length);
                s.canonical = m_gazetteer.userName(user.value);
                spans.append(s);
            }
            i += user.length;
            continue;
        }
        bool titleOnly = false;
        const bool cued = cuedAt(spans, tokens, i, &titleOnly);
        const bool afterTitle = cued && titleOnly;

        ScanSpan best = organizationOrPlaceAt(m_gazetteer, orgs, places, tokens, i, afterTitle);
        best = cueOrBest(m_gazetteer, titleAt(tokens, i), spans, tokens, i, best);
        best = personOrBest(m_gazetteer, people.matchAt(text, tokens, i, cued), cued, titleOnly, spans, tokens, i,
                            best);

        if (best.isValid()) {
            spans.append(best);
            i = best.last;
        } else {
            ++i;
        }
    }
    return i;
}

} // namespace Lectern::Core
