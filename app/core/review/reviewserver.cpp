#include "review/reviewserver.h"

#include "review/annotationstore.h"
#include "review/reviewschema.h"
#include "storage/database.h"
#include "util/logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Lectern::Core {

namespace {

std::shared_ptr<Database> openServer(const QString &location, QString *error)
{
    QString detail;
    const auto parsed = DatabaseLocation::parse(location, &detail);
    if (!parsed) {
        *error = detail;
        return nullptr;
    }
    if (parsed->backend() != DatabaseLocation::Backend::PostgreSql) {
        *error = ReviewServer::tr("%1 is not a team server: give its postgresql://user@host:port/database address.")
                     .arg(parsed->displayName());
        return nullptr;
    }
    return Database::open(*parsed, Database::Access::ReadWrite, error);
}

} // namespace

std::optional<ReviewServer::Role> ReviewServer::roleNamed(const QString &name)
{
    for (Role role : {Role::Reviewer, Role::Editor, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QString ReviewServer::roleName(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString ReviewServer::groupRole(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return QString::fromLatin1(ReviewSchema::reviewerRole);
    case Role::Editor:
        return QString::fromLatin1(ReviewSchema::editorRole);
    case Role::Admin:
        return QString::fromLatin1(ReviewSchema::adminRole);
    }
    return {};
}

std::optional<ReviewServer::InitReport> ReviewServer::init(const QString &location, QString *error)
{
    std::shared_ptr<Database> db = openServer(location, error);
    if (!db)
        return std::nullopt;
    InitReport report;
    report.fromVersion = db->moduleVersion(QString::fromLatin1(ReviewSchema::module));
    if (report.fromVersion < 0) {
        *error = db->errorString();
        return std::nullopt;
    }
    db->setSchemaChangesAllowed(true); // the one place a shared server is migrated
    if (!db->migrate(ReviewSchema::serverMigrations())) {
        *error = db->errorString();
        return std::nullopt;
    }
    report.toVersion = db->moduleVersion(QString::fromLatin1(ReviewSchema::module));
    qCInfo(lcReview) << "team server" << db->displayName() << "review schema" << report.fromVersion << "->"
                     << report.toVersion;
    return report;
}

bool ReviewServer::grant(const QString &location, const QString &user, Role role, QString *error)
{
    AnnotationStore store; // checks that the schema is there and current
    if (!store.open(location)) {
        *error = store.errorString();
        return false;
    }
    if (!store.isServer()) {
        *error = tr("%1 is not a team server: give its postgresql://user@host:port/database address.").arg(location);
        return false;
    }
    QSqlDatabase db = store.connection();
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"));
    find.addBindValue(user);
    if (!find.exec()) {
        *error = tr("Cannot read the users of the team server %1 (%2).").arg(store.path(), find.lastError().text());
        return false;
    }
    if (!find.next() || !find.value(0).toBool()) {
        *error = tr("The team server %1 has no user “%2” who may log in: create it first (for example with "
                    "createuser, or CREATE ROLE … LOGIN).")
                     .arg(store.path(), user);
        return false;
    }
    const QString who = db.driver()->escapeIdentifier(user, QSqlDriver::FieldName);
    if (!store.begin()) {
        *error = store.errorString();
        return false;
    }
    // Only the memberships the user has are revoked (revoking lectern_admin needs its admin
    // option, which only the server's owner has: an admin still moves reviewers and editors).
    QSqlQuery member(db);
    member.prepare(QStringLiteral("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
                                  " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ?"));
    member.addBindValue(user);
    QStringList held;
    if (member.exec()) {
        while (member.next())
            held << member.value(0).toString();
    }
    QStringList statements;
    for (Role other : {Role::Reviewer, Role::Editor, Role::Admin}) {
        if (other != role && held.contains(groupRole(other)))
            statements << QStringLiteral("REVOKE %1 FROM %2").arg(groupRole(other), who);
    }
    statements << QStringLiteral("GRANT %1 TO %2").arg(groupRole(role), who);
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            const QSqlError e = q.lastError();
            store.rollback();
            if (Database::classify(e) == Database::Failure::PermissionDenied)
                *error = tr("The team server %1 does not let you give roles: connect as its administrator (%2).")
                             .arg(store.path(), e.databaseText().simplified());
            else
                *error = tr("Cannot give the role on the team server %1 (%2).").arg(store.path(), e.text());
            return false;
        }
    }
    if (!store.commit()) {
        *error = store.errorString();
        return false;
    }
    qCInfo(lcReview) << "team server" << store.path() << ":" << user << "is now" << roleName(role);
    return true;
}

} // namespace Lectern::Core
