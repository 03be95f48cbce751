#include "review/annotationstore.h"

#include "review/reviewschema.h"
#include "util/logging.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Lectern::Core {

namespace {

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.toUTC();
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// Qt binds a null QString as SQL NULL; every text column here is NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

AnnotationStore::AnnotationStore() = default;

AnnotationStore::~AnnotationStore()
{
    close();
}

QSqlDatabase AnnotationStore::database() const
{
    return m_db ? m_db->connection() : QSqlDatabase();
}

bool AnnotationStore::fail(const QString &what, const QString &detail)
{
    m_failure = Database::Failure::Other;
    m_error = what + QStringLiteral(": ") + detail;
    qCWarning(lcReview) << m_error;
    return false;
}

bool AnnotationStore::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return fail(QStringLiteral("Database statement failed"), q.lastError().text());
    return true;
}

bool AnnotationStore::open(const QString &location, Access access)
{
    close();
    m_error.clear();
    m_failure = Database::Failure::Other;
    std::shared_ptr<Database> db = Database::open(location, access, &m_error, &m_failure);
    return db && open(std::move(db));
}

bool AnnotationStore::open(std::shared_ptr<Database> db)
{
    close();
    m_error.clear();
    if (!db || !db->connection().isValid()) {
        m_error = db ? db->errorString() : QStringLiteral("No database to open");
        return false;
    }
    if (!db->migrate(ReviewSchema::migrationsFor(db->backend()))) {
        m_error = db->errorString();
        return false;
    }
    m_db = std::move(db);
    return true;
}

void AnnotationStore::close()
{
    // The Database closes its connections when the last store lets go of it.
    m_db.reset();
}

bool AnnotationStore::isOpen() const
{
    return m_db && database().isOpen();
}

QString AnnotationStore::journalMode() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        return q.value(0).toString();
    return {};
}

bool AnnotationStore::checkIntegrity(QString *report) const
{
    if (!m_db) {
        if (report)
            *report = QStringLiteral("not open");
        return false;
    }
    return m_db->checkIntegrity(report);
}

qint64 AnnotationStore::dataVersion() const
{
    return m_db ? m_db->changeCounter() : -1;
}

bool AnnotationStore::begin()
{
    if (!m_db)
        return fail(QStringLiteral("Database statement failed"), QStringLiteral("the review database is not open"));
    if (m_db->begin())
        return true;
    m_error = m_db->errorString();
    m_failure = m_db->lastFailure();
    if (m_failure == Database::Failure::ConnectionLost)
        m_error = tr("The connection to the team server %1 was lost: nothing of this change was saved.").arg(path());
    return false;
}

bool AnnotationStore::commit()
{
    if (!m_db)
        return fail(QStringLiteral("Database statement failed"), QStringLiteral("the review database is not open"));
    if (m_db->commit())
        return true;
    m_error = m_db->errorString();
    m_failure = m_db->lastFailure();
    if (m_failure == Database::Failure::ConnectionLost)
        m_error = tr("The connection to the team server %1 was lost: nothing of this change was saved.").arg(path());
    return false;
}

void AnnotationStore::rollback()
{
    if (m_db)
        m_db->rollback();
}

namespace {
constexpr auto kArticleColumns = "id, url, source_path, content_hash, title, review_state";

AnnotationStore::ArticleRecord readArticle(const QSqlQuery &q)
{
    AnnotationStore::ArticleRecord r;
    r.id = q.value(0).toLongLong();
    r.url = q.value(1).toString();
    r.sourcePath = q.value(2).toString();
    r.contentHash = q.value(3).toString();
    r.title = q.value(4).toString();
    reviewStateFromName(q.value(5).toString(), &r.reviewState);
    return r;
}
} // namespace

std::optional<AnnotationStore::ArticleRecord> AnnotationStore::articleById(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM articles WHERE id = ?").arg(QLatin1String(kArticleColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readArticle(q);
    return std::nullopt;
}

std::optional<AnnotationStore::ArticleRecord> AnnotationStore::findArticle(const Article &article) const
{
    const QString hash = article.contentHash();
    const QString select = QStringLiteral("SELECT %1 FROM articles WHERE ").arg(QLatin1String(kArticleColumns));
    auto lookup = [&](const QString &where, const QString &value) -> std::optional<ArticleRecord> {
        QSqlQuery q(database());
        q.prepare(select + where + QStringLiteral(" ORDER BY last_seen DESC, id DESC LIMIT 1"));
        q.addBindValue(value);
        if (q.exec() && q.next())
            return readArticle(q);
        return std::nullopt;
    };
    // Canonical URL first: it survives edits of the text.
    if (!article.url.isEmpty()) {
        if (auto r = lookup(QStringLiteral("url = ?"), article.url))
            return r;
    }
    if (auto r = lookup(QStringLiteral("content_hash = ?"), hash))
        return r;
    // Same file on disk, edited: a new version (only when neither side has a different URL).
    if (!article.sourcePath.isEmpty()) {
        if (auto r = lookup(QStringLiteral("source_path = ?"), QFileInfo(article.sourcePath).absoluteFilePath())) {
            if (r->url.isEmpty() || article.url.isEmpty() || r->url == article.url)
                return r;
        }
    }
    return std::nullopt;
}

std::optional<AnnotationStore::ArticleRecord> AnnotationStore::registerArticle(const Article &article)
{
    if (!begin())
        return std::nullopt;
    const QString hash = article.contentHash();
    const QString now = isoTime(Annotation::now());
    const QString path = article.sourcePath.isEmpty() ? QString() : QFileInfo(article.sourcePath).absoluteFilePath();
    std::optional<ArticleRecord> found = findArticle(article);
    QSqlQuery q(database());
    if (!found) {
        q.prepare(QStringLiteral("INSERT INTO articles (url, source_path, content_hash, title, first_seen, last_seen)"
                                 " VALUES (?, ?, ?, ?, ?, ?)")
                  + (isServer() ? QStringLiteral(" RETURNING id") : QString()));
        q.addBindValue(nullable(article.url));
        q.addBindValue(nullable(path));
        q.addBindValue(hash);
        q.addBindValue(text(article.title));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec() || (isServer() && !q.next())) {
            const QSqlError error = q.lastError();
            rollback();
            failStatement(QStringLiteral("Cannot record the article"), error);
            return std::nullopt;
        }
        ArticleRecord inserted;
        inserted.id = isServer() ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();
        inserted.url = article.url;
        inserted.sourcePath = path;
        inserted.contentHash = hash;
        inserted.title = article.title;
        inserted.created = true;
        found = inserted;
    } else {
        found->newVersion = found->contentHash != hash;
        if (found->newVersion)
            found->previousHash = found->contentHash;
        q.prepare(QStringLiteral("UPDATE articles SET content_hash = ?, url = COALESCE(?, url),"
                                 " source_path = COALESCE(?, source_path), title = ?, last_seen = ? WHERE id = ?"));
        q.addBindValue(hash);
        q.addBindValue(nullable(article.url));
        q.addBindValue(nullable(path));
        q.addBindValue(text(article.title));
        q.addBindValue(now);
        q.addBindValue(found->id);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            rollback();
            failStatement(QStringLiteral("Cannot update the article"), error);
            return std::nullopt;
        }
        found->contentHash = hash;
        found->title = article.title;
        if (!article.url.isEmpty())
            found->url = article.url;
        if (!path.isEmpty())
            found->sourcePath = path;
    }
    QSqlQuery v(database());
    v.prepare(isServer() ? QStringLiteral("INSERT INTO article_versions (article_id, content_hash, seen) VALUES (?, ?, ?)"
                                          " ON CONFLICT DO NOTHING")
                         : QStringLiteral("INSERT OR IGNORE INTO article_versions (article_id, content_hash, seen)"
                                          " VALUES (?, ?, ?)"));
    v.addBindValue(found->id);
    v.addBindValue(hash);
    v.addBindValue(now);
    if (!v.exec()) {
        rollback();
        fail(QStringLiteral("Cannot record the article version"), v.lastError().text());
        return std::nullopt;
    }
    if (!commit())
        return std::nullopt;
    return found;
}

bool AnnotationStore::setReviewState(qint64 articleId, ReviewState state)
{
    if (!begin())
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE articles SET review_state = ? WHERE id = ?"));
    q.addBindValue(reviewStateName(state));
    q.addBindValue(articleId);
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        rollback();
        return failStatement(QStringLiteral("Cannot set the review state"), error);
    }
    return commit();
}

namespace {
constexpr auto kAnnotationColumns = "id, uuid, kind, exact, prefix, suffix, start_cp, end_cp, orphan, comment,"
                                    " status, author, created, modified, correction";

Annotation readAnnotation(const QSqlQuery &q)
{
    Annotation a;
    a.id = QUuid::fromString(q.value(1).toString());
    Annotation::kindFromName(q.value(2).toString(), &a.kind);
    a.anchor.exact = q.value(3).toString();
    a.anchor.prefix = q.value(4).toString();
    a.anchor.suffix = q.value(5).toString();
    a.anchor.start = q.value(6).toLongLong();
    a.anchor.end = q.value(7).toLongLong();
    a.orphan = q.value(8).toInt() != 0;
    a.comment = q.value(9).toString();
    Annotation::statusFromName(q.value(10).toString(), &a.status);
    a.author = q.value(11).toString();
    a.created = parseTime(q.value(12).toString());
    a.modified = parseTime(q.value(13).toString());
    const QByteArray correction = q.value(14).toString().toUtf8();
    if (!correction.isEmpty()) {
        if (auto c = EntityCorrection::fromJson(QJsonDocument::fromJson(correction).object()))
            a.correction = *c;
    }
    return a;
}
} // namespace

QList<Annotation> AnnotationStore::annotations(qint64 articleId) const
{
    QString error;
    auto list = readAnnotations(database(), articleId, &error);
    if (!list) {
        m_error = error;
        return {};
    }
    return *list;
}

namespace {
// The annotations whose `column` (article_id, or uuid for one) is `value`, with their tags and replies.
std::optional<QList<Annotation>> readAnnotationsWhere(const QSqlDatabase &db, const QString &column, const QVariant &value,
                                                      QString *error)
{
    QList<Annotation> result;
    QHash<qint64, qsizetype> rowToIndex;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM annotations WHERE %2 = ? ORDER BY start_cp, end_cp, created, id")
                  .arg(QLatin1String(kAnnotationColumns), column));
    q.addBindValue(value);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    while (q.next()) {
        rowToIndex.insert(q.value(0).toLongLong(), result.size());
        result.append(readAnnotation(q));
    }
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    // Tags and replies of rows not read above are ignored (never indexed blindly).
    QSqlQuery t(db);
    t.setForwardOnly(true);
    t.prepare(QStringLiteral("SELECT t.annotation_id, t.tag FROM annotation_tags t JOIN annotations a"
                             " ON a.id = t.annotation_id WHERE a.%1 = ? ORDER BY t.annotation_id, t.position").arg(column));
    t.addBindValue(value);
    if (!t.exec()) {
        *error = t.lastError().text();
        return std::nullopt;
    }
    while (t.next()) {
        const auto it = rowToIndex.constFind(t.value(0).toLongLong());
        if (it != rowToIndex.constEnd())
            result[*it].tags.append(t.value(1).toString());
    }
    QSqlQuery r(db);
    r.setForwardOnly(true);
    r.prepare(QStringLiteral("SELECT r.annotation_id, r.uuid, r.author, r.created, r.body FROM replies r JOIN annotations a"
                             " ON a.id = r.annotation_id WHERE a.%1 = ? ORDER BY r.annotation_id, r.position").arg(column));
    r.addBindValue(value);
    if (!r.exec()) {
        *error = r.lastError().text();
        return std::nullopt;
    }
    while (r.next()) {
        const auto it = rowToIndex.constFind(r.value(0).toLongLong());
        if (it == rowToIndex.constEnd())
            continue;
        AnnotationReply reply{QUuid::fromString(r.value(1).toString()), r.value(2).toString(),
                              parseTime(r.value(3).toString()), r.value(4).toString()};
        result[*it].replies.append(reply);
    }
    if (t.lastError().isValid() || r.lastError().isValid()) {
        *error = t.lastError().text() + r.lastError().text();
        return std::nullopt;
    }
    return result;
}

} // namespace

std::optional<QList<Annotation>> AnnotationStore::readAnnotations(const QSqlDatabase &db, qint64 articleId,
                                                                  QString *error)
{
    return readAnnotationsWhere(db, QStringLiteral("article_id"), articleId, error);
}

std::optional<Annotation> AnnotationStore::annotation(const QUuid &id) const
{
    // That one row (not its whole article: a server's listener reads each announced change).
    QString error;
    const auto list = readAnnotationsWhere(database(), QStringLiteral("uuid"), uuidText(id), &error);
    if (!list) {
        m_error = error;
        return std::nullopt;
    }
    for (const Annotation &a : *list) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

qint64 AnnotationStore::annotationCount() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM annotations")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

bool AnnotationStore::writeAnnotation(qint64 articleId, const Annotation &a)
{
    if (isServer()) {
        bool conflict = false;
        return writeAnnotationOnServer(articleId, a, -1, &conflict);
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "INSERT INTO annotations (uuid, article_id, kind, exact, prefix, suffix, start_cp, end_cp, orphan, comment,"
        " status, author, created, modified, correction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(uuid) DO UPDATE SET article_id = excluded.article_id, kind = excluded.kind,"
        " exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix, start_cp = excluded.start_cp,"
        " end_cp = excluded.end_cp, orphan = excluded.orphan, comment = excluded.comment, status = excluded.status,"
        " author = excluded.author, created = excluded.created, modified = excluded.modified,"
        " correction = excluded.correction WHERE annotations.article_id = excluded.article_id"));
    q.addBindValue(uuidText(a.id));
    q.addBindValue(articleId);
    q.addBindValue(Annotation::kindName(a.kind));
    q.addBindValue(text(a.anchor.exact));
    q.addBindValue(text(a.anchor.prefix));
    q.addBindValue(text(a.anchor.suffix));
    q.addBindValue(qint64(a.anchor.start));
    q.addBindValue(qint64(a.anchor.end));
    q.addBindValue(a.orphan ? 1 : 0);
    q.addBindValue(text(a.comment));
    q.addBindValue(Annotation::statusName(a.status));
    q.addBindValue(text(a.author));
    q.addBindValue(text(isoTime(a.created))); // an invalid time (a crafted file) is stored empty
    q.addBindValue(text(isoTime(a.modified)));
    q.addBindValue(a.kind == Annotation::Kind::EntityCorrection
                       ? QVariant(QString::fromUtf8(QJsonDocument(a.correction.toJson()).toJson(QJsonDocument::Compact)))
                       : QVariant(QMetaType(QMetaType::QString)));
    if (!q.exec())
        return fail(QStringLiteral("Cannot save the annotation"), q.lastError().text());

    QSqlQuery idQuery(database());
    idQuery.prepare(QStringLiteral("SELECT id, article_id FROM annotations WHERE uuid = ?"));
    idQuery.addBindValue(uuidText(a.id));
    if (!idQuery.exec() || !idQuery.next())
        return fail(QStringLiteral("Cannot save the annotation"), idQuery.lastError().text());
    const qint64 row = idQuery.value(0).toLongLong();
    // A save never moves an annotation off its own article (imports go through importAnnotations).
    if (idQuery.value(1).toLongLong() != articleId)
        return fail(QStringLiteral("Cannot save the annotation"),
                    QStringLiteral("%1 belongs to another article").arg(uuidText(a.id)));

    QSqlQuery clear(database());
    clear.prepare(QStringLiteral("DELETE FROM annotation_tags WHERE annotation_id = ?"));
    clear.addBindValue(row);
    if (!clear.exec())
        return fail(QStringLiteral("Cannot save the tags"), clear.lastError().text());
    clear.prepare(QStringLiteral("DELETE FROM replies WHERE annotation_id = ?"));
    clear.addBindValue(row);
    if (!clear.exec())
        return fail(QStringLiteral("Cannot save the replies"), clear.lastError().text());

    QSqlQuery tag(database());
    tag.prepare(QStringLiteral("INSERT INTO annotation_tags (annotation_id, position, tag) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < a.tags.size(); ++i) {
        tag.addBindValue(row);
        tag.addBindValue(qint64(i));
        tag.addBindValue(text(a.tags.at(i)));
        if (!tag.exec())
            return fail(QStringLiteral("Cannot save the tags"), tag.lastError().text());
    }
    QSqlQuery reply(database());
    reply.prepare(QStringLiteral("INSERT INTO replies (uuid, annotation_id, position, author, created, body)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < a.replies.size(); ++i) {
        const AnnotationReply &r = a.replies.at(i);
        reply.addBindValue(uuidText(r.id));
        reply.addBindValue(row);
        reply.addBindValue(qint64(i));
        reply.addBindValue(text(r.author));
        reply.addBindValue(text(isoTime(r.created)));
        reply.addBindValue(text(r.text));
        if (!reply.exec())
            return fail(QStringLiteral("Cannot save the replies"), reply.lastError().text());
    }
    return true;
}

bool AnnotationStore::saveAnnotation(qint64 articleId, const Annotation &annotation)
{
    return saveAnnotations(articleId, {annotation});
}

bool AnnotationStore::saveAnnotations(qint64 articleId, const QList<Annotation> &list)
{
    if (!begin())
        return false;
    for (const Annotation &a : list) {
        if (!writeAnnotation(articleId, a)) {
            const QString error = m_error;
            rollback();
            m_error = error;
            return false;
        }
    }
    return commit();
}

bool AnnotationStore::removeAnnotation(const QUuid &id)
{
    if (!begin())
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM annotations WHERE uuid = ?"));
    q.addBindValue(uuidText(id));
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        rollback();
        return failStatement(QStringLiteral("Cannot delete the annotation"), error);
    }
    // On a server, row-level security hides another's comment from DELETE: zero rows, no error.
    if (isServer() && q.numRowsAffected() == 0 && annotationVersion(id) > 0) {
        rollback();
        return denied(QStringLiteral("Cannot delete the annotation"));
    }
    return commit();
}

} // namespace Lectern::Core
