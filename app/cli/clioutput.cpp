#include "clioutput.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Lectern::Cli {

void writeOut(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void writeOutLine(const QString &line)
{
    writeOut(line.toUtf8() + '\n');
}

void writeErrLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int reportError(const QString &verb, const QString &message, ExitCode code)
{
    writeErrLine(QStringLiteral("lectern ") + verb + QStringLiteral(": ") + message);
    return code;
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const QString &verb)
{
    if (!parser.parse(arguments))
        return reportError(verb, parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        writeOutLine(parser.helpText());
        return ExitOk;
    }
    return std::nullopt;
}

QDateTime outputTime()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok && epoch >= 0)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-(now.time().msec()));
}

} // namespace Lectern::Cli
