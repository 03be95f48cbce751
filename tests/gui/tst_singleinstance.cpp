// Single instance (issue 19): a second launch hands its files to the running Lectern over a local
// socket, which opens them in tabs and comes to the front; with none running a launch becomes the
// server (also over a socket file a crashed instance left). Checked in-process (the protocol, the
// window's answer) and with real lectern processes (QProcess, offscreen, their own XDG folders).
#include "articleview.h"
#include "document/articledocument.h"
#include "gui.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "singleinstance.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Lectern;
using Gui::SingleInstance;

namespace {

QString writeArticle(const QDir &dir, const QString &name, const QString &title)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write((title + QStringLiteral("\n\nBài viết thử nghiệm về Hà Nội, do phóng viên gửi về.\n")).toUtf8());
    return path;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // The tabs a lectern process saved in its settings (its session), as absolute paths.
    QStringList savedTabs() const
    {
        QSettings settings(m_dir.filePath(QStringLiteral("config/Lectern/Lectern.conf")), QSettings::IniFormat);
        QStringList paths;
        const int n = settings.beginReadArray(QStringLiteral("session/tabs"));
        for (int i = 0; i < n; ++i) {
            settings.setArrayIndex(i);
            paths << settings.value(QStringLiteral("path")).toString();
        }
        settings.endArray();
        return paths;
    }

    void prepare(QProcess &p) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::SeparateChannels);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_singleinstance"));
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("run")));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("run")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void messagesAreCheckedLikeAnyInput()
    {
        SingleInstance::Request r;
        r.files = {QStringLiteral("/tmp/a b.txt"), QStringLiteral("/tmp/Hà Nội.md")};
        r.sample = true;
        SingleInstance::Request back;
        QVERIFY(SingleInstance::decode(SingleInstance::encode(r), &back));
        QCOMPARE(back.files, r.files);
        QVERIFY(back.sample);
        QVERIFY(SingleInstance::encode(r).endsWith('\n'));
        for (const QByteArray &bad : {QByteArray("not json"), QByteArray("[1,2]"), QByteArray(R"({"open":"x"})"),
                                      QByteArray(R"({"open":["relative.txt"]})"), QByteArray(R"({"open":[3]})"),
                                      QByteArray(SingleInstance::maxMessageBytes + 1, ' ')})
            QVERIFY2(!SingleInstance::decode(bad, &back), bad.left(40).constData());
        // Paths are cleaned: no "..", whatever the other launch typed.
        QVERIFY(SingleInstance::decode(R"({"open":["/tmp/x/../y.txt"]})", &back));
        QCOMPARE(back.files, QStringList{QStringLiteral("/tmp/y.txt")});
    }

    void theRunningWindowOpensTheFilesAndComesToTheFront()
    {
        const QString name = m_dir.filePath(QStringLiteral("inprocess.sock"));
        SingleInstance server(name);
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        QVERIFY(server.isListening());
        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        Gui::receiveLaunches(&server, &window);
        window.show();
        QWidget other;
        other.show();
        other.activateWindow();
        QTRY_VERIFY(other.isActiveWindow());
        const QString file = writeArticle(QDir(m_dir.path()), QStringLiteral("inprocess.txt"), QStringLiteral("Một"));

        // The other launch blocks while it waits for the answer: run it on a thread of its own.
        bool handed = false;
        QThread *client = QThread::create([&] {
            SingleInstance launch(name);
            SingleInstance::Request r;
            r.files = {file};
            handed = launch.handOver(r);
        });
        client->start();
        QTRY_VERIFY_WITH_TIMEOUT(client->isFinished(), 15000);
        client->wait();
        delete client;
        QVERIFY(handed);
        QTRY_COMPARE_WITH_TIMEOUT(window.articleCount(), 1, 15000);
        QCOMPARE(window.currentView()->articleDocument()->filePath(), file);
        QTRY_VERIFY(window.isActiveWindow());

        // The same file again: its tab comes forward, no second tab.
        client = QThread::create([&] {
            SingleInstance launch(name);
            handed = launch.handOver({{file}, false});
        });
        client->start();
        QTRY_VERIFY_WITH_TIMEOUT(client->isFinished(), 15000);
        client->wait();
        delete client;
        QVERIFY(handed);
        QCOMPARE(window.articleCount(), 1);

        // Nobody at a name: the launch is not handed over, and may become the server.
        SingleInstance nobody(m_dir.filePath(QStringLiteral("nobody.sock")));
        QVERIFY(!nobody.handOver({{file}, false}));
        QVERIFY(nobody.listen());
    }

    void aSecondLaunchHandsItsFilesToTheFirst()
    {
        const QDir dir(m_dir.path());
        const QString first = writeArticle(dir, QStringLiteral("first.txt"), QStringLiteral("Bài thứ nhất"));
        const QString second = writeArticle(dir, QStringLiteral("second.txt"), QStringLiteral("Bài thứ hai"));

        QProcess running;
        prepare(running);
        running.start(QStringLiteral(LECTERN_BINARY), {first});
        QVERIFY(running.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(savedTabs() == QStringList{first}, 60000);
        QCOMPARE(running.state(), QProcess::Running);

        QProcess launch;
        prepare(launch);
        launch.start(QStringLiteral(LECTERN_BINARY), {second});
        QVERIFY(launch.waitForFinished(60000));
        QCOMPARE(launch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(launch.exitCode(), 0);
        QVERIFY2(launch.readAllStandardOutput().contains("handed over"), launch.readAllStandardError().constData());
        // The first process opened it in a tab of its own.
        QTRY_COMPARE_WITH_TIMEOUT(savedTabs(), (QStringList{first, second}), 60000);
        QCOMPARE(running.state(), QProcess::Running);

        // The first one dies without a word (its socket file stays): the next launch becomes the
        // server, with the last session's tabs back; a launch after it hands over to it.
        running.kill();
        QVERIFY(running.waitForFinished(10000));
        const QDir run(m_dir.filePath(QStringLiteral("run")));
        const QStringList sockets = run.entryList({QStringLiteral("lectern-*")}, QDir::System | QDir::Files);
        QCOMPARE(sockets.size(), 1); // the one the first process left
        const QString socket = run.filePath(sockets.first());
        const QDateTime stale = QFileInfo(socket).lastModified();
        QTest::qWait(50);
        QProcess next;
        prepare(next);
        next.start(QStringLiteral(LECTERN_BINARY), {second});
        QVERIFY(next.waitForStarted());
        // It serves once it has made a socket of its own in place of the stale one.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket) && QFileInfo(socket).lastModified() > stale, 60000);
        QTest::qWait(200);
        QProcess after;
        prepare(after);
        after.start(QStringLiteral(LECTERN_BINARY), QStringList{});
        QVERIFY(after.waitForFinished(60000));
        QCOMPARE(after.exitCode(), 0);
        QVERIFY(after.readAllStandardOutput().contains("handed over"));
        QCOMPARE(next.state(), QProcess::Running);
        QTRY_COMPARE_WITH_TIMEOUT(savedTabs(), (QStringList{first, second}), 60000);

        // --new-instance runs on its own: it is not handed over (still running), and it listens to
        // nobody.
        QProcess own;
        prepare(own);
        own.start(QStringLiteral(LECTERN_BINARY), {QStringLiteral("--new-instance"), first});
        QVERIFY(own.waitForStarted());
        QVERIFY(!own.waitForFinished(3000));
        QCOMPARE(own.state(), QProcess::Running);
        own.kill();
        own.waitForFinished();
        next.kill();
        next.waitForFinished();
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
