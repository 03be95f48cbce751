// The HTML importer (libxml2 in recover mode, metadata, content extraction) on arbitrary text.
#include "fuzzsupport.h"

#include "import/htmlimporter.h"

using namespace Lectern::Core;

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)HtmlImporter::looksLikeHtml(text);
    const ImportResult result = HtmlImporter::import(text);
    LecternFuzz::check(result.ok() || !result.error.isEmpty(), "a failed import has an error");
    if (result.ok())
        (void)result.article->text();
    return 0;
}
