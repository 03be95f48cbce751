// Encoding detection and decoding (UTF-8, UTF-16 with BOM, Windows-1258 through ICU, binary
// sniffing) on arbitrary bytes, then the whole import path that follows it.
#include "fuzzsupport.h"

#include "import/articleimporter.h"
#include "import/textdecoder.h"

using namespace Lectern::Core;

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)TextDecoder::binaryFormatName(bytes);
    const DecodedText decoded = TextDecoder::decode(bytes);
    LecternFuzz::check(decoded.ok() || !decoded.text.isNull() || !decoded.error.isEmpty(), "decode answers");
    if (decoded.ok())
        LecternFuzz::check(!decoded.encoding.isEmpty(), "a decoded text names its encoding");
    bool ok = false;
    (void)TextDecoder::decodeWindows1258(bytes, &ok);
    // The first byte picks the name hint, so that every importer is reached from raw bytes.
    static const char *const hints[] = {"a.txt", "a.html", "a.md", ""};
    const QString hint = QString::fromLatin1(hints[size ? data[0] % 4 : 3]);
    const ImportResult result = ArticleImporter::importBytes(bytes, hint);
    LecternFuzz::check(result.ok() || !result.error.isEmpty(), "a failed import has an error");
    if (result.ok())
        LecternFuzz::check(!result.article->blocks.isEmpty(), "an imported article has text");
    return 0;
}
