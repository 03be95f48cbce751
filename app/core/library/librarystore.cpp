#include "library/librarystore.h"

#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/taggermodel.h"
#include "import/articleimporter.h"
#include "library/librarylog.h"
#include "library/libraryschema.h"
#include "library/librarysql.h"
#include "library/readerversion.h"
#include "review/applycorrections.h"
#include "util/textfold.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Lectern::Core {

namespace {

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Folded copy for the index: same UTF-16 length as the (NFC) original, so offsets carry over.
QString folded(const QString &original)
{
    return TextFold::foldForSearch(original);
}

} // namespace

LibraryStore::LibraryStore() = default;

void LibraryStore::setExtractor(std::shared_ptr<const Extractor> extractor)
{
    m_extractor = std::move(extractor);
}

std::shared_ptr<const Extractor> LibraryStore::extractor() const
{
    if (m_extractor)
        return m_extractor;
    static const std::shared_ptr<const Extractor> builtIn
        = std::make_shared<const Extractor>(Gazetteer::builtIn(), TaggerModel::bundled());
    return builtIn;
}

LibraryStore::~LibraryStore()
{
    close();
}

QSqlDatabase LibraryStore::database() const
{
    // One Database for the review tables and ours: an import writes both in one transaction.
    return m_reviewStore.connection();
}

bool LibraryStore::fail(const QString &what, const QString &detail) const
{
    m_error = what + QStringLiteral(": ") + detail;
    qCWarning(lcLibrary) << m_error;
    return false;
}

bool LibraryStore::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return fail(QStringLiteral("Library statement failed"), q.lastError().text());
    return true;
}

bool LibraryStore::open(const QString &location, Access access)
{
    close();
    m_error.clear();
    QString error;
    std::shared_ptr<Database> db = Database::open(location, access, &error);
    if (!db)
        return fail(QStringLiteral("Cannot open the library"), error);
    return open(std::move(db));
}

bool LibraryStore::migrate(Database &db)
{
    const QList<Migration> all = LibrarySchema::withDependencies();
    if (db.migrate(all))
        return true;
    if (!db.isReadOnly())
        return false;
    // Read-only writes nothing, so an older library is read as it is: every library step after
    // the first serves the writer only (reader_version, for the re-index), never a read.
    QList<Migration> steps = all;
    for (int version = LibrarySchema::latestVersion() - 1; version >= 1; --version) {
        steps.removeIf([version](const Migration &m) {
            return m.module == QLatin1String(LibrarySchema::module) && m.version > version;
        });
        if (db.migrate(steps))
            return true;
    }
    db.migrate(all); // its error, for the message
    return false;
}

bool LibraryStore::open(std::shared_ptr<Database> db)
{
    close();
    m_error.clear();
    // The library's tables refer to the review's: both modules migrate, the review first; the
    // review store then works on the same Database (one connection, one transaction).
    if (!db || !migrate(*db))
        return fail(QStringLiteral("Cannot open the library"), db ? db->errorString() : QStringLiteral("no database"));
    if (!m_reviewStore.open(db))
        return fail(QStringLiteral("Cannot open the library"), m_reviewStore.errorString());
    m_readOnly = db->isReadOnly();
    if (!m_readOnly && db->backend() == DatabaseLocation::Backend::Sqlite)
        removeImportLeftovers();
    return true;
}

void LibraryStore::close()
{
    m_statements.clear(); // before the connection they were prepared on closes
    m_reviewStore.close();
    m_readOnly = false;
}

bool LibraryStore::isOpen() const
{
    return m_reviewStore.isOpen();
}

QSqlQuery &LibraryStore::prepared(const QString &sql) const
{
    Statement &statement = m_statements[sql];
    if (!statement.prepared) {
        // A statement that failed to prepare is prepared again next time; its exec() reports why.
        statement.query = QSqlQuery(database());
        statement.prepared = statement.query.prepare(sql);
    }
    return statement.query;
}

bool LibraryStore::hasAnnotations(qint64 articleId) const
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT EXISTS (SELECT 1 FROM annotations WHERE article_id = ?)"));
    q.addBindValue(articleId);
    const bool found = q.exec() && q.next() && q.value(0).toBool();
    q.finish();
    return found;
}

LibraryStore::IndexTexts LibraryStore::indexTexts(const Article &article)
{
    IndexTexts t;
    t.title = TextFold::normalizeText(article.title);
    t.body = TextFold::normalizeText(article.text());
    t.foldedTitle = folded(t.title);
    t.foldedBody = folded(t.body);
    return t;
}

// addFile(): librarystorebatch.cpp, beside the batch import it shares its steps with.

std::optional<qint64> LibraryStore::indexArticle(const Article &article, const ExtractionResult &entities)
{
    const auto record = m_reviewStore.registerArticle(article);
    if (!record) {
        fail(QStringLiteral("Cannot record the article"), m_reviewStore.errorString());
        return std::nullopt;
    }
    QString path;
    QString fileHash;
    qint64 mtime = 0;
    qint64 size = 0;
    if (!article.sourcePath.isEmpty()) {
        const QFileInfo info(article.sourcePath);
        path = info.absoluteFilePath();
        if (!article.originalBytes.isEmpty()) {
            fileHash = QString::fromLatin1(
                QCryptographicHash::hash(article.originalBytes, QCryptographicHash::Sha256).toHex());
            mtime = info.lastModified().toMSecsSinceEpoch();
            size = info.size();
        }
    }
    // Recorded as read by this store's extractor (the caller sets the one that read it).
    if (!m_reviewStore.begin()) {
        fail(QStringLiteral("Cannot update the library"), m_reviewStore.errorString());
        return std::nullopt;
    }
    if (!writeArticle(record->id, article, entities, path, fileHash, mtime, size)
        || !recordReaderVersion(record->id, ReaderVersion::of(extractor()->model().get()))) {
        m_reviewStore.rollback();
        return std::nullopt;
    }
    if (!m_reviewStore.commit())
        return std::nullopt;
    return record->id;
}

bool LibraryStore::writeArticle(qint64 id, const Article &article, const ExtractionResult &extracted,
                                const QString &filePath, const QString &fileHash, qint64 mtime, qint64 size,
                                const IndexTexts *texts)
{
    const IndexTexts made = texts ? IndexTexts{} : indexTexts(article);
    const IndexTexts &t = texts ? *texts : made;
    // The editor's entity corrections on this article (reject, merge, rename…) apply here too;
    // an article without annotations (every new one) has neither corrections nor comments.
    const bool annotated = hasAnnotations(id);
    const QList<Annotation> notes = annotated ? m_reviewStore.annotations(id) : QList<Annotation>{};
    const ExtractionResult entities =
        notes.isEmpty() ? extracted : applyCorrections(extracted, correctionSteps(notes, article.text()), article.text());
    if (!m_reviewStore.begin())
        return fail(QStringLiteral("Cannot update the library"), m_reviewStore.errorString());
    auto abort = [&](const QSqlQuery &q, const QString &what) {
        const QString detail = q.lastError().text();
        m_reviewStore.rollback();
        return fail(what, detail);
    };
    if (!filePath.isEmpty()) {
        // The file now holds another article (its URL changed): the old entry lets go of it.
        QSqlQuery &q = prepared(QStringLiteral("UPDATE library_articles SET file_path = NULL WHERE file_path = ? AND article_id <> ?"));
        q.addBindValue(filePath);
        q.addBindValue(id);
        if (!q.exec())
            return abort(q, QStringLiteral("Cannot update the library"));
    }
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO library_articles (article_id, published, site, format, authors, file_path, file_hash,"
        " file_mtime, file_size, people_count, organization_count, figure_count, comments_stale, indexed, body)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
        " ON CONFLICT(article_id) DO UPDATE SET published = excluded.published, site = excluded.site,"
        " format = excluded.format, authors = excluded.authors,"
        " file_path = COALESCE(excluded.file_path, file_path), file_hash = excluded.file_hash,"
        " file_mtime = excluded.file_mtime, file_size = excluded.file_size, people_count = excluded.people_count,"
        " organization_count = excluded.organization_count, figure_count = excluded.figure_count,"
        " comments_stale = 0, indexed = excluded.indexed, body = excluded.body"));
    q.addBindValue(id);
    q.addBindValue(text(article.publishedIso()));
    q.addBindValue(text(article.site));
    q.addBindValue(text(article.format));
    q.addBindValue(text(article.authors.join(QStringLiteral(", "))));
    q.addBindValue(filePath.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(filePath));
    q.addBindValue(text(fileHash));
    q.addBindValue(mtime);
    q.addBindValue(size);
    q.addBindValue(int(entities.people.size()));
    q.addBindValue(int(entities.organizations.size()));
    q.addBindValue(int(entities.metrics.size()));
    q.addBindValue(nowIso());
    q.addBindValue(text(t.body));
    if (!q.exec())
        return abort(q, QStringLiteral("Cannot record the article in the library"));
    QSqlQuery &unindex = prepared(QStringLiteral("DELETE FROM library_fts WHERE rowid = ?"));
    unindex.addBindValue(id);
    if (!unindex.exec())
        return abort(unindex, QStringLiteral("Cannot update the search index"));
    QSqlQuery &index = prepared(QStringLiteral("INSERT INTO library_fts (rowid, title, body, comments) VALUES (?, ?, ?, ?)"));
    index.addBindValue(id);
    index.addBindValue(text(t.foldedTitle));
    index.addBindValue(text(t.foldedBody));
    index.addBindValue(text(annotated ? folded(commentsText(id)) : QString()));
    if (!index.exec())
        return abort(index, QStringLiteral("Cannot update the search index"));
    if (!writeEntities(id, entities)) {
        m_reviewStore.rollback();
        return false;
    }
    if (!m_reviewStore.commit())
        return fail(QStringLiteral("Cannot update the library"), m_reviewStore.errorString());
    return true;
}

QString LibraryStore::commentsText(qint64 articleId) const
{
    // Comments and replies in a fixed order: the index and the snippets must see the same text.
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT comment FROM annotations WHERE article_id = ? AND comment <> ''"
                             " UNION ALL SELECT r.body FROM replies r JOIN annotations n ON n.id = r.annotation_id"
                             " WHERE n.article_id = ? AND r.body <> ''"));
    q.addBindValue(articleId);
    q.addBindValue(articleId);
    QStringList parts;
    if (q.exec()) {
        while (q.next())
            parts.append(TextFold::normalizeText(q.value(0).toString()).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
    return parts.join(QLatin1Char('\n'));
}

bool LibraryStore::refreshComments()
{
    QSqlQuery stale(database());
    if (!stale.exec(QStringLiteral("SELECT article_id FROM library_articles WHERE comments_stale = 1")))
        return fail(QStringLiteral("Cannot read the library"), stale.lastError().text());
    QList<qint64> ids;
    while (stale.next())
        ids.append(stale.value(0).toLongLong());
    stale.finish();
    if (ids.isEmpty() || m_readOnly)
        return true; // read-only: searched as it is
    if (!m_reviewStore.begin())
        return fail(QStringLiteral("Cannot update the comment index"), m_reviewStore.errorString());
    QSqlQuery update(database());
    QSqlQuery clear(database());
    update.prepare(QStringLiteral("UPDATE library_fts SET comments = ? WHERE rowid = ?"));
    clear.prepare(QStringLiteral("UPDATE library_articles SET comments_stale = 0 WHERE article_id = ?"));
    for (qint64 id : ids) {
        update.addBindValue(text(folded(commentsText(id))));
        update.addBindValue(id);
        clear.addBindValue(id);
        if (!update.exec() || !clear.exec()) {
            const QString detail = update.lastError().text() + clear.lastError().text();
            m_reviewStore.rollback();
            return fail(QStringLiteral("Cannot update the comment index"), detail);
        }
    }
    if (!m_reviewStore.commit())
        return fail(QStringLiteral("Cannot update the comment index"), m_reviewStore.errorString());
    return true;
}

qint64 LibraryStore::articleCount() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM library_articles")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QString LibraryStore::whereClause(const LibraryFilter &filter, QVariantList *binds) const
{
    QStringList conditions;
    if (filter.state) {
        conditions << QStringLiteral("a.review_state = ?");
        binds->append(reviewStateName(*filter.state));
    }
    if (!filter.site.isEmpty()) {
        conditions << QStringLiteral("l.site = ?");
        binds->append(filter.site);
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("l.published <> '' AND substr(l.published, 1, 10) >= ?");
        binds->append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("l.published <> '' AND substr(l.published, 1, 10) <= ?");
        binds->append(filter.to.toString(Qt::ISODate));
    }
    if (!filter.tag.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM annotations n JOIN annotation_tags t"
                                     " ON t.annotation_id = n.id WHERE n.article_id = a.id AND t.tag = ?)");
        binds->append(filter.tag);
    }
    return conditions.join(QStringLiteral(" AND "));
}

QList<LibraryEntry> LibraryStore::list(const LibraryFilter &filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, &binds);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM library_articles l JOIN articles a ON a.id = l.article_id %2"
                             " ORDER BY l.published DESC, a.id DESC")
                  .arg(QLatin1String(LibrarySql::entryColumns), where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<LibraryEntry> out;
    if (!q.exec()) {
        fail(QStringLiteral("Cannot list the library"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(LibrarySql::readEntry(q));
    return out;
}

std::optional<LibraryEntry> LibraryStore::entry(qint64 articleId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM library_articles l JOIN articles a ON a.id = l.article_id"
                             " WHERE a.id = ?").arg(QLatin1String(LibrarySql::entryColumns)));
    q.addBindValue(articleId);
    if (q.exec() && q.next())
        return LibrarySql::readEntry(q);
    return std::nullopt;
}

QStringList LibraryStore::sites() const
{
    QStringList out;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT DISTINCT site FROM library_articles WHERE site <> '' ORDER BY site")))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

QStringList LibraryStore::tags() const
{
    QStringList out;
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT DISTINCT t.tag FROM annotation_tags t JOIN annotations n ON n.id = t.annotation_id"
                              " JOIN library_articles l ON l.article_id = n.article_id ORDER BY t.tag")))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

} // namespace Lectern::Core
