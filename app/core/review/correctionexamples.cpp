#include "review/correctionexamples.h"

#include "review/applycorrections.h"
#include "util/textfold.h"

#include <algorithm>

namespace Lectern::Core {

namespace {

using LabeledSpan = TaggerTrainer::LabeledSpan;

TaggerTrainer::SpanType spanType(EntityKind type)
{
    switch (type) {
    case EntityKind::Person: return TaggerTrainer::SpanType::Person;
    case EntityKind::Organization: return TaggerTrainer::SpanType::Organization;
    case EntityKind::Place: return TaggerTrainer::SpanType::Place;
    case EntityKind::Metric: break;
    }
    return TaggerTrainer::SpanType::Misc;
}

// The occurrence of name in text (case-insensitive) that overlaps span, nearest to its start.
std::optional<Span> occurrenceOver(const QString &text, const QString &name, const Span &span)
{
    if (name.isEmpty())
        return std::nullopt;
    const qsizetype from = std::max<qsizetype>(0, span.start - name.size());
    std::optional<Span> best;
    for (qsizetype at = text.indexOf(name, from, Qt::CaseInsensitive); at >= 0 && at < span.end;
         at = text.indexOf(name, at + 1, Qt::CaseInsensitive)) {
        const Span found{at, at + name.size()};
        if (!found.overlaps(span))
            continue;
        if (!best || std::abs(found.start - span.start) < std::abs(best->start - span.start))
            best = found;
    }
    return best;
}

// Whole-word occurrences of needle in text (exact case), in text order.
QList<Span> wordOccurrences(const QString &text, const QString &needle)
{
    QList<Span> out;
    if (needle.trimmed().isEmpty())
        return out;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        const qsizetype end = at + needle.size();
        const bool before = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool after = end == text.size() || !text.at(end).isLetterOrNumber();
        if (before && after)
            out.append(Span{at, end});
    }
    return out;
}

struct Candidate
{
    LabeledSpan span;
    bool corrected = false; // placed by a correction: wins over the extractor's spans
};

QList<LabeledSpan> resolve(QList<Candidate> candidates)
{
    // Corrected spans first, then by start, longer first: greedy non-overlapping selection.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.corrected != b.corrected)
            return a.corrected;
        if (a.span.start != b.span.start)
            return a.span.start < b.span.start;
        return a.span.end > b.span.end;
    });
    QList<LabeledSpan> kept;
    for (const Candidate &c : candidates) {
        if (c.span.end <= c.span.start)
            continue;
        const bool clash = std::any_of(kept.cbegin(), kept.cend(), [&](const LabeledSpan &k) {
            return k.start < c.span.end && c.span.start < k.end;
        });
        if (!clash)
            kept.append(c.span);
    }
    std::sort(kept.begin(), kept.end(), [](const LabeledSpan &a, const LabeledSpan &b) { return a.start < b.start; });
    return kept;
}

void addMentions(const ExtractionResult &result, QList<Candidate> &out, const QList<Span> &correctedSpans)
{
    for (const QList<Entity> *list : {&result.people, &result.organizations, &result.places})
        for (const Entity &e : *list)
            for (const Mention &m : e.mentions) {
                const bool corrected = correctedSpans.contains(m.span);
                out.append(Candidate{LabeledSpan{m.span.start, m.span.end, spanType(e.type)}, corrected});
            }
}

} // namespace

namespace CorrectionExamples {

bool isLearnable(const EntityCorrection &c)
{
    if (c.metric)
        return false;
    switch (c.action) {
    case EntityCorrection::Action::Reject:
    case EntityCorrection::Action::ChangeType:
    case EntityCorrection::Action::Rename:
    case EntityCorrection::Action::SplitAlias:
    case EntityCorrection::Action::AddMissed: return true;
    case EntityCorrection::Action::Merge:
    case EntityCorrection::Action::Verify: return false;
    }
    return false;
}

QList<LabeledSpan> spansOf(const ExtractionResult &result)
{
    QList<Candidate> candidates;
    addMentions(result, candidates, {});
    return resolve(candidates);
}

std::optional<CorrectionExample> build(const QString &text, const ExtractionResult &extracted,
                                       const QList<Annotation> &annotations)
{
    const QList<CorrectionStep> steps = correctionSteps(annotations, text);
    int learnable = 0;
    for (const CorrectionStep &s : steps)
        learnable += isLearnable(s.correction) ? 1 : 0;
    if (learnable == 0)
        return std::nullopt;

    ExtractionResult corrected = applyCorrections(extracted, steps, text);
    QList<Span> correctedSpans;
    QList<Candidate> added;
    for (const CorrectionStep &s : steps) {
        const EntityCorrection &c = s.correction;
        if (c.metric)
            continue;
        if (c.action == EntityCorrection::Action::AddMissed) {
            // The editor's words are that name wherever they stand in the article (the reader
            // marks them all too): every whole-word occurrence is a corrected span.
            const QString surface = text.mid(s.span.start, s.span.length());
            for (const Span &at : wordOccurrences(text, surface)) {
                correctedSpans.append(at);
                added.append(Candidate{LabeledSpan{at.start, at.end, spanType(c.newType)}, true});
            }
        } else if (c.action == EntityCorrection::Action::Rename && !c.newName.isEmpty()) {
            // The new name fixes the boundary of the mentions of the renamed entity.
            const QString key = TextFold::matchKey(c.newName);
            for (Entity &e : *corrected.entitiesOf(c.type)) {
                if (TextFold::matchKey(e.name) != key)
                    continue;
                for (Mention &m : e.mentions) {
                    if (TextFold::matchKey(m.text) == key)
                        continue;
                    if (const auto at = occurrenceOver(text, c.newName, m.span)) {
                        m.span = *at;
                        m.text = text.mid(at->start, at->end - at->start);
                        correctedSpans.append(*at);
                    }
                }
            }
        }
    }
    QList<Candidate> candidates = added;
    addMentions(corrected, candidates, correctedSpans);
    return CorrectionExample{text, resolve(candidates), learnable};
}

} // namespace CorrectionExamples

} // namespace Lectern::Core
