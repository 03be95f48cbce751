#pragma once

#include "article/article.h"
#include "extract/entity.h"
#include "render/printnote.h"
#include "render/printoptions.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

namespace Lectern::Core {

// Writes the printout of an article (PrintRenderer) to a PDF file through QPdfWriter and
// QSaveFile: the file appears complete or not at all. Fonts are embedded (subsets).
struct PdfExportResult
{
    bool ok = false;
    int pages = 0;
    QString error;    // a complete sentence without the file name; empty when ok
    QString qrError;  // the QR code was left out because of this (the PDF was still written)
};

class PdfExporter final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::PdfExporter)

public:
    // A4 or Letter, portrait, 18 mm side and 15 mm top/bottom margins.
    static QPageLayout defaultPageLayout(QPageSize::PageSizeId paper = QPageSize::A4);

    static PdfExportResult exportPdf(const QString &path, const QPageLayout &layout, const Article &article,
                                     const ExtractionResult &entities, const QList<PrintNote> &notes = {},
                                     const PrintOptions &options = {});
};

} // namespace Lectern::Core
