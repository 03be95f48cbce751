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
//   creator, created/modified, bodies (TextualBody purpose "commenting" for the comment, one
//   TextualBody purpose "tagging" per tag), target {source, [TextQuoteSelector,
//   TextPositionSelector]} with code-point offsets;
// - Lectern extension fields in the "lectern:" namespace: status, orphan, replies, correction.
// importCollection(exportCollection(x)) gives x back exactly (every Annotation field).

// The target source: the canonical URL, else "urn:sha256:<content hash>".
QString targetSource(const Article &article);

QJsonObject annotationToJson(const Annotation &annotation, const QString &source);
// nullopt (and error set) when required parts are missing or malformed.
std::optional<Annotation> annotationFromJson(const QJsonObject &object, QString *error);

QJsonObject collectionToJson(const Article &article, const QList<Annotation> &annotations);
QByteArray exportCollection(const Article &article, const QList<Annotation> &annotations); // indented UTF-8

struct Collection
{
    QString label;
    QString source; // the target source of the items (of the first item when they differ)
    QList<Annotation> annotations;
    QStringList sources; // each item's target source, parallel to annotations (empty when absent)
};

// Limits for untrusted input.
constexpr qsizetype maxFileBytes = 64 * 1024 * 1024;
constexpr int maxNesting = 32;
constexpr qsizetype maxAnnotations = 100'000;

// Accepts an AnnotationCollection (items in first.items, or "items" directly), a bare array of
// annotations or a single annotation. Items that cannot be read make the whole import fail with
// the item's index in error: partial imports would silently lose work.
std::optional<Collection> importCollection(const QByteArray &bytes, QString *error);

} // namespace Lectern::Core::WebAnnotationJson
