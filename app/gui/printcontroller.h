#pragma once

#include "render/printnote.h"
#include "render/printoptions.h"

#include <QObject>
#include <QPageLayout>
#include <functional>

class QPrinter;
class QWidget;

namespace Lectern::Core {
class ArticleDocument;
}

namespace Lectern::Gui {

// File > Print, Print Preview, Page Setup and Export PDF for the current article. The GUI only
// picks the device (QPrinter, QPdfWriter); Core::PrintRenderer paints the same pages on all of them.
// The page layout (paper, orientation, margins) is remembered in Settings across sessions.
// Errors are shown as message boxes that name the file and the reason.
class PrintController final : public QObject
{
    Q_OBJECT
public:
    explicit PrintController(QWidget *parent);

    void print(const Core::ArticleDocument *document);
    void preview(const Core::ArticleDocument *document);
    void pageSetup();
    // Asks for a file name, then writes the PDF.
    void exportPdf(const Core::ArticleDocument *document);
    // Writes the PDF without asking; returns false and fills *error (a sentence) on failure.
    bool exportPdfTo(const Core::ArticleDocument *document, const QString &path, QString *error = nullptr);

    Core::PrintOptions options() const { return m_options; }
    void setOptions(const Core::PrintOptions &options) { m_options = options; }
    QPageLayout pageLayout() const { return m_layout; }
    void setPageLayout(const QPageLayout &layout); // remembered

    // The notes to print for a document (default: the document's annotations, AnnotationNotes).
    using NotesProvider = std::function<QList<Core::PrintNote>(const Core::ArticleDocument *)>;
    void setNotesProvider(NotesProvider provider) { m_notes = std::move(provider); }

Q_SIGNALS:
    void pdfExported(const QString &path, int pages);
    void printed(int pages);

private:
    void paint(const Core::ArticleDocument *document, QPrinter *printer);
    void rememberLayout(const QPrinter &printer);
    QWidget *parentWidget() const;

    Core::PrintOptions m_options;
    QPageLayout m_layout;
    NotesProvider m_notes;
};

} // namespace Lectern::Gui
