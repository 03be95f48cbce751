#include "util/systemuser.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

namespace Lectern::Core::SystemUser {

QString fullName()
{
#if defined(Q_OS_UNIX)
    if (const passwd *pw = ::getpwuid(::getuid())) {
        if (pw->pw_gecos) {
            const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
            if (!full.isEmpty())
                return full;
        }
        if (pw->pw_name && *pw->pw_name)
            return QString::fromLocal8Bit(pw->pw_name).trimmed();
    }
#endif
    for (const char *variable : {"USERNAME", "USER"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace Lectern::Core::SystemUser
