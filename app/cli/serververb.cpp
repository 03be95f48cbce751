#include "serververb.h"

#include "clioutput.h"
#include "review/reviewserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Lectern::Cli {

using namespace Lectern::Core;

namespace {

// The translation context of this verb's messages.
struct ServerVerb
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Cli::ServerVerb)
};

const QString kName = QStringLiteral("server");

int usage(const QString &message) { return reportError(kName, message, ExitUsage); }
int failure(const QString &message) { return reportError(kName, message, ExitFailure); }

} // namespace

int runServer(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ServerVerb::tr(
        "Set up a PostgreSQL team server for shared review: its schema, roles and who has which role."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("init | grant USER reviewer|editor|admin"));
    const QCommandLineOption db{QStringLiteral("db"),
        ServerVerb::tr("The team server: postgresql://user@host:port/database[?sslmode=…]."), QStringLiteral("URI")};
    parser.addOption(db);
    if (const auto exit = parseOrExit(parser, arguments, kName))
        return *exit;
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (command != QStringLiteral("init") && command != QStringLiteral("grant"))
        return usage(ServerVerb::tr("usage: lectern server init|grant … --db postgresql://… (see --help)"));
    if (!parser.isSet(db))
        return usage(ServerVerb::tr("--db postgresql://user@host:port/database is required"));
    const QString location = parser.value(db);
    QString error;
    if (command == QStringLiteral("init")) {
        if (args.size() != 1)
            return usage(ServerVerb::tr("usage: lectern server init --db postgresql://…"));
        const auto report = ReviewServer::init(location, &error);
        if (!report)
            return failure(error);
        if (report->fromVersion == report->toVersion)
            writeOutLine(ServerVerb::tr("the team server's review schema is current (version %1)").arg(report->toVersion));
        else if (report->fromVersion == 0)
            writeOutLine(ServerVerb::tr("created the review schema (version %1) and the roles reviewer, editor and admin")
                             .arg(report->toVersion));
        else
            writeOutLine(ServerVerb::tr("updated the review schema from version %1 to %2")
                             .arg(report->fromVersion)
                             .arg(report->toVersion));
        return ExitOk;
    }
    if (args.size() != 3)
        return usage(ServerVerb::tr("usage: lectern server grant USER reviewer|editor|admin --db postgresql://…"));
    const auto role = ReviewServer::roleNamed(args.at(2));
    if (!role)
        return usage(ServerVerb::tr("unknown role '%1' (reviewer, editor, admin)").arg(args.at(2)));
    if (!ReviewServer::grant(location, args.at(1), *role, &error))
        return failure(error);
    writeOutLine(ServerVerb::tr("%1 is now %2").arg(args.at(1), ReviewServer::roleName(*role)));
    return ExitOk;
}

} // namespace Lectern::Cli
