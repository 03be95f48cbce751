// LibraryStore: the article list a page at a time, for a table that loads rows as it scrolls.
#include "library/librarystore.h"

#include "library/librarysql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Lectern::Core {

namespace {

QString orderBy(LibraryStore::SortKey key, Qt::SortOrder order)
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString column;
    switch (key) {
    case LibraryStore::SortKey::Newest: return QStringLiteral("l.published DESC, a.id DESC");
    // Untitled rows sort by the sentence shown for them (LibraryEntry::shownTitle).
    case LibraryStore::SortKey::Title:
        column = QStringLiteral("CASE WHEN trim(a.title) = '' THEN substr(l.body, 1, 120) ELSE a.title END");
        break;
    case LibraryStore::SortKey::Published: column = QStringLiteral("l.published"); break;
    case LibraryStore::SortKey::Site: column = QStringLiteral("l.site"); break;
    // In the order of the workflow, as the table sorts them (ReviewState's values).
    case LibraryStore::SortKey::State:
        column = QStringLiteral("CASE a.review_state WHEN 'draft' THEN 0 WHEN 'in-review' THEN 1 ELSE 2 END");
        break;
    case LibraryStore::SortKey::OpenAnnotations:
        column = QStringLiteral("(SELECT COUNT(*) FROM annotations n WHERE n.article_id = a.id AND n.status = 'open')");
        break;
    case LibraryStore::SortKey::People: column = QStringLiteral("l.people_count"); break;
    case LibraryStore::SortKey::Figures: column = QStringLiteral("l.figure_count"); break;
    }
    return column + direction + QStringLiteral(", a.id") + direction;
}

} // namespace

QList<LibraryEntry> LibraryStore::listPage(const LibraryFilter &filter, int offset, int limit, SortKey key,
                                           Qt::SortOrder order) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM library_articles l JOIN articles a ON a.id = l.article_id %2"
                             " ORDER BY %3 LIMIT ? OFFSET ?")
                  .arg(QLatin1String(LibrarySql::entryColumns),
                       where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where, orderBy(key, order)));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(std::max(0, limit));
    q.addBindValue(std::max(0, offset));
    QList<LibraryEntry> out;
    if (!q.exec()) {
        fail(QStringLiteral("Cannot list the library"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(LibrarySql::readEntry(q));
    return out;
}

qint64 LibraryStore::count(const LibraryFilter &filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM library_articles l JOIN articles a ON a.id = l.article_id %1")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        fail(QStringLiteral("Cannot count the library"), q.lastError().text());
        return 0;
    }
    return q.value(0).toLongLong();
}

} // namespace Lectern::Core
