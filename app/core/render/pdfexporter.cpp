#include "render/pdfexporter.h"

#include "render/printrenderer.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace Lectern::Core {

QPageLayout PdfExporter::defaultPageLayout(QPageSize::PageSizeId paper)
{
    return QPageLayout(QPageSize(paper), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
}

PdfExportResult PdfExporter::exportPdf(const QString &path, const QPageLayout &layout, const Article &article,
                                       const ExtractionResult &entities, const QList<PrintNote> &notes,
                                       const PrintOptions &options)
{
    PdfExportResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("The PDF cannot be written: %1.").arg(file.errorString());
        return result;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setPageLayout(layout);
        writer.setTitle(article.title);
        writer.setCreator(QCoreApplication::applicationName().isEmpty()
                              ? QStringLiteral("Lectern")
                              : QCoreApplication::applicationName() + QLatin1Char(' ')
                                    + QCoreApplication::applicationVersion());
        PrintRenderer renderer(article, entities, notes, options);
        if (!renderer.render(&writer)) {
            file.cancelWriting();
            result.error = renderer.errorString();
            return result;
        }
        result.pages = renderer.pageCount();
        result.qrError = renderer.qrError();
    }
    if (!file.commit()) {
        result.error = tr("The PDF cannot be saved: %1.").arg(file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Lectern::Core
