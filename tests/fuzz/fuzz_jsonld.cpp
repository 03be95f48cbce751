// The W3C Web Annotation (JSON-LD) importer on arbitrary bytes. What it accepts must export
// and import again to the same annotations (the documented round trip).
#include "fuzzsupport.h"

#include "review/webannotationjson.h"

using namespace Lectern::Core;

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto collection = WebAnnotationJson::importCollection(bytes, &error);
    if (!collection) {
        LecternFuzz::check(!error.isEmpty(), "a refused collection has an error");
        return 0;
    }
    Article article;
    article.title = collection->label;
    article.url = QStringLiteral("https://example.invalid/fuzz");
    const QByteArray again = WebAnnotationJson::exportCollection(article, collection->annotations);
    QString error2;
    const auto back = WebAnnotationJson::importCollection(again, &error2);
    LecternFuzz::check(back.has_value(), "an exported collection imports again");
    LecternFuzz::check(back->annotations == collection->annotations, "export/import round trip is exact");
    return 0;
}
