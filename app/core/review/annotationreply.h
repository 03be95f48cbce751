#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace Lectern::Core {

// One message in an annotation's discussion thread. Times are UTC.
struct AnnotationReply
{
    QUuid id;
    QString author;
    QDateTime created;
    QString text; // plain text, may contain line breaks

    friend bool operator==(const AnnotationReply &, const AnnotationReply &) = default;
};

} // namespace Lectern::Core
