#include "extract/taggerfeatures.h"

#include "extract/gazetteer.h"
#include "extract/taggerclusters.h"
#include "util/textfold.h"

#include <QHash>

#include <unordered_map>

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

using Atom = TaggerFeatures::Atom;


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

// What the gazetteer says about a token key, looked up once per key and thread: the key
// without diacritics, surname / given name, and which phrase tables have a phrase starting with it.
struct KeyInfo
{
    quint64 fold = 0;
    quint8 name = 0;
    quint8 tables = 0; // bits: places, organizations, heads, titles, honorifics, cues, user
    bool starter = false;
};

const KeyInfo &keyInfo(const Gazetteer &g, const QString &key, quint64 keyHash)
{
    thread_local std::unordered_map<quint64, KeyInfo> cache;
    thread_local quint64 serial = 0;
    if (serial != g.serial() || cache.size() > 200000) {
        cache.clear();
        serial = g.serial();
    }
    const auto it = cache.find(keyHash);
    if (it != cache.end())
        return it->second;
    KeyInfo info;
    info.fold = TaggerFeatures::hashText(TextFold::searchKey(key));
    info.name = quint8((g.isSurname(key) ? 1 : 0) | (g.isGivenName(key) ? 2 : 0));
    info.starter = g.canStartPhrase(key);
    const PhraseTable *tables[] = {&g.places(), &g.organizations(), &g.organizationHeads(), &g.titles(),
                                   &g.honorifics(), &g.personCues(), &g.user()};
    for (int k = 0; k < 7; ++k)
        if (tables[k]->hasFirstKey(key))
            info.tables |= quint8(1 << k);
    return cache.emplace(keyHash, info).first->second;
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

void TaggerFeatures::atoms(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &ruleSpans,
                           std::vector<Atom> &atoms) const
{
    const qsizetype n = tokens.size();
    atoms.assign(static_cast<size_t>(n), Atom());
    for (qsizetype i = 0; i < n; ++i) {
        const Token &t = tokens.at(i);
        Atom &a = atoms[size_t(i)];
        const QStringView surface(text.constData() + t.start, t.end - t.start);
        const QStringView key(t.key);
        a.key = hashText(key);
        a.surf = hashText(surface);
        const KeyInfo &info = keyInfo(m_gazetteer, t.key, a.key);
        a.fold = t.is(Token::Punct) ? a.key : info.fold;
        a.pre2 = hashText(key.left(2));
        a.suf2 = hashText(key.right(2));
        a.suf3 = key.size() > 2 ? hashText(key.right(3)) : 0;
        a.shape = shapeOf(t, surface);
        a.flags = quint8((t.is(Token::SentenceStart) ? 1 : 0) | (t.is(Token::LineStart) ? 2 : 0)
                         | (t.is(Token::SpaceBefore) ? 4 : 0));
        a.length = quint8(qMin<qsizetype>(key.size(), 6));
        if (t.isWord()) {
            a.name = info.name;
            if ((t.isUpper() || t.is(Token::AllCaps) || info.starter) && info.tables) {
                const quint8 m = info.tables;
                if (m & 1)
                    markMatch(atoms, i, m_gazetteer.places().matchAt(tokens, i).length, PlaceB, PlaceI);
                if (m & 2)
                    markMatch(atoms, i, m_gazetteer.organizations().matchAt(tokens, i).length, OrgB, OrgI);
                if (m & 4)
                    markMatch(atoms, i, m_gazetteer.organizationHeads().matchAt(tokens, i).length, HeadB, HeadI);
                if (m & 8)
                    markMatch(atoms, i, m_gazetteer.titles().matchAt(tokens, i).length, TitleB, TitleI);
                if (m & 16)
                    markMatch(atoms, i, m_gazetteer.honorifics().matchAt(tokens, i).length ? 1 : 0, HonorificB, 0);
                if (m & 32)
                    markMatch(atoms, i, m_gazetteer.personCues().matchAt(tokens, i).length ? 1 : 0, CueB, 0);
                if (m & 64)
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
    if (m_clusters && !m_clusters->isEmpty())
        for (qsizetype i = 0; i < n; ++i)
            atoms[size_t(i)].cluster = m_clusters->clusterOf(atoms[size_t(i)].key | 1u);
    // Triggers and heads before a token, within its clause (punctuation and lines end it):
    // "Phó Chủ tịch UBND tỉnh | Lê Văn A", "Ban Quản lý dự án đầu tư | xây dựng".
    auto bucket = [](qsizetype d) -> quint8 { return quint8(d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7); };
    qsizetype trigger = -1, head = -1;
    quint8 triggerKind = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const Token &t = tokens.at(i);
        Atom &a = atoms[size_t(i)];
        if (t.is(Token::Punct) || t.is(Token::LineStart)) {
            trigger = head = -1;
            if (t.is(Token::Punct))
                continue;
        }
        if (trigger >= 0)
            a.trigger = quint8(triggerKind * 8 + bucket(i - trigger));
        if (head >= 0)
            a.head = bucket(i - head);
        const int kind = a.rule == 0 ? 0 : (a.rule & 63) / 4;
        const bool title = (a.gaz & (TitleB | TitleI)) || kind == int(ScanSpan::Kind::Title);
        const bool cue = (a.gaz & (HonorificB | CueB)) || kind == int(ScanSpan::Kind::PersonCue)
            || kind == int(ScanSpan::Kind::Honorific);
        if (title || cue) {
            trigger = i;
            triggerKind = title ? 1 : 2;
        }
        if (a.gaz & HeadB)
            head = i;
    }
    // Document level: what the article says about the same key anywhere (capitalised inside a
    // sentence, written in lower case, right after a title or cue, near an organization head,
    // read by the rules as a person, organization or place).
    {
        std::unordered_map<quint64, quint8> bits;
        for (qsizetype i = 0; i < n; ++i) {
            const Token &t = tokens.at(i);
            if (!t.isWord())
                continue;
            const Atom &a = atoms[size_t(i)];
            quint8 b = 0;
            if (t.isUpper() && !t.is(Token::SentenceStart))
                b |= 1;
            if (!t.isUpper() && !t.is(Token::HasDigit))
                b |= 2;
            if (a.trigger && (a.trigger & 7) == 1)
                b |= 4;
            if (a.head >= 1 && a.head <= 2)
                b |= 8;
            const int kind = a.rule == 0 ? 0 : (a.rule & 63) / 4;
            if (kind == int(ScanSpan::Kind::Person))
                b |= 16;
            else if (kind == int(ScanSpan::Kind::Organization))
                b |= 32;
            else if (kind == int(ScanSpan::Kind::Place))
                b |= 64;
            bits[a.key] |= b;
        }
        for (qsizetype i = 0; i < n; ++i)
            if (tokens.at(i).isWord())
                atoms[size_t(i)].doc = quint8(bits[atoms[size_t(i)].key] | 128);
    }
}

const Atom &TaggerFeatures::outside()
{
    static const Atom outside = [] {
        Atom a;
        a.key = a.surf = a.fold = 0x5151;
        a.shape = 99;
        a.rule = 255;
        return a;
    }();
    return outside;
}

quint64 TaggerFeatures::biasFeature()
{
    return feat(1, 0);
}

void TaggerFeatures::selfFeatures(const Atom &c, quint64 *f)
{
    f[0] = feat(2, c.key);
    f[1] = feat(3, c.surf);
    f[2] = feat(4, c.fold);
    f[3] = feat(15, c.shape);
    f[4] = feat(21, c.pre2);
    f[5] = feat(22, c.suf2);
    f[6] = feat(23, c.suf3);
    f[7] = feat(38, c.length, c.shape);
    f[8] = feat(50, c.cluster);
    f[9] = feat(51, c.cluster, c.shape);
}

void TaggerFeatures::neighbourFeatures(const Atom &a, quint64 *f)
{
    f[0] = feat(5, a.key);  // as the previous token
    f[1] = feat(13, a.fold);
    f[2] = feat(52, a.cluster);
    f[3] = feat(6, a.key);  // two before
    f[4] = feat(7, a.key);  // as the next token
    f[5] = feat(14, a.fold);
    f[6] = feat(53, a.cluster);
    f[7] = feat(8, a.key);  // two after
}

TaggerFeatures::Signature TaggerFeatures::signatureOf(const Atom &p2, const Atom &p1, const Atom &c, const Atom &n1,
                                                      const Atom &n2)
{
    Signature s;
    s.a = quint64(p2.shape) | quint64(p1.shape) << 8 | quint64(c.shape) << 16 | quint64(n1.shape) << 24
        | quint64(n2.shape) << 32 | quint64(c.flags) << 40 | quint64(c.trigger) << 48 | quint64(c.head) << 56;
    s.b = quint64(p1.rule) | quint64(c.rule) << 8 | quint64(n1.rule) << 16 | quint64(p1.name) << 24
        | quint64(c.name) << 26 | quint64(n1.name) << 28 | quint64(n2.name) << 30 | quint64(c.gaz) << 32;
    s.c = quint64(p1.gaz) | quint64(c.doc) << 12 | quint64(n1.gaz) << 32;
    return s;
}

void TaggerFeatures::signatureFeatures(const Atom &p2, const Atom &p1, const Atom &c, const Atom &n1, const Atom &n2,
                                       quint64 *f)
{
    // reads exactly the fields signatureOf packs
    int k = 0;
    f[k++] = feat(16, p1.shape, c.shape);
    f[k++] = feat(17, c.shape, n1.shape);
    f[k++] = feat(18, p1.shape, c.shape, n1.shape);
    f[k++] = feat(19, p2.shape, p1.shape);
    f[k++] = feat(20, n1.shape, n2.shape);
    f[k++] = feat(24, c.flags, c.shape);
    f[k++] = feat(25, c.rule);
    f[k++] = feat(26, p1.rule);
    f[k++] = feat(27, n1.rule);
    f[k++] = feat(28, p1.rule, c.rule, n1.rule);
    f[k++] = feat(30, c.gaz);
    f[k++] = feat(31, p1.gaz);
    f[k++] = feat(32, n1.gaz);
    f[k++] = feat(33, c.name, c.shape);
    f[k++] = feat(34, p1.name, p1.shape, c.name);
    f[k++] = feat(35, n1.name, n1.shape, c.name);
    f[k++] = feat(39, c.rule, c.shape);
    f[k++] = feat(41, c.trigger, c.shape);
    f[k++] = feat(42, c.head, c.shape);
    f[k++] = feat(45, c.name, n1.name, n2.name);
    f[k++] = feat(60, c.doc, c.shape);
    Q_ASSERT(k == signatureCount);
}

void TaggerFeatures::lexicalFeatures(const Atom &p2, const Atom &p1, const Atom &c, const Atom &n1, const Atom &n2,
                                     quint64 *f)
{
    int k = 0;
    f[k++] = feat(9, p1.key, c.key);
    f[k++] = feat(10, c.key, n1.key);
    f[k++] = feat(11, p2.key, p1.key);
    f[k++] = feat(12, n1.key, n2.key);
    f[k++] = feat(29, c.rule, c.key);
    f[k++] = feat(36, p1.key, c.shape);
    f[k++] = feat(37, c.shape, n1.key);
    f[k++] = feat(40, p2.key, c.shape);
    f[k++] = feat(43, c.head, c.key);
    f[k++] = feat(44, p1.key, c.name, n1.name);
    f[k++] = feat(46, p1.cluster, c.cluster);
    f[k++] = feat(47, c.cluster, n1.cluster);
    f[k++] = feat(48, p2.key, p1.key, c.shape);
    Q_ASSERT(k == lexicalCount);
}

void TaggerFeatures::edgeFeatures(const Atom &p1, const Atom &c, quint64 *f)
{
    f[0] = feat(70, c.key);   // into this syllable
    f[1] = feat(71, p1.key);  // out of the previous one
    f[2] = feat(72, c.cluster, c.shape);
    f[3] = feat(73, p1.shape, c.shape);
    f[4] = feat(74, p1.rule, c.rule); // where the rules start and end names
}

void TaggerFeatures::compute(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &ruleSpans,
                             std::vector<quint64> &out, std::vector<quint64> *edges) const
{
    static_assert(1 + selfCount + neighbourCount + contextCount == perToken);
    const qsizetype n = tokens.size();
    thread_local std::vector<Atom> all;
    atoms(text, tokens, ruleSpans, all);
    auto at = [&](qsizetype i) -> const Atom & { return i < 0 || i >= n ? outside() : all[size_t(i)]; };
    out.resize(size_t(n) * perToken);
    quint64 *f = out.data();
    quint64 self[selfCount], p1n[neighbourCount], p2n[neighbourCount], n1n[neighbourCount], n2n[neighbourCount];
    quint64 sig[signatureCount], lex[lexicalCount];
    for (qsizetype i = 0; i < n; ++i) {
        const Atom &c = all[size_t(i)];
        const Atom &p1 = at(i - 1), &p2 = at(i - 2), &n1 = at(i + 1), &n2 = at(i + 2);
        selfFeatures(c, self);
        neighbourFeatures(p1, p1n);
        neighbourFeatures(p2, p2n);
        neighbourFeatures(n1, n1n);
        neighbourFeatures(n2, n2n);
        signatureFeatures(p2, p1, c, n1, n2, sig);
        lexicalFeatures(p2, p1, c, n1, n2, lex);
        // the historical order of the templates (1..40), then the newer ones
        const quint64 row[perToken] = {
            biasFeature(), self[0], self[1], self[2], p1n[0], p2n[3], n1n[4], n2n[7],
            lex[0], lex[1], lex[2], lex[3], p1n[1], n1n[5], self[3], sig[0],
            sig[1], sig[2], sig[3], sig[4], self[4], self[5], self[6], sig[5],
            sig[6], sig[7], sig[8], sig[9], lex[4], sig[10], sig[11], sig[12],
            sig[13], sig[14], sig[15], lex[5], lex[6], self[7], sig[16], lex[7],
            self[8], self[9], p1n[2], n1n[6], sig[17], sig[18], lex[8], lex[9],
            sig[19], lex[10], lex[11], lex[12], sig[20],
        };
        std::copy_n(row, perToken, f);
        f += perToken;
    }
    if (edges) {
        edges->resize(size_t(n) * edgeCount);
        for (qsizetype i = 0; i < n; ++i)
            edgeFeatures(at(i - 1), all[size_t(i)], edges->data() + size_t(i) * edgeCount);
    }
}

} // namespace Lectern::Core
