#pragma once

#include "import/officetext.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Lectern::Core {

class ZipPackage;

// Reads a Word document (Office Open XML, .docx) from an opened package into OfficeText: the body
// paragraphs (headings by style or outline level, list items, each table row as one paragraph with
// " | " between cells), footnotes and endnotes (a "[n]" mark where they are referenced, their text
// after the body), tracked changes (insertions kept, deletions dropped, both counted), comments
// with their ranges, replies (commentsExtended.xml) and done state, and the core properties.
// Text boxes, field codes and the fallback copies of alternate content are skipped. Nothing is
// fetched: external relationships are only counted.
class DocxReader final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::DocxReader)

public:
    static constexpr auto wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // True when the package is a WordprocessingML document.
    static bool isDocx(const ZipPackage &zip);
    // nullopt with *error (a complete sentence) on damaged parts or limits.
    static std::optional<OfficeText> read(ZipPackage &zip, QString *error);
};

} // namespace Lectern::Core
