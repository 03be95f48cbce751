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

QJsonObject entryJson(const LibraryEntry &e)
{
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("title"), e.title},
                       {QStringLiteral("path"), e.path},
                       {QStringLiteral("url"), e.url},
                       {QStringLiteral("site"), e.site},
                       {QStringLiteral("published"), e.published},
                       {QStringLiteral("state"), reviewStateName(e.state)},
                       {QStringLiteral("openAnnotations"), e.openAnnotations},
                       {QStringLiteral("people"), e.people},
                       {QStringLiteral("organizations"), e.organizations},
                       {QStringLiteral("figures"), e.figures}};
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

} // namespace

int runLibrary(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(LibraryVerb::tr("The library: import, search and list articles."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), LibraryVerb::tr("add, search, list, export, import, vacuum or reindex."));
    const QCommandLineOption db(
        QStringLiteral("db"), LibraryVerb::tr("The database (default: from Preferences)."), QStringLiteral("PATH"));
    const QCommandLineOption json(QStringLiteral("json"), LibraryVerb::tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"), LibraryVerb::tr("At most N search results."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption state(
        QStringLiteral("state"), LibraryVerb::tr("Only articles in this review state."), QStringLiteral("STATE"));
    const QCommandLineOption site(
        QStringLiteral("site"), LibraryVerb::tr("Only articles from this source."), QStringLiteral("SITE"));
    const QCommandLineOption tag(
        QStringLiteral("tag"), LibraryVerb::tr("Only articles with this annotation tag."), QStringLiteral("TAG"));
    const QCommandLineOption progress(QStringLiteral("progress"),
        LibraryVerb::tr("Show progress with the rate and the time left on stderr (add, reindex)."));
    parser.addOptions({db, json, limit, state, site, tag, progress});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        writeOutLine(parser.helpText());
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    static const QStringList commands = {QStringLiteral("add"), QStringLiteral("search"), QStringLiteral("list"),
                                         QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("vacuum"),
                                         QStringLiteral("reindex")};
    if (!commands.contains(command))
        return usage(command.isEmpty()
                ? LibraryVerb::tr("usage: lectern library add|search|list|export|import|vacuum|reindex …")
                : LibraryVerb::tr("unknown command '%1' (%2)").arg(command, commands.join(QStringLiteral(", "))));
    if ((command == QStringLiteral("add") || command == QStringLiteral("search")) && rest.isEmpty())
        return usage(command == QStringLiteral("add") ? LibraryVerb::tr("usage: lectern library add PATH…")
                                                      : LibraryVerb::tr("usage: lectern library search QUERY"));
    if ((command == QStringLiteral("export") || command == QStringLiteral("import")) && rest.size() != 1)
        return usage(LibraryVerb::tr("usage: lectern library %1 FILE").arg(command));
    LibraryFilter filter;
    if (parser.isSet(state)) {
        ReviewState s;
        if (!reviewStateFromName(parser.value(state), &s))
            return usage(LibraryVerb::tr("unknown state '%1' (draft, in-review, approved)").arg(parser.value(state)));
        filter.state = s;
    }
    filter.site = parser.value(site);
    filter.tag = parser.value(tag);
    bool limitOk = false;
    const int maxHits = parser.value(limit).toInt(&limitOk);
    if (!limitOk || maxHits < 1)
        return usage(LibraryVerb::tr("--limit needs a positive number"));

    LibraryStore store;
    const QString dbPath = parser.isSet(db) ? parser.value(db) : Settings().databasePath();
    // Listing, searching and exporting a database one may not write opens it read-only (and
    // writes nothing); the other commands need write access.
    const QFileInfo dbInfo(dbPath);
    const bool reads = command == QStringLiteral("list") || command == QStringLiteral("search")
        || command == QStringLiteral("export");
    const bool writable = !dbInfo.exists() || (dbInfo.isWritable() && QFileInfo(dbInfo.absolutePath()).isWritable());
    if (!store.open(dbPath, reads && !writable ? LibraryStore::Access::ReadOnly : LibraryStore::Access::ReadWrite))
        return failure(dbPath + QStringLiteral(": ") + store.errorString());

    // The user's gazetteer and tagger (their learned model, as the reader and the Library window read).
    store.setExtractor(libraryExtractor());
    if (command == QStringLiteral("add"))
        return addToLibrary(store, rest, parser.isSet(progress));
    if (command == QStringLiteral("reindex"))
        return reindexLibrary(store, parser.isSet(progress));
    if (command == QStringLiteral("search"))
        return search(store, rest.join(QLatin1Char(' ')), maxHits, parser.isSet(json));
    if (command == QStringLiteral("export"))
        return store.exportTo(rest.first()) ? 0 : failure(store.errorString());
    if (command == QStringLiteral("import")) {
        const auto report = store.importLibrary(rest.first(), [](int done, int total) {
            writeErrLine(kVerb + QStringLiteral(": %1/%2 articles").arg(done).arg(total));
        });
        if (!report)
            return failure(rest.first() + QStringLiteral(": ") + store.errorString());
        writeOutLine(LibraryVerb::tr("%n articles added", nullptr, report->added));
        const AnnotationImport::Report &a = report->annotations;
        writeOutLine(QStringLiteral("%1 already here and kept as they are; annotations: %2 added, %3 already there,"
                                    " %4 merged, %5 kept beside a different one under a new id")
                         .arg(report->known)
                         .arg(a.added)
                         .arg(a.unchanged)
                         .arg(a.merged)
                         .arg(a.renamed));
        for (const auto &[from, to] : a.renames)
            writeErrLine(kVerb + QStringLiteral(": annotation %1 conflicts with a stored one; imported as %2")
                                     .arg(from.toString(QUuid::WithoutBraces), to.toString(QUuid::WithoutBraces)));
        if (!report->complete()) {
            for (const QString &problem : report->problems)
                writeErrLine(kVerb + QStringLiteral(": not imported: ") + problem);
            return failure(rest.first() + QStringLiteral(": the import is incomplete"));
        }
        return 0;
    }
    if (command == QStringLiteral("vacuum"))
        return store.vacuum() ? 0 : failure(store.errorString());
    const QList<LibraryEntry> entries = store.list(filter);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const LibraryEntry &e : entries)
            array.append(entryJson(e));
        writeOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const LibraryEntry &e : entries)
            writeOutLine(entryLine(e));
    }
    return 0;
}

} // namespace Lectern::Cli
