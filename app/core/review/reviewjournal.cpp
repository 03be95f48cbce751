#include "review/reviewjournal.h"

#include "review/webannotationjson.h"
#include "util/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Lectern::Core {

namespace {

const QString kModule = QStringLiteral("journal");

QList<Migration> journalMigrations()
{
    Migration first;
    first.module = kModule;
    first.version = 1;
    first.description = QStringLiteral("offline writes to a team server, and their articles");
    first.statements = {
        QStringLiteral("CREATE TABLE journal_articles (content_hash TEXT PRIMARY KEY, url TEXT NOT NULL,"
                       " source_path TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE journal_entries (sequence INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " uuid TEXT NOT NULL UNIQUE, operation TEXT NOT NULL CHECK (operation IN ('save', 'remove')),"
                       " annotation TEXT, based_on_version INTEGER NOT NULL,"
                       " article_hash TEXT NOT NULL REFERENCES journal_articles (content_hash),"
                       " queued TEXT NOT NULL, refused TEXT)"),
    };
    return {first};
}

QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

ReviewJournal::ReviewJournal() = default;
ReviewJournal::~ReviewJournal() = default;

bool ReviewJournal::fail(const QString &what, const QString &detail) const
{
    m_error = tr("The offline journal %1 cannot be used: %2").arg(m_path, what + QStringLiteral(": ") + detail);
    qCWarning(lcReview) << m_error;
    return false;
}

QString ReviewJournal::defaultPath(const QString &serverLocation)
{
    // The address holds no password (DatabaseLocation refuses one); its hash names the file.
    const QByteArray key = QCryptographicHash::hash(serverLocation.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals/")
        + QString::fromLatin1(key) + QStringLiteral(".sqlite");
}

bool ReviewJournal::open(const QString &path)
{
    m_db.reset();
    m_path = path;
    m_error.clear();
    QString error;
    std::shared_ptr<Database> db = Database::open(DatabaseLocation::sqliteFile(path), Database::Access::ReadWrite, &error);
    if (!db) {
        m_error = error;
        return false;
    }
    if (!db->migrate(journalMigrations())) {
        m_error = db->errorString();
        return false;
    }
    m_db = std::move(db);
    return true;
}

bool ReviewJournal::append(const Article &article, Operation operation, const Annotation &annotation, int basedOnVersion)
{
    if (!m_db)
        return fail(QStringLiteral("append"), QStringLiteral("not open"));
    const QString uuid = annotation.id.toString(QUuid::WithoutBraces);
    const QString hash = article.contentHash();
    m_error.clear();
    return m_db->transaction([&] {
        QSqlDatabase db = m_db->connection();
        QSqlQuery a(db);
        a.prepare(QStringLiteral("INSERT OR IGNORE INTO journal_articles (content_hash, url, source_path, title, body)"
                                 " VALUES (?, ?, ?, ?, ?)"));
        a.addBindValue(hash);
        a.addBindValue(nonNull(article.url));
        a.addBindValue(nonNull(article.sourcePath.isEmpty() ? QString() : QFileInfo(article.sourcePath).absoluteFilePath()));
        a.addBindValue(nonNull(article.title));
        a.addBindValue(nonNull(article.text()));
        if (!a.exec())
            return fail(QStringLiteral("keeping the article"), a.lastError().text());
        const QVariant json = operation == Operation::Save
            ? QVariant(QString::fromUtf8(QJsonDocument(WebAnnotationJson::annotationToJson(annotation, QString()))
                                             .toJson(QJsonDocument::Compact)))
            : QVariant(QMetaType(QMetaType::QString));
        const QString op = operation == Operation::Save ? QStringLiteral("save") : QStringLiteral("remove");
        // A later change of a pending annotation replaces its content, keeps its place and base.
        QSqlQuery e(db);
        e.prepare(QStringLiteral(
            "INSERT INTO journal_entries (uuid, operation, annotation, based_on_version, article_hash, queued)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET operation = excluded.operation,"
            " annotation = excluded.annotation, article_hash = excluded.article_hash, refused = NULL"));
        e.addBindValue(uuid);
        e.addBindValue(op);
        e.addBindValue(json);
        e.addBindValue(basedOnVersion);
        e.addBindValue(hash);
        e.addBindValue(Annotation::now().toString(Qt::ISODateWithMs));
        if (!e.exec())
            return fail(QStringLiteral("keeping the change"), e.lastError().text());
        return true;
    }) || (m_error.isEmpty() ? fail(QStringLiteral("commit"), m_db->errorString()) : false);
}

QList<ReviewJournal::Entry> ReviewJournal::pending() const
{
    QList<Entry> entries;
    if (!m_db)
        return entries;
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT sequence, uuid, operation, annotation, based_on_version, article_hash"
                               " FROM journal_entries WHERE refused IS NULL ORDER BY sequence"))) {
        fail(QStringLiteral("reading"), q.lastError().text());
        return entries;
    }
    while (q.next()) {
        Entry entry;
        entry.sequence = q.value(0).toLongLong();
        entry.operation = q.value(2).toString() == QStringLiteral("remove") ? Operation::Remove : Operation::Save;
        entry.basedOnVersion = q.value(4).toInt();
        entry.articleHash = q.value(5).toString();
        if (entry.operation == Operation::Save) {
            QString error;
            const QJsonDocument json = QJsonDocument::fromJson(q.value(3).toString().toUtf8());
            const auto annotation = WebAnnotationJson::annotationFromJson(json.object(), &error);
            if (!annotation) {
                qCWarning(lcReview) << "journal entry" << entry.sequence << "cannot be read:" << error;
                continue;
            }
            entry.annotation = *annotation;
        }
        entry.annotation.id = QUuid::fromString(q.value(1).toString());
        entries.append(entry);
    }
    return entries;
}

int ReviewJournal::pendingCount() const
{
    if (!m_db)
        return -1;
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM journal_entries WHERE refused IS NULL")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int ReviewJournal::refusedCount() const
{
    if (!m_db)
        return -1;
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM journal_entries WHERE refused IS NOT NULL")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool ReviewJournal::remove(qint64 sequence)
{
    if (!m_db)
        return false;
    return m_db->transaction([&] {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("DELETE FROM journal_entries WHERE sequence = ?"));
        q.addBindValue(sequence);
        if (!q.exec())
            return fail(QStringLiteral("removing a sent change"), q.lastError().text());
        QSqlQuery orphans(m_db->connection());
        if (!orphans.exec(QStringLiteral("DELETE FROM journal_articles WHERE content_hash NOT IN"
                                         " (SELECT article_hash FROM journal_entries)")))
            return fail(QStringLiteral("removing a sent article"), orphans.lastError().text());
        return true;
    });
}

bool ReviewJournal::markRefused(qint64 sequence, const QString &reason)
{
    if (!m_db)
        return false;
    return m_db->transaction([&] {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE journal_entries SET refused = ? WHERE sequence = ?"));
        q.addBindValue(nonNull(reason));
        q.addBindValue(sequence);
        return q.exec() || fail(QStringLiteral("marking a refused change"), q.lastError().text());
    });
}

std::optional<Article> ReviewJournal::article(const QString &contentHash) const
{
    if (!m_db)
        return std::nullopt;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT url, source_path, title, body FROM journal_articles WHERE content_hash = ?"));
    q.addBindValue(contentHash);
    if (!q.exec() || !q.next()) {
        fail(QStringLiteral("reading an article"), q.lastError().text());
        return std::nullopt;
    }
    Article a;
    a.url = q.value(0).toString();
    a.sourcePath = q.value(1).toString();
    a.title = q.value(2).toString();
    // Split and joined again by the same separator, the body (and so its hash) is the kept one.
    const QStringList blocks = q.value(3).toString().split(Article::blockSeparator());
    for (const QString &text : blocks)
        a.blocks.append(Block{Block::Kind::Paragraph, text});
    return a;
}

} // namespace Lectern::Core
