#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace Lectern::Core {

// Where a database is, and which backend serves it. Parsed from what a user types after --db or
// in Preferences:
//   /path/to/lectern.sqlite, relative/path, file:///path   an SQLite file (the default backend)
//   :memory:                                                 an SQLite database in memory, one per
//                                                            connection (tests, reference schemas)
//   postgresql://user@host:port/dbname?sslmode=require       a PostgreSQL server (libpq's URI form;
//   postgres://…                                             the same)
// A password in a URI is refused: it would end up in settings and shell history (libpq reads
// ~/.pgpass and PGPASSWORD itself).
class DatabaseLocation final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::DatabaseLocation)
public:
    enum class Backend { Sqlite, PostgreSql };

    // nullopt and *error (a translated sentence) when the text is not a location.
    static std::optional<DatabaseLocation> parse(const QString &text, QString *error = nullptr);
    static DatabaseLocation sqliteFile(const QString &path); // made absolute
    static DatabaseLocation sqliteMemory();

    Backend backend() const { return m_backend; }
    // SQLite: the absolute file path (":memory:" in memory).
    QString filePath() const { return m_filePath; }
    bool isMemory() const { return m_memory; }
    // PostgreSQL: the parts of the URI (port 0: the default; options: sslmode and the other
    // query parameters of the URI, sorted by name).
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    QString userName() const { return m_userName; }
    QMap<QString, QString> options() const { return m_options; }

    // For messages and logs: the file path, or the URI (it holds no password).
    QString displayName() const;

    friend bool operator==(const DatabaseLocation &, const DatabaseLocation &) = default;

private:
    DatabaseLocation() = default;
    Backend m_backend = Backend::Sqlite;
    QString m_filePath;
    bool m_memory = false;
    QString m_host;
    int m_port = 0;
    QString m_databaseName;
    QString m_userName;
    QMap<QString, QString> m_options;
};

} // namespace Lectern::Core
