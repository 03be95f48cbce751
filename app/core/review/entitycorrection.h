#pragma once

#include "extract/entity.h"

#include <QJsonObject>
#include <QString>

#include <QCoreApplication>
#include <optional>

namespace Lectern::Core {

// An editor's decision about an extracted entity. Stored as the payload of an annotation of kind
// EntityCorrection (who and when come from the annotation); applied by applyCorrections().
// Entities are identified by type + canonical name (compared with TextFold::matchKey).
struct EntityCorrection
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::EntityCorrection)

public:
    enum class Action {
        Reject,     // a false positive: drop the entity
        ChangeType, // move it to newType
        Rename,     // canonical name becomes newName; the old name stays an alias
        Merge,      // fold the entity named otherName (same type) into this one
        SplitAlias, // mentions written as otherName become an entity of their own
        Verify,     // the editor confirmed it; nothing changes in the result
        AddMissed,  // the annotation's span is a mention of newName (of newType) the extractor missed
    };

    Action action = Action::Verify;
    EntityKind type = EntityKind::Person; // type of the entity acted on (AddMissed: unused)
    QString name;                         // canonical name of the entity acted on (AddMissed: unused)
    EntityKind newType = EntityKind::Person; // ChangeType, AddMissed
    QString newName;                      // Rename, AddMissed (empty: the span's text)
    QString otherName;                    // Merge (the absorbed entity), SplitAlias (the alias)
    bool applyToAllArticles = false;      // also written to the user gazetteer (never for figures)
    // The decision is about a figure (a metric), not a person, organization or place: Reject and
    // Verify act on the metrics under the annotation's span (name keeps the figure's text for
    // display); AddMissed adds the figure read from the span. type and newType are then unused.
    bool metric = false;

    friend bool operator==(const EntityCorrection &, const EntityCorrection &) = default;

    static QString actionName(Action action); // "reject", "change-type", … (stable, used in files)
    static bool actionFromName(const QString &name, Action *action);
    // One line of English describing the correction ("Reject person “Nguyễn Văn A”").
    QString describe() const;

    // Stable JSON form ({"action": "rename", "type": "person", "name": …}); fromJson() returns
    // nullopt for unknown actions or types.
    QJsonObject toJson() const;
    static std::optional<EntityCorrection> fromJson(const QJsonObject &object);
};

// "person" / "organization" / "place" -> type; false for anything else.
bool entityTypeFromName(const QString &name, EntityKind *type);

} // namespace Lectern::Core
