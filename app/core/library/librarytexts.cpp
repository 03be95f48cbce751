#include "library/librarystore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Lectern::Core {

QList<qint64> LibraryStore::articleIds() const
{
    QList<qint64> ids;
    m_error.clear();
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT id FROM articles ORDER BY id"))) {
        fail(QStringLiteral("Cannot list the articles"), q.lastError().text());
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

std::optional<QString> LibraryStore::storedText(qint64 articleId) const
{
    m_error.clear();
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT body FROM library_articles WHERE article_id = ?"));
    q.addBindValue(articleId);
    if (!q.exec()) {
        fail(QStringLiteral("Cannot read the article's text"), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace Lectern::Core
