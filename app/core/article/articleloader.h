#pragma once

#include "extract/entity.h"
#include "import/importresult.h"

#include <QString>

namespace Lectern::Core {

// Import + extraction in one call, for worker threads (QtConcurrent::run) and the CLI.
struct LoadResult
{
    ImportResult import;
    ExtractionResult entities;
    QString path;
};

LoadResult loadArticle(const QString &path);
LoadResult loadArticleBytes(const QByteArray &bytes, const QString &nameHint);

} // namespace Lectern::Core
