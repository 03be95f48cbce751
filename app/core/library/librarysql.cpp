#include "library/librarysql.h"

#include <QSqlQuery>
#include <QVariant>

namespace Lectern::Core::LibrarySql {

// Columns read by readEntry(); "a" is articles, "l" library_articles.
const char *const entryColumns =
    "a.id, a.title, COALESCE(l.file_path, a.source_path), a.url, l.site, l.published, a.review_state,"
    " l.people_count, l.organization_count, l.figure_count,"
    " (SELECT COUNT(*) FROM annotations n WHERE n.article_id = a.id AND n.status = 'open'),"
    // LibraryEntry::lead: read only for the rows without a title.
    " CASE WHEN trim(a.title) = '' THEN substr(l.body, 1, 400) ELSE '' END";
LibraryEntry readEntry(const QSqlQuery &q)
{
    LibraryEntry e;
    e.id = q.value(0).toLongLong();
    e.title = q.value(1).toString();
    e.path = q.value(2).toString();
    e.url = q.value(3).toString();
    e.site = q.value(4).toString();
    e.published = q.value(5).toString();
    reviewStateFromName(q.value(6).toString(), &e.state);
    e.people = q.value(7).toInt();
    e.organizations = q.value(8).toInt();
    e.figures = q.value(9).toInt();
    e.openAnnotations = q.value(10).toInt();
    e.lead = q.value(11).toString();
    return e;
}

} // namespace Lectern::Core::LibrarySql
