#include "library/foreignlibrary.h"

#include "library/librarylog.h"
#include "library/libraryschema.h"
#include "review/annotationstore.h"
#include "review/reviewschema.h"
#include "storage/database.h"
#include "storage/sqliteformat.h"

#include <QFile>
#include <QHash>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace Lectern::Core {

namespace {

struct SchemaObject
{
    QString type;
    QString name;
    QString table;
    QString sql;
    friend bool operator==(const SchemaObject &, const SchemaObject &) = default;
};

QList<SchemaObject> schemaOf(const QSqlDatabase &db, QString *error)
{
    QList<SchemaObject> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"))) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    if (q.lastError().isValid())
        *error = q.lastError().text();
    return out;
}

// What this Lectern's migrations create (schema_migrations included) when each module stops at
// the version given (a library exported by an older Lectern), built in memory by the same steps.
QList<SchemaObject> referenceSchema(const QHash<QString, int> &versions)
{
    QList<Migration> steps = LibrarySchema::withDependencies();
    steps.removeIf([&versions](const Migration &m) { return m.version > versions.value(m.module); });
    QList<SchemaObject> out;
    QString error;
    const std::shared_ptr<Database> db = Database::open(DatabaseLocation::sqliteMemory(), Database::Access::ReadWrite, &error);
    if (db && db->migrate(steps))
        out = schemaOf(db->connection(), &error);
    return out;
}

QHash<QString, int> latestVersions()
{
    return {{QString::fromLatin1(ReviewSchema::module), ReviewSchema::latestVersion()},
            {QString::fromLatin1(LibrarySchema::module), LibrarySchema::latestVersion()}};
}

// A library exported before per-module versions (PRAGMA user_version 3) has the steps that
// number already held, and no table of versions.
QList<SchemaObject> legacyReferenceSchema()
{
    QHash<QString, int> versions;
    for (const Migration &m : LibrarySchema::withDependencies())
        if (m.legacyUserVersion > 0 && m.legacyUserVersion <= SqliteFormat::lastLegacyUserVersion)
            versions[m.module] = std::max(versions.value(m.module), m.version);
    QList<SchemaObject> out = referenceSchema(versions);
    out.removeIf([](const SchemaObject &o) { return o.table == QLatin1String(Database::migrationTable); });
    return out;
}

// The module versions the file records in schema_migrations (each known, 1 … latest), or why
// it is refused: {title, detail}.
std::optional<std::pair<QString, QString>> readModuleVersions(const QSqlDatabase &database,
                                                              const QList<SchemaObject> &found, QHash<QString, int> *out)
{
    // Its rows are read only once the table is defined exactly as ours.
    const QString table = QString::fromLatin1(Database::migrationTable);
    const QList<SchemaObject> reference = referenceSchema(latestVersions());
    const auto ours = std::find_if(reference.cbegin(), reference.cend(),
                                   [&](const SchemaObject &o) { return o.type == QStringLiteral("table") && o.name == table; });
    const auto theirs = std::find_if(found.cbegin(), found.cend(),
                                     [&](const SchemaObject &o) { return o.type == QStringLiteral("table") && o.name == table; });
    if (ours == reference.cend())
        return std::make_pair(QStringLiteral("Cannot import the library"), QStringLiteral("the reference schema could not be built"));
    if (theirs == found.cend() || !(*theirs == *ours))
        return std::make_pair(QStringLiteral("Not a Lectern library"), QStringLiteral("its table of schema versions is missing or not Lectern's"));
    QSqlQuery q(database);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT module, MAX(version) FROM %1 GROUP BY module ORDER BY module")
                    .arg(QLatin1String(Database::migrationTable))))
        return std::make_pair(QStringLiteral("Not a Lectern library"), q.lastError().text());
    QHash<QString, qint64> versions;
    while (q.next())
        versions.insert(q.value(0).toString(), q.value(1).toLongLong());
    const QHash<QString, int> known = latestVersions();
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        const QString &module = it.key();
        const int latest = it.value();
        const qint64 version = versions.value(module);
        if (version > latest)
            return std::make_pair(QStringLiteral("The library was written by a newer Lectern"),
                        QStringLiteral("its “%1” tables are at version %2, this version knows up to %3")
                            .arg(module)
                            .arg(version)
                            .arg(latest));
        if (version < 1)
            return std::make_pair(QStringLiteral("Not a Lectern library"), QStringLiteral("it has no “%1” tables").arg(module));
        // An older Lectern's library: its schema is checked against that version's.
        out->insert(module, int(version));
    }
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        if (!known.contains(it.key()) && it.key() != QLatin1String("legacy"))
            return std::make_pair(QStringLiteral("The library was written by a newer Lectern"),
                        QStringLiteral("it has “%1” tables, unknown to this version").arg(it.key()));
    return std::nullopt;
}


bool isFtsShadow(const QString &name)
{
    return name.startsWith(QStringLiteral("library_fts_"));
}

} // namespace

ForeignLibrary::ForeignLibrary()
    : m_connection(QStringLiteral("lectern-foreign-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ForeignLibrary::~ForeignLibrary()
{
    close();
}

QSqlDatabase ForeignLibrary::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool ForeignLibrary::fail(const QString &what, const QString &detail) const
{
    m_error = detail.isEmpty() ? what : what + QStringLiteral(": ") + detail;
    qCWarning(lcLibrary) << m_file << m_error;
    return false;
}

void ForeignLibrary::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ForeignLibrary::open(const QString &file)
{
    close();
    m_error.clear();
    m_problems.clear();
    const QFileInfo info(file);
    m_file = info.absoluteFilePath();
    if (!info.isFile())
        return fail(QStringLiteral("Cannot import the library"), QStringLiteral("%1 does not exist").arg(file));
    if (info.size() == 0)
        return fail(QStringLiteral("Not a Lectern library"), QStringLiteral("the file is empty"));
    // immutable=1 ignores a -wal file: a library still being written (not exported) would be
    // read without its latest changes, so it is refused.
    const QFileInfo wal(m_file + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return fail(QStringLiteral("Cannot import the library"),
                    QStringLiteral("it is in use (it has a -wal file beside it); export it with “lectern library export”"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        QUrl uri = QUrl::fromLocalFile(m_file);
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return fail(QStringLiteral("Cannot open the library file"), detail);
        }
    }
    if (!configure() || !checkSchema() || !checkIntegrity() || !checkBounds()) {
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    return true;
}

bool ForeignLibrary::configure()
{
    // Before the first statement (which parses the schema): nothing the file says may run.
    const QVariant handle = database().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(QStringLiteral("Cannot open the library file"), QStringLiteral("no SQLite handle"));
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db)
        return fail(QStringLiteral("Cannot open the library file"), QStringLiteral("no SQLite handle"));
    int on = -1;
    bool ok = sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &on) == SQLITE_OK && on == 1;
    ok = ok && sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on) == SQLITE_OK && on == 0;
    ok = ok && sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &on) == SQLITE_OK && on == 0;
    ok = ok && sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &on) == SQLITE_OK && on == 0;
    ok = ok && sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &on) == SQLITE_OK && on == 0;
    if (!ok)
        return fail(QStringLiteral("Cannot open the library file"), QStringLiteral("SQLite's defensive mode is not available"));
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, int(maxValueBytes));
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA trusted_schema=OFF")) || !q.exec(QStringLiteral("PRAGMA query_only=ON")))
        return fail(QStringLiteral("Cannot open the library file"), q.lastError().text());
    return true;
}

bool ForeignLibrary::checkSchema()
{
    QSqlQuery v(database());
    if (!v.exec(QStringLiteral("PRAGMA user_version")) || !v.next())
        return fail(QStringLiteral("Not a Lectern library"), v.lastError().text());
    const int version = v.value(0).toInt();
    v.finish();
    const bool legacy = version == SqliteFormat::lastLegacyUserVersion;
    if (version > SqliteFormat::lastLegacyUserVersion && version != SqliteFormat::moduleVersions)
        return fail(QStringLiteral("The library was written by a newer Lectern"),
                    QStringLiteral("storage format %1, unknown to this version").arg(version));
    if (version < SqliteFormat::lastLegacyUserVersion)
        return fail(QStringLiteral("Not a Lectern library"),
                    version == 0 ? QStringLiteral("it holds no Lectern schema")
                                 : QStringLiteral("schema version %1 has no library").arg(version));
    QString error;
    const QList<SchemaObject> found = schemaOf(database(), &error);
    if (!error.isEmpty())
        return fail(QStringLiteral("Not a Lectern library"), error);
    QHash<QString, int> versions;
    if (!legacy)
        if (const auto refusal = readModuleVersions(database(), found, &versions))
            return fail(refusal->first, refusal->second);
    const QList<SchemaObject> expected = legacy ? legacyReferenceSchema() : referenceSchema(versions);
    if (expected.isEmpty())
        return fail(QStringLiteral("Cannot import the library"), QStringLiteral("the reference schema could not be built"));
    for (const SchemaObject &object : found) {
        const auto match = std::find_if(expected.cbegin(), expected.cend(), [&](const SchemaObject &e) {
            return e.type == object.type && e.name == object.name;
        });
        // The FTS5 shadow tables are written by SQLite (their text may differ between versions);
        // they are never read from the file.
        const bool same = match != expected.cend()
            && (*match == object || (object.type == QStringLiteral("table") && isFtsShadow(object.name)
                                     && object.table == match->table));
        if (!same)
            return fail(QStringLiteral("The library file is refused"),
                        match == expected.cend()
                            ? QStringLiteral("it holds %1 “%2” that a Lectern library does not have")
                                  .arg(object.type == QStringLiteral("index") ? QStringLiteral("an index")
                                                                              : QStringLiteral("a ") + object.type,
                                       object.name)
                            : QStringLiteral("its %1 “%2” is not defined as in a Lectern library").arg(object.type, object.name));
    }
    QList<SchemaObject> tablesFirst = expected;
    std::stable_sort(tablesFirst.begin(), tablesFirst.end(), [](const SchemaObject &a, const SchemaObject &b) {
        return (a.type == QStringLiteral("table")) > (b.type == QStringLiteral("table"));
    });
    for (const SchemaObject &e : tablesFirst) {
        if (!found.contains(e) && !(isFtsShadow(e.name) && std::any_of(found.cbegin(), found.cend(), [&](const SchemaObject &f) {
                                     return f.type == e.type && f.name == e.name;
                                 })))
            return fail(QStringLiteral("The library file is refused"),
                        QStringLiteral("its %1 “%2” is missing").arg(e.type, e.name));
    }
    return true;
}

QString ForeignLibrary::readFailure(const QString &table) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // Reads every row and column (length() of each value) without keeping them.
    QSqlQuery columns(database());
    QStringList lengths;
    if (columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
        while (columns.next())
            lengths << QStringLiteral("length(\"%1\")").arg(columns.value(0).toString());
    if (lengths.isEmpty())
        return QStringLiteral("no columns");
    if (!q.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(lengths.join(QStringLiteral(", ")), table)))
        return q.lastError().text();
    while (q.next()) {
    }
    return q.lastError().isValid() ? q.lastError().text() : QString();
}

bool ForeignLibrary::checkIntegrity()
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    QStringList lines;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(20)")))
        lines << q.lastError().text();
    while (q.next())
        lines << q.value(0).toString();
    if (q.lastError().isValid())
        lines << q.lastError().text();
    q.finish();
    lines.removeIf([](const QString &line) { return line.startsWith(QStringLiteral("*** in database")); });
    if (lines != QStringList{QStringLiteral("ok")}) {
        QStringList unreadable;
        for (const QString &table : {QStringLiteral("articles"), QStringLiteral("library_articles"),
                                     QStringLiteral("annotations"), QStringLiteral("annotation_tags"),
                                     QStringLiteral("replies"), QStringLiteral("library_entities"),
                                     QStringLiteral("library_mentions"), QStringLiteral("article_versions")}) {
            if (!readFailure(table).isEmpty())
                unreadable << table;
        }
        return fail(QStringLiteral("The library file is damaged and was not imported"),
                    (unreadable.isEmpty() ? QString() : QStringLiteral("cannot read %1; ").arg(unreadable.join(QStringLiteral(", "))))
                        + QStringLiteral("integrity check: %1").arg(lines.value(0).simplified()));
    }
    QSqlQuery fk(database());
    fk.setForwardOnly(true);
    if (!fk.exec(QStringLiteral("SELECT \"table\", count(*) FROM pragma_foreign_key_check GROUP BY \"table\" ORDER BY \"table\"")))
        return fail(QStringLiteral("The library file is damaged and was not imported"), fk.lastError().text());
    while (fk.next())
        m_problems << QStringLiteral("%1 rows of %2 belong to nothing and were not imported")
                          .arg(fk.value(1).toLongLong())
                          .arg(fk.value(0).toString());
    return true;
}

bool ForeignLibrary::checkBounds()
{
    // Each check counts rows beyond a limit; any is a crafted or broken file, refused whole.
    struct Check
    {
        const char *what;
        QString sql;
    };
    const QString field = QString::number(maxFieldChars);
    const QString note = QString::number(maxNoteChars);
    const QList<Check> checks = {
        {"article text, title or metadata beyond the import limits",
         QStringLiteral("SELECT count(*) FROM library_articles l JOIN articles a ON a.id = l.article_id WHERE"
                        " typeof(l.body) <> 'text' OR length(l.body) > %1 OR length(a.title) > %2 OR length(a.url) > %2"
                        " OR length(a.source_path) > %2 OR length(l.site) > %2 OR length(l.format) > %2"
                        " OR length(l.authors) > %2 OR length(l.published) > 64 OR typeof(a.review_state) <> 'text'")
             .arg(maxBodyChars)
             .arg(field)},
        {"a figure count out of range",
         QStringLiteral("SELECT count(*) FROM library_articles WHERE typeof(figure_count) <> 'integer'"
                        " OR figure_count NOT BETWEEN 0 AND %1")
             .arg(maxPerKind)},
        {"a mention count or offset out of range",
         QStringLiteral("SELECT count(*) FROM library_mentions m JOIN library_articles l ON l.article_id = m.article_id"
                        " WHERE typeof(m.mention_count) <> 'integer' OR m.mention_count NOT BETWEEN 1 AND max(1, length(l.body))"
                        " OR typeof(m.first_offset) <> 'integer' OR m.first_offset NOT BETWEEN 0 AND length(l.body)"
                        " OR length(m.aliases) > %1 OR length(m.roles) > %1")
             .arg(field)},
        {"an entity name beyond the limits",
         QStringLiteral("SELECT count(*) FROM library_entities WHERE length(name) > %1 OR typeof(name) <> 'text'").arg(field)},
        {"more mentions of people and organizations in an article than an import keeps",
         QStringLiteral("SELECT count(*) FROM (SELECT sum(mention_count) AS n FROM library_mentions GROUP BY article_id)"
                        " WHERE n > %1")
             .arg(maxMentionsPerArticle)},
        {"more people or organizations in an article than an import finds",
         QStringLiteral("SELECT count(*) FROM (SELECT count(*) AS n FROM library_mentions GROUP BY article_id)"
                        " WHERE n > %1")
             .arg(2 * maxPerKind)},
        {"more annotations in an article than an import takes",
         QStringLiteral("SELECT count(*) FROM (SELECT count(*) AS n FROM annotations GROUP BY article_id) WHERE n > %1")
             .arg(maxAnnotationsPerArticle)},
        {"an annotation beyond the limits",
         QStringLiteral("SELECT count(*) FROM annotations WHERE length(exact) > %1 OR length(prefix) > %1"
                        " OR length(suffix) > %1 OR length(comment) > %1 OR length(author) > %2 OR length(correction) > %1"
                        " OR typeof(start_cp) <> 'integer' OR typeof(end_cp) <> 'integer'"
                        " OR start_cp NOT BETWEEN 0 AND %3 OR end_cp NOT BETWEEN start_cp AND %3")
             .arg(note, field)
             .arg(maxBodyChars)},
        {"too many tags on an annotation, or a tag beyond the limits",
         QStringLiteral("SELECT (SELECT count(*) FROM annotation_tags WHERE length(tag) > %1)"
                        " + (SELECT count(*) FROM (SELECT count(*) AS n FROM annotation_tags GROUP BY annotation_id)"
                        " WHERE n > %2)")
             .arg(field)
             .arg(maxTagsPerAnnotation)},
        {"too many replies on an annotation, or a reply beyond the limits",
         QStringLiteral("SELECT (SELECT count(*) FROM replies WHERE length(body) > %1 OR length(author) > %2)"
                        " + (SELECT count(*) FROM (SELECT count(*) AS n FROM replies GROUP BY annotation_id) WHERE n > %3)")
             .arg(note, field)
             .arg(maxRepliesPerAnnotation)},
    };
    for (const Check &check : checks) {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (!q.exec(check.sql) || !q.next())
            return fail(QStringLiteral("The library file is refused"), q.lastError().text());
        if (const qint64 n = q.value(0).toLongLong(); n > 0)
            return fail(QStringLiteral("The library file is refused"),
                        QStringLiteral("it holds %1 (%2 rows)").arg(QLatin1String(check.what)).arg(n));
    }
    return true;
}

QList<qint64> ForeignLibrary::articleIds() const
{
    QList<qint64> ids;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT a.id FROM library_articles l JOIN articles a ON a.id = l.article_id ORDER BY a.id")))
        while (q.next())
            ids.append(q.value(0).toLongLong());
    if (q.lastError().isValid())
        fail(QStringLiteral("Cannot read the library file"), q.lastError().text());
    return ids;
}

std::optional<ForeignLibrary::ArticleRow> ForeignLibrary::article(qint64 id) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.title, a.url, a.source_path, a.review_state, l.published, l.site, l.format,"
                             " l.authors, l.body, l.figure_count FROM library_articles l JOIN articles a"
                             " ON a.id = l.article_id WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        fail(QStringLiteral("Cannot read article %1 of the library file").arg(id), q.lastError().text());
        return std::nullopt;
    }
    ArticleRow row;
    row.id = id;
    Article &article = row.article;
    article.title = q.value(0).toString();
    article.url = q.value(1).toString();
    article.sourcePath = q.value(2).toString();
    reviewStateFromName(q.value(3).toString(), &row.state);
    const QString published = q.value(4).toString();
    article.published = QDateTime::fromString(published, Qt::ISODate);
    article.publishedHasTime = published.size() > 10;
    article.site = q.value(5).toString();
    article.format = q.value(6).toString();
    article.authors = q.value(7).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts);
    // The body is the blocks joined by the separator: splitting gives the same text and hash.
    for (const QString &paragraph : q.value(8).toString().split(Article::blockSeparator()))
        article.blocks.append(Block{Block::Kind::Paragraph, paragraph});
    // Checked in checkBounds(); clamped again so a value can never size an allocation.
    row.figureCount = int(std::clamp<qint64>(q.value(9).toLongLong(), 0, maxPerKind));
    return row;
}

std::optional<ExtractionResult> ForeignLibrary::entities(qint64 id) const
{
    ExtractionResult entities;
    QSqlQuery m(database());
    m.setForwardOnly(true);
    m.prepare(QStringLiteral("SELECT e.type, e.name, m.aliases, m.roles, m.mention_count, m.first_offset"
                             " FROM library_mentions m JOIN library_entities e ON e.id = m.entity_id"
                             " WHERE m.article_id = ? ORDER BY e.id"));
    m.addBindValue(id);
    if (!m.exec()) {
        fail(QStringLiteral("Cannot read the people and organizations of article %1").arg(id), m.lastError().text());
        return std::nullopt;
    }
    while (m.next()) {
        Entity e;
        const bool person = m.value(0).toString() == entityKindId(EntityKind::Person);
        e.type = person ? EntityKind::Person : EntityKind::Organization;
        e.name = m.value(1).toString();
        e.aliases = m.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        e.roles = m.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const qsizetype start = m.value(5).toLongLong();
        const qsizetype count = std::clamp<qint64>(m.value(4).toLongLong(), 1, maxMentionsPerArticle);
        QList<Entity> &list = person ? entities.people : entities.organizations;
        if (list.size() >= maxPerKind)
            continue;
        e.mentions.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            e.mentions.append(Mention{Span{start, start + e.name.size()}, e.name});
        list.append(e);
    }
    if (m.lastError().isValid()) {
        fail(QStringLiteral("Cannot read the people and organizations of article %1").arg(id), m.lastError().text());
        return std::nullopt;
    }
    return entities;
}

std::optional<QList<Annotation>> ForeignLibrary::annotations(qint64 id) const
{
    QString error;
    auto list = AnnotationStore::readAnnotations(database(), id, &error);
    if (!list)
        fail(QStringLiteral("Cannot read the annotations of article %1").arg(id), error);
    return list;
}

} // namespace Lectern::Core
