#include "cli.h"

#include "annotationsverb.h"
#include "clioutput.h"
#include "extractverb.h"
#include "libraryverb.h"
#include "modelverb.h"
#include "pdfverb.h"
#include "printverb.h"
#include "qrverb.h"
#include "serververb.h"
#include "util/settings.h"
#include "util/translations.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace Lectern::Cli {

namespace {

// The translation context of the verb dispatcher's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Cli::Cli)
};

using VerbFunction = std::function<int(const QStringList &)>;

const std::map<QString, VerbFunction> &registry()
{
    static const std::map<QString, VerbFunction> verbs = {
        {QStringLiteral("annotations"), runAnnotations},
        {QStringLiteral("extract"), runExtract},
        {QStringLiteral("library"), runLibrary},
        {QStringLiteral("model"), runModel},
        {QStringLiteral("pdf"), runPdf},
        {QStringLiteral("print"), runPrint},
        {QStringLiteral("qr"), runQr},
        {QStringLiteral("server"), runServer},
    };
    return verbs;
}

} // namespace

bool isVerb(const QString &word)
{
    return registry().count(word) > 0;
}

QStringList verbs()
{
    QStringList names;
    for (const auto &entry : registry())
        names.append(entry.first);
    return names;
}

int run(const QStringList &arguments)
{
    // Messages and printouts in the interface language: the one chosen in Preferences, else the
    // system's (LANG); `lectern pdf --language` overrides it for its run.
    Core::Translations::install(Core::Settings().language());
    if (arguments.isEmpty()) {
        writeErrLine(QStringLiteral("lectern: ") + Cli::tr("no verb given"));
        return 2;
    }
    const auto it = registry().find(arguments.first());
    if (it == registry().end()) {
        writeErrLine(QStringLiteral("lectern: ")
            + Cli::tr("unknown command '%1' (known: %2)").arg(arguments.first(), verbs().join(QStringLiteral(", "))));
        return 2;
    }
    // QCommandLineParser expects the program name first.
    QStringList args = arguments;
    args.first() = QStringLiteral("lectern ") + arguments.first();
    return it->second(args);
}

} // namespace Lectern::Cli
