#include "review/anchoring.h"

#include "util/textfold.h"
#include "util/textoffsets.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace Lectern::Core::Anchoring {

namespace {

constexpr double kQuoteWeight = 0.55;
constexpr double kContextWeight = 0.175; // each of prefix and suffix
constexpr double kPositionWeight = 0.1;
constexpr double kMaxEditRatio = 0.4;
// Cells of the approximate-matching table we allow for one anchor (quote length x window).
constexpr qsizetype kMaxCells = 60'000'000;

// Keep spans off the middle of surrogate pairs.
qsizetype snapStart(const QString &text, qsizetype i)
{
    i = std::clamp<qsizetype>(i, 0, text.size());
    if (i > 0 && i < text.size() && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
        --i;
    return i;
}

qsizetype snapEnd(const QString &text, qsizetype i)
{
    i = std::clamp<qsizetype>(i, 0, text.size());
    if (i > 0 && i < text.size() && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
        ++i;
    return i;
}

// Context of contextLength code points before/after a UTF-16 span.
QString prefixBefore(const QString &text, qsizetype start)
{
    qsizetype i = start;
    for (int n = 0; n < TextAnchor::contextLength && i > 0; ++n) {
        --i;
        if (i > 0 && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            --i;
    }
    return text.mid(i, start - i);
}

QString suffixAfter(const QString &text, qsizetype end)
{
    qsizetype i = end;
    for (int n = 0; n < TextAnchor::contextLength && i < text.size(); ++n) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++i;
    }
    return text.mid(end, i - end);
}

// Every start of needle in text, in order (overlapping ones included), in O(|text| + |needle|):
// Knuth–Morris–Pratt, where repeated QString::indexOf from each hit + 1 is O(|text| · |needle|) on
// repetitive text.
QList<qsizetype> occurrences(QStringView text, QStringView needle)
{
    QList<qsizetype> hits;
    const qsizetype m = needle.size();
    if (m == 0 || m > text.size())
        return hits;
    QList<qsizetype> fail(m, 0);
    for (qsizetype i = 1, k = 0; i < m; ++i) {
        while (k > 0 && needle[i] != needle[k])
            k = fail[k - 1];
        if (needle[i] == needle[k])
            ++k;
        fail[i] = k;
    }
    for (qsizetype i = 0, k = 0; i < text.size(); ++i) {
        while (k > 0 && text[i] != needle[k])
            k = fail[k - 1];
        if (text[i] == needle[k])
            ++k;
        if (k == m) {
            hits.append(i + 1 - m);
            k = fail[k - 1];
        }
    }
    return hits;
}

TextAnchor anchorFromUtf16(const QString &text, const TextOffsets &offsets, qsizetype s, qsizetype e)
{
    TextAnchor a;
    a.exact = text.mid(s, e - s);
    a.prefix = prefixBefore(text, s);
    a.suffix = suffixAfter(text, e);
    a.start = offsets.toCodePoint(s);
    a.end = offsets.toCodePoint(e);
    return a;
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diag = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min({up + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

// Similarity of stored context with the text's context at a candidate, in [0, 1].
double contextSimilarity(const QString &stored, QStringView found)
{
    if (stored.isEmpty())
        return found.isEmpty() ? 1.0 : 0.5;
    const qsizetype longest = std::max(stored.size(), found.size());
    return 1.0 - double(editDistance(stored, found)) / double(longest);
}

// Agreement of exact context: how many characters of prefix (from its end) and suffix (from its
// start) are equal, as a fraction. Cheap, used to rank exact occurrences.
double exactContextAgreement(const QString &text, qsizetype s, qsizetype e, const TextAnchor &a)
{
    const qsizetype total = a.prefix.size() + a.suffix.size();
    if (total == 0)
        return 1.0;
    qsizetype same = 0;
    for (qsizetype k = 1; k <= a.prefix.size() && s - k >= 0; ++k) {
        if (text.at(s - k) != a.prefix.at(a.prefix.size() - k))
            break;
        ++same;
    }
    for (qsizetype k = 0; k < a.suffix.size() && e + k < text.size(); ++k) {
        if (text.at(e + k) != a.suffix.at(k))
            break;
        ++same;
    }
    return double(same) / double(total);
}

struct Candidate
{
    qsizetype start = 0;
    qsizetype end = 0;
    int distance = 0;
};

// Approximate matching (Sellers): every end position in text[from, to) where the quote matches a
// substring with at most maxEdits edits; only local minima of the distance are kept.
QList<Candidate> approximateMatches(QStringView quote, const QString &text, qsizetype from, qsizetype to,
                                    int maxEdits)
{
    const qsizetype m = quote.size();
    QList<int> prev(m + 1), cur(m + 1);
    QList<qsizetype> prevStart(m + 1), curStart(m + 1);
    for (qsizetype i = 0; i <= m; ++i) {
        prev[i] = int(i);
        prevStart[i] = from;
    }
    QList<Candidate> all;
    for (qsizetype j = from + 1; j <= to; ++j) {
        cur[0] = 0;
        curStart[0] = j;
        const QChar t = text.at(j - 1);
        for (qsizetype i = 1; i <= m; ++i) {
            int best = prev[i - 1] + (quote[i - 1] == t ? 0 : 1);
            qsizetype bestStart = prevStart[i - 1];
            if (cur[i - 1] + 1 < best) {
                best = cur[i - 1] + 1;
                bestStart = curStart[i - 1];
            }
            if (prev[i] + 1 < best) {
                best = prev[i] + 1;
                bestStart = prevStart[i];
            }
            cur[i] = best;
            curStart[i] = bestStart;
        }
        if (cur[m] <= maxEdits)
            all.append({curStart[m], j, cur[m]});
        std::swap(prev, cur);
        std::swap(prevStart, curStart);
    }
    // Keep local minima: a run of consecutive ends collapses to its best.
    QList<Candidate> minima;
    for (qsizetype k = 0; k < all.size(); ++k) {
        const bool leftOk = k == 0 || all[k - 1].end + 1 != all[k].end || all[k - 1].distance >= all[k].distance;
        const bool rightOk = k + 1 == all.size() || all[k + 1].end != all[k].end + 1
                             || all[k + 1].distance > all[k].distance;
        if (leftOk && rightOk)
            minima.append(all[k]);
    }
    return minima;
}

} // namespace

TextAnchor anchorAt(const QString &text, qsizetype utf16Start, qsizetype utf16End)
{
    if (utf16End < utf16Start)
        std::swap(utf16Start, utf16End);
    const qsizetype s = snapStart(text, utf16Start);
    const qsizetype e = std::max(s, snapEnd(text, utf16End));
    return anchorFromUtf16(text, TextOffsets(text), s, e);
}

TextAnchor boundedContext(const TextAnchor &anchor)
{
    TextAnchor a = anchor;
    if (a.prefix.size() > TextAnchor::contextLength)
        a.prefix = prefixBefore(a.prefix, a.prefix.size());
    if (a.suffix.size() > TextAnchor::contextLength)
        a.suffix = suffixAfter(a.suffix, 0);
    return a;
}

Span toUtf16Span(const TextAnchor &anchor, const QString &text)
{
    const TextOffsets offsets(text);
    return Span{offsets.toUtf16(anchor.start), offsets.toUtf16(anchor.end)};
}

Result reanchor(const TextAnchor &oldAnchor, const QString &newText)
{
    const QString text = TextFold::normalizeText(newText);
    TextAnchor a = boundedContext(oldAnchor);
    a.exact = TextFold::normalizeText(a.exact);
    a.prefix = TextFold::normalizeText(a.prefix);
    a.suffix = TextFold::normalizeText(a.suffix);

    Result orphan{Outcome::Orphaned, oldAnchor, 0};
    if (a.exact.isEmpty() || text.isEmpty())
        return orphan;

    const TextOffsets offsets(text);
    const qsizetype oldStart = offsets.toUtf16(a.start);
    const qsizetype len = a.exact.size();

    // 1 + 2: every exact occurrence, ranked by context agreement, then by distance.
    qsizetype best = -1;
    double bestRank = -1;
    for (const qsizetype at : occurrences(text, a.exact)) {
        const double context = exactContextAgreement(text, at, at + len, a);
        const double distance = std::abs(double(at - oldStart)) / double(text.size() + 1);
        const double rank = 0.8 * context + 0.2 * (1.0 - distance);
        if (rank > bestRank) {
            bestRank = rank;
            best = at;
        }
    }
    if (best >= 0) {
        const TextAnchor found = anchorFromUtf16(text, offsets, best, best + len);
        const bool samePlace = found.start == oldAnchor.start && found.end == oldAnchor.end;
        return {samePlace ? Outcome::Unchanged : Outcome::Moved, found, 1.0};
    }

    // 3: bounded fuzzy search around the old position.
    const int maxEdits = int(std::floor(double(len) * kMaxEditRatio));
    if (maxEdits < 1)
        return orphan;
    // The table has len x window cells: a quote too long for a window of three times its length
    // within kMaxCells is not searched approximately (it would be quadratic in the quote).
    if (len > kMaxCells / (3 * len))
        return orphan;
    const qsizetype halfWindow = std::max<qsizetype>(len, kMaxCells / len / 2);
    const qsizetype from = std::max<qsizetype>(0, oldStart - halfWindow);
    const qsizetype to = std::min<qsizetype>(text.size(), oldStart + len + halfWindow);
    const QList<Candidate> candidates = approximateMatches(a.exact, text, from, to, maxEdits);

    double bestScore = 0;
    Candidate chosen;
    for (const Candidate &c : candidates) {
        const double quote = 1.0 - double(c.distance) / double(len);
        const QStringView before = QStringView(text).mid(std::max<qsizetype>(0, c.start - a.prefix.size()),
                                                         std::min(a.prefix.size(), c.start));
        const QStringView after = QStringView(text).mid(c.end, a.suffix.size());
        const double prefix = contextSimilarity(a.prefix, before);
        const double suffix = contextSimilarity(a.suffix, after);
        // Nearby candidates are preferred; past a few hundred characters distance stops mattering.
        const double position = 1.0 - std::min(1.0, std::abs(double(c.start - oldStart)) / double(std::max<qsizetype>(256, 4 * len)));
        const double score = kQuoteWeight * quote + kContextWeight * (prefix + suffix) + kPositionWeight * position;
        if (score > bestScore) {
            bestScore = score;
            chosen = c;
        }
    }
    if (bestScore < minimumScore)
        return orphan;
    const qsizetype s = snapStart(text, chosen.start);
    const qsizetype e = std::max(s, snapEnd(text, chosen.end));
    return {Outcome::Changed, anchorFromUtf16(text, offsets, s, e), bestScore};
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unchanged: return QStringLiteral("unchanged");
    case Outcome::Moved: return QStringLiteral("moved");
    case Outcome::Changed: return QStringLiteral("changed");
    case Outcome::Orphaned: return QStringLiteral("orphaned");
    }
    return {};
}

} // namespace Lectern::Core::Anchoring
