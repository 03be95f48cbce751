#include "extract/taggerfeatures.h"

#include "extract/gazetteer.h"
#include "util/textfold.h"

#include <QHash>

namespace Lectern::Core {

namespace {

inline quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

inline quint64 feat(quint64 templ, quint64 a, quint64 b = 0, quint64 c = 0)
{
    return mix(mix(mix(templ * 0x100000001b3ULL ^ a) ^ b) ^ c);
}

// Per-token values the templates combine.
struct Atom
{
    quint64 key = 0;  // matchKey (lower case, tone placement folded)
    quint64 surf = 0; // as written
    quint64 fold = 0; // without diacritics
    quint64 pre2 = 0;
    quint64 suf2 = 0;
    quint64 suf3 = 0;
    quint32 gaz = 0;  // gazetteer matches (bits)
    quint8 shape = 0;
    quint8 flags = 0;
    quint8 rule = 0;  // the rule scanner's span kind and position over the token
    quint8 name = 0;  // surname / given name
    quint8 length = 0;
};

quint64 foldHash(const QString &key)
{
    thread_local QHash<QString, quint64> cache;
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return it.value();
    if (cache.size() > 200000)
        cache.clear();
    const quint64 h = TaggerFeatures::hashText(TextFold::searchKey(key));
    cache.insert(key, h);
    return h;
}

quint8 shapeOf(const Token &t, QStringView surface)
{
    if (t.is(Token::Punct))
        return 0;
    quint8 s = t.is(Token::HasDigit) ? (t.isUpper() ? 2 : 1) : t.is(Token::AllCaps) ? 3 : t.isUpper() ? 4 : 5;
    for (const QChar c : surface)
        if (c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('&')) {
            s |= 8;
            break;
        }
    // a capital after the first letter ("iPhone", "OceanBank")
    for (qsizetype k = 1; k < surface.size(); ++k)
        if (surface.at(k).isUpper() && !t.is(Token::AllCaps)) {
            s |= 16;
            break;
        }
    return s;
}

enum GazBit : quint32 {
    PlaceB = 1 << 0, PlaceI = 1 << 1, HeadB = 1 << 2, HeadI = 1 << 3, TitleB = 1 << 4, TitleI = 1 << 5,
    HonorificB = 1 << 6, CueB = 1 << 7, UserB = 1 << 8, UserI = 1 << 9, OrgB = 1 << 10, OrgI = 1 << 11,
};

void markMatch(std::vector<Atom> &atoms, qsizetype i, int length, quint32 bBit, quint32 iBit)
{
    if (length <= 0)
        return;
    atoms[size_t(i)].gaz |= bBit;
    for (qsizetype k = i + 1; k < i + length && k < qsizetype(atoms.size()); ++k)
        atoms[size_t(k)].gaz |= iBit;
}

} // namespace

quint64 TaggerFeatures::hashText(QStringView text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return mix(h);
}

void TaggerFeatures::compute(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &ruleSpans,
                             std::vector<quint64> &out) const
{
    const qsizetype n = tokens.size();
    thread_local std::vector<Atom> atoms;
    atoms.assign(static_cast<size_t>(n), Atom());
    for (qsizetype i = 0; i < n; ++i) {
        const Token &t = tokens.at(i);
        Atom &a = atoms[size_t(i)];
        const QStringView surface(text.constData() + t.start, t.end - t.start);
        const QStringView key(t.key);
        a.key = hashText(key);
        a.surf = hashText(surface);
        a.fold = t.is(Token::Punct) ? a.key : foldHash(t.key);
        a.pre2 = hashText(key.left(2));
        a.suf2 = hashText(key.right(2));
        a.suf3 = key.size() > 2 ? hashText(key.right(3)) : 0;
        a.shape = shapeOf(t, surface);
        a.flags = quint8((t.is(Token::SentenceStart) ? 1 : 0) | (t.is(Token::LineStart) ? 2 : 0)
                         | (t.is(Token::SpaceBefore) ? 4 : 0));
        a.length = quint8(qMin<qsizetype>(key.size(), 6));
        if (t.isWord()) {
            a.name = quint8((m_gazetteer.isSurname(t.key) ? 1 : 0) | (m_gazetteer.isGivenName(t.key) ? 2 : 0));
            if (t.isUpper() || t.is(Token::AllCaps) || m_gazetteer.canStartPhrase(t.key)) {
                markMatch(atoms, i, m_gazetteer.places().matchAt(tokens, i).length, PlaceB, PlaceI);
                markMatch(atoms, i, m_gazetteer.organizations().matchAt(tokens, i).length, OrgB, OrgI);
                markMatch(atoms, i, m_gazetteer.organizationHeads().matchAt(tokens, i).length, HeadB, HeadI);
                markMatch(atoms, i, m_gazetteer.titles().matchAt(tokens, i).length, TitleB, TitleI);
                markMatch(atoms, i, m_gazetteer.honorifics().matchAt(tokens, i).length ? 1 : 0, HonorificB, 0);
                markMatch(atoms, i, m_gazetteer.personCues().matchAt(tokens, i).length ? 1 : 0, CueB, 0);
                if (!m_gazetteer.user().isEmpty())
                    markMatch(atoms, i, m_gazetteer.user().matchAt(tokens, i).length, UserB, UserI);
            }
        }
    }
    for (const ScanSpan &s : ruleSpans) {
        for (qsizetype k = s.first; k < s.last && k < n; ++k) {
            quint8 r = quint8(quint8(s.kind) * 4 + (k == s.first ? 1 : 2));
            if (s.strong)
                r |= 64;
            if (s.gazetteerIndex >= 0)
                r |= 128;
            atoms[size_t(k)].rule = r;
        }
    }

    static const Atom outside = [] {
        Atom a;
        a.key = a.surf = a.fold = 0x5151;
        a.shape = 99;
        a.rule = 255;
        return a;
    }();
    auto at = [&](qsizetype i) -> const Atom & { return i < 0 || i >= n ? outside : atoms[size_t(i)]; };

    out.resize(size_t(n) * perToken);
    quint64 *f = out.data();
    for (qsizetype i = 0; i < n; ++i) {
        const Atom &c = atoms[size_t(i)];
        const Atom &p1 = at(i - 1), &p2 = at(i - 2), &n1 = at(i + 1), &n2 = at(i + 2);
        int k = 0;
        f[k++] = feat(1, 0);
        f[k++] = feat(2, c.key);
        f[k++] = feat(3, c.surf);
        f[k++] = feat(4, c.fold);
        f[k++] = feat(5, p1.key);
        f[k++] = feat(6, p2.key);
        f[k++] = feat(7, n1.key);
        f[k++] = feat(8, n2.key);
        f[k++] = feat(9, p1.key, c.key);
        f[k++] = feat(10, c.key, n1.key);
        f[k++] = feat(11, p2.key, p1.key);
        f[k++] = feat(12, n1.key, n2.key);
        f[k++] = feat(13, p1.fold);
        f[k++] = feat(14, n1.fold);
        f[k++] = feat(15, c.shape);
        f[k++] = feat(16, p1.shape, c.shape);
        f[k++] = feat(17, c.shape, n1.shape);
        f[k++] = feat(18, p1.shape, c.shape, n1.shape);
        f[k++] = feat(19, p2.shape, p1.shape);
        f[k++] = feat(20, n1.shape, n2.shape);
        f[k++] = feat(21, c.pre2);
        f[k++] = feat(22, c.suf2);
        f[k++] = feat(23, c.suf3);
        f[k++] = feat(24, c.flags, c.shape);
        f[k++] = feat(25, c.rule);
        f[k++] = feat(26, p1.rule);
        f[k++] = feat(27, n1.rule);
        f[k++] = feat(28, p1.rule, c.rule, n1.rule);
        f[k++] = feat(29, c.rule, c.key);
        f[k++] = feat(30, c.gaz);
        f[k++] = feat(31, p1.gaz);
        f[k++] = feat(32, n1.gaz);
        f[k++] = feat(33, c.name, c.shape);
        f[k++] = feat(34, p1.name, p1.shape, c.name);
        f[k++] = feat(35, n1.name, n1.shape, c.name);
        f[k++] = feat(36, p1.key, c.shape);
        f[k++] = feat(37, c.shape, n1.key);
        f[k++] = feat(38, c.length, c.shape);
        f[k++] = feat(39, c.rule, c.shape);
        f[k++] = feat(40, p2.key, c.shape);
        Q_ASSERT(k == perToken);
        f += perToken;
    }
}

} // namespace Lectern::Core
