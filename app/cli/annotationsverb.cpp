#include "annotationsverb.h"

#include "clioutput.h"
#include "import/articleimporter.h"
#include "review/anchoring.h"
#include "review/documentcomments.h"
#include "review/annotationexport.h"
#include "review/annotationstore.h"
#include "review/officereviewexport.h"
#include "review/reviewsession.h"
#include "review/webannotationjson.h"
#include "util/logging.h"
#include "util/settings.h"
#include "util/textoffsets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Lectern::Cli {

using namespace Lectern::Core;

namespace {

// The translation context of this verb's messages.
struct AnnotationsVerb
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Cli::AnnotationsVerb)
};

const QString kVerb = QStringLiteral("lectern annotations");

int usage(const QString &message) { return reportError(QStringLiteral("annotations"), message, ExitUsage); }
int failure(const QString &message) { return reportError(QStringLiteral("annotations"), message, ExitFailure); }

// The article and its record in the database, with stored annotations re-anchored on its text.
struct Opened
{
    Article article;
    qint64 articleId = 0;
    QList<Annotation> annotations;
};

std::optional<Opened> openArticle(AnnotationStore &store, const QString &file, QString *error)
{
    ImportResult imported = ArticleImporter::importFile(file);
    if (!imported.ok()) {
        *error = file + QStringLiteral(": ") + imported.error;
        return std::nullopt;
    }
    Opened o;
    o.article = std::move(*imported.article);
    const auto record = store.registerArticle(o.article);
    if (!record) {
        qCInfo(lcReview) << "registering the article failed:" << store.errorString();
        *error = AnnotationsVerb::tr("%1: the article cannot be recorded in the review database").arg(file);
        return std::nullopt;
    }
    o.articleId = record->id;
    // A .docx/.odt's own comments join the review as the GUI shows them (the import rule skips
    // them the next time).
    if (!imported.comments.isEmpty()
        && !store.importAnnotations(o.articleId,
                                    DocumentComments::toAnnotations(o.article, imported.comments, Annotation::now()),
                                    AnnotationImport::Mode::Add)) {
        qCInfo(lcReview) << "storing the document's comments failed:" << store.errorString();
        *error = AnnotationsVerb::tr("%1: the article cannot be recorded in the review database").arg(file);
        return std::nullopt;
    }
    o.annotations = store.annotations(o.articleId);
    QList<Annotation> changed;
    const auto report = ReviewSession::reanchorAll(o.annotations, o.article.text(), &changed);
    for (const auto &entry : report)
        writeErrLine(kVerb + QStringLiteral(": ")
            + AnnotationsVerb::tr("annotation %1 %2")
                  .arg(entry.id.toString(QUuid::WithoutBraces), Anchoring::outcomeName(entry.outcome)));
    if (!changed.isEmpty() && !store.saveAnnotations(o.articleId, changed)) {
        qCInfo(lcReview) << "saving re-anchored annotations failed:" << store.errorString();
        *error
            = AnnotationsVerb::tr("%1: the re-anchored annotations cannot be saved in the review database").arg(file);
        return std::nullopt;
    }
    return o;
}

bool writeOutput(const QString &path, const QByteArray &bytes, QString *error)
{
    if (path.isEmpty() || path == QStringLiteral("-")) {
        writeOut(bytes);
        return true;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = path + QStringLiteral(": ") + out.errorString();
        return false;
    }
    return true;
}

} // namespace

int runAnnotations(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AnnotationsVerb::tr(
        "Export, import and add review annotations (W3C Web Annotations) kept in Lectern's database."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("export | import | add | list"));
    parser.addPositionalArgument(QStringLiteral("file"), AnnotationsVerb::tr("The article file."));
    const QCommandLineOption db(QStringLiteral("db"),
        AnnotationsVerb::tr("Review database (default: the one in Preferences)."), QStringLiteral("PATH"));
    const QCommandLineOption format(QStringLiteral("format"), AnnotationsVerb::tr("Export format: jsonld, csv, md, or docx/odt (the draft itself with the annotations as comments)."),
        QStringLiteral("FORMAT"), QStringLiteral("jsonld"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        AnnotationsVerb::tr("Write the export here instead of standard output."), QStringLiteral("OUT"));
    const QCommandLineOption start(
        QStringLiteral("start"), AnnotationsVerb::tr("Start, in code points."), QStringLiteral("N"));
    const QCommandLineOption end(
        QStringLiteral("end"), AnnotationsVerb::tr("End (exclusive), in code points."), QStringLiteral("N"));
    const QCommandLineOption comment(
        QStringLiteral("comment"), AnnotationsVerb::tr("Comment text."), QStringLiteral("TEXT"));
    const QCommandLineOption tag(
        QStringLiteral("tag"), AnnotationsVerb::tr("A tag (repeatable)."), QStringLiteral("TAG"));
    const QCommandLineOption author(
        QStringLiteral("author"), AnnotationsVerb::tr("Author (default: from Preferences)."), QStringLiteral("NAME"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
        AnnotationsVerb::tr("Add K annotations, one transaction each."), QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption replace(QStringLiteral("replace"),
        QStringLiteral("import: an annotation of this article with the same id is replaced (tags and replies of both"
                       " are kept) instead of kept beside it."));
    const QCommandLineOption anySource(
        QStringLiteral("any-source"), QStringLiteral("import: accept annotations whose target is another article."));
    parser.addOptions({db, format, output, start, end, comment, tag, author, repeat, replace, anySource});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        writeOutLine(parser.helpText());
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return usage(AnnotationsVerb::tr("usage: lectern annotations export|import|add|list FILE … (see --help)"));
    const QString command = args.at(0);
    const QString file = args.at(1);
    if (command != QStringLiteral("export") && command != QStringLiteral("import") && command != QStringLiteral("add")
        && command != QStringLiteral("list"))
        return usage(AnnotationsVerb::tr("unknown command '%1' (export, import, add, list)").arg(command));
    if (command == QStringLiteral("import") && args.size() < 3)
        return usage(AnnotationsVerb::tr("usage: lectern annotations import FILE ANNOTATIONS.jsonld"));
    const QString fmt = parser.value(format);
    const bool draftFormat = fmt == QStringLiteral("docx") || fmt == QStringLiteral("odt");
    if (command == QStringLiteral("export") && fmt != QStringLiteral("jsonld") && fmt != QStringLiteral("csv")
        && fmt != QStringLiteral("md") && !draftFormat)
        return usage(AnnotationsVerb::tr("unknown format '%1' (jsonld, csv, md, docx, odt)").arg(fmt));

    AnnotationStore store;
    const QString dbPath = parser.isSet(db) ? parser.value(db) : Settings().databasePath();
    if (!store.open(dbPath)) {
        qCInfo(lcReview) << "opening the review database failed:" << store.errorString();
        return failure(AnnotationsVerb::tr("%1: the review database cannot be opened").arg(dbPath));
    }
    QString error;
    const auto opened = openArticle(store, file, &error);
    if (!opened)
        return failure(error);

    if (command == QStringLiteral("export")) {
        QByteArray bytes;
        if (fmt == QStringLiteral("jsonld"))
            bytes = WebAnnotationJson::exportCollection(opened->article, opened->annotations);
        else if (fmt == QStringLiteral("csv"))
            bytes = AnnotationExport::toCsv(opened->annotations);
        else if (draftFormat) {
            // The draft with the review as comments: only from the .docx/.odt the article came from.
            const auto draft = OfficeReviewExport::write(opened->article.originalBytes, opened->annotations,
                fmt == QStringLiteral("docx") ? OfficeReviewExport::Format::Docx : OfficeReviewExport::Format::Odt,
                &error);
            if (!draft)
                return failure(file + QStringLiteral(": ") + error);
            bytes = *draft;
        }
        else
            bytes = AnnotationExport::toMarkdown(opened->article, opened->annotations, outputTime());
        if (!writeOutput(parser.value(output), bytes, &error))
            return failure(error);
        return 0;
    }

    if (command == QStringLiteral("list")) {
        const QString source = WebAnnotationJson::targetSource(opened->article);
        for (const Annotation &a : opened->annotations)
            writeOut(QJsonDocument(WebAnnotationJson::annotationToJson(a, source)).toJson(QJsonDocument::Compact) + '\n');
        return 0;
    }

    if (command == QStringLiteral("import")) {
        QFile in(args.at(2));
        if (!in.open(QIODevice::ReadOnly))
            return failure(args.at(2) + QStringLiteral(": ") + in.errorString());
        if (in.size() > WebAnnotationJson::maxFileBytes)
            return failure(AnnotationsVerb::tr("%1: the file is too large").arg(args.at(2)));
        auto collection = WebAnnotationJson::importCollection(in.readAll(), &error, Annotation::now());
        if (!collection)
            return failure(args.at(2) + QStringLiteral(": ") + error);
        // Annotations made on another article are not attached to this one unless asked: the
        // target may be this article's URL or any content hash it has had (an older export).
        if (!parser.isSet(anySource)) {
            QStringList accepted{WebAnnotationJson::targetSource(opened->article)};
            if (!opened->article.url.isEmpty())
                accepted << opened->article.url;
            for (const QString &hash : store.contentHashes(opened->articleId))
                accepted << QStringLiteral("urn:sha256:") + hash;
            for (qsizetype i = 0; i < collection->sources.size(); ++i) {
                const QString &source = collection->sources.at(i);
                if (!source.isEmpty() && !accepted.contains(source))
                    return failure(QStringLiteral("%1: annotation %2 targets %3, not this article (%4); nothing was"
                                                  " imported (--any-source imports it anyway)")
                                       .arg(args.at(2))
                                       .arg(i + 1)
                                       .arg(source, accepted.first()));
            }
        }
        WebAnnotationJson::completeQuotes(collection->annotations, opened->article.text());
        QList<Annotation> changed;
        const auto reanchored = ReviewSession::reanchorAll(collection->annotations, opened->article.text(), &changed);
        const auto report = store.importAnnotations(opened->articleId, collection->annotations,
                                                    parser.isSet(replace) ? AnnotationImport::Mode::Replace
                                                                          : AnnotationImport::Mode::Add);
        if (!report) {
            // The driver's words ("NOT NULL constraint failed…") are for the log, not the user.
            qCInfo(lcReview) << "saving imported annotations failed:" << store.errorString();
            return failure(AnnotationsVerb::tr("%1: the annotations could not be saved in the review database %2")
                               .arg(args.at(2), dbPath));
        }
        int orphans = 0;
        for (const auto &e : reanchored)
            orphans += e.outcome == Anchoring::Outcome::Orphaned ? 1 : 0;
        writeOutLine(AnnotationsVerb::tr(
            "imported %n annotations (%1 re-anchored, %2 orphaned)", nullptr, int(collection->annotations.size()))
                         .arg(reanchored.size() - orphans)
                         .arg(orphans));
        if (collection->idsAssigned > 0)
            writeOutLine(AnnotationsVerb::tr(
                "%n annotations had no urn:uuid id and were given a new one", nullptr, collection->idsAssigned));
        if (collection->createdAssigned > 0)
            writeOutLine(AnnotationsVerb::tr("%n annotations had no creation time and were given the import time",
                nullptr, collection->createdAssigned));
        if (collection->selectorsKept > 0)
            writeOutLine(AnnotationsVerb::tr(
                "%n selectors Lectern cannot anchor were kept as they were", nullptr, collection->selectorsKept));
        writeOutLine(QStringLiteral("%1 added, %2 already there, %3 merged, %4 kept beside a different one under a new id,"
                                    " %5 replaced")
                         .arg(report->added)
                         .arg(report->unchanged)
                         .arg(report->merged)
                         .arg(report->renamed)
                         .arg(report->replaced));
        for (const auto &[from, to] : report->renames)
            writeErrLine(kVerb + QStringLiteral(": annotation %1 conflicts with a stored one; imported as %2")
                                     .arg(from.toString(QUuid::WithoutBraces), to.toString(QUuid::WithoutBraces)));
        return 0;
    }

    // add
    if (!parser.isSet(start) || !parser.isSet(end) || !parser.isSet(comment))
        return usage(AnnotationsVerb::tr("add needs --start, --end and --comment"));
    bool okStart = false, okEnd = false, okRepeat = false;
    const qlonglong s = parser.value(start).toLongLong(&okStart);
    const qlonglong e = parser.value(end).toLongLong(&okEnd);
    const qlonglong times = parser.value(repeat).toLongLong(&okRepeat);
    const QString text = opened->article.text();
    const TextOffsets offsets(text);
    if (!okStart || !okEnd || !okRepeat || s < 0 || e <= s || e > offsets.codePointLength() || times < 1)
        return usage(AnnotationsVerb::tr("--start/--end must give a non-empty span inside the text (0..%1 code points)")
                         .arg(offsets.codePointLength()));
    const TextAnchor anchor = Anchoring::anchorAt(text, offsets.toUtf16(s), offsets.toUtf16(e));
    const QString who = parser.isSet(author) ? parser.value(author) : Settings().authorName();
    for (qlonglong i = 0; i < times; ++i) {
        Annotation a = Annotation::create(anchor, who);
        a.comment = parser.value(comment);
        a.tags = parser.values(tag);
        if (!store.saveAnnotation(opened->articleId, a)) {
            qCInfo(lcReview) << "saving an annotation failed:" << store.errorString();
            return failure(
                AnnotationsVerb::tr("%1: the annotation cannot be saved in the review database").arg(dbPath));
        }
        writeOutLine(a.id.toString(QUuid::WithoutBraces)); // printed only once committed
    }
    return 0;
}

} // namespace Lectern::Cli
