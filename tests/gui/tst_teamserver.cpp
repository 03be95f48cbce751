// Team review on a PostgreSQL server in the GUI (issue 17), against the private cluster of the
// test run (fixture "postgres"): Edit > Preferences > Team server stores an address without a
// password and gives the local file back when Local file is chosen again; Test Connection
// reports a real connection, an unreachable server in words, and asks for a password that is
// kept in memory only; an article open on the server shows another process's comment in place
// (NOTIFY), the user's own open comment dialog untouched.
#include "../core/pgtestserver.h"

#include "annotationdialog.h"
#include "annotationspanel.h"
#include "articleview.h"
#include "document/articledocument.h"
#include "actionregistry.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "models/annotationmodel.h"
#include "preferencesdialog.h"
#include "review/annotationset.h"
#include "review/annotationstore.h"
#include "review/reviewserver.h"
#include "reviewcontroller.h"
#include "teamserverform.h"
#include "util/settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Lectern;

namespace {

const QString kDatabase = QStringLiteral("lectern_gui");
const QString kEditor = QStringLiteral("gui_ana");   // editor, password pw-ana
const QString kOther = QStringLiteral("gui_binh");   // reviewer, the other process
const QString kPassword = QStringLiteral("pw-ana");

void type(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text); // ASCII only (PITFALLS)
}

bool testConnection(Gui::TeamServerForm *form, QString *message)
{
    QSignalSpy tested(form, &Gui::TeamServerForm::tested);
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    if (tested.isEmpty() && !tested.wait(30000))
        return false;
    *message = tested.first().at(1).toString();
    return tested.first().at(0).toBool();
}

} // namespace

class TestTeamServer : public QObject
{
    Q_OBJECT
    PgTestServer m_pg;
    QTemporaryDir m_dir;
    QString m_local;
    bool m_ready = false;

    void requireServer()
    {
        if (!m_pg.unavailable().isEmpty())
            QSKIP(qPrintable(m_pg.unavailable()));
        QVERIFY(m_ready);
    }

    void fillForm(Gui::PreferencesDialog &dialog, const QString &host, int port, const QString &user)
    {
        QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("teamServerChoice")), Qt::LeftButton);
        QVERIFY(dialog.usesTeamServer());
        Gui::TeamServerForm *form = dialog.teamServerForm();
        QVERIFY(form->isVisible());
        type(form, "teamServerHost", host);
        auto *portBox = form->findChild<QSpinBox *>(QStringLiteral("teamServerPort"));
        portBox->setValue(port);
        type(form, "teamServerDatabase", kDatabase);
        type(form, "teamServerUser", user);
        auto *tls = form->findChild<QComboBox *>(QStringLiteral("teamServerTls"));
        tls->setCurrentIndex(tls->findData(QStringLiteral("prefer"))); // the test cluster has no TLS
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teamserver"));
        // Passwords only where a test puts them: never the machine's ~/.pgpass.
        qputenv("PGPASSFILE", "/nonexistent/lectern-test-pgpass");
        qunsetenv("PGPASSWORD");
        QVERIFY(m_dir.isValid());
        m_local = m_dir.filePath(QStringLiteral("mine.sqlite"));
        Core::Settings settings;
        settings.setDatabasePath(m_local);
        settings.setAuthorName(QStringLiteral("Ana"));
        settings.sync();
        if (!m_pg.unavailable().isEmpty())
            return;
        QString error;
        QVERIFY2(m_pg.createDatabase(kDatabase, &error), qPrintable(error));
        const QString admin = m_pg.socketUri(m_pg.superuser(), kDatabase);
        QVERIFY2(Core::ReviewServer::init(admin, &error), qPrintable(error));
        QVERIFY2(m_pg.createUser(kEditor, kPassword, &error), qPrintable(error));
        QVERIFY2(m_pg.createUser(kOther, QStringLiteral("pw-binh"), &error), qPrintable(error));
        QVERIFY2(Core::ReviewServer::grant(admin, kEditor, Core::ReviewServer::Role::Editor, &error), qPrintable(error));
        QVERIFY2(Core::ReviewServer::grant(admin, kOther, Core::ReviewServer::Role::Reviewer, &error), qPrintable(error));
        QVERIFY2(m_pg.exec(kDatabase, {QStringLiteral("GRANT CONNECT ON DATABASE %1 TO PUBLIC").arg(kDatabase)}, &error),
                 qPrintable(error));
        m_ready = true;
    }

    void teamServerIsStoredWithoutPasswordAndLocalFileComesBack()
    {
        Gui::LanguageManager languages;
        {
            Gui::PreferencesDialog dialog(&languages);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(!dialog.usesTeamServer()); // the default: the local file
            QVERIFY(!dialog.teamServerForm()->isVisible());
            fillForm(dialog, QStringLiteral("db.example.org"), 6543, QStringLiteral("ana"));
            auto *tls = dialog.teamServerForm()->findChild<QComboBox *>(QStringLiteral("teamServerTls"));
            tls->setCurrentIndex(tls->findData(QStringLiteral("verify-full")));
            QSignalSpy changed(&dialog, &Gui::PreferencesDialog::databaseChanged);
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(changed.size(), 1);
        }
        const QString uri = QStringLiteral("postgresql://ana@db.example.org:6543/lectern_gui?sslmode=verify-full");
        {
            Core::Settings settings;
            QCOMPARE(settings.databasePath(), uri);
            QVERIFY(settings.useTeamServer());
            QCOMPARE(settings.localDatabasePath(), m_local); // kept for later
        }
        {
            Gui::PreferencesDialog dialog(&languages);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.usesTeamServer());
            QCOMPARE(dialog.teamServerForm()->location(), uri);
            QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("localFileChoice")), Qt::LeftButton);
            QVERIFY(!dialog.teamServerForm()->isVisible());
            QSignalSpy changed(&dialog, &Gui::PreferencesDialog::databaseChanged);
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.first().first().toString(), m_local);
        }
        Core::Settings settings;
        QCOMPARE(settings.databasePath(), m_local);
        QVERIFY(!settings.useTeamServer());
        QCOMPARE(settings.teamServer(), uri); // the server's fields are there when chosen again
        // An address with a password is never stored.
        QVERIFY(!settings.setTeamServer(QStringLiteral("postgresql://ana:secret@db.example.org/lectern_gui")));
        QVERIFY(!settings.setTeamServer(QStringLiteral("postgresql://ana@db.example.org/lectern_gui?password=secret")));
        QCOMPARE(settings.teamServer(), uri);
    }

    void testConnectionReachesTheServer()
    {
        requireServer();
        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        Gui::PreferencesDialog dialog(&languages);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Over the cluster's Unix socket (a folder as the host), trusted.
        fillForm(dialog, m_pg.socketDir(), m_pg.port(), kOther);
        QString message;
        QVERIFY2(testConnection(dialog.teamServerForm(), &message), qPrintable(message));
        QVERIFY2(message.startsWith(QStringLiteral("Connected to postgresql://gui_binh@localhost:")), qPrintable(message));
        QCOMPARE(dialog.teamServerForm()->resultText(), message);

        // Nobody listens on port 1: said in words, not as the driver's error.
        fillForm(dialog, QStringLiteral("127.0.0.1"), 1, kOther);
        QVERIFY(!testConnection(dialog.teamServerForm(), &message));
        QVERIFY2(message.startsWith(QStringLiteral("The team server postgresql://gui_binh@127.0.0.1:1/lectern_gui"
                                                   "?sslmode=prefer cannot be reached")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("QPSQL")) && !message.contains(QStringLiteral("Unable to connect")),
                 qPrintable(message));

        // An unknown database.
        fillForm(dialog, m_pg.socketDir(), m_pg.port(), kOther);
        type(dialog.teamServerForm(), "teamServerDatabase", QStringLiteral("no_such_newsroom"));
        QVERIFY(!testConnection(dialog.teamServerForm(), &message));
        QVERIFY2(message.contains(QStringLiteral("has no database “no_such_newsroom”")), qPrintable(message));
        dialog.reject();
    }

    void aPasswordIsAskedForAndKeptInMemoryOnly()
    {
        requireServer();
        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        Gui::PreferencesDialog dialog(&languages);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Over TCP the server wants a password, and libpq finds none.
        fillForm(dialog, QStringLiteral("127.0.0.1"), m_pg.port(), kEditor);
        QStringList prompts;
        QList<QLineEdit::EchoMode> echoes;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *ask = qobject_cast<QInputDialog *>(w);
                if (!ask || !ask->isVisible())
                    continue;
                prompts << ask->labelText();
                echoes << ask->textEchoMode();
                // First a wrong one, then the right one.
                ask->setTextValue(prompts.size() == 1 ? QStringLiteral("not-anas") : kPassword);
                ask->accept();
            }
        });
        answer.start(50);
        QString message;
        QVERIFY2(testConnection(dialog.teamServerForm(), &message), qPrintable(message));
        answer.stop();
        QCOMPARE(prompts.size(), 2);
        QVERIFY2(prompts.at(0).contains(QStringLiteral("asks for a password")), qPrintable(prompts.at(0)));
        QVERIFY2(prompts.at(1).contains(QStringLiteral("refused this password")), qPrintable(prompts.at(1)));
        QCOMPARE(echoes, (QList<QLineEdit::EchoMode>{QLineEdit::Password, QLineEdit::Password}));
        QVERIFY2(message.startsWith(QStringLiteral("Connected to")), qPrintable(message));
        QVERIFY(!message.contains(kPassword));

        // Kept for the session: a store opened afterwards in this process connects without asking.
        const QString uri = dialog.teamServerForm()->location();
        {
            Core::AnnotationStore store;
            QVERIFY2(store.open(uri), qPrintable(store.errorString()));
        }
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        Core::Settings settings;
        QCOMPARE(settings.databasePath(), uri);
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains(QByteArray("gui_ana@127.0.0.1")));
        QVERIFY(!written.contains(kPassword.toUtf8()));
        QVERIFY(!written.contains(QByteArray("not-anas")));
        settings.setDatabasePath(m_local);
    }

    void anotherEditorsCommentAppearsInPlace()
    {
        requireServer();
        // The article, a file this editor has; the other editor's process has the same file.
        const QString article = m_dir.filePath(QStringLiteral("hoi-thao.txt"));
        QVERIFY(QFile::copy(QStringLiteral(LECTERN_TEST_DATA "/foundation/plain-utf8.txt"), article));
        {
            Core::Settings settings;
            QVERIFY(settings.setTeamServer(m_pg.socketUri(kEditor, kDatabase)));
            settings.setUseTeamServer(true);
        }
        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        Gui::MainWindow window(&languages);
        window.resize(1024, 700);
        window.show();
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        window.openFile(article, Gui::MainWindow::LoadErrors::SignalOnly);
        QVERIFY(opened.wait(20000));
        Gui::ArticleView *view = window.currentView();
        Core::ArticleDocument *document = view->articleDocument();
        QCOMPARE(document->annotations()->size(), 0);

        // This editor is writing a comment of their own (the dialog is open, text typed).
        const QString text = document->text();
        const qsizetype mine = text.indexOf(QStringLiteral("Tạ Quang Vinh"));
        QVERIFY(mine > 0);
        view->selectBodySpan({mine, mine + 13});
        window.actions()->action(QStringLiteral("review.addComment"))->trigger();
        Gui::AnnotationDialog *dialog = window.review()->panel()->openDialog();
        QVERIFY(dialog);
        auto *comment = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(comment);
        comment->setFocus();
        QTest::keyClicks(comment, QStringLiteral("Check the title"));
        const QString typed = comment->toPlainText();
        QCOMPARE(typed, QStringLiteral("Check the title"));

        // The other editor, another process, comments on "120 đại biểu".
        const qsizetype at = text.indexOf(QStringLiteral("120 đại biểu"));
        QVERIFY(at > 0);
        const qsizetype start = text.left(at).toUcs4().size(); // the CLI counts code points
        const qsizetype end = start + QStringLiteral("120 đại biểu").toUcs4().size();
        const QString remote = QStringLiteral("Con số này lấy từ đâu?");
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("other-home")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        add.setProcessEnvironment(env);
        add.start(QStringLiteral(LECTERN_BINARY),
                  {QStringLiteral("annotations"), QStringLiteral("add"), article, QStringLiteral("--db"),
                   m_pg.socketUri(kOther, kDatabase), QStringLiteral("--start"), QString::number(start),
                   QStringLiteral("--end"), QString::number(end), QStringLiteral("--comment"), remote,
                   QStringLiteral("--author"), QStringLiteral("Bình")});
        QVERIFY(add.waitForFinished(60000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());

        // It appears in this window: the document, the panel, the highlights; nothing reloaded.
        QTRY_VERIFY_WITH_TIMEOUT(document->annotations()->size() == 1, 15000);
        const Core::Annotation shown = document->annotations()->all().first();
        QCOMPARE(shown.comment, remote);
        QCOMPARE(shown.anchor.exact, QStringLiteral("120 đại biểu"));
        QCOMPARE(window.currentView(), view);
        QCOMPARE(view->articleDocument(), document);
        QCOMPARE(window.review()->panel()->model()->rowCount(), 1);
        QCOMPARE(window.review()->panel()->visibleCount(), 1);
        QCOMPARE(view->annotationMarks().size(), 1);
        QCOMPARE(view->annotationMarks().first().first, Core::Span({at, at + 12}));
        QCOMPARE(document->undoStack()->count(), 0); // another's change is not this editor's undo
        // The editor's own dialog and typing are untouched.
        QCOMPARE(window.review()->panel()->openDialog(), dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(comment->toPlainText(), typed);

        // Their comment, once saved, joins the other on the server.
        dialog->accept();
        QCOMPARE(document->annotations()->size(), 2);
        Core::AnnotationStore store;
        QVERIFY2(store.open(m_pg.socketUri(kOther, kDatabase)), qPrintable(store.errorString()));
        const auto record = store.findArticle(document->article());
        QVERIFY(record);
        const QList<Core::Annotation> stored = store.annotations(record->id);
        QCOMPARE(stored.size(), 2);
        QStringList comments{stored.at(0).comment, stored.at(1).comment};
        comments.sort();
        QCOMPARE(comments, (QStringList{typed, remote}));
        Core::Settings().setDatabasePath(m_local);
    }
};

QTEST_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
