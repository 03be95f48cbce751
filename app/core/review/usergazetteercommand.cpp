#include "review/usergazetteercommand.h"

#include "review/applycorrections.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Lectern::Core {

namespace {
QStringList presentLines(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QStringList present;
    for (const QString &l : QString::fromUtf8(in.readAll()).split(QLatin1Char('\n')))
        present << l.trimmed();
    return present;
}
} // namespace

UserGazetteerCommand::UserGazetteerCommand(const QString &path, const QStringList &lines, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_path(path)
    , m_lines(lines)
{
}

void UserGazetteerCommand::redo()
{
    m_error.clear();
    const QStringList present = presentLines(m_path);
    m_added.clear();
    for (const QString &l : std::as_const(m_lines)) {
        if (!l.trimmed().isEmpty() && !present.contains(l.trimmed()) && !m_added.contains(l.trimmed()))
            m_added << l.trimmed();
    }
    if (m_added.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!appendToUserGazetteer(m_path, m_added, &m_error))
        m_added.clear();
}

void UserGazetteerCommand::undo()
{
    m_error.clear();
    removeLines(m_path, m_added, &m_error);
}

bool UserGazetteerCommand::removeLines(const QString &path, const QStringList &lines, QString *error)
{
    if (lines.isEmpty())
        return true;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    const QList<QByteArray> existing = in.readAll().split('\n');
    in.close();
    QByteArray out;
    QStringList toRemove = lines;
    for (qsizetype i = 0; i < existing.size(); ++i) {
        const QByteArray &line = existing.at(i);
        if (i == existing.size() - 1 && line.isEmpty())
            break; // the newline after the last line
        const qsizetype at = toRemove.indexOf(QString::fromUtf8(line).trimmed());
        if (at >= 0) {
            toRemove.removeAt(at);
            continue;
        }
        out += line + '\n';
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Lectern::Core
