#include "modellearnverb.h"

#include "clioutput.h"
#include "document/articleloader.h"
#include "extract/taggermodel.h"
#include "library/correctionlearner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Lectern::Cli {

using namespace Lectern::Core;

int runModelLearn(const QStringList &arguments)
{
    const QString verbName = QStringLiteral("model");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Continue training the entity tagger on the entity corrections stored in a review database."));
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QCoreApplication::translate("Cli", "The review database."),
                                   QStringLiteral("DB"));
    const QCommandLineOption baseOpt(QStringLiteral("base"),
                                     QCoreApplication::translate("Cli", "Continue from this model (default: the bundled one)."),
                                     QStringLiteral("MODEL"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("Cli", "The model file to write."), QStringLiteral("MODEL"));
    parser.addOptions({dbOpt, baseOpt, outOpt});
    if (!parser.parse(arguments))
        return reportError(verbName, parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        writeOutLine(parser.helpText());
        return ExitOk;
    }
    if (!parser.isSet(dbOpt) || !parser.isSet(outOpt))
        return reportError(verbName, QStringLiteral("learn needs --db DB and -o MODEL"), ExitUsage);
    if (!parser.positionalArguments().isEmpty())
        return reportError(verbName, QStringLiteral("learn takes no file arguments (unexpected '%1')")
                                         .arg(parser.positionalArguments().first()),
                           ExitUsage);

    std::shared_ptr<const TaggerModel> base;
    QString error;
    if (parser.isSet(baseOpt)) {
        base = TaggerModel::load(parser.value(baseOpt), &error);
        if (!base)
            return reportError(verbName, QStringLiteral("%1: %2").arg(parser.value(baseOpt), error), ExitFailure);
    } else {
        base = TaggerModel::bundled();
        if (!base)
            return reportError(verbName, QStringLiteral("the bundled model is missing or damaged; give --base MODEL"),
                               ExitFailure);
    }
    const QString db = parser.value(dbOpt);
    CorrectionLearner::Report report;
    const std::shared_ptr<TaggerModel> model = CorrectionLearner::learn(db, currentGazetteer(), base, &report, &error);
    for (const QString &line : report.skipped)
        writeErrLine(QStringLiteral("lectern model: skipped %1").arg(line));
    if (!model)
        return reportError(verbName, error, ExitFailure);
    if (report.examples == 0)
        return reportError(verbName, QStringLiteral("%1: no entity corrections to learn from (%2 articles)")
                                         .arg(db)
                                         .arg(report.articles),
                           ExitFailure);
    const QString out = parser.value(outOpt);
    if (!model->save(out, &error))
        return reportError(verbName, QStringLiteral("%1: %2").arg(out, error), ExitFailure);
    writeErrLine(QStringLiteral("lectern model: learned from %1 corrections in %2 of %3 articles, %4 features -> %5")
                     .arg(report.corrections)
                     .arg(report.examples)
                     .arg(report.articles)
                     .arg(model->featureCount())
                     .arg(out));
    return ExitOk;
}

} // namespace Lectern::Cli
