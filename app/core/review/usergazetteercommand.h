#pragma once

#include <QString>
#include <QStringList>
#include <QUndoCommand>

namespace Lectern::Core {

// Undoable change to the user gazetteer (extract/gazetteer.h): redo appends the lines that are
// not in the file yet (appendToUserGazetteer), undo removes exactly those again. Meant as a child
// of the entity-correction command that chose "apply to all articles", so Edit > Undo takes the
// decision back everywhere. File errors do not throw: errorString() holds the last one.
class UserGazetteerCommand final : public QUndoCommand
{
public:
    UserGazetteerCommand(const QString &path, const QStringList &lines, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QString errorString() const { return m_error; }
    QStringList addedLines() const { return m_added; } // lines the last redo() wrote

    // Removes one occurrence of each line (compared after trimming) from the file; false with
    // error set when it cannot be read or written.
    static bool removeLines(const QString &path, const QStringList &lines, QString *error);

private:
    QString m_path;
    QStringList m_lines;
    QStringList m_added;
    QString m_error;
};

} // namespace Lectern::Core
