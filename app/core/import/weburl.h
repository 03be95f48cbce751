#pragma once

#include <QString>

namespace Lectern::Core::WebUrl {

// candidate (trimmed) when it is an absolute http:// or https:// URL with a host; otherwise
// (javascript:, file:, data:, relative or malformed addresses) an empty string. An article's
// address is shown, linked and encoded into QR codes, so only web addresses from a file are kept.
QString sanitized(const QString &candidate);

} // namespace Lectern::Core::WebUrl
