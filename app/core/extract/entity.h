#pragma once

#include "article/entitykind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Lectern::Core {

// A span of the article text: UTF-16 offsets into Article::text(), end exclusive.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool overlaps(const Span &o) const { return start < o.end && o.start < end; }
    bool contains(const Span &o) const { return start <= o.start && o.end <= end; }
    friend bool operator==(const Span &, const Span &) = default;
};

// Where a mention comes from: the learned tagger, the rules and gazetteers, or the user's own
// gazetteer (an editor's decision).
enum class MentionSource : quint8 { Rules, Model, User };

struct Mention
{
    Span span;
    QString text; // the surface as written
    float confidence = 1; // 0..1: how sure the extractor is (low ones deserve a check first)
    MentionSource source = MentionSource::Rules;
    friend bool operator==(const Mention &, const Mention &) = default;
};

// A person, organization or place found in an article: one canonical name, every mention.
struct Entity
{
    EntityKind type = EntityKind::Person; // Person, Organization or Place (never Metric)
    QString name;          // canonical name (the longest / most complete form seen)
    QStringList aliases;   // other surface forms and abbreviations (organizations)
    QStringList roles;     // titles and positions bound to the person, in order of appearance
    QList<Mention> mentions; // in text order; for people the name only (never the title)
    // People: role-only references that point to this person ("Đồng chí Bí thư Thành ủy đề
    // nghị …" when one person holds that role). Not names, so kept apart from mentions.
    QList<Mention> references;
    // The name or a mention mixes scripts (a Cyrillic "е" in a Latin name): it may imitate another
    // entity. Set by NameScripts::flag, which also adds a warning.
    bool mixedScripts = false;

    qsizetype firstOffset() const { return mentions.isEmpty() ? -1 : mentions.first().span.start; }
};

enum class MetricKind { Count, Percent, Money, Ratio, Quantity };

// A consistency check run on metrics (a ratio against its stated percentage, parts against a total).
struct MetricCheck
{
    QString description; // human-readable, English (the GUI translates the kind, not this text)
    bool consistent = true;
};

// A figure with its value: "3.186 đảng viên", "12,5%", "hơn 90 tỷ đồng", "44/41 tổ chức", "8,5 - 9%".
struct Metric
{
    MetricKind kind = MetricKind::Count;
    double value = 0;        // the value in base units (money in đồng/USD, not tỷ)
    double high = 0;         // for ranges: the upper bound (isRange) ; for ratios: the denominator
    bool isRange = false;    // value..high is a range
    QString unit;            // "%", "ha", "km", "tấn", …; for counts the noun ("đảng viên")
    QString currency;        // "VND", "USD", … for money
    QString qualifier;       // "hơn", "gần", "khoảng", … as written
    QString direction;       // "tăng", "giảm" as written, or empty
    Span span;               // the whole figure with its unit/noun
    QString text;            // surface of span
    QList<MetricCheck> checks;
};

struct ExtractionResult
{
    QList<Entity> people;
    QList<Entity> organizations;
    QList<Entity> places;
    QList<Metric> metrics;
    QStringList warnings; // e.g. limits reached

    // The entity list of a kind (people, organizations, places); null for metrics.
    QList<Entity> *entitiesOf(EntityKind kind);
    const QList<Entity> *entitiesOf(EntityKind kind) const;
};

QString metricKindName(MetricKind kind);   // "count", "percent", "money", "ratio", "quantity"
QString mentionSourceName(MentionSource source); // "rules", "model", "user"

} // namespace Lectern::Core
