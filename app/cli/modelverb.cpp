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

// The SHA-256 of a file's bytes in hex (of no bytes when it cannot be read).
QString fileSha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (file.open(QIODevice::ReadOnly))
        hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
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
        for (const QString &input : inputs) {
            const QDateTime modified = QFileInfo(input).lastModified().toUTC();
            if (!date.isValid() || modified > date)
                date = modified;
        }
    }
    return date.isValid() ? date.toUTC().toString(Qt::ISODate) : QString();
}

// The options of "model train".
struct TrainOptions
{
    QCommandLineOption spans{QStringLiteral("spans"), QCoreApplication::translate("Cli", "Span file (JSON Lines)."),
                             QStringLiteral("FILE")};
    QCommandLineOption splitFile{QStringLiteral("split-file"),
                                 QCoreApplication::translate("Cli", "Split file (JSON: lists of article ids)."),
                                 QStringLiteral("FILE")};
    QCommandLineOption split{QStringLiteral("split"),
                             QCoreApplication::translate("Cli", "Train only on the articles of this list."),
                             QStringLiteral("NAME")};
    QCommandLineOption base{QStringLiteral("base"),
                            QCoreApplication::translate("Cli", "Continue from this model (adaptation)."),
                            QStringLiteral("MODEL")};
    QCommandLineOption epochs{QStringLiteral("epochs"), QCoreApplication::translate("Cli", "Passes over the data."),
                              QStringLiteral("N"), QStringLiteral("8")};
    QCommandLineOption terms{QStringLiteral("terms"),
                             QCoreApplication::translate("Cli", "The training data's licence terms, recorded in the model."),
                             QStringLiteral("TEXT")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              QCoreApplication::translate("Cli", "The model file to write."), QStringLiteral("MODEL")};
    QCommandLineOption maxFeatures{QStringLiteral("max-features"),
                                   QCoreApplication::translate("Cli", "Keep at most this many features (size, speed)."),
                                   QStringLiteral("N"), QStringLiteral("300000")};
    QCommandLineOption clusterText{
        QStringLiteral("cluster-text"),
        QCoreApplication::translate("Cli", "Learn word clusters from this unlabeled text (JSON Lines with \"text\") and the training articles."),
        QStringLiteral("FILE")};
    QCommandLineOption clusters{QStringLiteral("clusters"),
                                QCoreApplication::translate("Cli", "Number of word clusters (with --cluster-text)."),
                                QStringLiteral("N"), QStringLiteral("160")};
};

// Sets the description and the options the help of "model train" shows.
void describeTrain(QCommandLineParser &parser, const TrainOptions &o)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Train the entity tagger from span-annotated articles (JSON Lines: id, text, entities)."));
    parser.addHelpOption();
    parser.addOptions({o.spans, o.splitFile, o.split, o.base, o.epochs, o.terms, o.maxFeatures, o.clusterText,
                       o.clusters, o.output});
}

// A usage message for a "model train" command line that cannot run, else empty.
QString trainUsageError(const QCommandLineParser &parser, const TrainOptions &o)
{
    if (!parser.isSet(o.spans) || !parser.isSet(o.output))
        return QStringLiteral("train needs --spans FILE and -o MODEL");
    bool ok = false;
    const int epochs = parser.value(o.epochs).toInt(&ok);
    if (!ok || epochs < 1 || epochs > 100)
        return QStringLiteral("--epochs must be 1 to 100");
    const qint64 maxFeatures = parser.value(o.maxFeatures).toLongLong(&ok);
    if (!ok || maxFeatures < 1)
        return QStringLiteral("--max-features must be a positive number");
    return {};
}

// The training options of a command line trainUsageError() accepted.
TaggerTrainer::Options trainerOptions(const QCommandLineParser &parser, const TrainOptions &o)
{
    TaggerTrainer::Options options;
    options.epochs = parser.value(o.epochs).toInt();
    options.maxFeatures = parser.value(o.maxFeatures).toLongLong();
    return options;
}

// The split file: --split-file, else with --split the VLSP 2018 split beside the span file.
QString splitFileOf(const QCommandLineParser &parser, const TrainOptions &o)
{
    QString splitFile = parser.value(o.splitFile);
    if (!parser.value(o.split).isEmpty() && splitFile.isEmpty())
        splitFile = QFileInfo(parser.value(o.spans)).dir().filePath(QStringLiteral("vlsp2018-split.json"));
    return splitFile;
}

// Reads the "text" of every line of the cluster text files (JSON Lines) into texts, and what was
// read into clusterData (file, sha256, articles); false (and *error) on a file that cannot be read.
bool readClusterTexts(const QStringList &paths, QStringList &texts, QJsonArray &clusterData, QString *error)
{
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false;
        }
        qsizetype lineNo = 0, articles = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNo;
            if (line.isEmpty())
                continue;
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (!doc.isObject()) {
                *error = QStringLiteral("%1:%2: not a JSON object").arg(path).arg(lineNo);
                return false;
            }
            texts.append(TextFold::normalizeText(doc.object().value(QStringLiteral("text")).toString()));
            ++articles;
        }
        clusterData.append(QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                       {QStringLiteral("sha256"), fileSha256(path)},
                                       {QStringLiteral("articles"), double(articles)}});
    }
    return true;
}

// The command line as the model records it, arguments with spaces in quotes.
QString commandText(const QStringList &arguments)
{
    QStringList command{QStringLiteral("lectern model train")};
    for (const QString &argument : arguments.mid(1))
        command << (argument.contains(QLatin1Char(' ')) ? QLatin1Char('"') + argument + QLatin1Char('"') : argument);
    return command.join(QLatin1Char(' '));
}

// What the model records about its making: the data (with hashes), terms, command and date.
QJsonObject modelProvenance(const QCommandLineParser &parser, const TrainOptions &o, const QStringList &arguments,
                            const TaggerTrainer::SpanFileStats &stats, const QJsonArray &clusterData)
{
    const QString spans = parser.value(o.spans);
    const QString split = parser.value(o.split);
    const QString splitFile = splitFileOf(parser, o);
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
        inputs << parser.values(o.clusterText);
    }
    if (parser.isSet(o.base))
        inputs << parser.value(o.base);
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("Lectern entity tagger: averaged structured perceptron, BIOES over PER/ORG/LOC/MISC with edge features")},
        {QStringLiteral("data"), data},
        {QStringLiteral("terms"), parser.isSet(o.terms) ? parser.value(o.terms)
                                                        : QStringLiteral("not stated (give the data's terms with --terms)")},
        {QStringLiteral("command"), commandText(arguments)},
        {QStringLiteral("date"), modelDate(inputs)}};
}

// model train: trains a tagger model on a span file (and word clusters) and writes it.
int runTrain(const QStringList &arguments)
{
    QCommandLineParser parser;
    const TrainOptions o;
    describeTrain(parser, o);
    if (const auto exit = parseOrExit(parser, arguments, verbName))
        return *exit;
    if (const QString usage = trainUsageError(parser, o); !usage.isEmpty())
        return reportError(verbName, usage, ExitUsage);
    const QString spans = parser.value(o.spans);
    const TaggerTrainer::Options options = trainerOptions(parser, o);

    std::shared_ptr<TaggerModel> base;
    if (parser.isSet(o.base)) {
        QString error;
        base = TaggerModel::load(parser.value(o.base), &error);
        if (!base)
            return reportError(verbName, QStringLiteral("%1: %2").arg(parser.value(o.base), error), ExitFailure);
    }
    // Built-in gazetteers only: the model must not depend on this user's own list.
    const Gazetteer gazetteer(QStringLiteral(":/gazetteers"), QString());
    TaggerTrainer trainer(gazetteer);
    TaggerTrainer::SpanFileStats stats;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!trainer.addSpanFile(spans, splitFileOf(parser, o), parser.value(o.split), &stats, &error))
        return reportError(verbName, error, ExitFailure);
    if (stats.articles == 0)
        return reportError(verbName, QStringLiteral("%1: no articles to train on").arg(spans), ExitFailure);
    QJsonArray clusterData;
    if (parser.isSet(o.clusterText)) {
        TaggerClusters::Options clusterOptions;
        bool ok = false;
        clusterOptions.clusters = parser.value(o.clusters).toInt(&ok);
        if (!ok || clusterOptions.clusters < 2 || clusterOptions.clusters > 4000)
            return reportError(verbName, QStringLiteral("--clusters must be 2 to 4000"), ExitUsage);
        QStringList texts;
        if (!readClusterTexts(parser.values(o.clusterText), texts, clusterData, &error))
            return reportError(verbName, error, ExitFailure);
        trainer.learnClusters(texts, clusterOptions);
    }

    const QJsonObject provenance = modelProvenance(parser, o, arguments, stats, clusterData);
    const std::shared_ptr<TaggerModel> model = trainer.train(options, provenance, base.get());
    if (!model->save(parser.value(o.output), &error))
        return reportError(verbName, QStringLiteral("%1: %2").arg(parser.value(o.output), error), ExitFailure);
    writeErrLine(QStringLiteral("lectern model: %1 articles, %2 tokens, %3 features, %4 s -> %5")
                     .arg(stats.articles)
                     .arg(trainer.tokenCount())
                     .arg(model->featureCount())
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                     .arg(parser.value(o.output)));
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
    if (const auto exit = parseOrExit(parser, arguments, verbName))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return reportError(verbName, QStringLiteral("info needs one MODEL"), ExitUsage);
    const QString path = parser.positionalArguments().first();
    QString error;
    const auto model = TaggerModel::load(path, &error);
    if (!model)
        return reportError(verbName, QStringLiteral("%1: %2").arg(path, error), ExitFailure);
    writeOutLine(QStringLiteral("model: %1").arg(path));
    writeOutLine(QStringLiteral("size: %1 bytes").arg(QFileInfo(path).size()));
    writeOutLine(QStringLiteral("version: %1").arg(model->version()));
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
