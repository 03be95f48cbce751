// `lectern print FILE --printer NAME`: the printout on paper through a real CUPS queue. The test
// starts its own cupsd (its own cupsd.conf, cups-files.conf, spool, cache, state and log folders in a
// temporary folder, listening only on its own Unix socket; CUPS_SERVER points the Lectern process at
// it), adds a queue and prints an article with highlights and notes through QPrinter in native format.
//
// The queue is a PDF printer (cups-filters' "Generic PDF Printer" PPD, so the job runs through CUPS's
// filter chain) whose device is a file in the temporary folder. Not the cups-pdf backend: cups-pdf
// reads its settings only from /etc/cups/cups-pdf.conf (or /etc/cups/cups-pdf-NAME.conf), so its output
// folder cannot be made private without writing to the system's configuration.
// Skipped, with the reason, only where cupsd is missing or cannot start; cupsd is stopped at the end
// even when a check fails.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "lecternprocess.h"

#ifdef Q_OS_UNIX
#include <grp.h>
#include <pwd.h>
#include <unistd.h>
#endif

namespace {

const QString queue = QStringLiteral("LecternTest");

bool isRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

QString userName()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return qEnvironmentVariable("USER", QStringLiteral("root"));
}

QString groupName()
{
#ifdef Q_OS_UNIX
    if (const group *gr = getgrgid(getegid()))
        return QString::fromLocal8Bit(gr->gr_name);
#endif
    return QStringLiteral("root");
}

QString data(const char *name)
{
    return QStringLiteral(LECTERN_TEST_DATA "/") + QString::fromLatin1(name);
}

QString findTool(const QString &name)
{
    // cupsd lives in /usr/sbin, which is not on every user's PATH.
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    return path;
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) == text.toUtf8().size();
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

// A cupsd of the test's own. stop() (also from the destructor) ends it whatever happened.
class PrivateCups
{
public:
    explicit PrivateCups(const QString &root)
        : m_root(root)
    {
    }
    ~PrivateCups() { stop(); }

    QString socket() const { return m_root + QStringLiteral("/cups.sock"); }
    QString output() const { return m_root + QStringLiteral("/out/printout.pdf"); }
    QString errorLog() const { return readFile(m_root + QStringLiteral("/log/error_log")); }

    QMap<QString, QString> environment() const
    {
        // No per-user lpoptions or client.conf of the person running the tests.
        return {{QStringLiteral("CUPS_SERVER"), socket()}, {QStringLiteral("CUPS_USER"), userName()}};
    }

    // Empty when cupsd runs and answers; else why not.
    QString start()
    {
        const QString cupsd = findTool(QStringLiteral("cupsd"));
        if (cupsd.isEmpty())
            return QStringLiteral("cupsd is not installed (package cups)");
        for (const char *dir : {"etc", "etc/ppd", "spool", "spool/tmp", "cache", "state", "log", "out"})
            if (!QDir().mkpath(m_root + QLatin1Char('/') + QString::fromLatin1(dir)))
                return QStringLiteral("cannot create %1").arg(QString::fromLatin1(dir));
        // cupsd runs its filters as an unprivileged user (lp when started as root): the folders must
        // be reachable for it.
        for (const QString &dir : QStringList{m_root, m_root + QStringLiteral("/spool"),
                                              m_root + QStringLiteral("/spool/tmp"), m_root + QStringLiteral("/out")})
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                           | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                           | QFileDevice::ExeOther);
        const QString user = isRoot() ? QStringLiteral("lp") : userName();
        const QString conf = QStringLiteral("Listen %1\n"
                                            "LogLevel debug\n"
                                            "Browsing No\n"
                                            "WebInterface No\n"
                                            "DefaultAuthType None\n"
                                            "MaxJobs 10\n"
                                            "PreserveJobFiles No\n"
                                            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                                            "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
                                            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
                                 .arg(socket());
        const QString files = QStringLiteral("ServerRoot %1/etc\n"
                                             "RequestRoot %1/spool\n"
                                             "TempDir %1/spool/tmp\n"
                                             "CacheDir %1/cache\n"
                                             "StateDir %1/state\n"
                                             "ErrorLog %1/log/error_log\n"
                                             "AccessLog %1/log/access_log\n"
                                             "PageLog %1/log/page_log\n"
                                             "FileDevice Yes\n"
                                             "User %2\n"
                                             "SystemGroup %3\n")
                                  .arg(m_root, user, isRoot() ? QStringLiteral("root") : groupName());
        // cupsd writes a file: device only when the file exists (CUPS 2.4 creates none).
        if (!writeFile(output(), QString())
            || !QFile::setPermissions(output(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                    | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                                    | QFileDevice::WriteOther))
            return QStringLiteral("cannot create the output file");
        if (!writeFile(m_root + QStringLiteral("/etc/cupsd.conf"), conf)
            || !writeFile(m_root + QStringLiteral("/etc/cups-files.conf"), files))
            return QStringLiteral("cannot write the configuration");
        m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
        m_cupsd.start(cupsd, {QStringLiteral("-f"), QStringLiteral("-c"), m_root + QStringLiteral("/etc/cupsd.conf"),
                              QStringLiteral("-s"), m_root + QStringLiteral("/etc/cups-files.conf")});
        if (!m_cupsd.waitForStarted(10000))
            return QStringLiteral("cupsd did not start: %1").arg(m_cupsd.errorString());
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            if (m_cupsd.state() != QProcess::Running)
                return QStringLiteral("cupsd stopped at once: %1 %2")
                    .arg(QString::fromUtf8(m_cupsd.readAll()), errorLog().right(2000));
            if (QFileInfo::exists(socket()) && run(QStringLiteral("lpstat"), {QStringLiteral("-r")}).contains("is running"))
                return {};
            QThread::msleep(200);
        }
        return QStringLiteral("cupsd did not answer on %1 within 30 s: %2").arg(socket(), errorLog().right(2000));
    }

    void stop()
    {
        if (m_cupsd.state() == QProcess::NotRunning)
            return;
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(15000)) {
            m_cupsd.kill();
            m_cupsd.waitForFinished(5000);
        }
    }

    // Runs a CUPS client tool against this cupsd; its stdout and stderr.
    QByteArray run(const QString &tool, const QStringList &args, int *exitCode = nullptr) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QMap<QString, QString> cupsEnv = environment();
        for (auto it = cupsEnv.cbegin(); it != cupsEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(findTool(tool), QStringList{QStringLiteral("-h"), socket()} + args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
        }
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAll();
    }

private:
    QString m_root;
    QProcess m_cupsd;
};

} // namespace

class TestCliPrint : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void unknownPrinter()
    {
        // With a cupsd of our own, the error lists its printers; without one, it says there is none.
        const Run r = lectern({QStringLiteral("print"), data("print/da-nang-du-lich-he.txt"), QStringLiteral("--printer"),
                               QStringLiteral("No-Such-Printer")},
                              {{QStringLiteral("CUPS_SERVER"), m_dir.filePath(QStringLiteral("none.sock"))}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("lectern print: "), r.err.constData());
        QVERIFY2(r.err.contains("No-Such-Printer"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }

    void usageErrors()
    {
        const Run noPrinter = lectern({QStringLiteral("print"), data("print/da-nang-du-lich-he.txt")});
        QCOMPARE(noPrinter.exitCode, 2);
        QVERIFY2(noPrinter.err.contains("--printer"), noPrinter.err.constData());
        const Run noFile = lectern({QStringLiteral("print"), QStringLiteral("--printer"), queue});
        QCOMPARE(noFile.exitCode, 2);
    }

    void printsThroughCups()
    {
        if (findTool(QStringLiteral("lpadmin")).isEmpty() || findTool(QStringLiteral("lpstat")).isEmpty())
            QSKIP("the CUPS client tools (lpadmin, lpstat) are not installed (package cups-client)");
        const QString ppd = QStringLiteral("/usr/share/ppd/cupsfilters/Generic-PDF_Printer-PDF.ppd");
        if (!QFileInfo::exists(ppd))
            QSKIP("cups-filters' Generic PDF Printer PPD is not installed (package cups-filters)");
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed (package poppler-utils)");

        QTemporaryDir root(QDir::tempPath() + QStringLiteral("/lectern-cups-XXXXXX")); // short: a socket path
        QVERIFY(root.isValid());
        PrivateCups cups(root.path());
        const QString why = cups.start();
        if (!why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("cupsd cannot start here: ") + why));

        int status = -1;
        const QByteArray added = cups.run(QStringLiteral("lpadmin"),
                                          {QStringLiteral("-p"), queue, QStringLiteral("-E"), QStringLiteral("-v"),
                                           QStringLiteral("file://") + cups.output(), QStringLiteral("-P"), ppd},
                                          &status);
        QVERIFY2(status == 0, added.constData());
        QVERIFY2(cups.run(QStringLiteral("lpstat"), {QStringLiteral("-p"), queue}).contains("idle"),
                 cups.run(QStringLiteral("lpstat"), {QStringLiteral("-p"), queue}).constData());

        // An article with two notes in a review database of the test's own.
        const QString article = data("print/da-nang-du-lich-he.txt");
        const QString db = m_dir.filePath(QStringLiteral("print.sqlite"));
        for (const auto &[start, end, comment] :
             {std::tuple{QStringLiteral("10"), QStringLiteral("30"), QStringLiteral("Kiểm chứng số liệu với Sở Du lịch")},
              std::tuple{QStringLiteral("200"), QStringLiteral("230"), QStringLiteral("Xác minh chức danh")}}) {
            const Run r = lectern({QStringLiteral("annotations"), QStringLiteral("add"), article, QStringLiteral("--db"), db,
                                   QStringLiteral("--start"), start, QStringLiteral("--end"), end,
                                   QStringLiteral("--comment"), comment});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }

        const Run printed = lectern({QStringLiteral("print"), article, QStringLiteral("--printer"), queue,
                                     QStringLiteral("--annotations"), QStringLiteral("--db"), db},
                                    cups.environment());
        QVERIFY2(printed.exitCode == 0, printed.err.constData());
        QVERIFY2(printed.err.contains(queue.toUtf8()), printed.err.constData());

        // The job: accepted by the scheduler, through the filters, out of the queue.
        QElapsedTimer timer;
        timer.start();
        QByteArray completed;
        while (timer.elapsed() < 90000) {
            completed = cups.run(QStringLiteral("lpstat"), {QStringLiteral("-W"), QStringLiteral("completed"),
                                                            QStringLiteral("-o"), queue});
            const QByteArray pending = cups.run(QStringLiteral("lpstat"), {QStringLiteral("-o"), queue});
            if (!completed.trimmed().isEmpty() && pending.trimmed().isEmpty())
                break;
            QThread::msleep(250);
        }
        QVERIFY2(!completed.trimmed().isEmpty(), qPrintable(QStringLiteral("no completed job; the log: ")
                                                             + cups.errorLog().right(3000)));
        QVERIFY2(completed.contains(queue.toUtf8()), completed.constData());
        QVERIFY2(QFileInfo(cups.output()).size() > 0, qPrintable(cups.errorLog().right(3000)));
        QVERIFY2(!cups.errorLog().contains(QLatin1String("\nE [")), qPrintable(cups.errorLog().right(3000)));

        // What the printer receives: the PDF of the job, framed in PJL by the Generic PDF Printer driver
        // as a PDF printer expects it.
        QFile out(cups.output());
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray job = out.readAll();
        out.close();
        const qsizetype pdfStart = job.indexOf("%PDF-");
        QVERIFY2(pdfStart >= 0 && pdfStart < 1024, job.left(200).constData());
        QVERIFY(job.contains("%%EOF"));
        const QString pdf = root.filePath(QStringLiteral("job.pdf"));
        QVERIFY(writeFile(pdf, QString()));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::WriteOnly) && pdfFile.write(job.mid(pdfStart)) == job.size() - pdfStart);
        pdfFile.close();
        const QString text = pdfText(pdf);
        for (const QString &phrase :
             QStringList{QStringLiteral("Đà Nẵng đón 2,45 triệu lượt khách trong mùa du lịch hè 2024"), QStringLiteral("Nguyễn Thị Thu Hường"),
              QStringLiteral("Kiểm chứng số liệu với Sở Du lịch"), QStringLiteral("Xác minh chức danh"),
              QStringLiteral("[1]"), QStringLiteral("[2]"), QStringLiteral("Page 1 of ")})
            QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + text.left(600)));
        cups.stop();
    }
};

QTEST_GUILESS_MAIN(TestCliPrint)
#include "tst_cli_print.moc"
