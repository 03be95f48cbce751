#include "storage/databaselocation.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Lectern::Core {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

DatabaseLocation DatabaseLocation::sqliteFile(const QString &path)
{
    DatabaseLocation location;
    location.m_backend = Backend::Sqlite;
    location.m_filePath = QFileInfo(path).absoluteFilePath();
    return location;
}

DatabaseLocation DatabaseLocation::sqliteMemory()
{
    DatabaseLocation location;
    location.m_backend = Backend::Sqlite;
    location.m_filePath = QStringLiteral(":memory:");
    location.m_memory = true;
    return location;
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, tr("No database was given."));
        return std::nullopt;
    }
    if (trimmed == QStringLiteral(":memory:"))
        return sqliteMemory();
    const bool postgres = trimmed.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
    if (!postgres) {
        if (trimmed.startsWith(QStringLiteral("file:"), Qt::CaseInsensitive)) {
            const QUrl url(trimmed);
            if (!url.isValid() || !url.isLocalFile()) {
                setError(error, tr("“%1” is not a file address.").arg(trimmed));
                return std::nullopt;
            }
            return sqliteFile(url.toLocalFile());
        }
        if (trimmed.contains(QStringLiteral("://"))) {
            setError(error, tr("“%1” is neither a file nor a postgresql:// address.").arg(trimmed));
            return std::nullopt;
        }
        return sqliteFile(text); // a file name may start or end with spaces
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        setError(error, tr("“%1” is not a valid PostgreSQL address: %2").arg(trimmed, url.errorString()));
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        setError(error, tr("The PostgreSQL address holds a password: leave it out and put it in ~/.pgpass or "
                           "PGPASSWORD instead."));
        return std::nullopt;
    }
    DatabaseLocation location;
    location.m_backend = Backend::PostgreSql;
    location.m_host = url.host();
    location.m_port = url.port(0);
    location.m_userName = url.userName();
    location.m_databaseName = url.path().mid(1); // "/dbname"
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QStringLiteral("password")) {
            setError(error, tr("The PostgreSQL address holds a password: leave it out and put it in ~/.pgpass or "
                               "PGPASSWORD instead."));
            return std::nullopt;
        }
        location.m_options.insert(key, value);
    }
    return location;
}

QString DatabaseLocation::displayName() const
{
    if (m_backend == Backend::Sqlite)
        return m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_userName);
    url.setHost(m_host);
    if (m_port > 0)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_databaseName);
    QUrlQuery query;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    return url.toString();
}

} // namespace Lectern::Core
