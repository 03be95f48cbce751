#include "printcontroller.h"

#include "exportfolder.h"
#include "document/articledocument.h"
#include "plainmessagebox.h"
#include "render/annotationnotes.h"
#include "render/pdfexporter.h"
#include "render/printrenderer.h"
#include "util/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QWidget>

namespace Lectern::Gui {

PrintController::PrintController(QWidget *parent)
    : QObject(parent)
{
    // The document's annotations print as numbered notes (nothing changes when there are none).
    m_options.notes = true;
    m_notes = [](const Core::ArticleDocument *document) {
        return Core::AnnotationNotes::fromAnnotations(document->annotations()->all(), document->text());
    };
    m_layout = Core::Settings().printPageLayout();
    if (!m_layout.isValid())
        m_layout = Core::PdfExporter::defaultPageLayout();
}

QWidget *PrintController::parentWidget() const
{
    return qobject_cast<QWidget *>(parent());
}

void PrintController::setPageLayout(const QPageLayout &layout)
{
    if (!layout.isValid())
        return;
    m_layout = layout;
    Core::Settings settings;
    settings.setPrintPageLayout(layout);
}

void PrintController::rememberLayout(const QPrinter &printer)
{
    setPageLayout(printer.pageLayout());
}

void PrintController::paint(const Core::ArticleDocument *document, QPrinter *printer)
{
    const QList<Core::PrintNote> notes = m_notes ? m_notes(document) : QList<Core::PrintNote>();
    Core::PrintRenderer renderer(document->article(), document->entities(), notes, m_options);
    if (!renderer.render(printer)) {
        warnPlainText(parentWidget(), tr("Print"),
                             tr("“%1” could not be printed.\n\n%2").arg(document->displayName(), renderer.errorString()));
        return;
    }
    Q_EMIT printed(renderer.pageCount());
}

void PrintController::print(const Core::ArticleDocument *document)
{
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_layout);
    printer.setDocName(document->displayName());
    QPrintDialog dialog(&printer, parentWidget());
    dialog.setWindowTitle(tr("Print “%1”").arg(document->displayName()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    rememberLayout(printer);
    paint(document, &printer);
}

void PrintController::preview(const Core::ArticleDocument *document)
{
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_layout);
    printer.setDocName(document->displayName());
    QPrintPreviewDialog dialog(&printer, parentWidget());
    dialog.setWindowTitle(tr("Print Preview — %1").arg(document->displayName()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this, document](QPrinter *p) { paint(document, p); });
    dialog.exec();
    rememberLayout(printer); // orientation and page setup changed in the preview stay
}

void PrintController::pageSetup()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(m_layout);
    QPageSetupDialog dialog(&printer, parentWidget());
    if (dialog.exec() == QDialog::Accepted)
        rememberLayout(printer);
}

bool PrintController::exportPdfTo(const Core::ArticleDocument *document, const QString &path, QString *error)
{
    const QList<Core::PrintNote> notes = m_notes ? m_notes(document) : QList<Core::PrintNote>();
    const Core::PdfExportResult result
        = Core::PdfExporter::exportPdf(path, m_layout, document->article(), document->entities(), notes, m_options);
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    Q_EMIT pdfExported(path, result.pages);
    return true;
}

void PrintController::exportPdf(const Core::ArticleDocument *document)
{
    if (!document)
        return;
    const QFileInfo source(document->filePath());
    const QString suggested = ExportFolder::suggest(
        (source.exists() ? source.completeBaseName() : tr("article")) + QStringLiteral(".pdf"), document->filePath());
    QString path = QFileDialog::getSaveFileName(parentWidget(), tr("Export PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    if (!exportPdfTo(document, path, &error))
        warnPlainText(parentWidget(), tr("Export PDF"),
                             tr("The PDF “%1” could not be written.\n\n%2").arg(QDir::toNativeSeparators(path), error));
    else
        ExportFolder::remember(path);
}

} // namespace Lectern::Gui
