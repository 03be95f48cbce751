#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Lectern::Core {

// The administration of a PostgreSQL team server (#17), one service for `lectern server` and
// any later GUI: creating or migrating the review schema (ReviewSchema::serverMigrations(), with
// its group roles and row-level security) and giving a server user one of the three roles.
// Both connect as the user of the address, who must be allowed to do it (the database's owner
// with CREATEROLE, or a superuser, for init; an admin for grant). Errors: nullopt / false and
// *error, a translated sentence (the server's words only after it).
class ReviewServer final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::ReviewServer)
public:
    enum class Role { Reviewer, Editor, Admin };
    static std::optional<Role> roleNamed(const QString &name); // "reviewer", "editor", "admin"
    static QString roleName(Role role);
    static QString groupRole(Role role); // lectern_reviewer…

    struct InitReport
    {
        int fromVersion = 0; // the review tables' version before (0: none)
        int toVersion = 0;
    };
    // Creates the schema on an empty server database or migrates it to this Lectern's version
    // (a newer one is refused, untouched).
    static std::optional<InitReport> init(const QString &location, QString *error);
    // Makes `user` (an existing login role) a member of exactly one of the Lectern roles.
    static bool grant(const QString &location, const QString &user, Role role, QString *error);
};

} // namespace Lectern::Core
