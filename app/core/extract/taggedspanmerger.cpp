#include "extract/taggedspanmerger.h"

#include "extract/gazetteer.h"
#include "extract/tokenrules.h"

#include <algorithm>

namespace Lectern::Core {

using Kind = ScanSpan::Kind;

namespace {

bool isName(Kind k)
{
    return k == Kind::Person || k == Kind::Organization || k == Kind::Place;
}

bool isUserSpan(const QList<Token> &tokens, const ScanSpan &s, const Gazetteer &g)
{
    return !s.canonical.isEmpty() && g.user().matchAt(tokens, s.first).length == s.length();
}

float ruleConfidence(const ScanSpan &s)
{
    return s.strong || s.gazetteerIndex >= 0 || !s.canonical.isEmpty() ? 0.7f : 0.5f;
}

void record(const QList<Token> &tokens, const ScanSpan &s, TaggedSpanMerger::Origin origin, TaggedSpanMerger::Origins &origins)
{
    if (!isName(s.kind) || s.last <= s.first)
        return;
    const qsizetype first = s.kind == Kind::Place ? s.nameFirst : s.first;
    const qsizetype last = s.kind == Kind::Place ? s.nameLast : s.last;
    if (last <= first)
        return;
    origins.insert(TaggedSpanMerger::keyOf(tokens.at(first).start, tokens.at(last - 1).end), origin);
}

// "Chủ tịch UBND tỉnh | Lê Văn A", "Thứ trưởng Bộ GTVT | Lê Văn A": an organization the model runs
// on into the name of the official who heads it. Returns where the person's name starts inside
// the model's organization span, or -1. The name must look like a person's (two to four
// capitalised syllables, a surname first, not a known place) and follow the organization's own
// end: "tỉnh"/"thành phố" (and the province's name), or an abbreviation ("GTVT", "UBND").
// After "tỉnh" and "thành phố" that is enough (no province is named after a person; the city that
// is is in the place list); after the lower levels ("phường Trần Phú" is a ward) the rules must
// read a person there and a title come right before; after an abbreviation, the organization
// must be a government body ("Bộ", "Sở", "UBND"…) and one of the two must hold.
qsizetype officialNameStart(const QList<Token> &tokens, const EntityTagger::TaggedSpan &t, const Gazetteer &g,
                            const std::vector<qsizetype> &nameAt, const QList<ScanSpan> &names, bool afterTitle)
{
    if (t.type != EntityTagger::Type::Organization)
        return -1;
    auto looksLikeName = [&](qsizetype start) {
        const qsizetype length = t.last - start;
        if (length < 2 || length > 4 || !g.isSurname(tokens.at(start).key) || g.places().matchAt(tokens, start).length > 0)
            return false;
        for (qsizetype i = start; i < t.last; ++i)
            if (!TokenRules::isNameWord(tokens.at(i)) || tokens.at(i).is(Token::AllCaps) || !TokenRules::continuesLine(tokens, i))
                return false;
        return true;
    };
    auto rulePersonAt = [&](qsizetype start) {
        const qsizetype rule = nameAt[size_t(start)];
        return rule >= 0 && names.at(rule).kind == Kind::Person && names.at(rule).first == start;
    };
    for (qsizetype k = t.first; k + 2 < t.last; ++k) {
        const int admin = TokenRules::adminWordAt(tokens, k);
        if (admin > 0 && k > t.first) {
            qsizetype start = k + admin;
            const int place = g.places().matchAt(tokens, start).length;
            if (place > 0)
                start += place;
            if (!looksLikeName(start))
                return -1;
            const QString &key = tokens.at(k).key;
            const bool province = key == LKEY(u"tỉnh") || key == LKEY(u"thành") || key == LKEY(u"tp");
            return province || (afterTitle && rulePersonAt(start)) ? start : -1;
        }
        // a government body, not a school or a street named after a person ("Trường THPT Lê Lợi")
        const QString &head = tokens.at(t.first).key;
        const bool body = head == LKEY(u"bộ") || head == LKEY(u"sở") || head == LKEY(u"cục") || head == LKEY(u"ubnd")
            || head == LKEY(u"hđnd") || head == LKEY(u"ban") || head == LKEY(u"tổng") || head == LKEY(u"ủy");
        if (body && tokens.at(k).is(Token::AllCaps) && looksLikeName(k + 1) && (afterTitle || rulePersonAt(k + 1)))
            return k + 1;
    }
    return -1;
}

// "Ban Quản lý Dự án Đầu tư | xây dựng các công trình giao thông tỉnh Hòa Phong": a long name the
// model ends at its first lower-case words. When the words after the model's organization are
// lower case (no function word but "các"), at most eight, and end in an administrative word and
// a capitalised place name on the same line, the organization runs to the end of that name.
// Only for names that start with an organization head of the gazetteer. Returns the new end.
qsizetype longNameEnd(const QList<Token> &tokens, const EntityTagger::TaggedSpan &t, const Gazetteer &g)
{
    if (t.type != EntityTagger::Type::Organization || g.organizationHeads().matchAt(tokens, t.first).length == 0)
        return t.last;
    const qsizetype n = tokens.size();
    for (qsizetype k = t.last; k < n && k < t.last + 9; ++k) {
        const Token &w = tokens.at(k);
        if (!w.isWord() || !TokenRules::continuesLine(tokens, k))
            return t.last;
        const int admin = TokenRules::adminWordAt(tokens, k);
        if (admin > 0) {
            if (k == t.last)
                return t.last; // "Sở Y tế | tỉnh X": the model's choice
            qsizetype end = k + admin;
            const int place = g.places().matchAt(tokens, end).length;
            if (place > 0)
                end += place;
            else
                while (end < n && TokenRules::isNameWord(tokens.at(end)) && TokenRules::continuesLine(tokens, end))
                    ++end;
            return end > k + admin ? end : t.last;
        }
        if (w.isUpper() || w.is(Token::HasDigit) || (TokenRules::isStopWord(w.key) && w.key != LKEY(u"các")))
            return t.last;
    }
    return t.last;
}

} // namespace

QList<ScanSpan> TaggedSpanMerger::merge(const QList<Token> &tokens, const QList<ScanSpan> &rules, const EntityTagger::Result *tagged,
                                        const Gazetteer &gazetteer, Origins &origins)
{
    if (!tagged) {
        for (const ScanSpan &s : rules)
            record(tokens, s, Origin{isUserSpan(tokens, s, gazetteer) ? 1.0f : ruleConfidence(s),
                                     isUserSpan(tokens, s, gazetteer) ? MentionSource::User : MentionSource::Rules},
                   origins);
        return rules;
    }
    QList<ScanSpan> fixed; // user spans and cues: the model does not overrule them
    QList<ScanSpan> names; // rule names: candidates
    for (const ScanSpan &s : rules) {
        if (isName(s.kind) && !isUserSpan(tokens, s, gazetteer))
            names.append(s);
        else
            fixed.append(s);
    }
    QList<ScanSpan> out;
    QList<bool> fixedKept(fixed.size(), true);
    QList<bool> nameKept(names.size(), true);
    QList<ScanSpan> modelSpans;
    QList<float> modelConfidence;
    // Spans are non-overlapping within each list: index them by token for linear lookups.
    const qsizetype n = tokens.size();
    std::vector<qsizetype> fixedAt(size_t(n), -1), nameAt(size_t(n), -1);
    for (qsizetype f = 0; f < fixed.size(); ++f)
        for (qsizetype k = fixed.at(f).first; k < fixed.at(f).last && k < n; ++k)
            fixedAt[size_t(k)] = f;
    for (qsizetype r = 0; r < names.size(); ++r)
        for (qsizetype k = names.at(r).first; k < names.at(r).last && k < n; ++k)
            nameAt[size_t(k)] = r;
    // The user's "block:" phrases are never names, whatever the model says.
    std::vector<bool> userBlocked(size_t(n), false);
    if (!gazetteer.user().isEmpty())
        for (qsizetype i = 0; i < n; ++i) {
            const PhraseTable::Match m = gazetteer.user().matchAt(tokens, i);
            if (m.length > 0 && gazetteer.userKind(m.value) == Gazetteer::UserKind::Block)
                for (qsizetype k = i; k < i + m.length && k < n; ++k)
                    userBlocked[size_t(k)] = true;
        }
    // The model's spans, with officials split from the organization they head.
    QList<EntityTagger::TaggedSpan> taggedSpans;
    taggedSpans.reserve(tagged->spans.size());
    for (const EntityTagger::TaggedSpan &t : tagged->spans) {
        if (!taggedSpans.isEmpty() && t.first < taggedSpans.last().last)
            continue; // inside a long name extended over it
        const qsizetype before = t.first > 0 ? fixedAt[size_t(t.first - 1)] : -1;
        const bool afterTitle = before >= 0 && fixed.at(before).kind == Kind::Title && fixed.at(before).last == t.first;
        const qsizetype split = officialNameStart(tokens, t, gazetteer, nameAt, names, afterTitle);
        if (split < 0) {
            // "Trưởng Đoàn | ĐBQH thành phố": the model starts an organization inside the head of
            // the organization the rules read there ("Đoàn ĐBQH"): the head belongs to it.
            EntityTagger::TaggedSpan u = t;
            if (u.type == EntityTagger::Type::Organization && u.first > 0) {
                const qsizetype r = nameAt[size_t(u.first - 1)];
                if (r >= 0 && names.at(r).kind == Kind::Organization && names.at(r).first < u.first
                    && names.at(r).last >= u.first + 1 && names.at(r).last <= u.last) {
                    const qsizetype head = names.at(r).first;
                    const int length = gazetteer.organizationHeads().matchAt(tokens, head).length;
                    if (length > 0 && head + length >= u.first && (taggedSpans.isEmpty() || taggedSpans.last().last <= head))
                        u.first = head;
                }
            }
            u.last = longNameEnd(tokens, u, gazetteer);
            taggedSpans.append(u);
            continue;
        }
        taggedSpans.append(EntityTagger::TaggedSpan{t.first, split, EntityTagger::Type::Organization, t.confidence});
        taggedSpans.append(EntityTagger::TaggedSpan{split, t.last, EntityTagger::Type::Person, t.confidence * 0.9f});
    }
    for (const EntityTagger::TaggedSpan &t : std::as_const(taggedSpans)) {
        if (t.confidence < acceptConfidence)
            continue;
        bool blocked = false;
        for (qsizetype k = t.first; k < t.last && !blocked; ++k)
            blocked = userBlocked[size_t(k)];
        qsizetype trim = -1; // a title the name starts inside
        for (qsizetype k = t.first; k < t.last && !blocked; ++k) {
            const qsizetype f = fixedAt[size_t(k)];
            if (f < 0)
                continue;
            const ScanSpan &s = fixed.at(f);
            if (!isName(s.kind) && s.first < t.first) // "Chủ tịch UBND" | "UBND tỉnh": the title ends at the name
                trim = f;
            else
                blocked = true;
        }
        if (blocked)
            continue;
        if (trim >= 0) {
            ScanSpan &s = fixed[trim];
            s.last = s.nameLast = t.first;
            for (qsizetype k = t.first; k < n && fixedAt[size_t(k)] == trim; ++k)
                fixedAt[size_t(k)] = -1;
        }
        for (qsizetype k = t.first; k < t.last; ++k)
            if (nameAt[size_t(k)] >= 0)
                nameKept[nameAt[size_t(k)]] = false;
        if (t.type == EntityTagger::Type::Misc || t.type == EntityTagger::Type::None)
            continue;
        ScanSpan s = ScanSpan::make(t.type == EntityTagger::Type::Person ? Kind::Person
                                        : t.type == EntityTagger::Type::Organization ? Kind::Organization
                                                                                      : Kind::Place,
                                    t.first, t.last);
        s.strong = true;
        if (s.kind == Kind::Place) { // "huyện Tam Đường": the place's name is "Tam Đường"
            const int admin = TokenRules::adminWordAt(tokens, s.first);
            if (admin > 0 && s.first + admin < s.last)
                s.nameFirst = s.first + admin;
        }
        const qsizetype same = nameAt[size_t(t.first)];
        if (same >= 0) {
            const ScanSpan &r = names.at(same);
            if (r.first == s.first && r.last == s.last && r.kind == s.kind) {
                s.gazetteerIndex = r.gazetteerIndex;
                s.canonical = r.canonical;
            }
        }
        modelSpans.append(s);
        modelConfidence.append(t.confidence);
    }
    for (qsizetype f = 0; f < fixed.size(); ++f) {
        const ScanSpan &s = fixed.at(f);
        if (!fixedKept.at(f) || s.last <= s.first)
            continue;
        out.append(s);
        record(tokens, s, Origin{1.0f, MentionSource::User}, origins);
    }
    for (qsizetype m = 0; m < modelSpans.size(); ++m) {
        out.append(modelSpans.at(m));
        record(tokens, modelSpans.at(m), Origin{modelConfidence.at(m), MentionSource::Model}, origins);
    }
    for (qsizetype r = 0; r < names.size(); ++r) {
        if (!nameKept.at(r))
            continue;
        const ScanSpan &s = names.at(r);
        double outside = 0;
        for (qsizetype k = s.first; k < s.last; ++k)
            outside += tagged->outside[size_t(k)];
        outside /= double(s.length());
        // Known organizations and the organization a title names ("Bí thư Thành ủy") stay: the
        // model learned from data that leaves them unannotated, and roles are bound from them.
        const qsizetype before = s.first > 0 ? fixedAt[size_t(s.first - 1)] : -1;
        const bool afterTitle = before >= 0 && !isName(fixed.at(before).kind) && fixed.at(before).last == s.first;
        const bool known = s.kind == Kind::Organization && s.gazetteerIndex >= 0;
        if (outside >= rejectOutside && !known && !afterTitle)
            continue;
        out.append(s);
        record(tokens, s, Origin{float(1.0 - outside), MentionSource::Rules}, origins);
    }
    std::sort(out.begin(), out.end(), [](const ScanSpan &a, const ScanSpan &b) { return a.first < b.first; });
    return out;
}

void TaggedSpanMerger::apply(const Origins &origins, ExtractionResult &result)
{
    for (QList<Entity> *list : {&result.people, &result.organizations, &result.places}) {
        for (Entity &e : *list) {
            Origin best{0.5f, MentionSource::Rules};
            bool found = false;
            for (const Mention &m : std::as_const(e.mentions)) {
                const auto it = origins.constFind(keyOf(m.span.start, m.span.end));
                if (it != origins.constEnd() && (!found || it->confidence > best.confidence)) {
                    best = it.value();
                    found = true;
                }
            }
            for (Mention &m : e.mentions) {
                const auto it = origins.constFind(keyOf(m.span.start, m.span.end));
                const Origin o = it != origins.constEnd() ? it.value()
                                                          : Origin{found ? best.confidence * 0.9f : 0.5f, best.source};
                m.confidence = o.confidence;
                m.source = o.source;
            }
        }
    }
}

} // namespace Lectern::Core
