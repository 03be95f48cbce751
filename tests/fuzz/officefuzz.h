#pragma once
// The body of fuzz_office, shared with core.fuzz_regressions: the first byte chooses what the rest
// is (0–1: a package; 2: a document.xml in a minimal .docx; 3: a content.xml in a minimal .odt); an
// accepted document must take a comment on its first block through the review export and read back
// with the same text. Returns an explanation when an invariant does not hold.
#include "import/officeimporter.h"
#include "import/zippackage.h"
#include "review/anchoring.h"
#include "review/officereviewexport.h"

namespace OfficeFuzz {

inline QString run(const QByteArray &input)
{
    using namespace Lectern::Core;
    if (input.isEmpty())
        return {};
    const char mode = char(uchar(input.at(0)) % 4);
    const QByteArray rest = input.mid(1);
    QByteArray bytes = rest;
    if (mode >= 2) {
        QList<ZipPackage::OutEntry> e;
        if (mode == 2) {
            e.append({QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>"), true});
            e.append({QStringLiteral("word/document.xml"), rest, true});
        } else {
            e.append({QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.text"), true});
            e.append({QStringLiteral("content.xml"), rest, true});
        }
        bytes = ZipPackage::write(e);
    }
    const ImportResult result = OfficeImporter::import(bytes, QStringLiteral("fuzz.docx"));
    if (!result.ok())
        return result.error.isEmpty() ? QStringLiteral("a failed import has no error") : QString();
    const QString text = result.article->text();
    for (const DocumentComment &c : result.comments)
        if (c.start < 0 || c.start > c.end || c.end > text.size())
            return QStringLiteral("a comment lies outside the text");
    Annotation a = Annotation::create(Anchoring::anchorAt(text, 0, result.article->blocks.first().text.size()),
                                      QStringLiteral("Fuzz"));
    a.comment = QStringLiteral("fuzz");
    QString error;
    const auto format = result.article->format == QLatin1String("docx") ? OfficeReviewExport::Format::Docx
                                                                         : OfficeReviewExport::Format::Odt;
    const auto out = OfficeReviewExport::write(bytes, {a}, format, &error);
    if (!out)
        return error.isEmpty() ? QStringLiteral("a failed export has no error") : QString();
    const ImportResult back = OfficeImporter::import(*out, QStringLiteral("fuzz.docx"));
    if (!back.ok())
        return QStringLiteral("the exported document does not read again: %1").arg(back.error);
    if (back.article->text() != text)
        return QStringLiteral("the export changed the text");
    return {};
}

} // namespace OfficeFuzz
