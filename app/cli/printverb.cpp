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

// The verb's options (the positional argument is the article file).
struct VerbOptions
{
    QCommandLineOption printer{QStringLiteral("printer"),
        PrintVerb::tr("Name of the printer (a CUPS queue on Linux: lpstat -p lists them)."), QStringLiteral("NAME")};
    QCommandLineOption noHighlights{QStringLiteral("no-highlights"), PrintVerb::tr("Print without entity highlights.")};
    QCommandLineOption annotations{QStringLiteral("annotations"),
        PrintVerb::tr("Print the annotations as numbered notes, beside their lines where they fit.")};
    QCommandLineOption endNotes{QStringLiteral("end-notes"),
        PrintVerb::tr("With --annotations: print every note at the end, none in the margin.")};
    QCommandLineOption paper{QStringLiteral("paper"), PrintVerb::tr("Paper size: A4 (default) or Letter."),
        QStringLiteral("SIZE"), QStringLiteral("A4")};
    QCommandLineOption grayscale{QStringLiteral("grayscale"), PrintVerb::tr("Print in gray levels only.")};
    QCommandLineOption db{QStringLiteral("db"),
        PrintVerb::tr("Review database the annotations come from (default: the one in Preferences)."),
        QStringLiteral("PATH")};
};

// Sets the description, the argument and the options the help shows.
void describe(QCommandLineParser &parser, const VerbOptions &o)
{
    parser.setApplicationDescription(PrintVerb::tr("Print the editorial printout of an article on a printer: highlights, "
                                        "page numbers, content hash, QR code and, with --annotations, the notes."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), PrintVerb::tr("Article file (text, HTML, Markdown)."),
                                 QStringLiteral("FILE"));
    parser.addOptions({o.printer, o.noHighlights, o.annotations, o.endNotes, o.paper, o.grayscale, o.db});
}

// A usage message for a command line that cannot run, else empty.
QString usageError(const QCommandLineParser &parser, const VerbOptions &o)
{
    if (parser.positionalArguments().size() != 1)
        return PrintVerb::tr("give exactly one file (usage: lectern print FILE --printer NAME)");
    if (parser.value(o.printer).isEmpty())
        return PrintVerb::tr("no printer given (--printer NAME; lpstat -p lists the printers)");
    const QString paperName = parser.value(o.paper).toLower();
    if (paperName != QLatin1String("letter") && paperName != QLatin1String("a4"))
        return PrintVerb::tr("--paper must be A4 or Letter, not “%1”").arg(parser.value(o.paper));
    return {};
}

// The paper of a command line usageError() accepted.
QPageSize::PageSizeId paperSize(const QCommandLineParser &parser, const VerbOptions &o)
{
    return parser.value(o.paper).toLower() == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
}

// Why the printer cannot be found on this system, else empty.
QString missingPrinterError(const QString &printerName)
{
    const QStringList printers = QPrinterInfo::availablePrinterNames();
    if (printers.contains(printerName))
        return {};
    if (printers.isEmpty())
        return PrintVerb::tr("there is no printer “%1”: no printer is set up on this system").arg(printerName);
    return PrintVerb::tr("there is no printer “%1” (the printers here: %2)")
        .arg(printerName, printers.join(QStringLiteral(", ")));
}

// The article's annotations from the review database as notes; false (and *error) when the
// database cannot be opened.
bool readNotes(const QCommandLineParser &parser, const VerbOptions &o, const Article &article, QList<PrintNote> &notes,
               QString *error)
{
    AnnotationStore store;
    const QString path = parser.isSet(o.db) ? parser.value(o.db) : Settings().databasePath();
    if (!store.open(path)) {
        *error = PrintVerb::tr("the review database %1 cannot be opened: %2").arg(path, store.errorString());
        return false;
    }
    if (const auto record = store.findArticle(article))
        notes = AnnotationNotes::fromAnnotations(store.annotations(record->id), article.text());
    return true;
}

// Native format: the print system's own path (CUPS on Linux), not a PDF file we write.
void setUpPrinter(QPrinter &printer, QPageSize::PageSizeId paperId, bool grayscale, const QString &docName)
{
    printer.setOutputFormat(QPrinter::NativeFormat);
    printer.setPageLayout(PdfExporter::defaultPageLayout(paperId));
    printer.setColorMode(grayscale ? QPrinter::GrayScale : QPrinter::Color);
    printer.setDocName(docName);
    printer.setCreator(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion());
}

// The line that tells what was printed (and why there is no QR code, if there is none).
QString printedLine(const QString &file, const QString &printerName, const PrintRenderer &renderer)
{
    QString line = renderer.pageCount() == 1 ? PrintVerb::tr("%1 -> printer %2 (1 page)").arg(file, printerName)
                                             : PrintVerb::tr("%1 -> printer %2 (%3 pages)").arg(file, printerName).arg(renderer.pageCount());
    if (!renderer.qrError().isEmpty())
        line += QStringLiteral("; ") + PrintVerb::tr("no QR code: %1").arg(renderer.qrError());
    return line;
}

} // namespace

int runPrint(const QStringList &arguments)
{
    QCommandLineParser parser;
    const VerbOptions verbOptions;
    describe(parser, verbOptions);
    if (const auto exit = parseOrExit(parser, arguments, verb))
        return *exit;
    if (const QString error = usageError(parser, verbOptions); !error.isEmpty())
        return reportError(verb, error, ExitUsage);
    const QString printerName = parser.value(verbOptions.printer);
    if (const QString error = missingPrinterError(printerName); !error.isEmpty())
        return reportError(verb, error, ExitFailure);

    const QString file = parser.positionalArguments().first();
    const LoadResult loaded = loadArticle(file);
    if (!loaded.import.ok())
        return reportError(verb, QStringLiteral("%1: %2").arg(file, loaded.import.error), ExitFailure);
    const Article &article = *loaded.import.article;

    PrintOptions options;
    options.highlights = !parser.isSet(verbOptions.noHighlights);
    options.grayscale = parser.isSet(verbOptions.grayscale);
    options.notes = parser.isSet(verbOptions.annotations);
    options.marginNotes = !parser.isSet(verbOptions.endNotes);
    QList<PrintNote> notes;
    if (QString error; options.notes && !readNotes(parser, verbOptions, article, notes, &error))
        return reportError(verb, error, ExitFailure);

    QPrinter printer(QPrinterInfo::printerInfo(printerName), QPrinter::HighResolution);
    setUpPrinter(printer, paperSize(parser, verbOptions), options.grayscale,
                 article.title.isEmpty() ? QFileInfo(file).fileName() : article.title);
    if (!printer.isValid())
        return reportError(verb, PrintVerb::tr("the printer “%1” cannot be used").arg(printerName), ExitFailure);

    PrintRenderer renderer(article, loaded.entities, notes, options);
    if (!renderer.render(&printer))
        return reportError(verb, QStringLiteral("%1: %2").arg(file, renderer.errorString()), ExitFailure);
    writeErrLine(printedLine(file, printerName, renderer));
    return ExitOk;
}

} // namespace Lectern::Cli
