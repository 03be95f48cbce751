#pragma once

#include "article/article.h"
#include "review/annotation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Lectern::Core::WebAnnotationJson {

// W3C Web Annotation Data Model, serialised as JSON-LD:
// - an AnnotationCollection (label = article title) whose first AnnotationPage holds the items;
// - each item: id "urn:uuid:…", motivation "commenting" (or "editing" for entity corrections),
//   creator, created/modified (modified = created when absent), bodies (TextualBody purpose "commenting" for the
//   comment, one TextualBody purpose "tagging" per tag), target {source, [TextQuoteSelector, TextPositionSelector]}
//   with code-point offsets;
// - Lectern extension fields in the "lectern:" namespace: status, orphan, replies, correction.
// importCollection(exportCollection(x)) gives x back exactly (every Annotation field).

// The target source: the canonical URL, else "urn:sha256:<content hash>".
QString targetSource(const Article &article);

QJsonObject annotationToJson(const Annotation &annotation, const QString &source);

// What reading an annotation written by another tool had to supply or leave out.
struct ReadNotes
{
    bool idAssigned = false; // no id, or an id that is no urn:uuid (kept as "via"): a new urn:uuid
    bool createdAssigned = false; // no (readable) "created": the import time
    int selectorsKept = 0; // selectors Lectern cannot anchor, kept verbatim in Annotation::foreign
};

// Reads one W3C Web Annotation. The Web Annotation Data Model makes "id" and "created"
// optional (an Annotation Protocol container gives a posted annotation its IRI): a missing id
// becomes a fresh urn:uuid, an IRI that is no urn:uuid a name-based (v5) urn:uuid of it, so a
// re-import updates rather than duplicates; a missing created becomes importTime (invalid: now).
// creator, generator and modified are kept. Selectors: TextQuoteSelector, TextPositionSelector,
// a RangeSelector between two TextPositionSelectors, and any of them as the refinedBy of a
// selector Lectern cannot anchor (a FragmentSelector, XPathSelector…); the others are kept.
// nullopt (and error set, translated) when there is no text to anchor to or a part is malformed.
std::optional<Annotation> annotationFromJson(
    const QJsonObject &object, QString *error, const QDateTime &importTime = {}, ReadNotes *notes = nullptr);

// Fills the quote (exact, prefix, suffix) of annotations that came with a TextPositionSelector
// alone, from the article text the positions count in (code points). Returns how many were filled.
int completeQuotes(QList<Annotation> &annotations, const QString &text);

QJsonObject collectionToJson(const Article &article, const QList<Annotation> &annotations);
QByteArray exportCollection(const Article &article, const QList<Annotation> &annotations); // indented UTF-8

struct Collection
{
    QString label;
    QString source; // the target source of the items (of the first item when they differ)
    QList<Annotation> annotations;
    QStringList sources; // each item's target source, parallel to annotations (empty when absent)
    int idsAssigned = 0; // items that got a new urn:uuid (see ReadNotes)
    int createdAssigned = 0; // items that got the import time as "created"
    int selectorsKept = 0; // selectors kept that Lectern cannot anchor
};

// Limits for untrusted input.
constexpr qsizetype maxFileBytes = 64 * 1024 * 1024;
constexpr int maxNesting = 32;
constexpr qsizetype maxAnnotations = 100'000;

// Accepts an AnnotationCollection (items in first.items, or "items" directly), a bare array of
// annotations or a single annotation. Items that cannot be read make the whole import fail with
// the item's index in error (translated): partial imports would silently lose work.
// importTime is the "created" of items without one (invalid: now).
std::optional<Collection> importCollection(const QByteArray &bytes, QString *error, const QDateTime &importTime = {});

} // namespace Lectern::Core::WebAnnotationJson
