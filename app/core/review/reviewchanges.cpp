#include "review/reviewchanges.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern::Core::ReviewChanges {

std::optional<Change> parse(const QString &payload)
{
    if (payload.size() > 4096)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
    Change c;
    c.articleId = qint64(o.value(QStringLiteral("article")).toDouble());
    c.annotation = QUuid::fromString(o.value(QStringLiteral("annotation")).toString());
    if (c.articleId <= 0)
        return std::nullopt;
    return c;
}

} // namespace Lectern::Core::ReviewChanges
