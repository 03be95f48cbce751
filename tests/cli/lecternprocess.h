#pragma once

// Runs the built `lectern` binary as a user would, for the CLI tests.
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1; // -1: did not finish in time, -2: crashed
    QByteArray out;
    QByteArray err;
};

// extraEnv: variables set (or, with an empty value, removed) for this run only.
inline Run lectern(const QStringList &args, const QMap<QString, QString> &extraEnv = {})
{
    // A private runtime dir keeps Qt's "XDG_RUNTIME_DIR not set" warning out of stderr.
    static QTemporaryDir runtime;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LECTERN_BINARY), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace
