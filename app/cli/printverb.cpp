#include "printverb.h"

#include "document/articleloader.h"
#include "clioutput.h"
#include "render/annotationnotes.h"
#include "render/pdfexporter.h"
#include "render/printrenderer.h"
#include "review/annotationstore.h"
#include "util/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPrinter>
#include <QPrinterInfo>

namespace Lectern::Cli {

using namespace Lectern::Core;

namespace {

// The translation context of this verb's messages.
struct PrintVerb
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Cli::PrintVerb)
};

const QString verb = QStringLiteral("print");

} // namespace

int runPrint(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(PrintVerb::tr("Print the editorial printout of an article on a printer: highlights, "
                                        "page numbers, content hash, QR code and, with --annotations, the notes."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), PrintVerb::tr("Article file (text, HTML, Markdown)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption printerOption(QStringLiteral("printer"),
                                           PrintVerb::tr("Name of the printer (a CUPS queue on Linux: lpstat -p lists them)."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption noHighlights(QStringLiteral("no-highlights"), PrintVerb::tr("Print without entity highlights."));
    const QCommandLineOption annotations(QStringLiteral("annotations"),
                                         PrintVerb::tr("Print the annotations as numbered notes, beside their lines where they fit."));
    const QCommandLineOption endNotes(QStringLiteral("end-notes"),
                                      PrintVerb::tr("With --annotations: print every note at the end, none in the margin."));
    const QCommandLineOption paper(QStringLiteral("paper"), PrintVerb::tr("Paper size: A4 (default) or Letter."),
                                   QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption grayscale(QStringLiteral("grayscale"), PrintVerb::tr("Print in gray levels only."));
    const QCommandLineOption db(QStringLiteral("db"),
                                PrintVerb::tr("Review database the annotations come from (default: the one in Preferences)."),
                                QStringLiteral("PATH"));
    parser.addOptions({printerOption, noHighlights, annotations, endNotes, paper, grayscale, db});
    if (!parser.parse(arguments))
        return reportError(verb, parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        writeOutLine(parser.helpText());
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return reportError(verb, PrintVerb::tr("give exactly one file (usage: lectern print FILE --printer NAME)"), ExitUsage);
    const QString printerName = parser.value(printerOption);
    if (printerName.isEmpty())
        return reportError(verb, PrintVerb::tr("no printer given (--printer NAME; lpstat -p lists the printers)"), ExitUsage);
    QPageSize::PageSizeId paperId = QPageSize::A4;
    const QString paperName = parser.value(paper).toLower();
    if (paperName == QLatin1String("letter"))
        paperId = QPageSize::Letter;
    else if (paperName != QLatin1String("a4"))
        return reportError(verb, PrintVerb::tr("--paper must be A4 or Letter, not “%1”").arg(parser.value(paper)), ExitUsage);

    const QStringList printers = QPrinterInfo::availablePrinterNames();
    if (!printers.contains(printerName)) {
        if (printers.isEmpty())
            return reportError(verb, PrintVerb::tr("there is no printer “%1”: no printer is set up on this system").arg(printerName),
                               ExitFailure);
        return reportError(verb, PrintVerb::tr("there is no printer “%1” (the printers here: %2)")
                                     .arg(printerName, printers.join(QStringLiteral(", "))),
                           ExitFailure);
    }

    const QString file = files.first();
    const LoadResult loaded = loadArticle(file);
    if (!loaded.import.ok())
        return reportError(verb, QStringLiteral("%1: %2").arg(file, loaded.import.error), ExitFailure);
    const Article &article = *loaded.import.article;

    PrintOptions options;
    options.highlights = !parser.isSet(noHighlights);
    options.grayscale = parser.isSet(grayscale);
    options.notes = parser.isSet(annotations);
    options.marginNotes = !parser.isSet(endNotes);
    QList<PrintNote> notes;
    if (options.notes) {
        AnnotationStore store;
        const QString path = parser.isSet(db) ? parser.value(db) : Settings().databasePath();
        if (!store.open(path))
            return reportError(verb, PrintVerb::tr("the review database %1 cannot be opened: %2").arg(path, store.errorString()),
                               ExitFailure);
        if (const auto record = store.findArticle(article))
            notes = AnnotationNotes::fromAnnotations(store.annotations(record->id), article.text());
    }

    // Native format: the print system's own path (CUPS on Linux), not a PDF file we write.
    QPrinter printer(QPrinterInfo::printerInfo(printerName), QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::NativeFormat);
    printer.setPageLayout(PdfExporter::defaultPageLayout(paperId));
    printer.setColorMode(options.grayscale ? QPrinter::GrayScale : QPrinter::Color);
    printer.setDocName(article.title.isEmpty() ? QFileInfo(file).fileName() : article.title);
    printer.setCreator(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion());
    if (!printer.isValid())
        return reportError(verb, PrintVerb::tr("the printer “%1” cannot be used").arg(printerName), ExitFailure);

    PrintRenderer renderer(article, loaded.entities, notes, options);
    if (!renderer.render(&printer))
        return reportError(verb, QStringLiteral("%1: %2").arg(file, renderer.errorString()), ExitFailure);
    QString line = renderer.pageCount() == 1 ? PrintVerb::tr("%1 -> printer %2 (1 page)").arg(file, printerName)
                                             : PrintVerb::tr("%1 -> printer %2 (%3 pages)").arg(file, printerName).arg(renderer.pageCount());
    if (!renderer.qrError().isEmpty())
        line += QStringLiteral("; ") + PrintVerb::tr("no QR code: %1").arg(renderer.qrError());
    writeErrLine(line);
    return ExitOk;
}

} // namespace Lectern::Cli
