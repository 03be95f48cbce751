// The portal-text importer on arbitrary text (and the format detection that chooses it).
#include "fuzzsupport.h"

#include "import/articleimporter.h"
#include "import/plaintextimporter.h"
#include "import/portaltextimporter.h"

using namespace Lectern::Core;

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)PortalTextImporter::looksLikePortal(PlainTextImporter::cleanLines(text));
    (void)ArticleImporter::detectFormat(text, QString());
    const ImportResult result = PortalTextImporter::import(text);
    LecternFuzz::check(result.ok() || !result.error.isEmpty(), "a failed import has an error");
    if (result.ok())
        (void)result.article->text();
    return 0;
}
