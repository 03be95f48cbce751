#include "annotationsverb.h"

#include "clioutput.h"
#include "import/articleimporter.h"
#include "review/anchoring.h"
#include "review/annotationexport.h"
#include "review/annotationstore.h"
#include "review/documentcomments.h"
#include "review/officereviewexport.h"
#include "review/reviewchanges.h"
#include "review/reviewjournal.h"
#include "review/teamreviewwriter.h"
#include "storage/databasenotifier.h"
#include "document/reviewsession.h"
#include "review/webannotationjson.h"
#include "util/logging.h"
#include "util/settings.h"
#include "util/textoffsets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QEventLoop>
#include <QSaveFile>
#include <QTimer>

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

// Imports the file, then the shared service (ReviewSession::openArticle, as the reader's
// session does) registers it and re-anchors its annotations; what moved is told on stderr.
std::optional<Opened> openArticle(AnnotationStore &store, const QString &file, QString *error)
{
    ImportResult imported = ArticleImporter::importFile(file);
    if (!imported.ok()) {
        *error = file + QStringLiteral(": ") + imported.error;
        return std::nullopt;
    }
    Opened o;
    o.article = std::move(*imported.article);
    ReviewSession::OpenedArticle stored = ReviewSession::openArticle(store, o.article, o.article.text());
    if (stored.articleId == 0) {
        qCInfo(lcReview) << "registering the article failed:" << store.errorString();
        *error = AnnotationsVerb::tr("%1: the article cannot be recorded in the review database").arg(file);
        return std::nullopt;
    }
    o.articleId = stored.articleId;
    o.annotations = std::move(stored.annotations);
    // A .docx/.odt's own comments join the review as the reader shows them (the import rule keeps
    // what is stored and skips them the next time).
    if (!imported.comments.isEmpty()) {
        if (!store.importAnnotations(o.articleId,
                                     DocumentComments::toAnnotations(o.article, imported.comments, Annotation::now()),
                                     AnnotationImport::Mode::Add)) {
            qCInfo(lcReview) << "storing the document's comments failed:" << store.errorString();
            *error = AnnotationsVerb::tr("%1: the article cannot be recorded in the review database").arg(file);
            return std::nullopt;
        }
        o.annotations = store.annotations(o.articleId);
    }
    for (const auto &entry : std::as_const(stored.report))
        writeErrLine(kVerb + QStringLiteral(": ")
            + AnnotationsVerb::tr("annotation %1 %2")
                  .arg(entry.id.toString(QUuid::WithoutBraces), Anchoring::outcomeName(entry.outcome)));
    if (!stored.reanchoredSaved) {
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

// The verb's options (the positional arguments are the command, the article and, for import,
// the annotations file).
struct VerbOptions
{
    QCommandLineOption db{QStringLiteral("db"),
        AnnotationsVerb::tr("Review database (default: the one in Preferences)."), QStringLiteral("PATH")};
    QCommandLineOption format{QStringLiteral("format"), AnnotationsVerb::tr(
        "Export format: jsonld, csv, md, or docx/odt (the draft itself with the annotations as comments)."),
        QStringLiteral("FORMAT"), QStringLiteral("jsonld")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
        AnnotationsVerb::tr("Write the export here instead of standard output."), QStringLiteral("OUT")};
    QCommandLineOption start{
        QStringLiteral("start"), AnnotationsVerb::tr("Start, in code points."), QStringLiteral("N")};
    QCommandLineOption end{
        QStringLiteral("end"), AnnotationsVerb::tr("End (exclusive), in code points."), QStringLiteral("N")};
    QCommandLineOption comment{
        QStringLiteral("comment"), AnnotationsVerb::tr("Comment text."), QStringLiteral("TEXT")};
    QCommandLineOption tag{QStringLiteral("tag"), AnnotationsVerb::tr("A tag (repeatable)."), QStringLiteral("TAG")};
    QCommandLineOption author{
        QStringLiteral("author"), AnnotationsVerb::tr("Author (default: from Preferences)."), QStringLiteral("NAME")};
    QCommandLineOption repeat{QStringLiteral("repeat"),
        AnnotationsVerb::tr("Add K annotations, one transaction each."), QStringLiteral("K"), QStringLiteral("1")};
    QCommandLineOption replace{QStringLiteral("replace"),
        QStringLiteral("import: an annotation of this article with the same id is replaced (tags and replies of both"
                       " are kept) instead of kept beside it.")};
    QCommandLineOption count{QStringLiteral("count"),
        AnnotationsVerb::tr("watch: stop after N changes (default 1)."), QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
        AnnotationsVerb::tr("watch: give up after S seconds (default 60)."), QStringLiteral("S"), QStringLiteral("60")};
    QCommandLineOption anySource{
        QStringLiteral("any-source"), QStringLiteral("import: accept annotations whose target is another article.")};
    QCommandLineOption journal{QStringLiteral("journal"),
        AnnotationsVerb::tr("add, sync on a team server: the offline journal (default: one per server in the data "
                            "folder)."),
        QStringLiteral("FILE")};
};

void describe(QCommandLineParser &parser, const VerbOptions &o)
{
    parser.setApplicationDescription(AnnotationsVerb::tr(
        "Export, import and add review annotations (W3C Web Annotations) kept in Lectern's database."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("export | import | add | list | watch | sync"));
    parser.addPositionalArgument(QStringLiteral("file"), AnnotationsVerb::tr("The article file."));
    parser.addOptions({o.db, o.format, o.output, o.start, o.end, o.comment, o.tag, o.author, o.repeat, o.replace,
                       o.anySource, o.count, o.timeout, o.journal});
}

// The formats that write the draft itself back, with the review as its comments.
std::optional<OfficeReviewExport::Format> draftFormat(const QString &name)
{
    if (name == QStringLiteral("docx"))
        return OfficeReviewExport::Format::Docx;
    if (name == QStringLiteral("odt"))
        return OfficeReviewExport::Format::Odt;
    return std::nullopt;
}

// A usage message for a command line that cannot run, else empty.
QString usageError(const QCommandLineParser &parser, const VerbOptions &o)
{
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty() && args.at(0) == QStringLiteral("sync"))
        return args.size() == 1 ? QString() : AnnotationsVerb::tr("usage: lectern annotations sync [--db URI] [--journal FILE]");
    if (args.size() < 2)
        return AnnotationsVerb::tr("usage: lectern annotations export|import|add|list FILE … (see --help)");
    const QString command = args.at(0);
    if (command != QStringLiteral("export") && command != QStringLiteral("import") && command != QStringLiteral("add")
        && command != QStringLiteral("list") && command != QStringLiteral("watch") && command != QStringLiteral("sync"))
        return AnnotationsVerb::tr("unknown command '%1' (export, import, add, list, watch, sync)").arg(command);
    if (command == QStringLiteral("import") && args.size() < 3)
        return AnnotationsVerb::tr("usage: lectern annotations import FILE ANNOTATIONS.jsonld");
    const QString fmt = parser.value(o.format);
    if (command == QStringLiteral("export") && !AnnotationExport::formatNamed(fmt) && !draftFormat(fmt))
        return AnnotationsVerb::tr("unknown format '%1' (jsonld, csv, md, docx, odt)").arg(fmt);
    return {};
}

// What every command works on: the open database and the article registered in it.
struct Context
{
    const QCommandLineParser &parser;
    const VerbOptions &options;
    AnnotationStore &store;
    const QString &dbPath;
    const Opened &opened;
    TeamReviewWriter *writer = nullptr; // add on a team server: through the offline journal
};

int exportCommand(const Context &c)
{
    const QString name = c.parser.value(c.options.format);
    QString error;
    QByteArray bytes;
    if (const auto draft = draftFormat(name)) {
        // The draft with the review as comments: only from the .docx/.odt the article came from.
        const auto written = OfficeReviewExport::write(c.opened.article.originalBytes, c.opened.annotations, *draft, &error);
        if (!written)
            return failure(c.parser.positionalArguments().at(1) + QStringLiteral(": ") + error);
        bytes = *written;
    } else {
        bytes = AnnotationExport::exportAs(*AnnotationExport::formatNamed(name), c.opened.article, c.opened.annotations,
                                           outputTime());
    }
    if (!writeOutput(c.parser.value(c.options.output), bytes, &error))
        return failure(error);
    return 0;
}

int listCommand(const Context &c)
{
    const QString source = WebAnnotationJson::targetSource(c.opened.article);
    for (const Annotation &a : c.opened.annotations)
        writeOut(QJsonDocument(WebAnnotationJson::annotationToJson(a, source)).toJson(QJsonDocument::Compact) + '\n');
    return 0;
}

// The W3C collection in path, or an error naming it.
std::optional<WebAnnotationJson::Collection> readCollection(const QString &path, QString *error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + in.errorString();
        return std::nullopt;
    }
    if (in.size() > WebAnnotationJson::maxFileBytes) {
        *error = AnnotationsVerb::tr("%1: the file is too large").arg(path);
        return std::nullopt;
    }
    QString reason;
    auto collection = WebAnnotationJson::importCollection(in.readAll(), &reason, Annotation::now());
    if (!collection)
        *error = path + QStringLiteral(": ") + reason;
    return collection;
}

// Annotations made on another article are not attached to this one unless asked: the target
// may be this article's URL or any content hash it has had (an older export). Empty when all fit.
QString foreignSourceError(const Context &c, const QString &path, const QStringList &sources)
{
    QStringList accepted{WebAnnotationJson::targetSource(c.opened.article)};
    if (!c.opened.article.url.isEmpty())
        accepted << c.opened.article.url;
    for (const QString &hash : c.store.contentHashes(c.opened.articleId))
        accepted << QStringLiteral("urn:sha256:") + hash;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString &source = sources.at(i);
        if (!source.isEmpty() && !accepted.contains(source))
            return QStringLiteral("%1: annotation %2 targets %3, not this article (%4); nothing was"
                                  " imported (--any-source imports it anyway)")
                .arg(path)
                .arg(i + 1)
                .arg(source, accepted.first());
    }
    return {};
}

void reportImport(const WebAnnotationJson::Collection &collection,
                  const QList<ReviewSession::ReanchorEntry> &reanchored, const AnnotationImport::Report &report)
{
    int orphans = 0;
    for (const auto &e : reanchored)
        orphans += e.outcome == Anchoring::Outcome::Orphaned ? 1 : 0;
    writeOutLine(AnnotationsVerb::tr(
        "imported %n annotations (%1 re-anchored, %2 orphaned)", nullptr, int(collection.annotations.size()))
                     .arg(reanchored.size() - orphans)
                     .arg(orphans));
    if (collection.idsAssigned > 0)
        writeOutLine(AnnotationsVerb::tr(
            "%n annotations had no urn:uuid id and were given a new one", nullptr, collection.idsAssigned));
    if (collection.createdAssigned > 0)
        writeOutLine(AnnotationsVerb::tr("%n annotations had no creation time and were given the import time",
            nullptr, collection.createdAssigned));
    if (collection.selectorsKept > 0)
        writeOutLine(AnnotationsVerb::tr(
            "%n selectors Lectern cannot anchor were kept as they were", nullptr, collection.selectorsKept));
    writeOutLine(QStringLiteral("%1 added, %2 already there, %3 merged, %4 kept beside a different one under a new id,"
                                " %5 replaced")
                     .arg(report.added)
                     .arg(report.unchanged)
                     .arg(report.merged)
                     .arg(report.renamed)
                     .arg(report.replaced));
    for (const auto &[from, to] : report.renames)
        writeErrLine(kVerb + QStringLiteral(": annotation %1 conflicts with a stored one; imported as %2")
                                 .arg(from.toString(QUuid::WithoutBraces), to.toString(QUuid::WithoutBraces)));
}

int importCommand(const Context &c)
{
    const QString path = c.parser.positionalArguments().at(2);
    QString error;
    auto collection = readCollection(path, &error);
    if (!collection)
        return failure(error);
    if (!c.parser.isSet(c.options.anySource)) {
        if (const QString foreign = foreignSourceError(c, path, collection->sources); !foreign.isEmpty())
            return failure(foreign);
    }
    const QString text = c.opened.article.text();
    WebAnnotationJson::completeQuotes(collection->annotations, text);
    QList<Annotation> changed;
    const auto reanchored = ReviewSession::reanchorAll(collection->annotations, text, &changed);
    const auto report = c.store.importAnnotations(c.opened.articleId, collection->annotations,
                                                  c.parser.isSet(c.options.replace) ? AnnotationImport::Mode::Replace
                                                                                    : AnnotationImport::Mode::Add);
    if (!report) {
        // The driver's words ("NOT NULL constraint failed…") are for the log, not the user.
        qCInfo(lcReview) << "saving imported annotations failed:" << c.store.errorString();
        if (c.store.lastFailure() != Database::Failure::Other) // the server's roles, or a lost connection
            return failure(path + QStringLiteral(": ") + c.store.errorString());
        return failure(AnnotationsVerb::tr("%1: the annotations could not be saved in the review database %2")
                           .arg(path, c.dbPath));
    }
    reportImport(*collection, reanchored, *report);
    return 0;
}

// A new comment to the team server, or to its offline journal when the server is gone; false
// (the error told) when neither took it.
bool saveThroughJournal(TeamReviewWriter &writer, const Article &article, const Annotation &a)
{
    const bool wasOnline = writer.isOnline();
    switch (writer.saveAnnotation(article, a, 0)) {
    case TeamReviewWriter::Outcome::Saved:
        return true;
    case TeamReviewWriter::Outcome::Journaled:
        if (wasOnline)
            writeErrLine(kVerb + QStringLiteral(": ")
                         + AnnotationsVerb::tr("the team server went away: the comments are kept in the offline "
                                               "journal %1")
                               .arg(writer.journalPath()));
        return true;
    case TeamReviewWriter::Outcome::Conflict:
    case TeamReviewWriter::Outcome::Failed:
        break;
    }
    qCInfo(lcReview) << "saving an annotation failed:" << writer.errorString();
    failure(writer.errorString());
    return false;
}

// Tells what still waits in the journal (after one more try of the server).
void reportPending(TeamReviewWriter &writer)
{
    if (writer.pendingCount() > 0 && !writer.isOnline())
        writer.tryReconnect();
    if (const int pending = writer.pendingCount(); pending > 0)
        writeErrLine(kVerb + QStringLiteral(": ")
                     + AnnotationsVerb::tr("%n changes wait in the offline journal %1; “lectern annotations sync” "
                                           "sends them when the team server is back",
                                           nullptr, pending)
                           .arg(writer.journalPath()));
}

int addCommand(const Context &c)
{
    const QCommandLineParser &parser = c.parser;
    const VerbOptions &o = c.options;
    if (!parser.isSet(o.start) || !parser.isSet(o.end) || !parser.isSet(o.comment))
        return usage(AnnotationsVerb::tr("add needs --start, --end and --comment"));
    bool okStart = false, okEnd = false, okRepeat = false;
    const qlonglong s = parser.value(o.start).toLongLong(&okStart);
    const qlonglong e = parser.value(o.end).toLongLong(&okEnd);
    const qlonglong times = parser.value(o.repeat).toLongLong(&okRepeat);
    const QString text = c.opened.article.text();
    const TextOffsets offsets(text);
    if (!okStart || !okEnd || !okRepeat || s < 0 || e <= s || e > offsets.codePointLength() || times < 1)
        return usage(AnnotationsVerb::tr("--start/--end must give a non-empty span inside the text (0..%1 code points)")
                         .arg(offsets.codePointLength()));
    const TextAnchor anchor = Anchoring::anchorAt(text, offsets.toUtf16(s), offsets.toUtf16(e));
    QString who = parser.isSet(o.author) ? parser.value(o.author).simplified() : QString();
    if (who.isEmpty())
        who = Settings().authorName(); // never stored without an author

    for (qlonglong i = 0; i < times; ++i) {
        Annotation a = Annotation::create(anchor, who);
        a.comment = parser.value(o.comment);
        for (const QString &t : parser.values(o.tag)) { // a built-in given by its label is stored by its id
            if (const QString id = Annotation::tagId(t); !id.isEmpty() && !a.tags.contains(id))
                a.tags << id;
        }
        if (c.writer) {
            if (!saveThroughJournal(*c.writer, c.opened.article, a))
                return ExitFailure;
        } else if (!c.store.saveAnnotation(c.opened.articleId, a)) {
            qCInfo(lcReview) << "saving an annotation failed:" << c.store.errorString();
            if (c.store.lastFailure() != Database::Failure::Other) // the server's roles, or a lost connection
                return failure(c.store.errorString());
            return failure(
                AnnotationsVerb::tr("%1: the annotation cannot be saved in the review database").arg(c.dbPath));
        }
        writeOutLine(a.id.toString(QUuid::WithoutBraces)); // printed only once committed
    }
    if (c.writer)
        reportPending(*c.writer);
    return 0;
}

// Prints each change another editor commits to this article on the team server, as it is
// announced (LISTEN/NOTIFY): the annotation as a JSON line like `list`, or {"deleted": id}, or
// {"reviewState": name}. "watching" on stderr once listening.
int watchCommand(const Context &c)
{
    bool okCount = false, okTimeout = false;
    const int count = c.parser.value(c.options.count).toInt(&okCount);
    const int seconds = c.parser.value(c.options.timeout).toInt(&okTimeout);
    if (!okCount || !okTimeout || count < 1 || seconds < 1)
        return usage(AnnotationsVerb::tr("--count and --timeout must be positive numbers"));
    if (!c.store.isServer())
        return failure(AnnotationsVerb::tr("%1: only a team server (postgresql://…) announces changes").arg(c.dbPath));
    DatabaseNotifier notifier(c.store.storage(), QString::fromLatin1(ReviewChanges::channel));
    if (!notifier.isActive())
        return failure(notifier.errorString());
    const QString source = WebAnnotationJson::targetSource(c.opened.article);
    QEventLoop loop;
    int seen = 0;
    QObject::connect(&notifier, &DatabaseNotifier::notified, &loop, [&](const QString &payload, bool) {
        const auto change = ReviewChanges::parse(payload);
        if (!change || change->articleId != c.opened.articleId)
            return;
        QJsonObject line;
        if (change->annotation.isNull()) {
            const auto article = c.store.articleById(change->articleId);
            if (!article)
                return;
            line.insert(QStringLiteral("reviewState"), reviewStateName(article->reviewState));
        } else if (const auto a = c.store.annotation(change->annotation)) {
            line = WebAnnotationJson::annotationToJson(*a, source);
        } else {
            line.insert(QStringLiteral("deleted"),
                        QString(QStringLiteral("urn:uuid:") + change->annotation.toString(QUuid::WithoutBraces)));
        }
        writeOut(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        if (++seen >= count)
            loop.quit();
    });
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    writeErrLine(kVerb + QStringLiteral(": ") + AnnotationsVerb::tr("watching %1").arg(c.dbPath));
    loop.exec();
    if (seen < count)
        return failure(AnnotationsVerb::tr("%n changes arrived before the timeout", nullptr, seen));
    return 0;
}

// Sends the offline journal of a team server: how many were sent, already there, conflicts,
// refused and still pending; exit 0 only when nothing is left in the journal.
int syncCommand(const QString &dbPath, const QString &journalPath)
{
    if (!QFile::exists(journalPath)) {
        writeOutLine(AnnotationsVerb::tr("nothing to send: no offline journal %1").arg(journalPath));
        return 0;
    }
    TeamReviewWriter writer(dbPath, journalPath);
    TeamReviewWriter::ReplayReport total;
    QObject::connect(&writer, &TeamReviewWriter::replayed, &writer,
                     [&total](const TeamReviewWriter::ReplayReport &r) {
                         total.sent += r.sent;
                         total.alreadyThere += r.alreadyThere;
                         total.conflicts += r.conflicts;
                     });
    if (!writer.open())
        return failure(writer.errorString());
    if (writer.isOnline())
        writer.replay(); // open() sent what it could already; this sends nothing more, or what failed
    const int pending = std::max(0, writer.pendingCount());
    const int refused = std::max(0, writer.refusedCount());
    writeOutLine(AnnotationsVerb::tr("sent %1, already on the server %2, conflicts %3 (kept on the server), "
                                     "refused %4 (kept in the journal), pending %5")
                     .arg(total.sent)
                     .arg(total.alreadyThere)
                     .arg(total.conflicts)
                     .arg(refused)
                     .arg(pending));
    if (!writer.isOnline())
        return failure(writer.errorString());
    return pending == 0 && refused == 0 ? 0 : ExitFailure;
}

// `add` on a team server: each comment goes to the server, or to the offline journal while the
// server cannot be reached (an id is printed once either committed it).
int addOnServer(const QCommandLineParser &parser, const VerbOptions &options, const QString &dbPath,
                const QString &journalPath)
{
    TeamReviewWriter writer(dbPath, journalPath);
    if (!writer.open())
        return failure(writer.errorString());
    const QString file = parser.positionalArguments().at(1);
    QString error;
    std::optional<Opened> opened;
    if (writer.isOnline()) {
        opened = openArticle(writer.store(), file, &error);
        if (!opened)
            return failure(error);
    } else {
        ImportResult imported = ArticleImporter::importFile(file);
        if (!imported.ok())
            return failure(file + QStringLiteral(": ") + imported.error);
        opened = Opened{std::move(*imported.article), 0, {}};
        writeErrLine(kVerb + QStringLiteral(": ") + writer.errorString() + QLatin1Char(' ')
                     + AnnotationsVerb::tr("The comments are kept in the offline journal %1.").arg(journalPath));
    }
    Context context{parser, options, writer.store(), dbPath, *opened};
    context.writer = &writer;
    return addCommand(context);
}

} // namespace

int runAnnotations(const QStringList &arguments)
{
    QCommandLineParser parser;
    const VerbOptions options;
    describe(parser, options);
    if (const auto exit = parseOrExit(parser, arguments, QStringLiteral("annotations")))
        return *exit;
    if (const QString error = usageError(parser, options); !error.isEmpty())
        return usage(error);

    const QString dbPath = parser.isSet(options.db) ? parser.value(options.db) : Settings().databasePath();
    const QString command = parser.positionalArguments().at(0);
    const auto location = DatabaseLocation::parse(dbPath);
    const bool server = location && location->backend() == DatabaseLocation::Backend::PostgreSql;
    const QString journalPath
        = parser.isSet(options.journal) ? parser.value(options.journal) : ReviewJournal::defaultPath(dbPath);
    if (command == QStringLiteral("sync")) {
        if (!server)
            return usage(AnnotationsVerb::tr("sync needs a team server: --db postgresql://…"));
        return syncCommand(dbPath, journalPath);
    }
    if (command == QStringLiteral("add") && server)
        return addOnServer(parser, options, dbPath, journalPath);

    AnnotationStore store;
    if (!store.open(dbPath)) {
        qCInfo(lcReview) << "opening the review database failed:" << store.errorString();
        // A team server's reasons (password, permission, unreachable, schema) are sentences of their own.
        if (const auto location = DatabaseLocation::parse(dbPath);
            location && location->backend() == DatabaseLocation::Backend::PostgreSql)
            return failure(store.errorString());
        return failure(AnnotationsVerb::tr("%1: the review database cannot be opened").arg(dbPath));
    }
    QString error;
    const auto opened = openArticle(store, parser.positionalArguments().at(1), &error);
    if (!opened)
        return failure(error);

    const Context context{parser, options, store, dbPath, *opened};
    if (command == QStringLiteral("export"))
        return exportCommand(context);
    if (command == QStringLiteral("list"))
        return listCommand(context);
    if (command == QStringLiteral("import"))
        return importCommand(context);
    if (command == QStringLiteral("watch"))
        return watchCommand(context);
    return addCommand(context);
}

} // namespace Lectern::Cli
