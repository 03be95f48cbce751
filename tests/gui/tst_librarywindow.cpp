// The Library window on the offscreen platform: listing, state filter, the search box (typed
// Vietnamese, folded search), the open request, people across articles and the import dialog.
// The library's articles are recorded with entities written by hand (libraryArticle()), so the
// people list shows what the test put there, not what today's extractor finds.
#include "batchimportdialog.h"
#include "handbuiltarticle.h"
#include "librarywindow.h"
#include "library/librarylistmodel.h"
#include "library/librarystore.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Lectern;

namespace {

const QString kSet = QStringLiteral(LECTERN_TEST_DATA "/library/set");

// QTest::keyClicks asserts on non-ASCII text: send key events carrying the text instead.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(widget, &release);
    }
}

// One of the set's articles as the reader would record it, with its people and organizations
// by hand: Nguyễn Văn Tùng (twice in the budget article, once in the digital one) and the others.
Test::HandBuiltArticle libraryArticle(const QString &name)
{
    using Core::EntityKind;
    Test::HandBuiltArticle a(kSet + QLatin1Char('/') + name);
    const QString tung = QStringLiteral("Nguyễn Văn Tùng");
    const QString finance = QStringLiteral("Sở Tài chính");
    const QStringList director{QStringLiteral("Giám đốc Sở Tài chính")};
    if (name == QStringLiteral("ngan-sach-binh-lam.txt")) {
        a.add(EntityKind::Person, tung, {a.mention(tung, 0), a.mention(tung, 1)}, director);
        a.add(EntityKind::Organization, finance, {a.mention(finance)});
    } else if (name == QStringLiteral("hoa-binh-lua.txt")) {
        a.add(EntityKind::Person, QStringLiteral("Đặng Thị Lan"), {a.mention(QStringLiteral("Đặng Thị Lan"))},
              {QStringLiteral("Chủ tịch UBND xã")});
        a.add(EntityKind::Organization, QStringLiteral("Hợp tác xã Đồng Tiến"),
              {a.mention(QStringLiteral("Hợp tác xã Đồng Tiến"))});
    } else {
        a.add(EntityKind::Person, tung, {a.mention(tung)}, director);
        a.add(EntityKind::Organization, finance, {a.mention(finance)});
    }
    return a;
}

} // namespace

class TestLibraryWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_riceId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("lib.sqlite"));
        Core::LibraryStore store;
        QVERIFY(store.open(m_db));
        for (const QString &name : {QStringLiteral("ngan-sach-binh-lam.txt"), QStringLiteral("hoa-binh-lua.txt"),
                                    QStringLiteral("tinh/chuyen-doi-so.txt")}) {
            const Test::HandBuiltArticle article = libraryArticle(name);
            QVERIFY2(article.ok(), qPrintable(article.error()));
            const Core::LoadResult loaded = article.result();
            QVERIFY(store.indexArticle(*loaded.import.article, loaded.entities));
        }
        for (const auto &entry : store.list()) {
            if (entry.path.endsWith(QStringLiteral("hoa-binh-lua.txt")))
                m_riceId = entry.id;
        }
        QVERIFY(store.reviewStore().setReviewState(m_riceId, Core::ReviewState::InReview));
    }

    void listsAndFiltersByState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << QString() << 3;
        QTest::newRow("in review") << QStringLiteral("in-review") << 1;
        QTest::newRow("approved") << QStringLiteral("approved") << 0;
        QTest::newRow("draft") << QStringLiteral("draft") << 2;
    }

    void listsAndFiltersByState()
    {
        QFETCH(QString, state);
        QFETCH(int, rows);
        Gui::LibraryWindow window(m_db);
        window.show();
        QVERIFY(window.errorString().isEmpty());
        auto *box = window.findChild<QComboBox *>(QStringLiteral("libraryStateFilter"));
        QVERIFY(box);
        const int index = state.isEmpty() ? 0 : box->findData(state);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
        QCOMPARE(window.rowCount(), rows);
        if (state == QStringLiteral("in-review"))
            QCOMPARE(window.titleAt(0), QStringLiteral("Nông dân xã Hoà Bình thu hoạch lúa sớm tránh lũ"));
    }

    void escapeAndCtrlWClose_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("Esc") << QKeySequence(Qt::Key_Escape);
        QTest::newRow("Ctrl+W") << QKeySequence(Qt::CTRL | Qt::Key_W);
    }
    void escapeAndCtrlWClose()
    {
        // Issue 19: the Library window closes with the keys of any tool window, also from its table.
        QFETCH(QKeySequence, keys);
        Gui::LibraryWindow window(m_db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *table = window.findChild<QTableView *>();
        QVERIFY(table);
        table->setFocus();
        QTest::keySequence(table, keys);
        QTRY_VERIFY(!window.isVisible());
    }

    void searchBoxFindsWithoutDiacritics()
    {
        Gui::LibraryWindow window(m_db);
        window.show();
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        QVERIFY(search);
        search->setFocus();
        typeText(search, QStringLiteral("nguyen van tung"));
        QCOMPARE(search->text(), QStringLiteral("nguyen van tung"));
        // The search runs after a short pause in typing.
        QTRY_COMPARE(window.rowCount(), 2);
        auto *table = window.findChild<QTableView *>(QStringLiteral("libraryTable"));
        QVERIFY(!table->isColumnHidden(7));
        QVERIFY(table->model()->index(0, 7).data().toString().contains(QStringLiteral("Nguyễn Văn Tùng")));

        search->clear();
        typeText(search, QStringLiteral("Đặng Thị Lan"));
        QTRY_COMPARE(window.rowCount(), 1);
        QCOMPARE(window.titleAt(0), QStringLiteral("Nông dân xã Hoà Bình thu hoạch lúa sớm tránh lũ"));
        window.setSearchText(QStringLiteral("\"; DROP ("));
        QCOMPARE(window.rowCount(), 0);
        window.setSearchText(QString());
        QCOMPARE(window.rowCount(), 3);
        QVERIFY(table->isColumnHidden(7));
    }

    void activatingARowRequestsTheFile()
    {
        Gui::LibraryWindow window(m_db);
        window.show();
        window.resize(900, 500);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy spy(&window, &Gui::LibraryWindow::openArticleRequested);
        window.setSearchText(QStringLiteral("\"hoa binh\""));
        QCOMPARE(window.rowCount(), 1);
        auto *table = window.findChild<QTableView *>(QStringLiteral("libraryTable"));
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QVERIFY(cell.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(spy.size(), 1);
        // The keyboard way: Enter on the selected row.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.first().first().toString(), kSet + QStringLiteral("/hoa-binh-lua.txt"));
    }

    void peopleListTheirArticles()
    {
        Gui::LibraryWindow window(m_db);
        window.show();
        auto *people = window.findChild<QTreeView *>(QStringLiteral("libraryPeople"));
        auto *mentions = window.findChild<QTreeView *>(QStringLiteral("libraryMentions"));
        QVERIFY(people && mentions);
        QModelIndex tung;
        for (int row = 0; row < people->model()->rowCount(); ++row) {
            if (people->model()->index(row, 0).data().toString() == QStringLiteral("Nguyễn Văn Tùng"))
                tung = people->model()->index(row, 0);
        }
        QVERIFY(tung.isValid());
        QCOMPARE(people->model()->index(tung.row(), 1).data().toInt(), 2);
        Q_EMIT people->clicked(tung);
        QCOMPARE(mentions->model()->rowCount(), 2);
        QSignalSpy spy(&window, &Gui::LibraryWindow::openArticleRequested);
        Q_EMIT mentions->activated(mentions->model()->index(0, 0));
        QCOMPARE(spy.size(), 1);
    }

    void untitledInterviewIsListedReadably()
    {
        // An interview without a title line whose byline credits the interviewer "(Thực hiện)".
        const QString db = m_dir.filePath(QStringLiteral("untitled.sqlite"));
        const QString path = QStringLiteral(LECTERN_TEST_DATA "/library/untitled/phong-van-cang-ca.txt");
        const QString bao = QStringLiteral("Phan Quốc Bảo");
        {
            Test::HandBuiltArticle article(path);
            article.add(Core::EntityKind::Person, bao, {article.mention(bao)},
                        {QStringLiteral("Giám đốc Ban quản lý cảng cá")});
            QVERIFY2(article.ok(), qPrintable(article.error()));
            const Core::LoadResult loaded = article.result();
            QVERIFY(loaded.import.article->title.isEmpty());
            Core::LibraryStore store;
            QVERIFY(store.open(db));
            QVERIFY(store.indexArticle(*loaded.import.article, loaded.entities));
        }
        Gui::LibraryWindow window(db);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.rowCount(), 1);
        // No title: the first sentence stands for it, never an empty row.
        const QString firstSentence = QStringLiteral(
            "Cảng cá Tân Hải sẽ đón tàu trên 400 CV từ tháng sau, ông Phan Quốc Bảo, Giám đốc Ban quản lý cảng cá cho biết khi trả…");
        QCOMPARE(window.titleAt(0), firstSentence);
        // The interviewer's credit is not the source.
        auto *table = window.findChild<QTableView *>(QStringLiteral("libraryTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->index(0, Core::LibraryListModel::Site).data().toString(), QString());

        // The people view: the article column names the article, the context is wide enough to read.
        auto *people = window.findChild<QTreeView *>(QStringLiteral("libraryPeople"));
        auto *mentions = window.findChild<QTreeView *>(QStringLiteral("libraryMentions"));
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(people && mentions && tabs);
        tabs->setCurrentIndex(1);
        QCoreApplication::processEvents();
        QCOMPARE(people->model()->rowCount(), 1);
        QCOMPARE(people->model()->index(0, 0).data().toString(), bao);
        Q_EMIT people->clicked(people->model()->index(0, 0));
        QCOMPARE(mentions->model()->rowCount(), 1);
        QCOMPARE(mentions->model()->index(0, 0).data().toString(), firstSentence);
        const int contextColumn = mentions->model()->columnCount() - 1;
        const int chars = QFontMetrics(mentions->font()).averageCharWidth();
        QVERIFY2(mentions->columnWidth(contextColumn) >= 40 * chars,
                 qPrintable(QStringLiteral("context %1 px").arg(mentions->columnWidth(contextColumn))));
        QVERIFY(mentions->columnWidth(0) >= 10 * chars);

        // Searching: the matching passage gets a readable column beside the title.
        tabs->setCurrentIndex(0);
        window.setSearchText(QStringLiteral("cang ca"));
        QCoreApplication::processEvents();
        QCOMPARE(window.rowCount(), 1);
        QVERIFY(!table->isColumnHidden(Core::LibraryListModel::Snippet));
        QVERIFY2(table->columnWidth(Core::LibraryListModel::Snippet) >= 30 * chars,
                 qPrintable(QString::number(table->columnWidth(Core::LibraryListModel::Snippet))));

        // Without a sentence either: the file name.
        Core::LibraryEntry bare;
        bare.path = path;
        QCOMPARE(bare.shownTitle(), QStringLiteral("phong-van-cang-ca.txt"));
    }

    void importDialogListsFailures()
    {
        const QString db = m_dir.filePath(QStringLiteral("import.sqlite"));
        Gui::BatchImportDialog dialog(db);
        dialog.setPaths({QStringLiteral(LECTERN_TEST_DATA "/library/bad/blank.txt"), kSet + QStringLiteral("/tinh")});
        QSignalSpy finished(&dialog, &Gui::BatchImportDialog::importFinished);
        dialog.startImport();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toInt(), 2);
        QCOMPARE(finished.first().at(2).toInt(), 1);
        QCOMPARE(dialog.failureCount(), 1);
        auto *failures = dialog.findChild<QTableWidget *>(QStringLiteral("batchImportFailures"));
        QCOMPARE(failures->item(0, 0)->text(), QStringLiteral("blank.txt"));
        QVERIFY(failures->item(0, 1)->text().contains(QStringLiteral("white space")));
    }

    void tableLoadsRowsAsItScrolls()
    {
        // 600 articles: the table opens with its first page and loads the next as it scrolls.
        const QString db = m_dir.filePath(QStringLiteral("large.sqlite"));
        {
            Core::LibraryStore store;
            QVERIFY(store.open(db));
            QVERIFY(store.reviewStore().begin());
            for (int i = 0; i < 600; ++i) {
                Core::Article a;
                a.title = QStringLiteral("Tin số %1").arg(i, 3, 10, QLatin1Char('0'));
                a.blocks.append(Core::Block{Core::Block::Kind::Paragraph, QStringLiteral("Nội dung bài %1.").arg(i)});
                QVERIFY(store.indexArticle(a, {}));
            }
            QVERIFY(store.reviewStore().commit());
        }
        Gui::LibraryWindow window(db);
        window.resize(800, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.rowCount() < 600, qPrintable(QString::number(window.rowCount())));
        QVERIFY(window.rowCount() > 0);
        auto *status = window.findChild<QLabel *>(QStringLiteral("libraryWindowStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("600")), qPrintable(status->text()));
        auto *table = window.findChild<QTableView *>(QStringLiteral("libraryTable"));
        QVERIFY(table);
        const int loaded = window.rowCount();
        table->scrollToBottom();
        QTRY_VERIFY(window.rowCount() > loaded);
        for (int i = 0; i < 10 && window.rowCount() < 600; ++i) {
            table->scrollToBottom();
            QTest::qWait(20);
        }
        QTRY_COMPARE(window.rowCount(), 600);
    }
};

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
