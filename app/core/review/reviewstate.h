#pragma once

#include <QString>

namespace Lectern::Core {

// Where an article stands in the editorial process (title bar, Article info, the store).
enum class ReviewState { Draft, InReview, Approved };

QString reviewStateName(ReviewState state);                 // "draft", "in-review", "approved"
bool reviewStateFromName(const QString &name, ReviewState *state);

} // namespace Lectern::Core
