// The .docx/.odt importer on arbitrary packages, and the review export on what it accepts. The
// first byte chooses what the rest is: 0–1, the package itself (libzip's reading and the limits);
// 2, a document.xml put in a minimal .docx; 3, a content.xml put in a minimal .odt (the XML walkers,
// which random ZIP bytes seldom reach). An accepted document must take a comment on its first
// block and read back with the same text and one more comment.
#include "fuzzsupport.h"

#include "import/officeimporter.h"
#include "import/zippackage.h"
#include "review/anchoring.h"
#include "review/officereviewexport.h"

using namespace Lectern::Core;

LECTERN_FUZZ_INIT

namespace {

QByteArray wrap(char mode, const QByteArray &xml)
{
    QList<ZipPackage::OutEntry> e;
    if (mode == 2) {
        e.append({QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>"), true});
        e.append({QStringLiteral("word/document.xml"), xml, true});
    } else {
        e.append({QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.text"), true});
        e.append({QStringLiteral("content.xml"), xml, true});
    }
    return ZipPackage::write(e);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const char mode = char(data[0] % 4);
    const QByteArray rest = QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QByteArray bytes = mode >= 2 ? wrap(mode, rest) : rest;
    const ImportResult result = OfficeImporter::import(bytes, QStringLiteral("fuzz.docx"));
    LecternFuzz::check(result.ok() || !result.error.isEmpty(), "a failed import has an error");
    if (!result.ok())
        return 0;
    const QString text = result.article->text();
    for (const DocumentComment &c : result.comments)
        LecternFuzz::check(c.start >= 0 && c.start <= c.end && c.end <= text.size(), "comments lie in the text");
    Annotation a = Annotation::create(Anchoring::anchorAt(text, 0, result.article->blocks.first().text.size()),
                                      QStringLiteral("Fuzz"));
    a.comment = QStringLiteral("fuzz");
    QString error;
    const auto format = result.article->format == QLatin1String("docx") ? OfficeReviewExport::Format::Docx
                                                                         : OfficeReviewExport::Format::Odt;
    const auto out = OfficeReviewExport::write(bytes, {a}, format, &error);
    LecternFuzz::check(out.has_value() || !error.isEmpty(), "a failed export has an error");
    if (!out)
        return 0;
    const ImportResult back = OfficeImporter::import(*out, QStringLiteral("fuzz.docx"));
    LecternFuzz::check(back.ok(), "the exported document reads again");
    LecternFuzz::check(back.article->text() == text, "the export keeps the text");
    return 0;
}
