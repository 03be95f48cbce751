#include "extract/personrecognizer.h"

#include "extract/tokenrules.h"

#include <QSet>

namespace Lectern::Core {

using namespace TokenRules;

namespace {

// English words of the names of events, works, companies and places ("Milan Fashion Week",
// "Burchart Gardens", "Continental Resources"): a capitalised foreign run holding one is not a
// person's name.
bool isForeignNonNameWord(const QString &key)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w :
             {"league", "cup", "games", "the", "open", "awards", "award", "festival", "tour", "series", "club", "group",
              "united", "city", "news", "post", "times", "week", "show", "gardens", "garden", "park", "studio", "studios",
              "resources", "research", "journal", "review", "magazine", "press", "media", "model", "fashion", "travel",
              "assistant", "center", "centre", "standard", "insider", "advances", "science", "sciences", "technologies",
              "technology", "tech", "pro", "plus", "max", "mini", "school", "university", "college", "institute",
              "academy", "company", "corp", "corporation", "inc", "ltd", "holdings", "hotel", "resort", "airlines",
              "airways", "airport", "foundation", "association", "council", "party", "network", "systems", "solutions",
              "energy", "motors", "hospital", "museum", "gallery", "square", "tower", "bay", "island", "beach", "river",
              "lake", "mountain", "valley", "station", "port", "market", "mall", "plaza", "store", "restaurant", "cafe",
              "team", "fc", "sport", "sports", "stadium", "arena", "championship", "world", "global", "international",
              "national", "royal", "music", "records", "entertainment", "pictures", "films", "film", "game", "online",
              "app", "phone", "mobile", "smart", "digital", "lab", "labs", "health", "care", "medical", "food", "foods",
              "water", "power", "oil", "gas", "bank", "capital", "fund", "street", "road", "avenue", "house", "home",
              "office", "service", "services", "channel", "tv", "radio", "magazine", "daily", "herald", "tribune",
              "agency", "army", "force", "forces", "navy", "police", "league", "championships", "olympic", "olympics",
              "grand", "prix", "miss", "mister", "star", "stars", "idol", "got", "talent", "voice", "next", "top",
              "day", "night", "year", "season", "edition", "version", "edition", "project", "program", "programme",
              "conference", "summit", "forum", "expo", "fair", "contest", "challenge", "race", "marathon", "rally",
              "utd", "galaxy", "note", "lucky", "golden", "circle", "liga", "monde"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words.contains(key) || key.endsWith(u"bank");
}

// Decides where the capitalised run from index ends; foreign particles only between two
// capitalised words (*particle says whether one was taken).
qsizetype nameRunEnd(const QList<Token> &tokens, qsizetype index, bool *particle)
{
    qsizetype end = index + 1;
    while (end < tokens.size() && end - index < 6 && continuesLine(tokens, end)) {
        const Token &t = tokens.at(end);
        if (isNameWord(t)) {
            ++end;
            continue;
        }
        // A middle initial: "George W. Bush".
        if (t.isPunct(u'.') && tokens.at(end - 1).length() == 1 && end + 1 < tokens.size()
            && isNameWord(tokens.at(end + 1)) && continuesLine(tokens, end + 1)) {
            ++end;
            continue;
        }
        if (t.isWord() && isNameParticle(t.key) && end + 1 < tokens.size() && isNameWord(tokens.at(end + 1))
            && continuesLine(tokens, end + 1)) {
            *particle = true;
            end += 2;
            continue;
        }
        break;
    }
    return end;
}

// Decides whether tokens [index, end) are a foreign name: ASCII words, one of them impossible
// as a Vietnamese syllable ("Angela Merkel", "Gareth Bale"), none of the names of events, works,
// companies and places.
bool isForeignName(const QString &text, const QList<Token> &tokens, qsizetype index, qsizetype end)
{
    bool ascii = true;
    bool foreign = false;
    for (qsizetype k = index; k < end && ascii; ++k) {
        const Token &t = tokens.at(k);
        for (qsizetype c = t.start; c < t.end && ascii; ++c)
            ascii = text.at(c).unicode() < 0x80 && text.at(c).isLetter();
        if (ascii) {
            // events, works, companies and places are not people
            if (isForeignNonNameWord(t.key)) {
                ascii = false;
                break;
            }
            foreign = foreign || !isVietnameseSyllable(t.key);
        }
    }
    // Place names open with articles and place words: "Los Angeles", "Puerto Rico", "La Liga".
    static const QSet<QString> placeOpeners = {QStringLiteral("los"), QStringLiteral("las"), QStringLiteral("el"),
                                               QStringLiteral("puerto"), QStringLiteral("santa"), QStringLiteral("saint"),
                                               QStringLiteral("new"), QStringLiteral("fort"), QStringLiteral("rio"),
                                               QStringLiteral("costa"), QStringLiteral("sierra"), QStringLiteral("monte")};
    if (placeOpeners.contains(tokens.at(index).key))
        ascii = false;
    return ascii && foreign;
}

// Decides whether a player's shirt number follows the run ending at end: "Quốc Hoàng (số 21)".
bool shirtNumberAt(const QList<Token> &tokens, qsizetype end)
{
    return end + 2 < tokens.size() && tokens.at(end).isPunct(u'(') && tokens.at(end + 1).key == LKEY(u"số")
        && tokens.at(end + 2).is(Token::HasDigit);
}

} // namespace

ScanSpan PersonRecognizer::matchAt(const QString &text, const QList<Token> &tokens, qsizetype index, bool cued) const
{
    if (index >= tokens.size() || !isNameWord(tokens.at(index)))
        return {};
    // The capitalised run; foreign particles only between two capitalised words.
    bool particle = false;
    const qsizetype end = nameRunEnd(tokens, index, &particle);
    const qsizetype run = end - index;
    // "tuyến đường Lê Văn Lương", "hồ Hoàn Kiếm": a street, lake or temple named after someone.
    if (index > 0 && tokens.at(index - 1).isWord() && !tokens.at(index - 1).isUpper()
        && isPlaceFeature(tokens.at(index - 1).key) && continuesLine(tokens, index))
        return ScanSpan::make(ScanSpan::Kind::Place, index, index + qMin<qsizetype>(run, 4));
    // Without a cue, a capitalised run right after "tại" or "ở" is a place ("tại Hồ Tây").
    const bool placeCued = index > 0 && !tokens.at(index - 1).isUpper()
        && (tokens.at(index - 1).key == LKEY(u"tại") || tokens.at(index - 1).key == LKEY(u"ở"));
    // (One capitalised syllable glued to a lower-case one is a compound word: "tại Khách sạn".)
    const bool compound = run == 1 && end < tokens.size() && tokens.at(end).isWord() && !tokens.at(end).isUpper()
        && continuesLine(tokens, end);
    if (placeCued && !cued)
        return compound ? ScanSpan() : ScanSpan::make(ScanSpan::Kind::Place, index, index + qMin<qsizetype>(run, 4));
    // "Văn", "Thị" right after a capitalised word are the middle of a name whose surname went
    // elsewhere ("Trường THCS Chu Văn An"): no name can be cut out of it.
    const bool tail = index > 0 && continuesLine(tokens, index) && tokens.at(index - 1).isWord() && tokens.at(index - 1).isUpper();
    if (tail && (tokens.at(index).key == LKEY(u"văn") || tokens.at(index).key == LKEY(u"thị")))
        return {};
    // A Vietnamese full name is made of Vietnamese syllables: "Thái Lan Prawit" stops before
    // "Prawit" (and then is the country, which is as long).
    qsizetype syllables = 1;
    while (syllables < run && isVietnameseSyllable(tokens.at(index + syllables).key))
        ++syllables;
    const bool vietnamese = m_gazetteer.isSurname(tokens.at(index).key) && !particle;
    if (vietnamese && syllables >= 2 && syllables == run) {
        ScanSpan s = ScanSpan::make(ScanSpan::Kind::Person, index, index + qMin<qsizetype>(syllables, 4));
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
        if (isForeignName(text, tokens, index, end) && !tokens.at(index).is(Token::SentenceStart))
            return ScanSpan::make(ScanSpan::Kind::Person, index, end);
    }
    if (run >= 1 && run <= 3 && !entityWord) {
        if (shirtNumberAt(tokens, end))
            return ScanSpan::make(ScanSpan::Kind::Person, index, end);
        // Two or three given-name syllables used as a name ("Quốc Hoàng", "Thanh Tú"); not a
        // name's tail after a capitalised word ("Liên Thị Tuyết Mai", "Trường THCS Chu Văn An").
        bool given = run >= 2 && !tokens.at(index).is(Token::SentenceStart) && !tail;
        for (qsizetype k = index; k < end && given; ++k)
            given = m_gazetteer.isGivenName(tokens.at(k).key);
        if (given)
            return ScanSpan::make(ScanSpan::Kind::Person, index, end);
    }
    return {};
}

} // namespace Lectern::Core
