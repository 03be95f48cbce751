#include "modelverb.h"

#include "clioutput.h"
#include "modellearnverb.h"
#include "extract/gazetteer.h"
#include "extract/taggermodel.h"
#include "extract/taggertrainer.h"
#include "util/textfold.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace Lectern::Cli {

using namespace Lectern::Core;

namespace {

const QString verbName = QStringLiteral("model");

QString fileSha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

// The date a model records: SOURCE_DATE_EPOCH when set (reproducible builds), otherwise the
// newest modification time of its inputs, so that training twice gives the same bytes.
QString modelDate(const QStringList &inputs)
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    QDateTime date;
    if (ok) {
        date = QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc());
    } else {
        for (const QString &p : inputs) {
            const QDateTime m = QFileInfo(p).lastModified().toUTC();
            if (!date.isValid() || m > date)
                date = m;
        }
    }
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

int runTrain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Train the entity tagger from span-annotated articles (JSON Lines: id, text, entities)."));
    parser.addHelpOption();
    const QCommandLineOption spansOpt(QStringLiteral("spans"), QCoreApplication::translate("Cli", "Span file (JSON Lines)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption splitFileOpt(QStringLiteral("split-file"),
                                          QCoreApplication::translate("Cli", "Split file (JSON: lists of article ids)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption splitOpt(QStringLiteral("split"),
                                      QCoreApplication::translate("Cli", "Train only on the articles of this list."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption baseOpt(QStringLiteral("base"),
                                     QCoreApplication::translate("Cli", "Continue from this model (adaptation)."),
                                     QStringLiteral("MODEL"));
    const QCommandLineOption epochsOpt(QStringLiteral("epochs"), QCoreApplication::translate("Cli", "Passes over the data."),
                                       QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption termsOpt(QStringLiteral("terms"),
                                      QCoreApplication::translate("Cli", "The training data's licence terms, recorded in the model."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("Cli", "The model file to write."), QStringLiteral("MODEL"));
    const QCommandLineOption maxFeaturesOpt(QStringLiteral("max-features"),
                                            QCoreApplication::translate("Cli", "Keep at most this many features (size, speed)."),
                                            QStringLiteral("N"), QStringLiteral("300000"));
    const QCommandLineOption clusterTextOpt(
        QStringLiteral("cluster-text"),
        QCoreApplication::translate("Cli", "Learn word clusters from this unlabeled text (JSON Lines with \"text\") and the training articles."),
        QStringLiteral("FILE"));
    const QCommandLineOption clustersOpt(QStringLiteral("clusters"),
                                         QCoreApplication::translate("Cli", "Number of word clusters (with --cluster-text)."),
                                         QStringLiteral("N"), QStringLiteral("160"));
    parser.addOptions({spansOpt, splitFileOpt, splitOpt, baseOpt, epochsOpt, termsOpt, maxFeaturesOpt, clusterTextOpt,
                       clustersOpt, outOpt});
    if (!parser.parse(arguments))
        return reportError(verbName, parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        writeOutLine(parser.helpText());
        return ExitOk;
    }
    if (!parser.isSet(spansOpt) || !parser.isSet(outOpt))
        return reportError(verbName, QStringLiteral("train needs --spans FILE and -o MODEL"), ExitUsage);
    const QString spans = parser.value(spansOpt);
    const QString split = parser.value(splitOpt);
    QString splitFile = parser.value(splitFileOpt);
    if (!split.isEmpty() && splitFile.isEmpty())
        splitFile = QFileInfo(spans).dir().filePath(QStringLiteral("vlsp2018-split.json"));
    bool ok = false;
    TaggerTrainer::Options options;
    options.epochs = parser.value(epochsOpt).toInt(&ok);
    if (!ok || options.epochs < 1 || options.epochs > 100)
        return reportError(verbName, QStringLiteral("--epochs must be 1 to 100"), ExitUsage);
    options.maxFeatures = parser.value(maxFeaturesOpt).toLongLong(&ok);
    if (!ok || options.maxFeatures < 1)
        return reportError(verbName, QStringLiteral("--max-features must be a positive number"), ExitUsage);

    std::shared_ptr<TaggerModel> base;
    if (parser.isSet(baseOpt)) {
        QString error;
        base = TaggerModel::load(parser.value(baseOpt), &error);
        if (!base)
            return reportError(verbName, QStringLiteral("%1: %2").arg(parser.value(baseOpt), error), ExitFailure);
    }
    // Built-in gazetteers only: the model must not depend on this user's own list.
    const Gazetteer gazetteer(QStringLiteral(":/gazetteers"), QString());
    TaggerTrainer trainer(gazetteer);
    TaggerTrainer::SpanFileStats stats;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!trainer.addSpanFile(spans, splitFile, split, &stats, &error))
        return reportError(verbName, error, ExitFailure);
    if (stats.articles == 0)
        return reportError(verbName, QStringLiteral("%1: no articles to train on").arg(spans), ExitFailure);
    QJsonArray clusterData;
    if (parser.isSet(clusterTextOpt)) {
        TaggerClusters::Options clusterOptions;
        clusterOptions.clusters = parser.value(clustersOpt).toInt(&ok);
        if (!ok || clusterOptions.clusters < 2 || clusterOptions.clusters > 4000)
            return reportError(verbName, QStringLiteral("--clusters must be 2 to 4000"), ExitUsage);
        QStringList texts;
        for (const QString &path : parser.values(clusterTextOpt)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return reportError(verbName, QStringLiteral("%1: %2").arg(path, f.errorString()), ExitFailure);
            qsizetype lineNo = 0, articles = 0;
            while (!f.atEnd()) {
                const QByteArray line = f.readLine().trimmed();
                ++lineNo;
                if (line.isEmpty())
                    continue;
                const QJsonDocument doc = QJsonDocument::fromJson(line);
                if (!doc.isObject())
                    return reportError(verbName, QStringLiteral("%1:%2: not a JSON object").arg(path).arg(lineNo), ExitFailure);
                texts.append(TextFold::normalizeText(doc.object().value(QStringLiteral("text")).toString()));
                ++articles;
            }
            clusterData.append(QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                           {QStringLiteral("sha256"), fileSha256(path)},
                                           {QStringLiteral("articles"), double(articles)}});
        }
        trainer.learnClusters(texts, clusterOptions);
    }

    QJsonObject data{{QStringLiteral("file"), QFileInfo(spans).fileName()},
                     {QStringLiteral("sha256"), fileSha256(spans)},
                     {QStringLiteral("articles"), double(stats.articles)},
                     {QStringLiteral("spans"), double(stats.spans)}};
    QStringList inputs{spans};
    if (!split.isEmpty()) {
        data.insert(QStringLiteral("split"), split);
        data.insert(QStringLiteral("split_file"), QFileInfo(splitFile).fileName());
        data.insert(QStringLiteral("split_sha256"), fileSha256(splitFile));
        inputs << splitFile;
    }
    if (!clusterData.isEmpty()) {
        data.insert(QStringLiteral("cluster_text"), clusterData);
        inputs << parser.values(clusterTextOpt);
    }
    if (base)
        inputs << parser.value(baseOpt);
    QStringList command{QStringLiteral("lectern model train")};
    for (const QString &a : arguments.mid(1))
        command << (a.contains(QLatin1Char(' ')) ? QLatin1Char('"') + a + QLatin1Char('"') : a);
    QJsonObject provenance{
        {QStringLiteral("format"), QStringLiteral("Lectern entity tagger: averaged structured perceptron, BIO over PER/ORG/LOC/MISC")},
        {QStringLiteral("data"), data},
        {QStringLiteral("terms"), parser.isSet(termsOpt) ? parser.value(termsOpt)
                                                         : QStringLiteral("not stated (give the data's terms with --terms)")},
        {QStringLiteral("command"), command.join(QLatin1Char(' '))},
        {QStringLiteral("date"), modelDate(inputs)}};
    const std::shared_ptr<TaggerModel> model = trainer.train(options, provenance, base.get());
    if (!model->save(parser.value(outOpt), &error))
        return reportError(verbName, QStringLiteral("%1: %2").arg(parser.value(outOpt), error), ExitFailure);
    writeErrLine(QStringLiteral("lectern model: %1 articles, %2 tokens, %3 features, %4 s -> %5")
                     .arg(stats.articles)
                     .arg(trainer.tokenCount())
                     .arg(model->featureCount())
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                     .arg(parser.value(outOpt)));
    return ExitOk;
}

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Print an entity tagger model's provenance."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("model"), QCoreApplication::translate("Cli", "The model file."),
                                 QStringLiteral("MODEL"));
    if (!parser.parse(arguments))
        return reportError(verbName, parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        writeOutLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return reportError(verbName, QStringLiteral("info needs one MODEL"), ExitUsage);
    const QString path = parser.positionalArguments().first();
    QString error;
    const auto model = TaggerModel::load(path, &error);
    if (!model)
        return reportError(verbName, QStringLiteral("%1: %2").arg(path, error), ExitFailure);
    writeOutLine(QStringLiteral("model: %1").arg(path));
    writeOutLine(QStringLiteral("size: %1 bytes").arg(QFileInfo(path).size()));
    writeOutLine(QStringLiteral("version: %1").arg(TaggerModel::formatVersion));
    writeOutLine(QStringLiteral("hash: sha256:%1").arg(model->hash()));
    writeOutLine(QStringLiteral("features: %1").arg(model->featureCount()));
    writeOutLine(QStringLiteral("cluster words: %1").arg(model->clusters().size()));
    const QJsonObject &p = model->provenance();
    const QJsonObject data = p.value(QStringLiteral("data")).toObject();
    writeOutLine(QStringLiteral("data: %1").arg(valueText(data)));
    writeOutLine(QStringLiteral("terms: %1").arg(p.value(QStringLiteral("terms")).toString()));
    writeOutLine(QStringLiteral("command: %1").arg(p.value(QStringLiteral("command")).toString()));
    writeOutLine(QStringLiteral("date: %1").arg(p.value(QStringLiteral("date")).toString()));
    for (auto it = p.constBegin(); it != p.constEnd(); ++it) { // QJsonObject iterates in key order
        static const QStringList shown{QStringLiteral("data"), QStringLiteral("terms"), QStringLiteral("command"),
                                       QStringLiteral("date")};
        if (!shown.contains(it.key()))
            writeOutLine(QStringLiteral("%1: %2").arg(it.key(), valueText(it.value())));
    }
    return ExitOk;
}

} // namespace

int runModel(const QStringList &arguments)
{
    const QString usage = QStringLiteral("usage: lectern model train --spans FILE [--split-file F --split NAME] "
                                         "[--base MODEL] -o MODEL | lectern model learn --db DB [--base MODEL] -o MODEL "
                                         "| lectern model info MODEL");
    if (arguments.size() < 2)
        return reportError(verbName, usage, ExitUsage);
    const QString sub = arguments.at(1);
    QStringList rest = arguments.mid(1);
    rest.first() = arguments.first() + QLatin1Char(' ') + sub;
    if (sub == u"train")
        return runTrain(rest);
    if (sub == u"info")
        return runInfo(rest);
    if (sub == u"learn")
        return runModelLearn(rest);
    if (sub == u"--help" || sub == u"-h") {
        writeOutLine(usage);
        return ExitOk;
    }
    return reportError(verbName, QStringLiteral("unknown subcommand '%1' (%2)").arg(sub, usage), ExitUsage);
}

} // namespace Lectern::Cli
