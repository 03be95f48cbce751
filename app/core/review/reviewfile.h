#pragma once

#include "article/article.h"
#include "review/annotation.h"
#include "review/reviewstate.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Lectern::Core::ReviewFile {

// A review file (".lectern-review"): one JSON document that carries a whole review to another
// machine: the article (its original bytes in base64, its metadata and its blocks, so the text
// and therefore every offset are the same without re-importing), the review state, and every
// annotation (comments and entity decisions) in the W3C form of WebAnnotationJson.
//
// {"format": "lectern-review", "version": 1, "saved": …, "savedBy": …, "reviewState": "in-review",
//  "article": {"title", "url", "site", "published", "publishedHasTime", "authors", "photographers",
//              "language", "format", "encoding", "fileName", "contentHash", "originalBytes" (base64),
//              "blocks": [{"kind": "paragraph", "text": …, "page": 3 (PDF only)}]},
//  "annotations": [ W3C Annotation … ]}

constexpr int version = 1;
constexpr qsizetype maxFileBytes = 256 * 1024 * 1024;
constexpr int maxNesting = 32;

struct Contents
{
    Article article;                // sourcePath empty (the file came from elsewhere)
    ReviewState state = ReviewState::Draft;
    QList<Annotation> annotations;
    QString savedBy;
    QDateTime saved;
};

QByteArray write(const Contents &contents);
// Rejects other formats, newer versions, oversized or deeply nested input, and files whose
// blocks do not give back the recorded content hash (damaged or edited by hand).
std::optional<Contents> read(const QByteArray &bytes, QString *error);

bool save(const QString &path, const Contents &contents, QString *error); // through QSaveFile
std::optional<Contents> load(const QString &path, QString *error);

} // namespace Lectern::Core::ReviewFile
