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

} // namespace

int runPdf(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(PdfVerb::tr("Write the editorial printout of articles as PDF: highlights, page "
                                                 "numbers, content hash and QR code."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("files"), PdfVerb::tr("Article files (text, HTML, Markdown)."), QStringLiteral("FILE..."));
    const QCommandLineOption outOption({ QStringLiteral("o"), QStringLiteral("output") },
        PdfVerb::tr("Output PDF file, or a directory for several articles."), QStringLiteral("OUT.pdf|DIR"));
    const QCommandLineOption noHighlights(
        QStringLiteral("no-highlights"), PdfVerb::tr("Print without entity highlights."));
    const QCommandLineOption annotations(QStringLiteral("annotations"),
        PdfVerb::tr("Print the annotations as numbered notes, beside their lines where they fit."));
    const QCommandLineOption endNotes(QStringLiteral("end-notes"),
        PdfVerb::tr("With --annotations: print every note at the end, none in the margin."));
    const QCommandLineOption appendix(
        QStringLiteral("appendix"), PdfVerb::tr("Add the index of people, organizations, places and figures."));
    const QCommandLineOption paper(QStringLiteral("paper"), PdfVerb::tr("Paper size: A4 (default) or Letter."),
        QStringLiteral("SIZE"), QStringLiteral("A4"));
    const QCommandLineOption grayscale(QStringLiteral("grayscale"), PdfVerb::tr("Print in gray levels only."));
    const QCommandLineOption qrEveryPage(
        QStringLiteral("qr-every-page"), PdfVerb::tr("Put the QR code on every page."));
    const QCommandLineOption db(QStringLiteral("db"),
        PdfVerb::tr("Review database the annotations come from (default: the one in Preferences)."),
        QStringLiteral("PATH"));
    const QCommandLineOption language(QStringLiteral("language"),
        PdfVerb::tr("Language of the printout: vi or en (default: the interface language)."), QStringLiteral("LANG"));
    parser.addOptions(
        { outOption, noHighlights, annotations, endNotes, appendix, paper, grayscale, qrEveryPage, db, language });
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        writeOutLine(parser.helpText());
        return 0;
    }
    if (parser.isSet(language)) {
        const QString code = parser.value(language).toLower();
        if (!Translations::available().contains(code))
            return usage(PdfVerb::tr("--language must be vi or en, not '%1'").arg(parser.value(language)));
        Translations::install(code);
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usage(PdfVerb::tr("no file given (usage: lectern pdf FILE... -o OUT.pdf|DIR)"));
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return usage(PdfVerb::tr("no output given (-o OUT.pdf, or -o DIR for several files)"));

    QPageSize::PageSizeId paperId = QPageSize::A4;
    const QString paperName = parser.value(paper).toLower();
    if (paperName == QLatin1String("letter"))
        paperId = QPageSize::Letter;
    else if (paperName != QLatin1String("a4"))
        return usage(PdfVerb::tr("--paper must be A4 or Letter, not '%1'").arg(parser.value(paper)));

    const QFileInfo outInfo(out);
    const bool toDirectory = outInfo.isDir() || out.endsWith(QLatin1Char('/')) || files.size() > 1;
    if (!toDirectory && outInfo.suffix().toLower() != QLatin1String("pdf"))
        return usage(PdfVerb::tr("%1: the output must end in .pdf, or be a directory").arg(out));
    if (toDirectory && !QDir().mkpath(out))
        return usage(PdfVerb::tr("%1: the directory cannot be created").arg(out));

    PrintOptions options;
    options.highlights = !parser.isSet(noHighlights);
    options.grayscale = parser.isSet(grayscale);
    options.entityIndex = parser.isSet(appendix);
    options.notes = parser.isSet(annotations);
    options.marginNotes = !parser.isSet(endNotes);
    options.qrOnEveryPage = parser.isSet(qrEveryPage);
    options.printedAt = outputTime();
    const QPageLayout layout = PdfExporter::defaultPageLayout(paperId);

    // With --annotations the notes are the article's annotations in the review database.
    AnnotationStore store;
    if (options.notes) {
        const QString path = parser.isSet(db) ? parser.value(db) : Settings().databasePath();
        if (!store.open(path)) {
            qCInfo(lcReview) << "opening the review database failed:" << store.errorString();
            writeErrLine(
                QStringLiteral("lectern pdf: ") + PdfVerb::tr("the review database %1 cannot be opened").arg(path));
            return 1;
        }
    }

    // One output name per input, decided before anything is written: a/x.txt and b/x.txt become
    // x.pdf and x-2.pdf (never one overwriting the other), in the order given.
    QStringList targets;
    if (toDirectory) {
        QSet<QString> used;
        for (const QString &file : files) {
            const QString base = QFileInfo(file).completeBaseName();
            QString name = base + QStringLiteral(".pdf");
            for (int n = 2; used.contains(name.toLower()); ++n)
                name = QStringLiteral("%1-%2.pdf").arg(base).arg(n);
            used.insert(name.toLower());
            targets.append(QDir(out).filePath(name));
        }
    }

    int status = 0;
    int index = 0;
    for (const QString &file : files) {
        ++index;
        const QString prefix = QStringLiteral("[%1/%2] %3").arg(index).arg(files.size()).arg(file);
        const LoadResult loaded = loadArticle(file);
        if (!loaded.import.ok()) {
            writeErrLine(PdfVerb::tr("%1: error: %2").arg(prefix, loaded.import.error));
            status = 1;
            continue;
        }
        const QString target = toDirectory ? targets.at(index - 1) : out;
        QList<PrintNote> notes;
        if (options.notes) {
            if (const auto record = store.findArticle(*loaded.import.article))
                notes = AnnotationNotes::fromAnnotations(store.annotations(record->id), loaded.import.article->text());
        }
        const PdfExportResult result
            = PdfExporter::exportPdf(target, layout, *loaded.import.article, loaded.entities, notes, options);
        if (!result.ok) {
            writeErrLine(PdfVerb::tr("%1: error: %2").arg(prefix, result.error));
            status = 1;
            continue;
        }
        QString line
            = QStringLiteral("%1 -> %2 (%3)").arg(prefix, target, PdfVerb::tr("%n page(s)", nullptr, result.pages));
        if (!result.qrError.isEmpty())
            line += QStringLiteral("; ") + PdfVerb::tr("no QR code: %1").arg(result.qrError);
        writeErrLine(line);
    }
    return status;
}

} // namespace Lectern::Cli
