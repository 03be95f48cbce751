#pragma once

#include <QString>

namespace Lectern::Core {

class TaggerModel;

// Which reader (extractor revision and tagger model) read an article the library stores. Each
// library row records it (library_articles.reader_version); rows read by another one are
// re-read in the background (LibraryReindexer), so the people index follows a new release or a
// learned model update.
namespace ReaderVersion {

// "extractor N; model <first 16 hex digits of the model's hash>" or "extractor N; rules".
QString of(const TaggerModel *model);

} // namespace ReaderVersion

} // namespace Lectern::Core
