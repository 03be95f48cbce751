#pragma once

#include <QString>
#include <QUuid>

#include <optional>

namespace Lectern::Core::ReviewChanges {

// What a team server announces after each committed change of a review (the triggers of
// ReviewSchema::serverMigrations() step 2, NOTIFY on this channel; listen with DatabaseNotifier).
inline constexpr auto channel = "lectern_review";

struct Change
{
    qint64 articleId = 0;
    QUuid annotation;   // null for a change of the article itself (review state)
};

// nullopt for a payload that is not such a change (never trusted blindly: any role may NOTIFY).
std::optional<Change> parse(const QString &payload);

} // namespace Lectern::Core::ReviewChanges
