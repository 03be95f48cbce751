#include "extractverb.h"

#include "clioutput.h"
#include "document/articleloader.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/taggermodel.h"
#include "extract/jsonexport.h"
#include "import/articleimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace Lectern::Cli {

namespace {
// The translation context of this verb's messages.
struct ExtractVerb
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Cli::ExtractVerb)
};
} // namespace

using namespace Lectern::Core;

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ExtractVerb::tr("Import articles and print what Lectern finds in them, one JSON line per file."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("files"), ExtractVerb::tr("Article files (text, HTML, Markdown)."), QStringLiteral("FILE..."));
    const QCommandLineOption modelOpt(QStringLiteral("model"),
        ExtractVerb::tr("Read names with this tagger model (default: the bundled one)."), QStringLiteral("MODEL"));
    const QCommandLineOption noModelOpt(QStringLiteral("no-model"), ExtractVerb::tr("Use the rules and gazetteers alone."));
    parser.addOptions({modelOpt, noModelOpt});
    if (!parser.parse(arguments)) {
        writeErrLine(QStringLiteral("lectern extract: ") + parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeOutLine(parser.helpText());
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        writeErrLine(
            QStringLiteral("lectern extract: ") + ExtractVerb::tr("no file given (usage: lectern extract FILE...)"));
        return 2;
    }
    if (parser.isSet(modelOpt) && parser.isSet(noModelOpt)) {
        writeErrLine(QStringLiteral("lectern extract: ") + ExtractVerb::tr("--model and --no-model exclude each other"));
        return 2;
    }
    std::shared_ptr<const TaggerModel> model = TaggerModel::bundled();
    if (parser.isSet(noModelOpt)) {
        model.reset();
    } else if (parser.isSet(modelOpt)) {
        QString error;
        model = TaggerModel::load(parser.value(modelOpt), &error);
        if (!model)
            writeErrLine(QStringLiteral("lectern extract: ")
                         + ExtractVerb::tr("%1: %2; using the rules alone").arg(parser.value(modelOpt), error));
    }
    const Extractor extractor(currentGazetteer(), model);
    int status = 0;
    for (const QString &file : files) {
        const ImportResult imported = ArticleImporter::importFile(file);
        QJsonObject line;
        if (!imported.ok()) {
            line = extractionErrorToJson(file, imported.error);
            writeErrLine(QStringLiteral("lectern extract: %1: %2").arg(file, imported.error));
            status = 1;
        } else {
            const ExtractionResult result = extractor.extract(*imported.article);
            line = extractionToJson(file, *imported.article, result);
        }
        writeOut(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    return status;
}

} // namespace Lectern::Cli
