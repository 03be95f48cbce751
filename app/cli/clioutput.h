#pragma once

#include <QByteArray>
#include <QString>

namespace Lectern::Cli {

// stdout/stderr writers that always emit UTF-8, whatever the console's locale.
void writeOut(const QByteArray &utf8);
void writeOutLine(const QString &line);
void writeErrLine(const QString &line);

} // namespace Lectern::Cli
