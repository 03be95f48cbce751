#include "review/applycorrections.h"

#include "extract/metricrecognizer.h"
#include "extract/numberparser.h"
#include "util/textfold.h"
#include "util/textoffsets.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace Lectern::Core {

namespace {

qsizetype findEntity(const QList<Entity> &list, const QString &name)
{
    const QString key = TextFold::matchKey(name);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (TextFold::matchKey(list.at(i).name) == key)
            return i;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        for (const QString &alias : list.at(i).aliases) {
            if (TextFold::matchKey(alias) == key)
                return i;
        }
    }
    return -1;
}

void sortMentions(QList<Mention> &mentions)
{
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention &a, const Mention &b) { return a.span.start < b.span.start; });
    mentions.erase(std::unique(mentions.begin(), mentions.end()), mentions.end());
}

void addUnique(QStringList &list, const QString &value, const QString &exclude)
{
    const QString key = TextFold::matchKey(value);
    if (value.isEmpty() || key == TextFold::matchKey(exclude))
        return;
    for (const QString &v : list) {
        if (TextFold::matchKey(v) == key)
            return;
    }
    list.append(value);
}

// Folds `from` into `into` (mentions, aliases, roles, references).
void absorb(Entity &into, const Entity &from)
{
    into.mentions += from.mentions;
    sortMentions(into.mentions);
    into.references += from.references;
    sortMentions(into.references);
    addUnique(into.aliases, from.name, into.name);
    for (const QString &alias : from.aliases)
        addUnique(into.aliases, alias, into.name);
    for (const QString &role : from.roles) {
        if (!into.roles.contains(role))
            into.roles.append(role);
    }
}

bool overlapsAnyMention(const ExtractionResult &r, const Span &span)
{
    for (const QList<Entity> *list : {&r.people, &r.organizations, &r.places}) {
        for (const Entity &e : *list) {
            for (const Mention &m : e.mentions) {
                if (m.span.overlaps(span))
                    return true;
            }
        }
    }
    return false;
}

bool isWordChar(const QString &text, qsizetype i)
{
    return i >= 0 && i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i).isMark());
}

void addMissed(ExtractionResult &r, const CorrectionStep &step, const QString &text)
{
    const Span span = step.span;
    if (span.start < 0 || span.end > text.size() || span.length() <= 0)
        return;
    const QString surface = text.mid(span.start, span.length());
    const QString name = step.correction.newName.isEmpty() ? surface : step.correction.newName;
    QList<Entity> &list = *r.entitiesOf(step.correction.newType);
    qsizetype i = findEntity(list, name);
    if (i < 0) {
        Entity e;
        e.type = step.correction.newType;
        e.name = name;
        list.append(e);
        i = list.size() - 1;
    }
    // The selected span, then every other whole-word occurrence nothing else claims.
    QList<Mention> found{{span, surface}};
    for (qsizetype at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        const Span s{at, at + surface.size()};
        if (s == span || isWordChar(text, at - 1) || isWordChar(text, s.end) || overlapsAnyMention(r, s))
            continue;
        found.append({s, surface});
    }
    Entity &e = list[i];
    for (const Mention &m : found) {
        const bool taken = std::any_of(e.mentions.cbegin(), e.mentions.cend(),
                                       [&](const Mention &x) { return x.span.overlaps(m.span); });
        if (!taken)
            e.mentions.append(m);
    }
    sortMentions(e.mentions);
    if (TextFold::matchKey(surface) != TextFold::matchKey(name))
        addUnique(e.aliases, surface, e.name);
}

// A figure the editor marked in the text: what the metric recogniser reads in the span, else a
// plain quantity with the first numeral found. Metrics it overlaps are replaced.
void addMissedMetric(ExtractionResult &r, const Span &span, const QString &text)
{
    if (span.start < 0 || span.end > text.size() || span.length() <= 0)
        return;
    const QString surface = text.mid(span.start, span.length());
    QList<Metric> found = MetricRecognizer().find(surface);
    for (Metric &m : found) {
        m.span = {m.span.start + span.start, m.span.end + span.start};
    }
    if (found.isEmpty()) {
        Metric m;
        m.kind = MetricKind::Quantity;
        m.span = span;
        m.text = surface;
        for (qsizetype i = 0; i < surface.size(); ++i) {
            if (surface.at(i).isDigit() && surface.at(i).unicode() < 128) {
                const Numeral n = NumberParser::read(surface, i);
                m.value = n.valid ? n.value : 0;
                break;
            }
        }
        found.append(m);
    }
    for (const Metric &m : std::as_const(found))
        r.metrics.removeIf([&](const Metric &x) { return x.span.overlaps(m.span); });
    r.metrics += found;
    std::stable_sort(r.metrics.begin(), r.metrics.end(),
                     [](const Metric &a, const Metric &b) { return a.span.start < b.span.start; });
}

void applyMetricCorrection(ExtractionResult &r, const CorrectionStep &step, const QString &text)
{
    switch (step.correction.action) {
    case EntityCorrection::Action::Reject:
        r.metrics.removeIf([&](const Metric &m) { return m.span.overlaps(step.span); });
        break;
    case EntityCorrection::Action::AddMissed:
        addMissedMetric(r, step.span, text);
        break;
    default:
        break; // Verify changes nothing; the other actions do not apply to figures
    }
}

} // namespace

ExtractionResult applyCorrections(ExtractionResult r, const QList<CorrectionStep> &steps, const QString &text)
{
    for (const CorrectionStep &step : steps) {
        const EntityCorrection &c = step.correction;
        if (c.metric) {
            applyMetricCorrection(r, step, text);
            continue;
        }
        if (c.action == EntityCorrection::Action::AddMissed) {
            addMissed(r, step, text);
            continue;
        }
        QList<Entity> &list = *r.entitiesOf(c.type);
        const qsizetype i = findEntity(list, c.name);
        if (i < 0)
            continue;
        switch (c.action) {
        case EntityCorrection::Action::Reject:
            list.removeAt(i);
            break;
        case EntityCorrection::Action::ChangeType: {
            if (c.newType == c.type)
                break;
            Entity moved = list.takeAt(i);
            moved.type = c.newType;
            QList<Entity> &target = *r.entitiesOf(c.newType);
            const qsizetype j = findEntity(target, moved.name);
            if (j >= 0)
                absorb(target[j], moved);
            else
                target.append(moved);
            break;
        }
        case EntityCorrection::Action::Rename: {
            Entity &e = list[i];
            if (c.newName.isEmpty() || c.newName == e.name)
                break;
            const QString old = e.name;
            e.name = c.newName;
            e.aliases.removeIf([&](const QString &a) { return TextFold::matchKey(a) == TextFold::matchKey(c.newName); });
            addUnique(e.aliases, old, e.name);
            break;
        }
        case EntityCorrection::Action::Merge: {
            const qsizetype j = findEntity(list, c.otherName);
            if (j < 0 || j == i)
                break;
            const Entity other = list.at(j);
            absorb(list[i], other);
            list.removeAt(j);
            break;
        }
        case EntityCorrection::Action::SplitAlias: {
            const QString key = TextFold::matchKey(c.otherName);
            if (key.isEmpty() || key == TextFold::matchKey(list.at(i).name))
                break;
            Entity split;
            split.type = c.type;
            split.name = c.otherName;
            Entity &e = list[i];
            e.aliases.removeIf([&](const QString &a) { return TextFold::matchKey(a) == key; });
            QList<Mention> kept;
            for (const Mention &m : std::as_const(e.mentions))
                (TextFold::matchKey(m.text) == key ? split.mentions : kept).append(m);
            e.mentions = kept;
            list.append(split);
            break;
        }
        case EntityCorrection::Action::Verify:
        case EntityCorrection::Action::AddMissed:
            break;
        }
    }
    return r;
}

QList<CorrectionStep> correctionSteps(const QList<Annotation> &annotations, const QString &text)
{
    QList<Annotation> sorted;
    for (const Annotation &a : annotations) {
        if (a.kind != Annotation::Kind::EntityCorrection || a.status == Annotation::Status::WontFix)
            continue;
        if (a.orphan && (a.correction.action == EntityCorrection::Action::AddMissed || a.correction.metric))
            continue;
        sorted.append(a);
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Annotation &a, const Annotation &b) { return a.created < b.created; });
    const TextOffsets offsets(text);
    QList<CorrectionStep> steps;
    for (const Annotation &a : sorted)
        steps.append({a.correction, Span{offsets.toUtf16(a.anchor.start), offsets.toUtf16(a.anchor.end)}});
    return steps;
}

QStringList verifiedEntityKeys(const QList<CorrectionStep> &steps)
{
    QStringList keys;
    for (const CorrectionStep &s : steps) {
        if (s.correction.action == EntityCorrection::Action::Verify && !s.correction.metric)
            keys.append(entityKindId(s.correction.type) + QLatin1Char('|') + TextFold::matchKey(s.correction.name));
    }
    return keys;
}

QList<Span> verifiedMetricSpans(const QList<CorrectionStep> &steps)
{
    QList<Span> spans;
    for (const CorrectionStep &s : steps)
        if (s.correction.action == EntityCorrection::Action::Verify && s.correction.metric)
            spans.append(s.span);
    return spans;
}

QStringList gazetteerLines(const QList<CorrectionStep> &steps)
{
    QStringList lines;
    auto line = [](EntityKind type, const QString &name) -> QString {
        return entityKindId(type) + QStringLiteral(": ") + name.simplified();
    };
    for (const CorrectionStep &s : steps) {
        const EntityCorrection &c = s.correction;
        if (!c.applyToAllArticles || c.metric)
            continue;
        switch (c.action) {
        case EntityCorrection::Action::Reject: lines << QStringLiteral("block: ") + c.name.simplified(); break;
        case EntityCorrection::Action::ChangeType: lines << line(c.newType, c.name); break;
        case EntityCorrection::Action::Rename:
            lines << (c.type == EntityKind::Organization ? line(c.type, c.newName + QLatin1Char('|') + c.name)
                                                         : line(c.type, c.newName));
            break;
        case EntityCorrection::Action::Merge:
            lines << (c.type == EntityKind::Organization ? line(c.type, c.name + QLatin1Char('|') + c.otherName)
                                                         : line(c.type, c.name));
            break;
        case EntityCorrection::Action::SplitAlias: lines << line(c.type, c.otherName); break;
        case EntityCorrection::Action::Verify: lines << line(c.type, c.name); break;
        case EntityCorrection::Action::AddMissed: lines << line(c.newType, c.newName); break;
        }
    }
    lines.removeDuplicates();
    return lines;
}

bool appendToUserGazetteer(const QString &path, const QStringList &lines, QString *error)
{
    QByteArray existing;
    QFile in(path);
    if (in.exists()) {
        if (!in.open(QIODevice::ReadOnly)) {
            *error = in.errorString();
            return false;
        }
        existing = in.readAll();
        in.close();
    }
    QStringList present;
    for (const QString &l : QString::fromUtf8(existing).split(QLatin1Char('\n')))
        present << l.trimmed();
    QByteArray out = existing;
    if (out.isEmpty())
        out = "# Lectern user gazetteer: decisions applied to all articles (person:, organization:, place:, block:)\n";
    else if (!out.endsWith('\n'))
        out += '\n';
    for (const QString &l : lines) {
        if (!l.trimmed().isEmpty() && !present.contains(l.trimmed())) {
            out += l.trimmed().toUtf8() + '\n';
            present << l.trimmed();
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Lectern::Core
