#include "pdfverb.h"

#include "document/articleloader.h"
#include "clioutput.h"
#include "render/annotationnotes.h"
#include "render/pdfexporter.h"
#include "review/annotationstore.h"
#include "util/logging.h"
#include "util/settings.h"
#include "util/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Lectern::Cli {

using namespace Lectern::Core;

namespace {

// The translation context of this verb's messages.
struct PdfVerb
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Cli::PdfVerb)
};

int usage(const QString &message)
{
    return reportError(QStringLiteral("pdf"), message, ExitUsage);
}

// The verb's options (the positional arguments are the article files).
struct VerbOptions
{
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
        PdfVerb::tr("Output PDF file, or a directory for several articles."), QStringLiteral("OUT.pdf|DIR")};
    QCommandLineOption noHighlights{QStringLiteral("no-highlights"), PdfVerb::tr("Print without entity highlights.")};
    QCommandLineOption annotations{QStringLiteral("annotations"),
        PdfVerb::tr("Print the annotations as numbered notes, beside their lines where they fit.")};
    QCommandLineOption endNotes{QStringLiteral("end-notes"),
        PdfVerb::tr("With --annotations: print every note at the end, none in the margin.")};
    QCommandLineOption appendix{
        QStringLiteral("appendix"), PdfVerb::tr("Add the index of people, organizations, places and figures.")};
    QCommandLineOption paper{QStringLiteral("paper"), PdfVerb::tr("Paper size: A4 (default) or Letter."),
        QStringLiteral("SIZE"), QStringLiteral("A4")};
    QCommandLineOption grayscale{QStringLiteral("grayscale"), PdfVerb::tr("Print in gray levels only.")};
    QCommandLineOption qrEveryPage{QStringLiteral("qr-every-page"), PdfVerb::tr("Put the QR code on every page.")};
    QCommandLineOption db{QStringLiteral("db"),
        PdfVerb::tr("Review database the annotations come from (default: the one in Preferences)."),
        QStringLiteral("PATH")};
    QCommandLineOption language{QStringLiteral("language"),
        PdfVerb::tr("Language of the printout: vi or en (default: the interface language)."), QStringLiteral("LANG")};
};

// Sets the description, the arguments and the options the help shows.
void describe(QCommandLineParser &parser, const VerbOptions &o)
{
    parser.setApplicationDescription(PdfVerb::tr("Write the editorial printout of articles as PDF: highlights, page "
                                                 "numbers, content hash and QR code."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("files"), PdfVerb::tr("Article files (text, HTML, Markdown)."), QStringLiteral("FILE..."));
    parser.addOptions({o.output, o.noHighlights, o.annotations, o.endNotes, o.appendix, o.paper, o.grayscale,
                       o.qrEveryPage, o.db, o.language});
}

// Installs the printout language of --language; a usage message when it is not one we have.
QString chooseLanguage(const QCommandLineParser &parser, const VerbOptions &o)
{
    if (!parser.isSet(o.language))
        return {};
    const QString code = parser.value(o.language).toLower();
    if (!Translations::available().contains(code))
        return PdfVerb::tr("--language must be vi or en, not '%1'").arg(parser.value(o.language));
    Translations::install(code);
    return {};
}

// Whether the output is a directory that gets one PDF per article.
bool writesToDirectory(const QString &out, qsizetype fileCount)
{
    return QFileInfo(out).isDir() || out.endsWith(QLatin1Char('/')) || fileCount > 1;
}

// A usage message for a command line that cannot run (files, output, paper), else empty.
QString usageError(const QCommandLineParser &parser, const VerbOptions &o)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return PdfVerb::tr("no file given (usage: lectern pdf FILE... -o OUT.pdf|DIR)");
    const QString out = parser.value(o.output);
    if (out.isEmpty())
        return PdfVerb::tr("no output given (-o OUT.pdf, or -o DIR for several files)");
    const QString paperName = parser.value(o.paper).toLower();
    if (paperName != QLatin1String("letter") && paperName != QLatin1String("a4"))
        return PdfVerb::tr("--paper must be A4 or Letter, not '%1'").arg(parser.value(o.paper));
    if (!writesToDirectory(out, files.size()) && QFileInfo(out).suffix().toLower() != QLatin1String("pdf"))
        return PdfVerb::tr("%1: the output must end in .pdf, or be a directory").arg(out);
    return {};
}

// The printout options of the command line.
PrintOptions printOptions(const QCommandLineParser &parser, const VerbOptions &o)
{
    PrintOptions options;
    options.highlights = !parser.isSet(o.noHighlights);
    options.grayscale = parser.isSet(o.grayscale);
    options.entityIndex = parser.isSet(o.appendix);
    options.notes = parser.isSet(o.annotations);
    options.marginNotes = !parser.isSet(o.endNotes);
    options.qrOnEveryPage = parser.isSet(o.qrEveryPage);
    options.printedAt = outputTime();
    return options;
}

// One output name per input, decided before anything is written: a/x.txt and b/x.txt become
// x.pdf and x-2.pdf (never one overwriting the other), in the order given.
QStringList targetNames(const QStringList &files, const QString &directory)
{
    QStringList targets;
    QSet<QString> used;
    for (const QString &file : files) {
        const QString base = QFileInfo(file).completeBaseName();
        QString name = base + QStringLiteral(".pdf");
        for (int n = 2; used.contains(name.toLower()); ++n)
            name = QStringLiteral("%1-%2.pdf").arg(base).arg(n);
        used.insert(name.toLower());
        targets.append(QDir(directory).filePath(name));
    }
    return targets;
}

// Writes the printout of one file to target and tells the outcome on stderr (lines start with
// prefix); false when it failed. `store` is open when options.notes is set.
bool exportFile(const QString &file, const QString &prefix, const QString &target, const QPageLayout &layout,
                AnnotationStore &store, const PrintOptions &options)
{
    const LoadResult loaded = loadArticle(file);
    if (!loaded.import.ok()) {
        writeErrLine(PdfVerb::tr("%1: error: %2").arg(prefix, loaded.import.error));
        return false;
    }
    QList<PrintNote> notes;
    if (options.notes) {
        if (const auto record = store.findArticle(*loaded.import.article))
            notes = AnnotationNotes::fromAnnotations(store.annotations(record->id), loaded.import.article->text());
    }
    const PdfExportResult result
        = PdfExporter::exportPdf(target, layout, *loaded.import.article, loaded.entities, notes, options);
    if (!result.ok) {
        writeErrLine(PdfVerb::tr("%1: error: %2").arg(prefix, result.error));
        return false;
    }
    QString line
        = QStringLiteral("%1 -> %2 (%3)").arg(prefix, target, PdfVerb::tr("%n page(s)", nullptr, result.pages));
    if (!result.qrError.isEmpty())
        line += QStringLiteral("; ") + PdfVerb::tr("no QR code: %1").arg(result.qrError);
    writeErrLine(line);
    return true;
}

} // namespace

int runPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    const VerbOptions verbOptions;
    describe(parser, verbOptions);
    if (const auto exit = parseOrExit(parser, arguments, QStringLiteral("pdf")))
        return *exit;
    if (const QString error = chooseLanguage(parser, verbOptions); !error.isEmpty())
        return usage(error);
    if (const QString error = usageError(parser, verbOptions); !error.isEmpty())
        return usage(error);
    const QStringList files = parser.positionalArguments();
    const QString out = parser.value(verbOptions.output);
    const bool toDirectory = writesToDirectory(out, files.size());
    if (toDirectory && !QDir().mkpath(out))
        return usage(PdfVerb::tr("%1: the directory cannot be created").arg(out));

    const PrintOptions options = printOptions(parser, verbOptions);
    const QPageSize::PageSizeId paperId
        = parser.value(verbOptions.paper).toLower() == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    const QPageLayout layout = PdfExporter::defaultPageLayout(paperId);

    // With --annotations the notes are the article's annotations in the review database.
    AnnotationStore store;
    if (options.notes) {
        const QString path = parser.isSet(verbOptions.db) ? parser.value(verbOptions.db) : Settings().databasePath();
        if (!store.open(path)) {
            qCInfo(lcReview) << "opening the review database failed:" << store.errorString();
            writeErrLine(
                QStringLiteral("lectern pdf: ") + PdfVerb::tr("the review database %1 cannot be opened").arg(path));
            return 1;
        }
    }

    const QStringList targets = toDirectory ? targetNames(files, out) : QStringList();
    int status = 0;
    for (qsizetype index = 0; index < files.size(); ++index) {
        const QString &file = files.at(index);
        const QString prefix = QStringLiteral("[%1/%2] %3").arg(index + 1).arg(files.size()).arg(file);
        if (!exportFile(file, prefix, toDirectory ? targets.at(index) : out, layout, store, options))
            status = 1;
    }
    return status;
}

} // namespace Lectern::Cli
