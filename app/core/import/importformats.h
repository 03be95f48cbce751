#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern::Core {

// The one list of the file kinds Lectern imports, by extension. The open dialog's filter, the
// window's drop handler, the library and the batch import all ask this list, so a format added
// here is accepted everywhere at once. (Review files, .lectern-review, are not an import format:
// the article loader reads them; they are listed here only as reviewSuffix() for the dialogs.)
//
// An entry says which extensions belong to a format; ArticleImporter decides how the bytes are
// read (by magic number first, then by extension). Listing an extension here does not make an
// importer exist for it: the importer registers itself in ArticleImporter.
class ImportFormats final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::ImportFormats)

public:
    struct Format
    {
        QString id;           // "plain", "html", "markdown", "pdf", "docx", "odt"
        QStringList suffixes; // lower case, without the dot, the first one preferred
        QString label() const; // translated, for a dialog's filter ("PDF documents")
    };

    // Every import format, in the order the dialogs list them.
    static const QList<Format> &all();
    // Every extension of all(), lower case, in list order.
    static QStringList suffixes();
    // True when the file name's extension (any case) is one of suffixes().
    static bool isImportable(const QString &fileName);
    // "lectern-review".
    static QString reviewSuffix();
    // "*.txt *.text …" for the given suffixes.
    static QString patterns(const QStringList &suffixes);
    // The name filters of a file dialog, translated: "All articles (…)", one per format,
    // "All files (*)". withReviews adds review files to the first filter and as their own entry.
    static QStringList nameFilters(bool withReviews);
};

} // namespace Lectern::Core
