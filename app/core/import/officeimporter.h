#pragma once

#include "import/importresult.h"
#include "import/officetext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Lectern::Core {

// Word (.docx) and OpenDocument (.odt) documents: the package is read with ZipPackage (bounded:
// a ZIP bomb, too many parts, deep nesting are refused), the text with DocxReader or OdtReader,
// and the article is built from it: one block per paragraph (cleaned like every importer's,
// TextCleaner::cleanLine), headings by style, the title from the document's title property, else
// its Title-styled paragraph, else its first heading (which stays in the body); authors and the
// creation date from the properties; comments in ImportResult::comments. Notes for the editor in
// Article::warnings: tracked changes accepted/dropped, outside links not fetched.
//
// Clear errors, never a crash, for: a renamed .doc or other OLE file, an encrypted document (an
// OLE "EncryptedPackage" or ZIP encryption or an ODF manifest with encryption data), a ZIP
// without a document, another OpenDocument kind, a damaged archive or XML, a DTD in a part.
// Thread-safe (no shared state). Never touches the network.
class OfficeImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::OfficeImporter)

public:
    // True for .docx/.docm/.odt/.doc names, and for any ZIP package (its content decides).
    static bool handles(const QByteArray &bytes, const QString &nameHint);
    static ImportResult import(const QByteArray &bytes, const QString &nameHint);

    // The document's text and sources (for the review export); nullopt with *error.
    static std::optional<OfficeText> readText(const QByteArray &bytes, QString *error);

    // The article built from text, the comments anchored in it, and per block the paragraph of
    // text it came from (blockParagraph).
    static Article buildArticle(const OfficeText &text, QList<int> *blockParagraph, QList<DocumentComment> *comments);

    // Offsets between a paragraph's raw text and its cleaned block text (TextCleaner::cleanLine).
    // startSide: the offset begins a range (white space trimmed away is skipped forward); else it
    // ends one (exclusive).
    static qsizetype cleanedOffset(const QString &raw, qsizetype rawOffset, bool startSide);
    static qsizetype rawOffset(const QString &raw, qsizetype cleanedOffset, bool startSide);
};

} // namespace Lectern::Core
