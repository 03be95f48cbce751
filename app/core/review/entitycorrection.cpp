#include "review/entitycorrection.h"

namespace Lectern::Core {

namespace {
constexpr EntityCorrection::Action allActions[] = {
    EntityCorrection::Action::Reject,     EntityCorrection::Action::ChangeType,
    EntityCorrection::Action::Rename,     EntityCorrection::Action::Merge,
    EntityCorrection::Action::SplitAlias, EntityCorrection::Action::Verify,
    EntityCorrection::Action::AddMissed,
};
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
    const QString what = entityTypeName(type);
    if (metric) {
        switch (action) {
        case Action::Reject: return QStringLiteral("Reject figure \u201C%1\u201D").arg(name);
        case Action::Verify: return QStringLiteral("Verify figure \u201C%1\u201D").arg(name);
        case Action::AddMissed: return QStringLiteral("Add missed figure \u201C%1\u201D").arg(newName);
        default: break;
        }
    }
    switch (action) {
    case Action::Reject:
        return QStringLiteral("Reject %1 \u201C%2\u201D").arg(what, name);
    case Action::ChangeType:
        return QStringLiteral("Change \u201C%1\u201D from %2 to %3").arg(name, what, entityTypeName(newType));
    case Action::Rename:
        return QStringLiteral("Rename %1 \u201C%2\u201D to \u201C%3\u201D").arg(what, name, newName);
    case Action::Merge:
        return QStringLiteral("Merge \u201C%1\u201D into %2 \u201C%3\u201D").arg(otherName, what, name);
    case Action::SplitAlias:
        return QStringLiteral("Split \u201C%1\u201D off %2 \u201C%3\u201D").arg(otherName, what, name);
    case Action::Verify:
        return QStringLiteral("Verify %1 \u201C%2\u201D").arg(what, name);
    case Action::AddMissed:
        return QStringLiteral("Add missed %1 \u201C%2\u201D").arg(entityTypeName(newType), newName);
    }
    return {};
}

QJsonObject EntityCorrection::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("action"), actionName(action));
    o.insert(QStringLiteral("type"), entityTypeName(type));
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("newType"), entityTypeName(newType));
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

bool entityTypeFromName(const QString &name, EntityType *type)
{
    for (EntityType t : {EntityType::Person, EntityType::Organization, EntityType::Place}) {
        if (entityTypeName(t) == name) {
            *type = t;
            return true;
        }
    }
    return false;
}

} // namespace Lectern::Core
