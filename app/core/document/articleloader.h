#pragma once

#include "extract/entity.h"
#include "import/importresult.h"
#include "review/annotation.h"
#include "review/reviewstate.h"

#include <QString>

#include <memory>

namespace Lectern::Core {

// Import (or reading a review file) + extraction in one call, for worker threads (QtConcurrent::run) and the CLI.
struct LoadResult
{
    ImportResult import;
    ExtractionResult entities;
    QString path;
    // Set when the file was a review file (.lectern-review): its annotations and review state; for a
    // .docx/.odt, the comments it carries (DocumentComments::toAnnotations).
    QList<Annotation> reviewAnnotations;
    std::optional<ReviewState> reviewState;
};

// True for the review file format (by extension).
bool isReviewFile(const QString &path);

class Extractor;
class Gazetteer;
class TaggerModel;

// What extraction uses in the application, read from the user's settings here (the layers below
// take them as arguments). Any thread.
// The built-in gazetteers and the user's (Settings::userGazetteerPath()), reloaded once that file
// changed on disk (an editor's "apply to all articles" decision), so the next article benefits
// without a restart.
std::shared_ptr<const Gazetteer> currentGazetteer();
// The bundled model, or nullptr (the rules alone) when the user switched the tagger off.
std::shared_ptr<const TaggerModel> preferredTaggerModel();
// An extractor over both, as the reader uses for an article it opens.
std::shared_ptr<const Extractor> currentExtractor();
// What the library reads articles with (import, re-index): the user's gazetteer and their
// learned model (Settings::userModelPath(), as the reader uses it) when it loads, else the bundled
// one; the rules alone when the tagger is switched off. The learned model is loaded again only
// when its file changed. Any thread.
std::shared_ptr<const Extractor> libraryExtractor();

// Loads what the first extraction would otherwise load on the user's time (the gazetteers, the
// bundled model) and runs one small extraction, so that opening the first article pays none of it.
// Any thread; meant for a worker at start-up (DocumentManager::warmUp()). Idempotent and cheap
// once done.
void warmUpExtraction();

// Without a model argument the bundled model is used; with one, that model (nullptr: the rules
// alone). The reader passes the user's learned model here (ModelLearner).
LoadResult loadArticle(const QString &path);
LoadResult loadArticle(const QString &path, std::shared_ptr<const TaggerModel> model);
LoadResult loadArticleBytes(const QByteArray &bytes, const QString &nameHint);
// Extraction over an article imported some other way (pasted from the clipboard): path stays empty.
LoadResult loadImported(ImportResult imported, std::shared_ptr<const TaggerModel> model);
LoadResult loadArticleBytes(const QByteArray &bytes, const QString &nameHint, std::shared_ptr<const TaggerModel> model);

// loadArticle() in two steps, for a progressive open (DocumentManager): readArticle() imports the
// file (or reads the review file) without extracting; extractLoaded() then extracts its entities
// (and a .docx/.odt's comments), exactly as loadArticle() does. Any thread.
LoadResult readArticle(const QString &path);
void extractLoaded(LoadResult &result, std::shared_ptr<const TaggerModel> model);

// The first whole blocks of article that make at least `chars` UTF-16 units of text() (all of them
// when it is shorter; at least one): what a progressive open shows first. Its text() is a prefix
// of article.text(), so offsets into one are offsets into the other; metadata is kept.
Article firstScreenOf(const Article &article, qsizetype chars);

} // namespace Lectern::Core
