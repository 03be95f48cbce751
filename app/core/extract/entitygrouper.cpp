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

// ---- people

// The people being grouped: one entity per full-name key, with the syllable keys of that name
// (to find the person a short form belongs to).
class PeopleIndex
{
public:
    explicit PeopleIndex(QList<Entity> &people) : m_people(people) {}

    bool contains(const QString &key) const { return m_byKey.contains(key); }
    const QStringList &nameKeys(qsizetype person) const { return m_nameKeys.at(person); }

    // The person with this full-name key, added under name when new.
    qsizetype personFor(const QString &key, const QString &name)
    {
        const auto it = m_byKey.constFind(key);
        if (it != m_byKey.constEnd())
            return it.value();
        Entity e;
        e.type = EntityKind::Person;
        e.name = name;
        m_people.append(e);
        m_nameKeys.append(key.split(QLatin1Char(' ')));
        m_byKey.insert(key, m_people.size() - 1);
        return m_people.size() - 1;
    }

private:
    QList<Entity> &m_people;
    QHash<QString, qsizetype> m_byKey; // full-name key -> person index
    QList<QStringList> m_nameKeys;
};

// Full names become people (the byline's names first). One-syllable names not known as a full
// name are left in *shortSpans for attachShortForms(). Records the person of each span.
void groupFullNames(const EntityGrouper::Input &in, PeopleIndex &index, QList<Entity> &people,
                    QList<qsizetype> *shortSpans, QHash<qsizetype, qsizetype> *personOfSpan)
{
    for (const QString &name : in.extraPeople)
        index.personFor(PhraseTable::keysOf(name).join(QLatin1Char(' ')), name);
    for (qsizetype s = 0; s < in.spans.size(); ++s) {
        const ScanSpan &sp = in.spans.at(s);
        if (sp.kind != Kind::Person)
            continue;
        const QString key = sp.canonical.isEmpty() ? keyOf(in.tokens, sp.first, sp.last) : foldedKey(sp.canonical);
        if (sp.length() < 2 && !index.contains(key)) {
            shortSpans->append(s);
            continue;
        }
        const Mention m = mentionOf(in.text, in.tokens, sp.first, sp.last);
        const qsizetype e = index.personFor(key, sp.canonical.isEmpty() ? m.text : sp.canonical);
        people[e].mentions.append(m);
        personOfSpan->insert(s, e);
    }
}

// Short forms join the person whose name ends with them, nearest before (else first after); a
// short form that fits nobody is a person of its own.
void attachShortForms(const EntityGrouper::Input &in, const QList<qsizetype> &shortSpans, PeopleIndex &index,
                      QList<Entity> &people, QHash<qsizetype, qsizetype> *personOfSpan)
{
    const qsizetype fullCount = people.size();
    for (const qsizetype s : shortSpans) {
        const ScanSpan &sp = in.spans.at(s);
        const QStringList keys = keyOf(in.tokens, sp.first, sp.last).split(QLatin1Char(' '));
        qsizetype best = -1;
        qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
        for (qsizetype e = 0; e < fullCount; ++e) {
            const QStringList &nameKeys = index.nameKeys(e);
            if (nameKeys.size() <= keys.size() || nameKeys.mid(nameKeys.size() - keys.size()) != keys)
                continue;
            for (const Mention &m : std::as_const(people.at(e).mentions)) {
                const qsizetype d = in.tokens.at(sp.first).start - m.span.start;
                const qsizetype cost = d >= 0 ? d : (-d) * 4; // prefer an earlier full mention
                if (cost < bestDistance) {
                    bestDistance = cost;
                    best = e;
                }
            }
        }
        const Mention m = mentionOf(in.text, in.tokens, sp.first, sp.last);
        if (best < 0)
            best = index.personFor(keys.join(QLatin1Char(' ')), m.text);
        else
            addUnique(people[best].aliases, m.text, people.at(best).name);
        people[best].mentions.append(m);
        personOfSpan->insert(s, best);
    }
}

// The roles RoleBinder bound to a person's spans, in span order, without repeats; then a role
// that only opens a longer one goes ("Thứ trưởng" adds nothing to "Thứ trưởng Bộ Y tế").
void mergeRoles(const EntityGrouper::Input &in, const QHash<qsizetype, qsizetype> &personOfSpan,
                QList<Entity> &people)
{
    QList<qsizetype> boundSpans = in.bound.roles.keys();
    std::sort(boundSpans.begin(), boundSpans.end());
    for (const qsizetype s : std::as_const(boundSpans)) {
        const qsizetype e = personOfSpan.value(s, -1);
        if (e < 0)
            continue;
        for (const QString &r : in.bound.roles.value(s))
            addUnique(people[e].roles, r, QString());
    }
    for (Entity &person : people) {
        const QStringList all = person.roles;
        person.roles.removeIf([&](const QString &r) {
            const QString rolePrefix = foldedKey(r) + QLatin1Char(' ');
            return std::any_of(all.cbegin(), all.cend(),
                               [&](const QString &o) { return foldedKey(o).startsWith(rolePrefix); });
        });
    }
}

// A role used alone ("Đồng chí Bí thư …") refers to the person who holds it when exactly one does.
void attachRoleReferences(const EntityGrouper::Input &in, QList<Entity> &people)
{
    for (const RoleBinder::Reference &ref : in.bound.references) {
        const QString key = foldedKey(ref.role);
        qsizetype match = -1;
        int count = 0;
        for (qsizetype e = 0; e < people.size(); ++e) {
            for (const QString &r : std::as_const(people.at(e).roles)) {
                const QString roleKey = foldedKey(r);
                if (roleKey == key || roleKey.startsWith(key + QLatin1Char(' '))) {
                    if (match != e)
                        ++count;
                    match = e;
                    break;
                }
            }
        }
        if (count == 1)
            people[match].references.append(mentionOf(in.text, in.tokens, ref.first, ref.last));
    }
}

void groupPeople(const EntityGrouper::Input &in, QList<Entity> &people)
{
    PeopleIndex index(people);
    QList<qsizetype> shortSpans;
    QHash<qsizetype, qsizetype> personOfSpan;
    groupFullNames(in, index, people, &shortSpans, &personOfSpan);
    attachShortForms(in, shortSpans, index, people, &personOfSpan);
    mergeRoles(in, personOfSpan, people);
    attachRoleReferences(in, people);
}

// ---- organizations

// The organization spans of the text and the groups they are put in.
struct OrganizationSpans
{
    QList<qsizetype> spans;           // indexes into Input::spans, in text order
    QList<OrgKey> expanded;           // per organization span
    QHash<QString, qsizetype> byExpanded; // expanded key -> first organization span with it
    UnionFind groups{0};
};

// Spans are one group when they are the same known organization, expand to the same words, or
// one defines the other in parentheses (MentionPropagator's links).
OrganizationSpans unitedOrganizations(const EntityGrouper::Input &in, const Gazetteer &gazetteer)
{
    OrganizationSpans orgs;
    QHash<qsizetype, qsizetype> orgByFirst; // first token -> organization span
    for (qsizetype s = 0; s < in.spans.size(); ++s)
        if (in.spans.at(s).kind == Kind::Organization) {
            orgByFirst.insert(in.spans.at(s).first, orgs.spans.size());
            orgs.spans.append(s);
        }
    orgs.groups = UnionFind(orgs.spans.size());
    orgs.expanded.resize(orgs.spans.size());
    QHash<int, qsizetype> byKnown; // gazetteer index -> first organization span
    for (qsizetype o = 0; o < orgs.spans.size(); ++o) {
        const ScanSpan &sp = in.spans.at(orgs.spans.at(o));
        if (sp.gazetteerIndex >= 0) {
            const auto it = byKnown.constFind(sp.gazetteerIndex);
            if (it != byKnown.constEnd())
                orgs.groups.unite(o, it.value());
            else
                byKnown.insert(sp.gazetteerIndex, o);
        }
        orgs.expanded[o] = orgKeyOf(in.tokens, sp.first, sp.last, gazetteer);
        const QString expandedKey = orgs.expanded.at(o).text();
        const auto it = orgs.byExpanded.constFind(expandedKey);
        if (it != orgs.byExpanded.constEnd())
            orgs.groups.unite(o, it.value());
        else
            orgs.byExpanded.insert(expandedKey, o);
    }
    for (const auto &link : in.links)
        if (orgByFirst.contains(link.first) && orgByFirst.contains(link.second))
            orgs.groups.unite(orgByFirst.value(link.first), orgByFirst.value(link.second));
    return orgs;
}

// A form without its place joins the one longer form that has it. Longer forms are settled
// first (then text order), so "UBND thành phố" has joined "UBND thành phố Hải Phòng" before
// "UBND" looks for its group; the order never comes from a hash (Qt seeds it per process).
void joinShortForms(OrganizationSpans &orgs)
{
    QList<qsizetype> distinctForms; // first span of each key
    for (qsizetype o = 0; o < orgs.spans.size(); ++o)
        if (orgs.byExpanded.value(orgs.expanded.at(o).text(), -1) == o)
            distinctForms.append(o);
    std::stable_sort(distinctForms.begin(), distinctForms.end(), [&](qsizetype x, qsizetype y) {
        return orgs.expanded.at(x).head.size() > orgs.expanded.at(y).head.size();
    });
    for (const qsizetype a : std::as_const(distinctForms)) {
        qsizetype target = -1;
        bool ambiguous = false;
        for (const qsizetype b : std::as_const(distinctForms)) {
            if (!orgs.expanded.at(a).isShortFormOf(orgs.expanded.at(b)))
                continue;
            const qsizetype root = orgs.groups.find(b);
            if (target >= 0 && target != root)
                ambiguous = true;
            target = root;
        }
        if (target >= 0 && !ambiguous)
            orgs.groups.unite(a, target);
    }
}

// One organization per group: every mention, the most complete form as its name, the other
// forms (and the gazetteer's name) as aliases.
void buildOrganizations(const EntityGrouper::Input &in, const Gazetteer &gazetteer, OrganizationSpans &orgs,
                        QList<Entity> &organizations)
{
    QHash<qsizetype, qsizetype> entityOfGroup;
    for (qsizetype o = 0; o < orgs.spans.size(); ++o) {
        const ScanSpan &sp = in.spans.at(orgs.spans.at(o));
        const qsizetype root = orgs.groups.find(o);
        qsizetype e = entityOfGroup.value(root, -1);
        if (e < 0) {
            Entity ent;
            ent.type = EntityKind::Organization;
            organizations.append(ent);
            e = organizations.size() - 1;
            entityOfGroup.insert(root, e);
        }
        Entity &ent = organizations[e];
        const Mention m = mentionOf(in.text, in.tokens, sp.first, sp.last);
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
}

void groupOrganizations(const EntityGrouper::Input &in, const Gazetteer &gazetteer, QList<Entity> &organizations)
{
    OrganizationSpans orgs = unitedOrganizations(in, gazetteer);
    joinShortForms(orgs);
    buildOrganizations(in, gazetteer, orgs, organizations);
}

// ---- places

// One place per name (the gazetteer's canonical one when known), every form as an alias.
void groupPlaces(const EntityGrouper::Input &in, QList<Entity> &places)
{
    QHash<QString, qsizetype> placeByKey;
    for (const ScanSpan &sp : in.spans) {
        if (sp.kind != Kind::Place || sp.nameLast <= sp.nameFirst)
            continue;
        const Mention m = mentionOf(in.text, in.tokens, sp.nameFirst, sp.nameLast);
        const QString name = sp.canonical.isEmpty() ? m.text : sp.canonical;
        const QString key = foldedKey(name);
        qsizetype e = placeByKey.value(key, -1);
        if (e < 0) {
            Entity ent;
            ent.type = EntityKind::Place;
            ent.name = name;
            places.append(ent);
            e = places.size() - 1;
            placeByKey.insert(key, e);
        }
        places[e].mentions.append(m);
        addUnique(places[e].aliases, m.text, places.at(e).name);
    }
}

} // namespace

void EntityGrouper::group(const Input &in, const Gazetteer &gazetteer, ExtractionResult &out)
{
    groupPeople(in, out.people);
    groupOrganizations(in, gazetteer, out.organizations);
    groupPlaces(in, out.places);
    sortByFirstMention(out.people);
    sortByFirstMention(out.organizations);
    sortByFirstMention(out.places);
}

} // namespace Lectern::Core
