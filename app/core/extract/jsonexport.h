#pragma once

#include "article/article.h"
#include "extract/entity.h"

#include <QJsonObject>

namespace Lectern::Core {

// The `lectern extract` JSON object for one article (contract: shared/eval/README.md).
// Offsets are Unicode code points into "text", end exclusive.
QJsonObject extractionToJson(const QString &source, const Article &article,
                             const ExtractionResult &result);

// The object printed for a file that could not be read.
QJsonObject extractionErrorToJson(const QString &source, const QString &error);

} // namespace Lectern::Core
