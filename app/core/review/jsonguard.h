#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace Lectern::Core::JsonGuard {

// Parses JSON from an untrusted file: refuses input larger than maxBytes or nested deeper than
// maxDepth (checked on the raw bytes before Qt's parser sees them), and reports parse errors with
// their offset. Never throws, never crashes on any input. error is an English sentence.
std::optional<QJsonDocument> parse(const QByteArray &bytes, qsizetype maxBytes, int maxDepth, QString *error);

// Depth of the deepest array/object nesting in bytes (strings are skipped); stops counting early
// once limit is exceeded and returns limit + 1.
int nestingDepth(const QByteArray &bytes, int limit);

} // namespace Lectern::Core::JsonGuard
