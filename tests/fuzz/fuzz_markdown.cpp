// The Markdown importer (front matter, headings, quotes, lists, inline markup) on arbitrary text.
#include "fuzzsupport.h"

#include "import/markdownimporter.h"

using namespace Lectern::Core;

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ImportResult result = MarkdownImporter::import(text);
    LecternFuzz::check(result.ok() || !result.error.isEmpty(), "a failed import has an error");
    if (result.ok())
        (void)result.article->text();
    (void)MarkdownImporter::stripInline(text.left(4096));
    return 0;
}
