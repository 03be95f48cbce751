#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Lectern::Cli {

// stdout/stderr writers that always emit UTF-8, whatever the console's locale.
void writeOut(const QByteArray &utf8);
void writeOutLine(const QString &line);
void writeErrLine(const QString &line);

// Exit codes of every verb: 0 done, 1 the work failed (a file, the database), 2 the command line
// was wrong. reportError() writes "lectern VERB: message" to stderr and returns the code.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };
int reportError(const QString &verb, const QString &message, ExitCode code);

// Parses a verb's command line (its options already described): nullopt to go on, else the exit
// code to return — ExitOk once --help was printed, ExitUsage once a parse error was reported.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const QString &verb);

// The time written into outputs ("printed at", "reviewed"): SOURCE_DATE_EPOCH (seconds since
// 1970, UTC) when it is set, as reproducible builds do, so a run can be repeated byte for byte;
// otherwise now (UTC, ms precision).
QDateTime outputTime();

} // namespace Lectern::Cli
