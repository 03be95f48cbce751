#pragma once

#include <QElapsedTimer>
#include <QString>

namespace Lectern::Cli {

// Progress of a long verb on stderr: a bar redrawn in place when stderr is a terminal, else a
// plain line now and then (logs, pipes, CI). At most a few updates a second either way.
class ProgressLine final
{
public:
    // label: what is counted, e.g. "files"; prefix: the start of plain lines ("lectern library: ").
    ProgressLine(const QString &prefix, const QString &label);
    ~ProgressLine();

    static bool stderrIsTerminal();

    // articlesPerSecond / megabytesPerSecond < 0: not shown; msecsLeft < 0: not known yet.
    void update(int done, int total, double articlesPerSecond, double megabytesPerSecond, qint64 msecsLeft,
                bool force = false);
    void finish(); // ends the bar's line (terminal); called by the destructor

private:
    QString text(int done, int total, double articlesPerSecond, double megabytesPerSecond, qint64 msecsLeft) const;

    QString m_prefix;
    QString m_label;
    bool m_terminal;
    bool m_drawn = false;
    int m_lastDone = -1;       // done at the last update shown
    QElapsedTimer m_sinceUpdate;
};

} // namespace Lectern::Cli
