#pragma once

#include "review/annotationreply.h"
#include "review/entitycorrection.h"
#include "review/textanchor.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUuid>

namespace Lectern::Core {

// An editor's note on a span of the article (W3C Web Annotation model): the anchored span, a
// comment, tags, a status, a thread of replies and, for entity corrections, the correction.
// A plain value type; equality compares every field (export/import round trips rely on it).
// Times are UTC with millisecond precision.
struct Annotation
{
    enum class Status { Open, Resolved, WontFix };
    enum class Kind { Comment, EntityCorrection };

    QUuid id;
    Kind kind = Kind::Comment;
    TextAnchor anchor;
    bool orphan = false; // re-anchoring failed: anchor keeps the last known quote and context
    QString comment;     // plain text with line breaks
    QStringList tags;    // built-ins (builtinTags()) or custom, in the order given
    Status status = Status::Open;
    QString author;
    QDateTime created;
    QDateTime modified;
    QList<AnnotationReply> replies; // oldest first
    EntityCorrection correction;    // meaningful when kind == EntityCorrection
    // W3C members written by other tools that Lectern does not model, kept verbatim and written
    // back on export: "generator", "via" (the annotation's own IRI when it was no urn:uuid),
    // "creator" (the whole object, when it says more than a name), "lectern:otherBodies" (bodies
    // that are no text) and "lectern:otherSelectors" (selectors Lectern cannot anchor).
    QJsonObject foreign;

    friend bool operator==(const Annotation &, const Annotation &) = default;

    // A new open comment with a fresh id, created = modified = now (UTC, ms precision).
    static Annotation create(const TextAnchor &anchor, const QString &author);
    // An entity correction on the mention it was made from (the whole span of the entity's
    // mention, or the selection for AddMissed).
    static Annotation createCorrection(const TextAnchor &anchor, const QString &author,
                                       const EntityCorrection &correction);
    static QDateTime now(); // current UTC time truncated to milliseconds

    static QStringList builtinTags(); // "fact-check", "needs source", "name/title", "figure", "typo", "style", "legal"
    // Built-in tags are stored, exported and filtered by these ids (stable English words, the
    // labels Lectern always stored, so old data needs no migration); people see tagLabel().
    // tagLabel: a built-in id's label in the interface language; any other tag as it is.
    static QString tagLabel(const QString &tag);
    static QStringList tagLabels(const QStringList &tags);
    // What a person typed or another tool wrote -> the tag to store: a built-in's id for the id in
    // any letter case or for its label in the interface language ("kiểm chứng" -> "fact-check");
    // other text simplified. Empty for blank text.
    static QString tagId(const QString &text);
    static QString statusName(Status status); // "open", "resolved", "wontfix" (stable, used in files)
    static bool statusFromName(const QString &name, Status *status);
    static QString kindName(Kind kind);       // "comment", "entity-correction"
    static bool kindFromName(const QString &name, Kind *kind);
};

} // namespace Lectern::Core
