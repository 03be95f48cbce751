#include "review/reviewstate.h"

namespace Lectern::Core {

QString reviewStateName(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft: return QStringLiteral("draft");
    case ReviewState::InReview: return QStringLiteral("in-review");
    case ReviewState::Approved: return QStringLiteral("approved");
    }
    return QStringLiteral("draft");
}

bool reviewStateFromName(const QString &name, ReviewState *state)
{
    for (ReviewState s : {ReviewState::Draft, ReviewState::InReview, ReviewState::Approved}) {
        if (reviewStateName(s) == name) {
            *state = s;
            return true;
        }
    }
    return false;
}

} // namespace Lectern::Core
