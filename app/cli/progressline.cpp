#include "progressline.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Lectern::Cli {

namespace {
struct LibraryVerb
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Cli::LibraryVerb)
};

QString duration(qint64 msecs)
{
    const qint64 seconds = (msecs + 999) / 1000;
    if (seconds < 60)
        return LibraryVerb::tr("%n s", nullptr, int(seconds));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ProgressLine::ProgressLine(const QString &prefix, const QString &label)
    : m_prefix(prefix)
    , m_label(label)
    , m_terminal(stderrIsTerminal())
{
}

ProgressLine::~ProgressLine()
{
    finish();
}

bool ProgressLine::stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(fileno(stderr));
#endif
}

QString ProgressLine::text(int done, int total, double articlesPerSecond, double megabytesPerSecond, qint64 msecsLeft) const
{
    QStringList parts;
    parts << LibraryVerb::tr("%1 of %2 %3").arg(done).arg(total).arg(m_label);
    if (articlesPerSecond >= 0)
        parts << LibraryVerb::tr("%1 articles/s").arg(articlesPerSecond, 0, 'f', 0);
    if (megabytesPerSecond >= 0)
        parts << LibraryVerb::tr("%1 MB/s").arg(megabytesPerSecond, 0, 'f', 1);
    if (msecsLeft >= 0 && done < total)
        parts << LibraryVerb::tr("about %1 left").arg(duration(msecsLeft));
    return parts.join(QStringLiteral(", "));
}

void ProgressLine::update(int done, int total, double articlesPerSecond, double megabytesPerSecond, qint64 msecsLeft,
                          bool force)
{
    if (done == m_lastDone && !(force && m_terminal))
        return;
    const bool last = done >= total;
    if (m_sinceUpdate.isValid() && !force && !last && m_sinceUpdate.elapsed() < (m_terminal ? 100 : 1000))
        return;
    m_lastDone = done;
    m_sinceUpdate.start();
    const QString line = text(done, total, articlesPerSecond, megabytesPerSecond, msecsLeft);
    QByteArray bytes;
    if (m_terminal) {
        constexpr int width = 30;
        const int filled = total > 0 ? int(qint64(width) * done / total) : width;
        const int percent = total > 0 ? int(qint64(100) * done / total) : 100;
        const QString bar = QStringLiteral("[%1%2] %3% ")
                                .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('-')))
                                .arg(percent, 3);
        // \r back to the start, \x1b[K clears what a longer line left.
        bytes = "\r" + (bar + line).toUtf8() + "\x1b[K";
        m_drawn = true;
    } else {
        bytes = (m_prefix + line).toUtf8() + '\n';
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void ProgressLine::finish()
{
    if (m_terminal && m_drawn) {
        std::fputc('\n', stderr);
        std::fflush(stderr);
    }
    m_drawn = false;
}

} // namespace Lectern::Cli
