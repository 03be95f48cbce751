#pragma once

#include <QStringList>

namespace Lectern::Core {
class LibraryStore;
}

namespace Lectern::Cli {

// `lectern library add PATH… [--progress]`: the batch import pipeline (BatchPipeline). One line per
// file on stdout once it is committed ("added", "updated", "unchanged"), errors on stderr; with
// --progress a bar (terminal) or progress lines (not a terminal) on stderr with the rate and the
// time left. Ctrl+C (or SIGTERM) stops after committing what was read: exit 130, and the same
// command again resumes.
int addToLibrary(Core::LibraryStore &store, const QStringList &paths, bool progress);

// `lectern library reindex [--progress]`: re-reads the articles another extractor or model read.
int reindexLibrary(Core::LibraryStore &store, bool progress);

} // namespace Lectern::Cli
