// LibraryStore: full-text search and the cross-article entity index.
#include "library/librarystore.h"

#include "library/libraryquery.h"
#include "library/librarysql.h"
#include "util/textfold.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Lectern::Core {

namespace {

constexpr QChar kOpen = QChar(0x02);
constexpr QChar kClose = QChar(0x03);
constexpr int kSnippetWidth = 160;

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// One row of the ranked full-text query.
struct Ranked
{
    qint64 id = 0;
    double score = 0;
    QString marked[3]; // title, body, comments with highlight markers
};

// The ranked full-text query: the ids and scores alone, best first, sorted by SQLite's top-N
// sorter (on a word most articles hold that takes about half the time of FTS5's rank sort);
// the highlights of those rows are then read by id (highlightQueryText). `where` is the filter's
// condition on library_articles l and articles a, or empty. Titles weigh most, then comments,
// then bodies; ties by id.
QString rankedQueryText(const QString &where)
{
    const QString score = QStringLiteral("bm25(library_fts, 10.0, 1.0, 3.0)");
    if (where.isEmpty())
        return QStringLiteral("SELECT rowid, %1 AS score FROM library_fts WHERE library_fts MATCH ?"
                              " ORDER BY score, rowid LIMIT ?").arg(score);
    return QStringLiteral("SELECT library_fts.rowid, %1 AS score FROM library_fts"
                          " JOIN library_articles l ON l.article_id = library_fts.rowid"
                          " JOIN articles a ON a.id = l.article_id"
                          " WHERE library_fts MATCH ? AND %2 ORDER BY score, library_fts.rowid LIMIT ?")
        .arg(score, where);
}

// Whether the query matches more than `offset` articles: binds the match. Iterates the matches
// (no ranking) up to that count. `offset` is a number, or a subquery in parentheses.
QString matchesMoreQueryText(const QString &offset)
{
    return QStringLiteral("SELECT EXISTS (SELECT 1 FROM library_fts WHERE library_fts MATCH ? LIMIT 1 OFFSET %1)")
        .arg(offset);
}

// A broad query's hits (no filter), newest first as the Library window lists them (published,
// then id): walks the published index from the newest and probes the full-text index for each
// row, so it stops after about twice `limit` rows (more than half of the rows match) instead of
// ranking every match. Binds the match, the limit.
QString newestQueryText()
{
    return QStringLiteral("SELECT l.article_id, 0 FROM library_articles l WHERE EXISTS (SELECT 1 FROM library_fts"
                          " WHERE library_fts MATCH ? AND library_fts.rowid = l.article_id)"
                          " ORDER BY l.published DESC, l.article_id DESC LIMIT ?");
}

// The highlights of the rows of `ranked` (ids are numbers we produced), by id. FTS5
// runs the query once for every id of `rowid IN`, which costs little except for a prefix term,
// expanded again each time (40 ms for 40 ids of "chuyen*" in 100,000 articles): a query with one
// reads the id range in one pass instead and keeps the ids asked for ("+rowid" is not offered
// to FTS5 as a constraint), about 7 ms.
QString highlightQueryText(const QList<qint64> &ids, bool prefix)
{
    QStringList list;
    for (const qint64 id : ids)
        list.append(QString::number(id));
    // No bm25() here: it counts the rows of every phrase over the whole index (90 ms for "tinh").
    const QString columns = QStringLiteral("SELECT rowid, highlight(library_fts, 0, char(2), char(3)),"
                                           " highlight(library_fts, 1, char(2), char(3)),"
                                           " highlight(library_fts, 2, char(2), char(3))"
                                           " FROM library_fts WHERE library_fts MATCH ?");
    if (!prefix)
        return columns + QStringLiteral(" AND rowid IN (%1)").arg(list.join(QLatin1Char(',')));
    const auto [low, high] = std::minmax_element(ids.begin(), ids.end());
    return columns + QStringLiteral(" AND rowid BETWEEN %1 AND %2 AND +rowid IN (%3)")
                         .arg(QString::number(*low), QString::number(*high), list.join(QLatin1Char(',')));
}

// The rows of the executed ranked query, best first.
QList<Ranked> readRanked(QSqlQuery &query)
{
    QList<Ranked> ranked;
    while (query.next()) {
        Ranked row;
        row.id = query.value(0).toLongLong();
        row.score = query.value(1).toDouble();
        ranked.append(row);
    }
    return ranked;
}

// Fills in the highlights of the ranked rows.
bool readHighlights(const QSqlDatabase &db, const QString &match, QList<Ranked> &ranked, QString *error)
{
    QList<qint64> ids;
    for (const Ranked &row : ranked)
        ids.append(row.id);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(highlightQueryText(ids, match.contains(QLatin1Char('*'))));
    query.addBindValue(match);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    QHash<qint64, qsizetype> at;
    for (qsizetype k = 0; k < ranked.size(); ++k)
        at.insert(ranked.at(k).id, k);
    while (query.next()) {
        const auto found = at.constFind(query.value(0).toLongLong());
        if (found == at.constEnd())
            continue;
        for (int column = 0; column < 3; ++column)
            ranked[*found].marked[column] = query.value(1 + column).toString();
    }
    return true;
}

// The entries and original bodies of all hits in one query (ids are numbers we produced).
bool readEntries(const QSqlDatabase &db, const QList<Ranked> &ranked,
                 QHash<qint64, QPair<LibraryEntry, QString>> &entries, QString *error)
{
    QStringList ids;
    for (const Ranked &row : ranked)
        ids.append(QString::number(row.id));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT %1, l.body FROM library_articles l JOIN articles a ON a.id = l.article_id"
                                   " WHERE a.id IN (%2)").arg(QLatin1String(LibrarySql::entryColumns), ids.join(QLatin1Char(','))))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        const LibraryEntry entry = LibrarySql::readEntry(query);
        entries.insert(entry.id, {entry, query.value(LibrarySql::entryColumnCount).toString()});
    }
    return true;
}

// The field of a hit to show a snippet of, its text with markers removed and the marked ranges.
struct BestField
{
    int column = -1; // 0 title, 1 body, 2 comments; -1 when no field has a marked word
    QString plain;
    QList<QPair<int, int>> ranges;
};

// The field that matched the most distinct query words; on a tie the body, then the comments,
// then the title (a passage of text says more than a title).
BestField bestField(const Ranked &row)
{
    BestField best;
    int bestWords = 0;
    static const int columns[] = {1, 2, 0};
    for (int column : columns) {
        QString plain;
        const auto ranges = LibraryQuery::takeMarkers(row.marked[column], kOpen, kClose, &plain);
        QSet<QString> words;
        for (const auto &range : ranges)
            words.insert(plain.mid(range.first, range.second - range.first));
        if (int(words.size()) > bestWords) {
            best.column = column;
            bestWords = int(words.size());
            best.plain = plain;
            best.ranges = ranges;
        }
    }
    return best;
}

// Sets the hit's field name and its snippet of `original`, the unfolded text of the best field.
void setSnippet(SearchHit &hit, const BestField &best, const QString &original)
{
    // The folded text keeps the original's length; if not (never expected), show it.
    const QString &source = original.size() == best.plain.size() ? original : best.plain;
    hit.field = best.column == 0 ? QStringLiteral("title")
        : best.column == 1       ? QStringLiteral("body")
                                 : QStringLiteral("comments");
    hit.snippet = LibraryQuery::snippet(source, best.ranges, kSnippetWidth, &hit.highlights);
}

} // namespace

std::optional<bool> LibraryStore::isBroadQuery(const QString &match) const
{
    // FTS5's bm25 gives a phrase found in more than half of the rows the same token weight
    // (its idf is clamped to 1e-6), so when every phrase of a query is that common, and the query
    // without OR matches more than half of the library (then each of its phrases does), the
    // scores only say how often the words repeat in a piece: ranking all of them (100,000 for
    // "tinh") costs 85-150 ms and tells little, newest first costs a few. Below the minimum the
    // ranking is cheap and stays. Prefix terms always rank: probing FTS5 row by row expands the
    // prefix each time. The terms are quoted lower-case words, so " OR " is the operator only.
    if (m_newestFirstMinimum <= 0 || match.contains(QLatin1Char('*')) || match.contains(QStringLiteral(" OR ")))
        return false;
    // At least the minimum first: a rare query stops there without counting the library.
    for (const QString &offset : {QString::number(m_newestFirstMinimum - 1),
                                  QStringLiteral("(SELECT COUNT(*) / 2 FROM library_articles)")}) {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        q.prepare(matchesMoreQueryText(offset));
        q.addBindValue(match);
        if (!q.exec() || !q.next()) {
            fail(QStringLiteral("Search failed"), q.lastError().text());
            return std::nullopt;
        }
        if (!q.value(0).toBool())
            return false;
    }
    return true;
}

QList<SearchHit> LibraryStore::search(const QString &query, int limit, const LibraryFilter &filter)
{
    QList<SearchHit> hits;
    m_error.clear();
    const QString match = LibraryQuery::toFtsQuery(query);
    if (match.isEmpty())
        return hits;
    refreshComments();

    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    // With a filter the hits stay ranked: walking the newest rows of a filter that leaves few of
    // them, probing the index for each, costs more than ranking (0.5-0.9 s measured).
    const std::optional<bool> broad = where.isEmpty() ? isBroadQuery(match) : std::optional<bool>(false);
    if (!broad)
        return hits;
    QSqlQuery rankQuery(database());
    rankQuery.setForwardOnly(true);
    rankQuery.prepare(*broad ? newestQueryText() : rankedQueryText(where));
    rankQuery.addBindValue(match);
    for (const QVariant &value : binds)
        rankQuery.addBindValue(value);
    rankQuery.addBindValue(std::max(1, limit));
    if (!rankQuery.exec()) {
        fail(QStringLiteral("Search failed"), rankQuery.lastError().text());
        return hits;
    }
    QList<Ranked> ranked = readRanked(rankQuery);
    rankQuery.finish();
    if (ranked.isEmpty())
        return hits;
    if (QString error; !readHighlights(database(), match, ranked, &error)) {
        fail(QStringLiteral("Search failed"), error);
        return hits;
    }

    QHash<qint64, QPair<LibraryEntry, QString>> entries;
    if (QString error; !readEntries(database(), ranked, entries, &error)) {
        fail(QStringLiteral("Search failed"), error);
        return hits;
    }
    for (const Ranked &row : ranked) {
        const auto found = entries.constFind(row.id);
        if (found == entries.constEnd())
            continue;
        SearchHit hit;
        hit.entry = found->first;
        hit.score = row.score;
        if (const BestField best = bestField(row); best.column >= 0) {
            const QString original = best.column == 0 ? TextFold::normalizeText(hit.entry.title)
                : best.column == 1                    ? found->second
                                                      : commentsText(row.id);
            setSnippet(hit, best, original);
        }
        hits.append(hit);
    }
    return hits;
}

bool LibraryStore::writeEntities(qint64 id, const ExtractionResult &entities)
{
    // Entities this article named before: those no article names any more leave the index.
    // The statements are kept prepared (prepared()): the writer runs them for every article.
    QList<qint64> previous;
    QSqlQuery &before = prepared(QStringLiteral("SELECT entity_id FROM library_mentions WHERE article_id = ?"));
    before.addBindValue(id);
    if (before.exec())
        while (before.next())
            previous.append(before.value(0).toLongLong());
    before.finish();
    QSqlQuery &clear = prepared(QStringLiteral("DELETE FROM library_mentions WHERE article_id = ?"));
    clear.addBindValue(id);
    if (!clear.exec())
        return fail(QStringLiteral("Cannot update the entity index"), clear.lastError().text());
    QSqlQuery &entity = prepared(QStringLiteral("INSERT INTO library_entities (type, key, name) VALUES (?, ?, ?)"
                                  " ON CONFLICT(type, key) DO UPDATE SET name = CASE"
                                  " WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END"
                                  " RETURNING id"));
    QSqlQuery &mention = prepared(QStringLiteral("INSERT INTO library_mentions (entity_id, article_id, surface, aliases, roles,"
                                   " mention_count, first_offset) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                   " ON CONFLICT(entity_id, article_id) DO UPDATE SET"
                                   " mention_count = mention_count + excluded.mention_count"));
    for (const QList<Entity> *list : {&entities.people, &entities.organizations}) {
        for (const Entity &e : *list) {
            const QString key = TextFold::matchKey(e.name);
            if (key.isEmpty())
                continue;
            entity.addBindValue(entityKindId(e.type));
            entity.addBindValue(key);
            entity.addBindValue(e.name);
            if (!entity.exec() || !entity.next())
                return fail(QStringLiteral("Cannot update the entity index"), entity.lastError().text());
            const qint64 entityId = entity.value(0).toLongLong();
            entity.finish();
            mention.addBindValue(entityId);
            mention.addBindValue(id);
            mention.addBindValue(notNull(e.name));
            mention.addBindValue(notNull(e.aliases.join(QLatin1Char('\n'))));
            mention.addBindValue(notNull(e.roles.join(QLatin1Char('\n'))));
            mention.addBindValue(int(std::max<qsizetype>(1, e.mentions.size())));
            mention.addBindValue(qint64(std::max<qsizetype>(0, e.firstOffset())));
            if (!mention.exec())
                return fail(QStringLiteral("Cannot update the entity index"), mention.lastError().text());
        }
    }
    QSqlQuery &orphan = prepared(QStringLiteral("DELETE FROM library_entities WHERE id = ? AND NOT EXISTS"
                                  " (SELECT 1 FROM library_mentions m WHERE m.entity_id = ?)"));
    for (qint64 entityId : previous) {
        orphan.addBindValue(entityId);
        orphan.addBindValue(entityId);
        if (!orphan.exec())
            return fail(QStringLiteral("Cannot update the entity index"), orphan.lastError().text());
    }
    return true;
}

QList<LibraryEntity> LibraryStore::entities(EntityKind type) const
{
    QList<LibraryEntity> out;
    QSqlQuery q(database());
    // The counts the triggers keep (library schema 3): one row per name, not every mention.
    q.prepare(QStringLiteral("SELECT e.id, e.name, c.article_count, c.mention_count FROM library_entities e"
                             " JOIN library_entity_counts c ON c.entity_id = e.id WHERE e.type = ? AND c.article_count > 0"
                             " ORDER BY c.article_count DESC, e.key"));
    q.addBindValue(entityKindId(type));
    if (!q.exec()) {
        fail(QStringLiteral("Cannot read the entity index"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        LibraryEntity e;
        e.id = q.value(0).toLongLong();
        e.type = type;
        e.name = q.value(1).toString();
        e.articleCount = q.value(2).toInt();
        e.mentionCount = q.value(3).toInt();
        out.append(e);
    }
    return out;
}

QList<LibraryEntityArticle> LibraryStore::entityArticles(qint64 entityId) const
{
    QList<LibraryEntityArticle> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1, m.surface, m.aliases, m.roles, m.mention_count,"
                             " substr(l.body, max(1, m.first_offset + 1 - 80), 200), min(m.first_offset, 80)"
                             " FROM library_mentions m JOIN library_articles l ON l.article_id = m.article_id"
                             " JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?"
                             " ORDER BY l.published DESC, a.id DESC").arg(QLatin1String(LibrarySql::entryColumns)));
    q.addBindValue(entityId);
    if (!q.exec()) {
        fail(QStringLiteral("Cannot read the entity index"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        LibraryEntityArticle a;
        a.entry = LibrarySql::readEntry(q);
        a.surface = q.value(LibrarySql::entryColumnCount + 0).toString();
        a.aliases = q.value(LibrarySql::entryColumnCount + 1).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        a.roles = q.value(LibrarySql::entryColumnCount + 2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        a.mentionCount = q.value(LibrarySql::entryColumnCount + 3).toInt();
        // The stretch around the first mention, cut at paragraph ends and white space.
        QString context = q.value(LibrarySql::entryColumnCount + 4).toString();
        const qsizetype at = q.value(LibrarySql::entryColumnCount + 5).toInt(); // the mention's offset in context
        if (const qsizetype nl = context.lastIndexOf(QLatin1Char('\n'), std::max<qsizetype>(0, at - 1)); nl >= 0 && at > 0)
            context = context.mid(nl + 1);
        else if (at == 80)
            context = context.mid(context.indexOf(QLatin1Char(' ')) + 1);
        if (const qsizetype nl = context.indexOf(QLatin1Char('\n')); nl >= 0)
            context.truncate(nl);
        a.context = context.trimmed();
        out.append(a);
    }
    return out;
}

} // namespace Lectern::Core
