#include "review/entitycorrection.h"

namespace Lectern::Core {

namespace {
constexpr EntityCorrection::Action allActions[] = {
    EntityCorrection::Action::Reject,     EntityCorrection::Action::ChangeType,
    EntityCorrection::Action::Rename,     EntityCorrection::Action::Merge,
    EntityCorrection::Action::SplitAlias, EntityCorrection::Action::Verify,
    EntityCorrection::Action::AddMissed,
};
// The entity type as a word of a sentence (entityKindId() is the stable id written in files).
QString typeLabel(EntityKind type)
{
    switch (type) {
    case EntityKind::Person:
        return EntityCorrection::tr("person");
    case EntityKind::Organization:
        return EntityCorrection::tr("organization");
    case EntityKind::Place:
        return EntityCorrection::tr("place");
    case EntityKind::Metric:
        break; // corrections name people, organizations and places only
    }
    return {};
}
} // namespace

QString EntityCorrection::actionName(Action action)
{
    switch (action) {
    case Action::Reject: return QStringLiteral("reject");
    case Action::ChangeType: return QStringLiteral("change-type");
    case Action::Rename: return QStringLiteral("rename");
    case Action::Merge: return QStringLiteral("merge");
    case Action::SplitAlias: return QStringLiteral("split-alias");
    case Action::Verify: return QStringLiteral("verify");
    case Action::AddMissed: return QStringLiteral("add-missed");
    }
    return QStringLiteral("verify");
}

bool EntityCorrection::actionFromName(const QString &name, Action *action)
{
    for (Action a : allActions) {
        if (actionName(a) == name) {
            *action = a;
            return true;
        }
    }
    return false;
}

QString EntityCorrection::describe() const
{
    const QString what = typeLabel(type);
    if (metric) {
        switch (action) {
        case Action::Reject:
            return tr("Reject figure “%1”").arg(name);
        case Action::Verify:
            return tr("Verify figure “%1”").arg(name);
        case Action::AddMissed:
            return tr("Add missed figure “%1”").arg(newName);
        default: break;
        }
    }
    switch (action) {
    case Action::Reject:
        return tr("Reject %1 “%2”").arg(what, name);
    case Action::ChangeType:
        return tr("Change “%1” from %2 to %3").arg(name, what, typeLabel(newType));
    case Action::Rename:
        return tr("Rename %1 “%2” to “%3”").arg(what, name, newName);
    case Action::Merge:
        return tr("Merge “%1” into %2 “%3”").arg(otherName, what, name);
    case Action::SplitAlias:
        return tr("Split “%1” off %2 “%3”").arg(otherName, what, name);
    case Action::Verify:
        return tr("Verify %1 “%2”").arg(what, name);
    case Action::AddMissed:
        return tr("Add missed %1 “%2”").arg(typeLabel(newType), newName);
    }
    return {};
}

QJsonObject EntityCorrection::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("action"), actionName(action));
    o.insert(QStringLiteral("type"), entityKindId(type));
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("newType"), entityKindId(newType));
    o.insert(QStringLiteral("newName"), newName);
    o.insert(QStringLiteral("otherName"), otherName);
    o.insert(QStringLiteral("applyToAllArticles"), applyToAllArticles);
    if (metric)
        o.insert(QStringLiteral("metric"), true);
    return o;
}

std::optional<EntityCorrection> EntityCorrection::fromJson(const QJsonObject &o)
{
    EntityCorrection c;
    if (!actionFromName(o.value(QStringLiteral("action")).toString(), &c.action))
        return std::nullopt;
    if (!entityTypeFromName(o.value(QStringLiteral("type")).toString(QStringLiteral("person")), &c.type))
        return std::nullopt;
    if (!entityTypeFromName(o.value(QStringLiteral("newType")).toString(QStringLiteral("person")), &c.newType))
        return std::nullopt;
    c.name = o.value(QStringLiteral("name")).toString();
    c.newName = o.value(QStringLiteral("newName")).toString();
    c.otherName = o.value(QStringLiteral("otherName")).toString();
    c.applyToAllArticles = o.value(QStringLiteral("applyToAllArticles")).toBool();
    c.metric = o.value(QStringLiteral("metric")).toBool();
    return c;
}

bool entityTypeFromName(const QString &name, EntityKind *type)
{
    const std::optional<EntityKind> kind = entityKindFromId(name);
    if (!kind || *kind == EntityKind::Metric)
        return false;
    *type = *kind;
    return true;
}

} // namespace Lectern::Core
