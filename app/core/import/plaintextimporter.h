#pragma once

#include "import/importresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Lectern::Core {

// Plain text: one paragraph per line. Nothing is dropped: the first line, when it looks like a
// title (short, one sentence, no final period; or short and followed by a blank line), becomes Article::title and stays in the body as
// the first block (a Heading); the rest is classified by TextBodyClassifier (captions, byline).
// Only the body is filled in; ArticleImporter sets format, encoding and provenance.
class PlainTextImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::PlainTextImporter)

public:
    static ImportResult import(const QString &text);

    // True when the line can be a title: 1–250 characters, one sentence, not ending in '.' or ':'.
    static bool looksLikeTitle(const QString &line);

    // True when firstLine (the first non-blank line of text) is short and followed by a blank line.
    static bool standsAlone(const QString &text, const QString &firstLine);

    // The cleaned, non-empty lines of text.
    static QStringList cleanLines(const QString &text);
};

} // namespace Lectern::Core
