#include "cli.h"

#include "annotationsverb.h"
#include "clioutput.h"
#include "extractverb.h"
#include "libraryverb.h"
#include "modelverb.h"
#include "pdfverb.h"
#include "qrverb.h"

#include <functional>
#include <map>

namespace Lectern::Cli {

namespace {

using VerbFunction = std::function<int(const QStringList &)>;

const std::map<QString, VerbFunction> &registry()
{
    static const std::map<QString, VerbFunction> verbs = {
        {QStringLiteral("annotations"), runAnnotations},
        {QStringLiteral("extract"), runExtract},
        {QStringLiteral("library"), runLibrary},
        {QStringLiteral("model"), runModel},
        {QStringLiteral("pdf"), runPdf},
        {QStringLiteral("qr"), runQr},
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
    if (arguments.isEmpty()) {
        writeErrLine(QStringLiteral("lectern: no verb given"));
        return 2;
    }
    const auto it = registry().find(arguments.first());
    if (it == registry().end()) {
        writeErrLine(QStringLiteral("lectern: unknown command '%1' (known: %2)")
                         .arg(arguments.first(), verbs().join(QStringLiteral(", "))));
        return 2;
    }
    // QCommandLineParser expects the program name first.
    QStringList args = arguments;
    args.first() = QStringLiteral("lectern ") + arguments.first();
    return it->second(args);
}

} // namespace Lectern::Cli
