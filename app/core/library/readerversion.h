#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Lectern::Core {

class TaggerModel;

// Which reader (extractor revision and tagger model) read an article the library stores. Each
// library row records it (library_articles.reader_version); rows read by another one are
// re-read in the background (LibraryReindexer), so the people index follows a new release or a
// learned model update.
namespace ReaderVersion {

// "extractor N; model <first 16 hex digits of the model's hash>" or "extractor N; rules".
QString of(const TaggerModel *model);

// The model the library reads articles with when no caller chose one: the user's learned model
// (Settings::userModelPath(), as the reader uses it) when it loads, else the bundled one; nullptr
// when the tagger is switched off in Preferences. Any thread.
std::shared_ptr<const TaggerModel> defaultModel();

} // namespace ReaderVersion

// The library's schema change for the reader version (issue 21), kept apart so that it can become
// a migration of the library module as it is: the statements that add the column and its index.
// LibraryStore::open() applies them once to a writable database that lacks the column.
namespace LibrarySchema {
QStringList readerVersionMigration();
} // namespace LibrarySchema

} // namespace Lectern::Core
