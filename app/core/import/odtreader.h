#pragma once

#include "import/officetext.h"

#include <QCoreApplication>

namespace Lectern::Core {

class ZipPackage;

// Reads an OpenDocument text (.odt) from an opened package into OfficeText: text:h headings,
// text:p paragraphs (lists item by item), each table row as one paragraph with " | " between
// cells, notes (text:note: "[n]" where cited, the text after the body), office:annotation
// comments with their office:annotation-end ranges, tracked changes (insertions are already in
// the body; deletions, kept in text:tracked-changes, are dropped and counted) and meta.xml's
// title, creator and creation date. Frames, text boxes and indexes are skipped; nothing is fetched.
class OdtReader final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::OdtReader)

public:
    static constexpr auto textMimeType = "application/vnd.oasis.opendocument.text";
    // The package's mimetype part, when it has one ("" otherwise).
    static QString mimeType(ZipPackage &zip);
    // An encrypted package: its manifest lists encryption data for content.xml.
    static bool isEncrypted(ZipPackage &zip);
    static std::optional<OfficeText> read(ZipPackage &zip, QString *error);
};

} // namespace Lectern::Core
