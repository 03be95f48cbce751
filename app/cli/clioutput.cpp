#include "clioutput.h"

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

} // namespace Lectern::Cli
