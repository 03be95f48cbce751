#include "extract/rolebinder.h"

#include "extract/tokenrules.h"
#include "util/textfold.h"

#include <QSet>

#include <algorithm>

namespace Lectern::Core {

using Kind = ScanSpan::Kind;

namespace {

bool isTitleKind(Kind k)
{
    return k == Kind::Title || k == Kind::PersonCue;
}

bool isChainKind(Kind k)
{
    return k == Kind::Organization || k == Kind::Place;
}

QString surface(const QString &text, const QList<Token> &tokens, qsizetype first, qsizetype last)
{
    const qsizetype start = tokens.at(first).start;
    const qsizetype end = tokens.at(last - 1).end;
    return text.mid(start, end - start).simplified();
}

// Extends a title span at spans[s] over the organizations/places that follow it (with "tại",
// "của" or a few lower-case words before an organization). Returns the index of the last span
// of the role and sets *end to its last token.
qsizetype roleEnd(const QList<Token> &tokens, const QList<ScanSpan> &spans, qsizetype s, qsizetype *end)
{
    qsizetype last = s;
    *end = spans.at(s).last;
    while (last + 1 < spans.size()) {
        const ScanSpan &next = spans.at(last + 1);
        if (!isChainKind(next.kind))
            break;
        qsizetype gap = next.first - *end;
        bool ok = gap == 0;
        if (!ok && gap > 0 && gap <= 6) {
            ok = true;
            for (qsizetype k = *end; k < next.first && ok; ++k) {
                const Token &t = tokens.at(k);
                ok = t.isWord() && !t.isUpper() && !(t.flags & Token::LineStart)
                    && (t.key == LKEY(u"tại") || t.key == LKEY(u"của") || t.key == LKEY(u"và") || !TokenRules::isStopWord(t.key));
            }
            const bool atPlace = gap == 1 && tokens.at(*end).key == LKEY(u"tại"); // "Tổng lãnh sự Úc tại TP.HCM"
            ok = ok && (next.kind == Kind::Organization || atPlace) && (last == s || atPlace);
        }
        if (!ok)
            break;
        *end = next.last;
        ++last;
    }
    return last;
}

// Words that name a unit of an organization; after one, lower-case words still belong to its
// name ("Trưởng Trạm nghiên cứu ứng dụng …", "Giảng viên Khoa kinh tế và Kế toán").
bool isUnitHead(const QList<Token> &tokens, qsizetype k)
{
    if (k < 0 || k >= tokens.size() || !tokens.at(k).isWord())
        return false;
    const QString &w = tokens.at(k).key;
    const QString prev = k > 0 ? tokens.at(k - 1).key : QString();
    if (w == LKEY(u"trưởng") && k > 0 && isUnitHead(tokens, k - 1)) // "Tổ trưởng", "Trạm trưởng"
        return true;
    if (w == LKEY(u"môn") || w == LKEY(u"phận"))
        return prev == LKEY(u"bộ"); // "Bộ môn", "bộ phận"
    if (w == LKEY(u"tâm"))
        return prev == LKEY(u"trung"); // "Trung tâm"
    if (w == LKEY(u"nhánh"))
        return prev == LKEY(u"chi");
    return w == LKEY(u"trạm") || w == LKEY(u"phòng") || w == LKEY(u"ban") || w == LKEY(u"khoa") || w == LKEY(u"tổ")
        || w == LKEY(u"đội") || w == LKEY(u"nhóm") || w == LKEY(u"đoàn") || w == LKEY(u"viện") || w == LKEY(u"xưởng")
        || w == LKEY(u"trại") || w == LKEY(u"ngành");
}

// A place-unit word that a proper name follows inside a role ("Trưởng thôn Vinh Quang 2").
bool isLocalityWord(const QString &key)
{
    return key == LKEY(u"thôn") || key == LKEY(u"ấp") || key == LKEY(u"bản") || key == LKEY(u"xóm") || key == LKEY(u"làng")
        || key == LKEY(u"xã") || key == LKEY(u"phường") || key == LKEY(u"khóm") || key == LKEY(u"buôn");
}

// Verbs that often follow an occupation as the subject of a sentence ("giáo viên dẫn X",
// "HLV tung X vào sân"): after a descriptor they are the sentence, not its qualifier.
bool isActionVerb(const QString &key)
{
    static const QSet<QString> verbs = [] {
        QSet<QString> set;
        for (const char16_t *w : {u"dẫn", u"đưa", u"tung", u"gặp", u"đón", u"thăm", u"mời", u"giúp", u"hỏi", u"gọi",
                                  u"tặng", u"khen", u"dặn", u"bảo", u"nhờ", u"chở", u"cứu", u"bắt", u"đẩy", u"kéo",
                                  u"ôm", u"nhìn", u"thấy", u"nghe", u"yêu", u"quen", u"chọn", u"loại", u"xếp",
                                  u"dùng", u"triệu", u"cảm", u"chúc", u"đánh", u"tìm", u"đặt", u"giao", u"cử", u"kêu"})
            set.insert(TextFold::matchKey(QStringView(w)));
        return set;
    }();
    return verbs.contains(key);
}

bool isPersonKind(Kind k)
{
    return k == Kind::Person || k == Kind::Title || k == Kind::PersonCue || k == Kind::Honorific;
}

// The phrase ends cleanly at k: punctuation, a line break, the end, a stop word or a verb of
// saying, or the start of a recognised span.
bool endsCleanly(const QList<Token> &tokens, const QList<qsizetype> &spanAt, qsizetype k)
{
    if (k >= tokens.size() || !TokenRules::continuesLine(tokens, k) || !tokens.at(k).isWord() || spanAt.at(k) >= 0)
        return true;
    return TokenRules::isStopWord(tokens.at(k).key) || TokenRules::quoteVerbAt(tokens, k) > 0;
}

// Decides whether the number token at k closes a name: "Quân khu 1,", "thôn Vinh Quang 2,".
bool closesWithShortNumber(const QList<Token> &tokens, qsizetype k)
{
    const Token &t = tokens.at(k);
    const qsizetype n = tokens.size();
    const bool shortNumber = t.key.size() <= 3 && !t.is(Token::Upper)
        && std::all_of(t.key.cbegin(), t.key.cend(), [](QChar c) { return c.isDigit(); });
    return shortNumber && (k + 1 >= n || !tokens.at(k + 1).isWord() || !TokenRules::continuesLine(tokens, k + 1));
}

// Decides whether a capitalised word or a body that is no person stands at token next on the
// same line (what a joining word "và", "của", "tại" needs after it).
bool bodyFollows(const QList<Token> &tokens, const QList<ScanSpan> &spans, const QList<qsizetype> &spanAt,
    qsizetype next)
{
    return next < tokens.size() && TokenRules::continuesLine(tokens, next)
        && ((tokens.at(next).isUpper() && (spanAt.at(next) < 0 || !isPersonKind(spans.at(spanAt.at(next)).kind)))
            || (spanAt.at(next) >= 0 && !isPersonKind(spans.at(spanAt.at(next)).kind)));
}

// Decides whether the tail from token from follows a name: a capitalised word or a span right
// before it, or a locality word before a name word.
bool startsAfterName(const QList<Token> &tokens, const QList<qsizetype> &spanAt, qsizetype from)
{
    bool afterName = from > 0 && (tokens.at(from - 1).isUpper() || spanAt.at(from - 1) >= 0);
    if (from > 0 && isLocalityWord(tokens.at(from - 1).key) && from < tokens.size() && TokenRules::isNameWord(tokens.at(from)))
        afterName = true;
    return afterName;
}

// Decides whether the stop word at k sits inside a capitalised portfolio: "Các vấn đề Nghị
// viện" ("đề Nghị" is no verb).
bool isPortfolioStopWord(const QList<Token> &tokens, const QList<qsizetype> &spanAt, qsizetype k)
{
    const Token &t = tokens.at(k);
    return (t.key == LKEY(u"đề") || t.key == LKEY(u"các")) && k + 1 < tokens.size() && tokens.at(k + 1).isUpper()
        && spanAt.at(k + 1) < 0;
}

// Decides whether tokens [from, to) hold an action verb ("HLV Kiatisuk tung X": the sentence going on).
bool hasActionVerb(const QList<Token> &tokens, qsizetype from, qsizetype to)
{
    bool verb = false;
    for (qsizetype i = from; i < to; ++i)
        verb = verb || isActionVerb(tokens.at(i).key);
    return verb;
}

struct Tail
{
    qsizetype end = 0;      // token after the role phrase
    qsizetype lastSpan = -1; // last organization/place span taken into it, or -1
};

// The rest of a role phrase after its title (and the bodies roleEnd took): the words of a unit
// or portfolio that no recogniser claimed ("Trưởng Trạm nghiên cứu ứng dụng kỹ thuật nông
// nghiệp", "Trợ lý Công tác Quần chúng Bộ CHQS tỉnh", "Trưởng CA xã Phước An", "Bộ trưởng Các
// vấn đề Nghị viện … của Ấn Độ", "Tham mưu trưởng Bộ Tư lệnh Quân khu 1"). Capitalised words,
// abbreviations, organizations and places are taken; lower-case words only after a unit head
// word or a descriptor (lowerAllowed), or when a capitalised word follows them. Stops at
// punctuation, a line break, a verb of saying, a name, title or honorific. Returns from when
// nothing is added.
Tail roleTail(const QList<Token> &tokens, const QList<ScanSpan> &spans, const QList<qsizetype> &spanAt,
    qsizetype from, bool lowerAllowed)
{
    constexpr int maxWords = 14;
    const qsizetype n = tokens.size();
    Tail committed{from, -1};
    // a head word of the title itself, not the end of a body's name ("… Hải Phòng")
    const bool ownHead = from > 0 && isUnitHead(tokens, from - 1)
        && (spanAt.at(from - 1) < 0 || spans.at(spanAt.at(from - 1)).kind == Kind::Title);
    bool lower = lowerAllowed || ownHead;
    int cueWords = lowerAllowed && !ownHead ? 3 : -1; // a descriptor takes at most 3 lower-case words
    int pending = 0; // lower-case words after capitalised ones, taken only if the phrase ends
    bool afterName = startsAfterName(tokens, spanAt, from);
    qsizetype k = from;
    qsizetype lastSpan = -1;
    bool capRun = false; // inside capitalised words no recogniser claimed ("Giáo hội Phật giáo")
    for (int words = 0; k < n && words < maxWords && TokenRules::continuesLine(tokens, k); ++words) {
        const qsizetype sp = spanAt.at(k);
        if (sp >= 0) {
            if (isPersonKind(spans.at(sp).kind) || spans.at(sp).first != k)
                break;
            k = spans.at(sp).last;
            lastSpan = sp;
            committed = {k, lastSpan};
            afterName = true;
            capRun = false;
            pending = 0;
            lower = false; // the unit is named: what follows in lower case is the sentence
            continue;
        }
        const Token &t = tokens.at(k);
        const bool inName = capRun && isPortfolioStopWord(tokens, spanAt, k);
        if (!t.isWord() || (TokenRules::quoteVerbAt(tokens, k) > 0 && !inName))
            break;
        if (t.is(Token::HasDigit)) {
            if (afterName && closesWithShortNumber(tokens, k))
                committed = {k + 1, lastSpan};
            break;
        }
        if (t.isUpper()) {
            ++k;
            committed = {k, lastSpan};
            afterName = true;
            capRun = true;
            pending = 0;
            lower = isUnitHead(tokens, k - 1) && !t.is(Token::AllCaps); // "Khoa kinh tế", not "ĐBQH"
            if (lower)
                cueWords = -1;
            continue;
        }
        // lower case: a joining word only before a capitalised word or a body
        const bool joiner = t.key == LKEY(u"và") || t.key == LKEY(u"của") || t.key == LKEY(u"tại");
        if (joiner) {
            if (!bodyFollows(tokens, spans, spanAt, k + 1))
                break;
            ++k;
            continue;
        }
        if (TokenRules::isStopWord(t.key) && !inName)
            break;
        if (isLocalityWord(t.key) && k + 1 < n && TokenRules::isNameWord(tokens.at(k + 1))) {
            ++k;
            continue;
        }
        if (!lower && !capRun)
            break; // "Chủ tịch UBND tỉnh thăm …": a verb after the body
        if (lower && cueWords >= 0 && cueWords-- == 0)
            break; // "phóng viên tìm hiểu thêm …": the sentence goes on
        ++k;
        if (lower)
            committed = {k, lastSpan};
        else
            ++pending;
    }
    // "Khoa kinh tế và Kế toán,", "Phòng Kinh tế huyện cho biết": a short lower-case tail of a
    // capitalised name where the phrase ends
    if (pending > 0 && pending <= 2 && committed.end + pending == k && capRun && !hasActionVerb(tokens, committed.end, k)
        && endsCleanly(tokens, spanAt, k))
        committed.end = k;
    return committed;
}

// Decides which token belongs to which span: token index -> index of the span that covers it, or -1.
QList<qsizetype> spanIndexByToken(const QList<Token> &tokens, const QList<ScanSpan> &spans)
{
    QList<qsizetype> spanAt(tokens.size(), -1);
    for (qsizetype i = 0; i < spans.size(); ++i)
        for (qsizetype k = spans.at(i).first; k < spans.at(i).last && k < tokens.size(); ++k)
            spanAt[k] = i;
    return spanAt;
}

// Decides the roles stated before the person at spans[p], in text order, and marks their titles used.
QStringList rolesBefore(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &spans,
    const QList<qsizetype> &spanAt, qsizetype p, QSet<qsizetype> &usedTitles)
{
    QStringList roles;
    // Before the name: [title][org|place]* [honorific]? NAME, and ", "-separated titles before.
    qsizetype at = spans.at(p).first;
    qsizetype s = p - 1;
    if (s >= 0 && spans.at(s).kind == Kind::Honorific && spans.at(s).last == at) {
        at = spans.at(s).first;
        --s;
        // "Chủ tịch Vinachem, ông Nguyễn Anh Dũng"
        if (s >= 0 && at > 0 && tokens.at(at - 1).isPunct(u',') && spans.at(s).last == at - 1
            && spans.at(s).kind != Kind::Person)
            --at;
    }
    // "Trưởng đoàn … là ông X": the role stated with a copula
    if (s >= 0 && at > 0 && at < spans.at(p).first && tokens.at(at - 1).isWord() && tokens.at(at - 1).key == LKEY(u"là")
        && spans.at(s).last <= at - 1 && spans.at(s).kind != Kind::Person)
        --at;
    for (int round = 0; round < 4 && s >= 0; ++round) {
        qsizetype t = s;
        while (t >= 0 && isChainKind(spans.at(t).kind))
            --t;
        if (t < 0 || !isTitleKind(spans.at(t).kind) || usedTitles.contains(t))
            break;
        qsizetype end = 0;
        const qsizetype last = roleEnd(tokens, spans, t, &end);
        if (last != s || end != at) {
            // words no recogniser claimed between the title and the name: "Bộ trưởng Các
            // vấn đề … của Ấn Độ ông X", "chiến sĩ cách mạng Lê Thị Y"
            const bool cue = spans.at(t).kind == Kind::PersonCue;
            const Tail tail = roleTail(tokens, spans, spanAt, end, cue);
            const bool reaches = tail.end == at && (tail.lastSpan >= 0 ? tail.lastSpan == s : last == s);
            bool verb = false;
            for (qsizetype k = end; k < at; ++k)
                verb = verb || (!tokens.at(k).isUpper() && isActionVerb(tokens.at(k).key));
            // lower-case qualifiers of a descriptor only before a full name ("tài xế taxi Lê Văn A")
            const bool qualified = tail.lastSpan < 0 && !isUnitHead(tokens, end - 1);
            if (!reaches || (cue && qualified && (at - end > 3 || verb || spans.at(p).length() < 2)))
                break;
            end = at;
        }
        roles.prepend(surface(text, tokens, spans.at(t).first, end));
        usedTitles.insert(t);
        // another title before, separated by a comma or a dash ("Pháp chủ … - Hòa thượng X"),
        // with an honorific of its own in between
        qsizetype before = t - 1;
        qsizetype sep = spans.at(t).first - 1;
        if (before >= 0 && spans.at(before).kind == Kind::Honorific && spans.at(before).last == spans.at(t).first) {
            sep = spans.at(before).first - 1;
            --before;
        }
        if (sep < 0 || before < 0
            || !(tokens.at(sep).isPunct(u',') || tokens.at(sep).isPunct(u'-') || tokens.at(sep).isPunct(u'\u2013')))
            break;
        at = sep;
        s = before;
    }
    return roles;
}

// Decides the roles stated after the person at spans[p], appends them to roles and marks their titles used.
void appendRolesAfter(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &spans,
    const QList<qsizetype> &spanAt, qsizetype p, QSet<qsizetype> &usedTitles, QStringList &roles)
{
    // After the name: (',' | '–' | '-' | '(') title chain, repeated after commas.
    qsizetype e = spans.at(p).last;
    qsizetype n = p + 1;
    // "anh X (SN 1994, ở TP Y), tài xế taxi": a parenthesis without a title is skipped
    if (e + 1 < tokens.size() && tokens.at(e).isPunct(u'(') && (n >= spans.size() || !isTitleKind(spans.at(n).kind) || spans.at(n).first != e + 1)) {
        qsizetype close = e + 1;
        while (close < tokens.size() && close - e < 16 && TokenRules::continuesLine(tokens, close) && !tokens.at(close).isPunct(u')')
               && !tokens.at(close).isPunct(u'('))
            ++close;
        if (close + 1 < tokens.size() && tokens.at(close).isPunct(u')') && tokens.at(close + 1).isPunct(u',')) {
            e = close + 1;
            while (n < spans.size() && spans.at(n).first <= e)
                ++n;
        }
    }
    for (int round = 0; round < 5 && e < tokens.size() && n < spans.size(); ++round) {
        const Token &sep = tokens.at(e);
        const bool isSep = sep.isPunct(u',') || sep.isPunct(u'(') || sep.isPunct(u'-') || sep.isPunct(u'\u2013')
            || (round > 0 && sep.isWord() && sep.key == LKEY(u"kiêm"))
            || (round == 0 && sep.isWord() && sep.key == LKEY(u"là")); // "ông X là Giám đốc Sở …"
        qsizetype titleAt = e + 1;
        // "Phó Tư lệnh, kiêm Tham mưu trưởng …"
        if (round > 0 && sep.isPunct(u',') && titleAt < tokens.size() && tokens.at(titleAt).key == LKEY(u"kiêm"))
            ++titleAt;
        if (!isSep || !isTitleKind(spans.at(n).kind) || spans.at(n).first != titleAt || usedTitles.contains(n))
            break;
        qsizetype end = 0;
        qsizetype last = roleEnd(tokens, spans, n, &end);
        const bool cue = spans.at(n).kind == Kind::PersonCue;
        const Tail tail = roleTail(tokens, spans, spanAt, end, cue);
        // a descriptor's words run to punctuation ("…, tài xế xe ôm, cho biết"); a stop word
        // after them is the sentence going on ("…, phóng viên tìm hiểu thêm")
        const bool punctuated = tail.end >= tokens.size() || !tokens.at(tail.end).isWord()
            || !TokenRules::continuesLine(tokens, tail.end);
        if (tail.end > end && endsCleanly(tokens, spanAt, tail.end) && (!cue || punctuated || tail.lastSpan >= 0)) {
            end = tail.end;
            if (tail.lastSpan >= 0)
                last = tail.lastSpan;
        }
        // the title is someone else's when a name follows it directly
        if (last + 1 < spans.size() && spans.at(last + 1).kind == Kind::Person && spans.at(last + 1).first == end)
            break;
        roles.append(surface(text, tokens, spans.at(n).first, end));
        usedTitles.insert(n);
        e = end;
        n = last + 1;
    }
}

} // namespace


RoleBinder::Result RoleBinder::bind(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &spans)
{
    Result result;
    QSet<qsizetype> usedTitles;
    const QList<qsizetype> spanAt = spanIndexByToken(tokens, spans);
    for (qsizetype p = 0; p < spans.size(); ++p) {
        if (spans.at(p).kind != Kind::Person)
            continue;
        QStringList roles = rolesBefore(text, tokens, spans, spanAt, p, usedTitles);
        appendRolesAfter(text, tokens, spans, spanAt, p, usedTitles, roles);
        if (!roles.isEmpty())
            result.roles.insert(p, roles);
    }
    for (qsizetype s = 0; s < spans.size(); ++s) {
        if (spans.at(s).kind != Kind::Title || usedTitles.contains(s))
            continue;
        qsizetype end = 0;
        roleEnd(tokens, spans, s, &end);
        result.references.append(Reference{spans.at(s).first, end, surface(text, tokens, spans.at(s).first, end)});
    }
    return result;
}

} // namespace Lectern::Core
