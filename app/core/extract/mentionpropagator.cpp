#include "extract/mentionpropagator.h"

#include "extract/phrasetable.h"
#include "extract/tokenrules.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace Lectern::Core {

using Kind = ScanSpan::Kind;
using namespace TokenRules;

namespace {

QStringList keysOf(const QList<Token> &tokens, qsizetype first, qsizetype last)
{
    QStringList keys;
    for (qsizetype k = first; k < last; ++k)
        keys.append(tokens.at(k).key);
    return keys;
}

bool isAddressWord(const QString &key)
{
    return key == LKEY(u"anh") || key == LKEY(u"chị") || key == LKEY(u"em") || key == LKEY(u"ông") || key == LKEY(u"bà") || key == LKEY(u"cô")
        || key == LKEY(u"chú") || key == LKEY(u"bác") || key == LKEY(u"con") || key == LKEY(u"cháu") || key == LKEY(u"mẹ") || key == LKEY(u"bố");
}

} // namespace

MentionPropagator::Links MentionPropagator::propagate(const QList<Token> &tokens, QList<ScanSpan> &spans,
                                                      const QStringList &extraPeople)
{
    Links links;
    const qsizetype n = tokens.size();
    QList<bool> claimed(n, false);
    for (const ScanSpan &s : spans)
        for (qsizetype k = s.first; k < s.last; ++k)
            claimed[k] = true;

    QList<ScanSpan> added;
    // Parenthesised abbreviations right after an organization.
    for (const ScanSpan &s : std::as_const(spans)) {
        if (s.kind != Kind::Organization || s.last + 2 >= n || !tokens.at(s.last).isPunct(u'('))
            continue;
        qsizetype k = s.last + 1;
        const qsizetype innerFirst = k;
        while (k < n && k - innerFirst < 4 && tokens.at(k).isWord())
            ++k;
        if (k == innerFirst || k >= n || !tokens.at(k).isPunct(u')'))
            continue;
        const Token &head = tokens.at(innerFirst);
        if (!head.isUpper() && !head.is(Token::AllCaps))
            continue;
        bool free = true;
        for (qsizetype m = innerFirst; m < k; ++m)
            free = free && !claimed[m];
        if (free) {
            added.append(ScanSpan::make(Kind::Organization, innerFirst, k));
            for (qsizetype m = innerFirst; m < k; ++m)
                claimed[m] = true;
            links.append({s.first, innerFirst});
        } else {
            const auto it = std::find_if(spans.cbegin(), spans.cend(),
                                         [&](const ScanSpan &o) { return o.first == innerFirst && o.last == k; });
            if (it != spans.cend() && it->kind == Kind::Organization)
                links.append({s.first, innerFirst});
        }
    }

    // Article-local dictionary of names. Person short forms map to one person or are dropped.
    PhraseTable orgs;
    PhraseTable people;
    QHash<QString, int> shortForms; // key -> number of people it could stand for
    QHash<QString, QStringList> shortKeys;
    QSet<QString> fullNames;
    auto addPerson = [&](const QStringList &keys) {
        if (keys.isEmpty())
            return;
        people.insertKeys(keys, 0);
        if (keys.size() < 2 || fullNames.contains(keys.join(QLatin1Char(' '))))
            return;
        fullNames.insert(keys.join(QLatin1Char(' ')));
        QList<QStringList> forms{keys.mid(keys.size() - 1)};
        if (keys.size() >= 3)
            forms.append(keys.mid(keys.size() - 2));
        for (const QStringList &f : forms) {
            const QString joined = f.join(QLatin1Char(' '));
            shortForms[joined] += 1;
            shortKeys.insert(joined, f);
        }
    };
    for (const ScanSpan &s : std::as_const(spans)) {
        if (s.kind == Kind::Organization)
            orgs.insertKeys(keysOf(tokens, s.first, s.last), 0);
        else if (s.kind == Kind::Person && s.length() >= 2)
            addPerson(keysOf(tokens, s.first, s.last));
    }
    for (const ScanSpan &s : std::as_const(added))
        orgs.insertKeys(keysOf(tokens, s.first, s.last), 0);
    for (const QString &name : extraPeople)
        addPerson(PhraseTable::keysOf(name));
    for (auto it = shortForms.cbegin(); it != shortForms.cend(); ++it)
        if (it.value() == 1 && !fullNames.contains(it.key()) && !isAddressWord(it.key()))
            people.insertKeys(shortKeys.value(it.key()), 1);

    for (qsizetype i = 0; i < n; ++i) {
        if (claimed[i] || !tokens.at(i).isWord() || !(tokens.at(i).isUpper() || tokens.at(i).is(Token::AllCaps)))
            continue;
        const PhraseTable::Match o = orgs.matchAt(tokens, i);
        const PhraseTable::Match p = people.matchAt(tokens, i);
        const PhraseTable::Match m = o.length >= p.length ? o : p;
        if (m.length == 0)
            continue;
        const qsizetype end = i + m.length;
        bool free = true;
        for (qsizetype k = i; k < end; ++k)
            free = free && !claimed[k];
        if (!free)
            continue;
        const bool isPerson = m.length == p.length && p.length > o.length;
        if (isPerson) {
            // a name glued to more capitalised words is someone else's longer name
            if ((end < n && isNameWord(tokens.at(end)) && continuesLine(tokens, end))
                || (i > 0 && isNameWord(tokens.at(i - 1)) && continuesLine(tokens, i)))
                continue;
            if (!isNameWord(tokens.at(i)))
                continue;
        }
        added.append(ScanSpan::make(isPerson ? Kind::Person : Kind::Organization, i, end));
        for (qsizetype k = i; k < end; ++k)
            claimed[k] = true;
        i = end - 1;
    }
    if (!added.isEmpty()) {
        spans.append(added);
        std::sort(spans.begin(), spans.end(), [](const ScanSpan &a, const ScanSpan &b) { return a.first < b.first; });
    }
    return links;
}

} // namespace Lectern::Core
