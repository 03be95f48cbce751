#include "libraryverb.h"

#include "clioutput.h"
#include "document/articleloader.h"
#include "librarybatchcommands.h"
#include "import/textcleaner.h"
#include "library/librarystore.h"
#include "util/settings.h"
#include "util/textoffsets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern::Cli {

using namespace Lectern::Core;

namespace {

// The translation context of this verb's messages.
struct LibraryVerb
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Cli::LibraryVerb)
};

const QString kVerb = QStringLiteral("lectern library");

int usage(const QString &message) { return reportError(QStringLiteral("library"), message, ExitUsage); }
int failure(const QString &message) { return reportError(QStringLiteral("library"), message, ExitFailure); }

// An entry as the JSON object --json prints.
QJsonObject entryJson(const LibraryEntry &entry)
{
    return QJsonObject{{QStringLiteral("id"), entry.id},
                       {QStringLiteral("title"), entry.title},
                       {QStringLiteral("path"), entry.path},
                       {QStringLiteral("url"), entry.url},
                       {QStringLiteral("site"), entry.site},
                       {QStringLiteral("published"), entry.published},
                       {QStringLiteral("state"), reviewStateName(entry.state)},
                       {QStringLiteral("openAnnotations"), entry.openAnnotations},
                       {QStringLiteral("people"), entry.people},
                       {QStringLiteral("organizations"), entry.organizations},
                       {QStringLiteral("figures"), entry.figures}};
}

// A library may come from anyone: what it holds is printed without control characters (terminal
// escape sequences lose their ESC), line breaks or bidi controls — the import rule for one-line fields.
QString terminalSafe(const QString &text)
{
    return TextCleaner::cleanOneLine(text);
}

QString entryLine(const LibraryEntry &e)
{
    QStringList meta;
    if (!e.published.isEmpty())
        meta << terminalSafe(e.published.left(10));
    if (!e.site.isEmpty())
        meta << terminalSafe(e.site);
    meta << reviewStateName(e.state);
    return QStringLiteral("%1  %2 (%3)").arg(e.id).arg(terminalSafe(e.title), meta.join(QStringLiteral(", ")));
}

int search(LibraryStore &store, const QString &query, int limit, bool json)
{
    const QList<SearchHit> hits = store.search(query, limit);
    if (!store.errorString().isEmpty())
        return failure(store.errorString());
    if (json) {
        QJsonArray array;
        for (const SearchHit &hit : hits) {
            QJsonObject o = entryJson(hit.entry);
            o.insert(QStringLiteral("score"), hit.score);
            o.insert(QStringLiteral("field"), hit.field);
            o.insert(QStringLiteral("snippet"), hit.snippet);
            const TextOffsets offsets(hit.snippet);
            QJsonArray ranges;
            for (const auto &r : hit.highlights)
                ranges.append(QJsonArray{qint64(offsets.toCodePoint(r.first)), qint64(offsets.toCodePoint(r.second))});
            o.insert(QStringLiteral("highlights"), ranges);
            array.append(o);
        }
        writeOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const SearchHit &hit : hits) {
        writeOutLine(entryLine(hit.entry));
        writeOutLine(QStringLiteral("    ") + terminalSafe(hit.snippetMarked(QStringLiteral("["), QStringLiteral("]"))));
    }
    if (hits.isEmpty())
        writeErrLine(kVerb + QStringLiteral(": ") + LibraryVerb::tr("no match for %1").arg(query));
    return 0;
}

// The verb's options (the positional arguments are the command and its operands).
struct VerbOptions
{
    QCommandLineOption db{
        QStringLiteral("db"), LibraryVerb::tr("The database (default: from Preferences)."), QStringLiteral("PATH")};
    QCommandLineOption json{QStringLiteral("json"), LibraryVerb::tr("Print JSON.")};
    QCommandLineOption limit{QStringLiteral("limit"), LibraryVerb::tr("At most N search results."),
        QStringLiteral("N"), QStringLiteral("20")};
    QCommandLineOption state{
        QStringLiteral("state"), LibraryVerb::tr("Only articles in this review state."), QStringLiteral("STATE")};
    QCommandLineOption site{
        QStringLiteral("site"), LibraryVerb::tr("Only articles from this source."), QStringLiteral("SITE")};
    QCommandLineOption tag{
        QStringLiteral("tag"), LibraryVerb::tr("Only articles with this annotation tag."), QStringLiteral("TAG")};
    QCommandLineOption progress{QStringLiteral("progress"),
        LibraryVerb::tr("Show progress with the rate and the time left on stderr (add, reindex).")};
};

// Sets the description, the argument and the options the help shows.
void describe(QCommandLineParser &parser, const VerbOptions &o)
{
    parser.setApplicationDescription(LibraryVerb::tr("The library: import, search and list articles."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), LibraryVerb::tr("add, search, list, export, import, vacuum or reindex."));
    parser.addOptions({o.db, o.json, o.limit, o.state, o.site, o.tag, o.progress});
}

// A usage message for a command line that cannot run, else empty.
QString usageError(const QCommandLineParser &parser, const VerbOptions &o)
{
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    static const QStringList commands = {QStringLiteral("add"), QStringLiteral("search"), QStringLiteral("list"),
                                         QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("vacuum"),
                                         QStringLiteral("reindex")};
    if (!commands.contains(command))
        return command.isEmpty()
            ? LibraryVerb::tr("usage: lectern library add|search|list|export|import|vacuum|reindex …")
            : LibraryVerb::tr("unknown command '%1' (%2)").arg(command, commands.join(QStringLiteral(", ")));
    if ((command == QStringLiteral("add") || command == QStringLiteral("search")) && rest.isEmpty())
        return command == QStringLiteral("add") ? LibraryVerb::tr("usage: lectern library add PATH…")
                                                : LibraryVerb::tr("usage: lectern library search QUERY");
    if ((command == QStringLiteral("export") || command == QStringLiteral("import")) && rest.size() != 1)
        return LibraryVerb::tr("usage: lectern library %1 FILE").arg(command);
    ReviewState state{};
    if (parser.isSet(o.state) && !reviewStateFromName(parser.value(o.state), &state))
        return LibraryVerb::tr("unknown state '%1' (draft, in-review, approved)").arg(parser.value(o.state));
    bool limitOk = false;
    const int maxHits = parser.value(o.limit).toInt(&limitOk);
    if (!limitOk || maxHits < 1)
        return LibraryVerb::tr("--limit needs a positive number");
    return {};
}

// The list filter of a command line usageError() accepted.
LibraryFilter libraryFilter(const QCommandLineParser &parser, const VerbOptions &o)
{
    LibraryFilter filter;
    if (parser.isSet(o.state)) {
        ReviewState state{};
        reviewStateFromName(parser.value(o.state), &state);
        filter.state = state;
    }
    filter.site = parser.value(o.site);
    filter.tag = parser.value(o.tag);
    return filter;
}

// Opens the database for the command. Listing, searching and exporting a database one may not
// write opens it read-only (and writes nothing); the other commands need write access.
bool openStore(LibraryStore &store, const QString &dbPath, const QString &command)
{
    const QFileInfo dbInfo(dbPath);
    const bool reads = command == QStringLiteral("list") || command == QStringLiteral("search")
        || command == QStringLiteral("export");
    const bool writable = !dbInfo.exists() || (dbInfo.isWritable() && QFileInfo(dbInfo.absolutePath()).isWritable());
    return store.open(dbPath, reads && !writable ? LibraryStore::Access::ReadOnly : LibraryStore::Access::ReadWrite);
}

// library import FILE: adds the articles and annotations of another library, telling what came.
int importCommand(LibraryStore &store, const QString &file)
{
    const auto report = store.importLibrary(file, [](int done, int total) {
        writeErrLine(kVerb + QStringLiteral(": %1/%2 articles").arg(done).arg(total));
    });
    if (!report)
        return failure(file + QStringLiteral(": ") + store.errorString());
    writeOutLine(LibraryVerb::tr("%n articles added", nullptr, report->added));
    const AnnotationImport::Report &annotations = report->annotations;
    writeOutLine(QStringLiteral("%1 already here and kept as they are; annotations: %2 added, %3 already there,"
                                " %4 merged, %5 kept beside a different one under a new id")
                     .arg(report->known)
                     .arg(annotations.added)
                     .arg(annotations.unchanged)
                     .arg(annotations.merged)
                     .arg(annotations.renamed));
    for (const auto &[from, to] : annotations.renames)
        writeErrLine(kVerb + QStringLiteral(": annotation %1 conflicts with a stored one; imported as %2")
                                 .arg(from.toString(QUuid::WithoutBraces), to.toString(QUuid::WithoutBraces)));
    if (!report->complete()) {
        for (const QString &problem : report->problems)
            writeErrLine(kVerb + QStringLiteral(": not imported: ") + problem);
        return failure(file + QStringLiteral(": the import is incomplete"));
    }
    return 0;
}

// library list: the articles the filter keeps, one line (or JSON object) each.
int listCommand(LibraryStore &store, const LibraryFilter &filter, bool json)
{
    const QList<LibraryEntry> entries = store.list(filter);
    if (json) {
        QJsonArray array;
        for (const LibraryEntry &entry : entries)
            array.append(entryJson(entry));
        writeOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const LibraryEntry &entry : entries)
            writeOutLine(entryLine(entry));
    }
    return 0;
}

} // namespace

int runLibrary(const QStringList &arguments)
{
    QCommandLineParser parser;
    const VerbOptions options;
    describe(parser, options);
    if (const auto exit = parseOrExit(parser, arguments, QStringLiteral("library")))
        return *exit;
    if (const QString error = usageError(parser, options); !error.isEmpty())
        return usage(error);
    const QString command = parser.positionalArguments().value(0);
    const QStringList rest = parser.positionalArguments().mid(1);

    LibraryStore store;
    const QString dbPath = parser.isSet(options.db) ? parser.value(options.db) : Settings().databasePath();
    if (!openStore(store, dbPath, command))
        return failure(dbPath + QStringLiteral(": ") + store.errorString());

    // The user's gazetteer and tagger (their learned model, as the reader and the Library window read).
    store.setExtractor(libraryExtractor());
    if (command == QStringLiteral("add"))
        return addToLibrary(store, rest, parser.isSet(options.progress));
    if (command == QStringLiteral("reindex"))
        return reindexLibrary(store, parser.isSet(options.progress));
    if (command == QStringLiteral("search"))
        return search(store, rest.join(QLatin1Char(' ')), parser.value(options.limit).toInt(),
                      parser.isSet(options.json));
    if (command == QStringLiteral("export"))
        return store.exportTo(rest.first()) ? 0 : failure(store.errorString());
    if (command == QStringLiteral("import"))
        return importCommand(store, rest.first());
    if (command == QStringLiteral("vacuum"))
        return store.vacuum() ? 0 : failure(store.errorString());
    return listCommand(store, libraryFilter(parser, options), parser.isSet(options.json));
}

} // namespace Lectern::Cli
