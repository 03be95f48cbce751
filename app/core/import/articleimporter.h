#pragma once

#include "import/importresult.h"

#include <QByteArray>
#include <QString>

namespace Lectern::Core {

// Entry point of import: reads a file, detects its format and encoding, and hands the text to
// the importer for that format. Never touches the network. Thread-safe (no shared state).
class ArticleImporter final
{
public:
    // Files larger than this are refused with a clear message (see README "Limits").
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;

    static ImportResult importFile(const QString &path);
    // nameHint: a file name used to pick the format by extension ("a.html"); may be empty.
    static ImportResult importBytes(const QByteArray &bytes, const QString &nameHint = {});
};

} // namespace Lectern::Core
