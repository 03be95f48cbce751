#pragma once

#include <QString>

namespace Lectern::Core::SystemUser {

// The name the operating system knows the current user by, to prefill the reviewer name:
// on Unix the full name of the passwd entry (the GECOS field up to its first comma, as
// `getent passwd $USER` shows it), else the login name; elsewhere the USERNAME or USER
// environment variable. Trimmed; "" when nothing is known.
QString fullName();

} // namespace Lectern::Core::SystemUser
