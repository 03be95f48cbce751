#include "extract/entitygrouper.h"

#include "extract/tokenrules.h"
#include "util/textfold.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace Lectern::Core {

using Kind = ScanSpan::Kind;

namespace {

struct UnionFind
{
    QList<qsizetype> parent;
    explicit UnionFind(qsizetype n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    qsizetype find(qsizetype x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(qsizetype a, qsizetype b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[qMax(a, b)] = qMin(a, b);
    }
};

Mention mentionOf(const QString &text, const QList<Token> &tokens, qsizetype first, qsizetype last)
{
    Mention m;
    m.span.start = tokens.at(first).start;
    m.span.end = tokens.at(last - 1).end;
    m.text = text.mid(m.span.start, m.span.length());
    return m;
}

QString keyOf(const QList<Token> &tokens, qsizetype first, qsizetype last)
{
    QStringList keys;
    for (qsizetype k = first; k < last; ++k)
        keys.append(tokens.at(k).key);
    return keys.join(QLatin1Char(' '));
}

// An organization name as the grouper compares it: its head and place words, with abbreviations
// expanded and punctuation dropped ("TYT xã Nhã Nam" -> "trạm y tế nhã nam"), and its level, the
// admin word that says which tier of government the body belongs to ("xã"; "thành phố" for "TP.").
// An admin word that opens the name is part of the head: "Tỉnh ủy" (the provincial party
// committee) is "tỉnh ủy", never a shorter "ủy…" of "UBND tỉnh" (ủy ban nhân dân, level tỉnh), and
// "Tỉnh ủy" and "Huyện ủy" stay two bodies. Bodies of different levels are never one group
// ("UBND tỉnh" and "UBND huyện").
struct OrgKey
{
    QStringList head;
    QString level;

    QString text() const { return head.join(QLatin1Char(' ')) + QLatin1Char('@') + level; }
    // This is the other without (some of) its place or without its level: the other's head
    // words first, the same level or none.
    bool isShortFormOf(const OrgKey &other) const
    {
        if (head.isEmpty() || other.head.size() < head.size() || other.head.mid(0, head.size()) != head)
            return false;
        if (other.head.size() == head.size())
            return level.isEmpty() && !other.level.isEmpty();
        return level.isEmpty() || level == other.level;
    }
};

QString normalizedLevel(const QString &level)
{
    if (level == u"tp" || level == u"tp .")
        return QStringLiteral("thành phố");
    if (level == u"tx")
        return QStringLiteral("thị xã");
    return level;
}

OrgKey orgKeyOf(const QList<Token> &tokens, qsizetype first, qsizetype last, const Gazetteer &g)
{
    OrgKey out;
    for (qsizetype k = first; k < last; ++k) {
        const Token &t = tokens.at(k);
        if (!t.isWord())
            continue;
        const int admin = out.head.isEmpty() ? 0 : TokenRules::adminWordAt(tokens, k);
        if (admin > 0) {
            QStringList words;
            for (qsizetype w = k; w < k + admin && w < last; ++w)
                words.append(tokens.at(w).key);
            out.level = normalizedLevel(words.join(QLatin1Char(' ')));
            k += admin - 1;
            continue;
        }
        const QStringList exp = g.expansion(t.key);
        if (!exp.isEmpty() && t.is(Token::AllCaps)) {
            for (const QString &e : exp)
                if (e != u"," && e != u"-")
                    out.head.append(e);
        } else {
            out.head.append(t.key);
        }
    }
    return out;
}

// TextFold::matchKey with a per-thread cache (the same few names are compared again and again).
QString foldedKey(const QString &s)
{
    thread_local QHash<QString, QString> cache;
    const auto it = cache.constFind(s);
    if (it != cache.constEnd())
        return it.value();
    if (cache.size() > 50000)
        cache.clear();
    return cache.insert(s, TextFold::matchKey(s)).value();
}

void addUnique(QStringList &list, const QString &value, const QString &except)
{
    const QString key = foldedKey(value);
    if (key == foldedKey(except))
        return;
    for (const QString &v : list)
        if (foldedKey(v) == key)
            return;
    list.append(value);
}

void sortByFirstMention(QList<Entity> &list)
{
    for (Entity &e : list)
        std::sort(e.mentions.begin(), e.mentions.end(),
                  [](const Mention &a, const Mention &b) { return a.span.start < b.span.start; });
    std::stable_sort(list.begin(), list.end(), [](const Entity &a, const Entity &b) {
        const qsizetype fa = a.firstOffset() < 0 ? std::numeric_limits<qsizetype>::max() : a.firstOffset();
        const qsizetype fb = b.firstOffset() < 0 ? std::numeric_limits<qsizetype>::max() : b.firstOffset();
        return fa < fb;
    });
}

} // namespace

void EntityGrouper::group(const Input &in, const Gazetteer &gazetteer, ExtractionResult &out)
{
    const QList<ScanSpan> &spans = in.spans;
    const QList<Token> &tokens = in.tokens;

    // ---- people
    QHash<QString, qsizetype> personByKey; // full-name key -> entity index
    QList<QStringList> personKeys;
    auto entityFor = [&](const QString &key, const QString &name) {
        auto it = personByKey.constFind(key);
        if (it != personByKey.constEnd())
            return it.value();
        Entity e;
        e.type = EntityKind::Person;
        e.name = name;
        out.people.append(e);
        personKeys.append(key.split(QLatin1Char(' ')));
        personByKey.insert(key, out.people.size() - 1);
        return out.people.size() - 1;
    };
    for (const QString &name : in.extraPeople)
        entityFor(PhraseTable::keysOf(name).join(QLatin1Char(' ')), name);
    QList<qsizetype> shortSpans;
    QHash<qsizetype, qsizetype> personOfSpan;
    for (qsizetype s = 0; s < spans.size(); ++s) {
        const ScanSpan &sp = spans.at(s);
        if (sp.kind != Kind::Person)
            continue;
        const QString key = sp.canonical.isEmpty() ? keyOf(tokens, sp.first, sp.last) : foldedKey(sp.canonical);
        if (sp.length() < 2 && !personByKey.contains(key)) {
            shortSpans.append(s);
            continue;
        }
        const Mention m = mentionOf(in.text, tokens, sp.first, sp.last);
        const qsizetype e = entityFor(key, sp.canonical.isEmpty() ? m.text : sp.canonical);
        out.people[e].mentions.append(m);
        personOfSpan.insert(s, e);
    }
    // Short forms: the person whose name ends with them, nearest before (else first after).
    const qsizetype fullCount = out.people.size();
    for (const qsizetype s : std::as_const(shortSpans)) {
        const ScanSpan &sp = spans.at(s);
        const QStringList keys = keyOf(tokens, sp.first, sp.last).split(QLatin1Char(' '));
        qsizetype best = -1;
        qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
        for (qsizetype e = 0; e < fullCount; ++e) {
            const QStringList &pk = personKeys.at(e);
            if (pk.size() <= keys.size() || pk.mid(pk.size() - keys.size()) != keys)
                continue;
            for (const Mention &m : std::as_const(out.people.at(e).mentions)) {
                const qsizetype d = tokens.at(sp.first).start - m.span.start;
                const qsizetype cost = d >= 0 ? d : (-d) * 4; // prefer an earlier full mention
                if (cost < bestDistance) {
                    bestDistance = cost;
                    best = e;
                }
            }
        }
        const Mention m = mentionOf(in.text, tokens, sp.first, sp.last);
        if (best < 0)
            best = entityFor(keys.join(QLatin1Char(' ')), m.text);
        else
            addUnique(out.people[best].aliases, m.text, out.people.at(best).name);
        out.people[best].mentions.append(m);
        personOfSpan.insert(s, best);
    }
    QList<qsizetype> boundSpans = in.bound.roles.keys();
    std::sort(boundSpans.begin(), boundSpans.end());
    for (const qsizetype s : std::as_const(boundSpans)) {
        const qsizetype e = personOfSpan.value(s, -1);
        if (e < 0)
            continue;
        for (const QString &r : in.bound.roles.value(s))
            addUnique(out.people[e].roles, r, QString());
    }
    // "Thứ trưởng" adds nothing to "Thứ trưởng Bộ Y tế".
    for (Entity &person : out.people) {
        const QStringList all = person.roles;
        person.roles.removeIf([&](const QString &r) {
            const QString rk = foldedKey(r) + QLatin1Char(' ');
            return std::any_of(all.cbegin(), all.cend(),
                               [&](const QString &o) { return foldedKey(o).startsWith(rk); });
        });
    }
    // Role-only references to exactly one person.
    for (const RoleBinder::Reference &ref : in.bound.references) {
        const QString key = foldedKey(ref.role);
        qsizetype match = -1;
        int count = 0;
        for (qsizetype e = 0; e < out.people.size(); ++e) {
            for (const QString &r : std::as_const(out.people.at(e).roles)) {
                const QString rk = foldedKey(r);
                if (rk == key || rk.startsWith(key + QLatin1Char(' '))) {
                    if (match != e)
                        ++count;
                    match = e;
                    break;
                }
            }
        }
        if (count == 1)
            out.people[match].references.append(mentionOf(in.text, tokens, ref.first, ref.last));
    }

    // ---- organizations
    QList<qsizetype> orgSpans;
    QHash<qsizetype, qsizetype> orgByFirst;
    for (qsizetype s = 0; s < spans.size(); ++s)
        if (spans.at(s).kind == Kind::Organization) {
            orgByFirst.insert(spans.at(s).first, orgSpans.size());
            orgSpans.append(s);
        }
    UnionFind uf(orgSpans.size());
    QHash<int, qsizetype> byKnown;
    QHash<QString, qsizetype> byExpanded;
    QList<OrgKey> expanded(orgSpans.size());
    for (qsizetype o = 0; o < orgSpans.size(); ++o) {
        const ScanSpan &sp = spans.at(orgSpans.at(o));
        if (sp.gazetteerIndex >= 0) {
            const auto it = byKnown.constFind(sp.gazetteerIndex);
            if (it != byKnown.constEnd())
                uf.unite(o, it.value());
            else
                byKnown.insert(sp.gazetteerIndex, o);
        }
        expanded[o] = orgKeyOf(tokens, sp.first, sp.last, gazetteer);
        const QString ek = expanded.at(o).text();
        const auto it = byExpanded.constFind(ek);
        if (it != byExpanded.constEnd())
            uf.unite(o, it.value());
        else
            byExpanded.insert(ek, o);
    }
    for (const auto &link : in.links)
        if (orgByFirst.contains(link.first) && orgByFirst.contains(link.second))
            uf.unite(orgByFirst.value(link.first), orgByFirst.value(link.second));
    // A form without its place joins the one longer form that has it. Longer forms are settled
    // first (then text order), so "UBND thành phố" has joined "UBND thành phố Hải Phòng" before
    // "UBND" looks for its group; the order never comes from a hash (Qt seeds it per process).
    QList<qsizetype> distinctForms; // first span of each key
    for (qsizetype o = 0; o < orgSpans.size(); ++o)
        if (byExpanded.value(expanded.at(o).text(), -1) == o)
            distinctForms.append(o);
    std::stable_sort(distinctForms.begin(), distinctForms.end(),
        [&](qsizetype x, qsizetype y) { return expanded.at(x).head.size() > expanded.at(y).head.size(); });
    for (const qsizetype a : std::as_const(distinctForms)) {
        qsizetype target = -1;
        bool ambiguous = false;
        for (const qsizetype b : std::as_const(distinctForms)) {
            if (!expanded.at(a).isShortFormOf(expanded.at(b)))
                continue;
            const qsizetype root = uf.find(b);
            if (target >= 0 && target != root)
                ambiguous = true;
            target = root;
        }
        if (target >= 0 && !ambiguous)
            uf.unite(a, target);
    }
    QHash<qsizetype, qsizetype> orgEntity;
    for (qsizetype o = 0; o < orgSpans.size(); ++o) {
        const ScanSpan &sp = spans.at(orgSpans.at(o));
        const qsizetype root = uf.find(o);
        qsizetype e = orgEntity.value(root, -1);
        if (e < 0) {
            Entity ent;
            ent.type = EntityKind::Organization;
            out.organizations.append(ent);
            e = out.organizations.size() - 1;
            orgEntity.insert(root, e);
        }
        Entity &ent = out.organizations[e];
        const Mention m = mentionOf(in.text, tokens, sp.first, sp.last);
        ent.mentions.append(m);
        const QString form = sp.canonical.isEmpty() ? m.text : sp.canonical;
        if (ent.name.isEmpty()) {
            ent.name = form;
        } else if (PhraseTable::keysOf(form).size() > PhraseTable::keysOf(ent.name).size()) {
            addUnique(ent.aliases, ent.name, form);
            ent.aliases.removeIf([&](const QString &a) { return foldedKey(a) == foldedKey(form); });
            ent.name = form;
        } else {
            addUnique(ent.aliases, form, ent.name);
        }
        if (sp.gazetteerIndex >= 0)
            addUnique(ent.aliases, gazetteer.organizationName(sp.gazetteerIndex), ent.name);
    }

    // ---- places
    QHash<QString, qsizetype> placeByKey;
    for (const ScanSpan &sp : spans) {
        if (sp.kind != Kind::Place || sp.nameLast <= sp.nameFirst)
            continue;
        const Mention m = mentionOf(in.text, tokens, sp.nameFirst, sp.nameLast);
        const QString name = sp.canonical.isEmpty() ? m.text : sp.canonical;
        const QString key = foldedKey(name);
        qsizetype e = placeByKey.value(key, -1);
        if (e < 0) {
            Entity ent;
            ent.type = EntityKind::Place;
            ent.name = name;
            out.places.append(ent);
            e = out.places.size() - 1;
            placeByKey.insert(key, e);
        }
        out.places[e].mentions.append(m);
        addUnique(out.places[e].aliases, m.text, out.places.at(e).name);
    }
    sortByFirstMention(out.people);
    sortByFirstMention(out.organizations);
    sortByFirstMention(out.places);
}

} // namespace Lectern::Core
