// Document data is text, never markup: a title, author, comment and path written as HTML, coming
// from each importer (plain text, an HTML <title>, a JSON-LD headline, Markdown front matter, a
// review file), is shown as written by the info panel, the window and tab titles, the annotations
// panel, the library window and the error message box; nothing is rendered as rich text (so no
// <img> is ever loaded).
#include "annotationdialog.h"
#include "annotationspanel.h"
#include "document/articledocument.h"
#include "articleinfopanel.h"
#include "articleview.h"
#include "languagemanager.h"
#include "library/librarylistmodel.h"
#include "library/librarystore.h"
#include "librarywindow.h"
#include "mainwindow.h"
#include "review/anchoring.h"
#include "review/reviewfile.h"
#include "util/settings.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/types.h>
#endif

using namespace Lectern;

namespace {

const QString kImg = QStringLiteral("<img src=\"/nonexistent/lectern-probe.png\">");

// What a widget that guesses the format (tool tip, QMessageBox, QLabel on AutoText) shows.
QString shownAs(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// A label with document data in it must be plain text (or be safe under its guessed format).
void verifyLabelLiteral(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText)
        return;
    QVERIFY2(label->textFormat() != Qt::RichText, qPrintable(label->objectName()));
    QVERIFY2(!Qt::mightBeRichText(label->text()), qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestUntrustedDisplay : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_folder; // a folder whose name is HTML, so every path shown is HTML too

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_untrusteddisplay"));
        QVERIFY(m_dir.isValid());
        Core::Settings().setDatabasePath(m_dir.filePath(QStringLiteral("review.sqlite")));
        m_folder = m_dir.filePath(QStringLiteral("<b>hồ sơ</b>"));
        QVERIFY(QDir().mkpath(m_folder));
    }

    void documentDataIsShownLiterally_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("author");

        const QString title = kImg + QStringLiteral(" Tin tức <b>x</b> mở rộng tuyến xe buýt");
        const QString author = QStringLiteral("<b>Tạ Minh Châu</b>");
        const QString body = QStringLiteral(
            "Từ tháng 10, thành phố sẽ đưa thêm 40 xe buýt điện vào khai thác trên ba tuyến nối trung tâm "
            "với các huyện ven đô, giảm lượng khí thải và chi phí đi lại cho người dân.");

        QTest::newRow("text") << QStringLiteral("bai.txt")
                              << (title + QStringLiteral("\n\n") + body + QStringLiteral("\n")).toUtf8() << title
                              << QString();

        const QString htmlTitle = title.toHtmlEscaped();
        const QString page = QStringLiteral(
                                 "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>%1</title>"
                                 "<meta name=\"author\" content=\"%2\"></head><body><article><p>%3</p><p>%3</p>"
                                 "</article></body></html>")
                                 .arg(htmlTitle, author.toHtmlEscaped(), body);
        QTest::newRow("html-title") << QStringLiteral("trang.html") << page.toUtf8() << title << author;

        const QString jsonTitle = QString(title).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        const QString ld = QStringLiteral(
                               "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                               "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"%1\", "
                               "\"author\": [{\"@type\": \"Person\", \"name\": \"%2\"}]}</script></head><body><article>"
                               "<p>%3</p><p>%3</p></article></body></html>")
                               .arg(jsonTitle, author, body);
        QTest::newRow("jsonld-headline") << QStringLiteral("jsonld.html") << ld.toUtf8() << title << author;

        const QString md = QStringLiteral("---\ntitle: '%1'\nauthors:\n  - \"%2\"\n---\n\n%3\n\n%3\n")
                               .arg(title, author, body);
        QTest::newRow("markdown-front-matter") << QStringLiteral("bai.md") << md.toUtf8() << title << author;
    }

    void documentDataIsShownLiterally()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, title);
        QFETCH(QString, author);
        const QString path = QDir(m_folder).filePath(fileName);
        QVERIFY(writeFile(path, bytes));
        checkShownLiterally(path, title, author, {});
    }

    void reviewFileIsShownLiterally()
    {
        Core::ReviewFile::Contents contents;
        contents.article.title = kImg + QStringLiteral(" <b>Đường ven biển</b>");
        contents.article.authors = {QStringLiteral("<i>Lan</i> & <b>Minh</b>")};
        contents.article.blocks = {{Core::Block::Kind::Paragraph,
                                    QStringLiteral("Ông Đặng Quốc Bảo cho biết tuyến đường dài 14,2 km.")}};
        contents.article.originalBytes = contents.article.text().toUtf8();
        const QString text = contents.article.text();
        const qsizetype at = text.indexOf(QStringLiteral("14,2 km"));
        Core::Annotation note =
            Core::Annotation::create(Core::Anchoring::anchorAt(text, at, at + 7), QStringLiteral("<b>Lan</b>"));
        note.comment = kImg + QStringLiteral(" <b>Kiểm tra</b> lại &lt;chiều dài&gt;");
        contents.annotations = {note};
        const QString path = QDir(m_folder).filePath(QStringLiteral("ven-bien.lectern-review"));
        QString error;
        QVERIFY2(Core::ReviewFile::save(path, contents, &error), qPrintable(error));
        checkShownLiterally(path, contents.article.title, contents.article.authors.first(), note.comment);
    }

    void libraryWindowShowsPathsLiterally()
    {
        // The articles opened above are in the library; their titles and paths hold HTML.
        Gui::LibraryWindow library(Core::Settings().databasePath());
        QVERIFY2(library.errorString().isEmpty(), qPrintable(library.errorString()));
        QVERIFY(library.rowCount() > 0);
        auto *table = library.findChild<QAbstractItemView *>(QStringLiteral("libraryTable"));
        QVERIFY(table);
        bool sawHtmlPath = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex title = table->model()->index(row, Core::LibraryListModel::Title);
            const QString path = title.data(Core::LibraryListModel::PathRole).toString();
            QVERIFY(!path.isEmpty());
            QCOMPARE(shownAs(title.data(Qt::ToolTipRole).toString()), path);
            sawHtmlPath = sawHtmlPath || path.contains(QStringLiteral("<b>hồ sơ</b>"));
            QVERIFY(title.data(Qt::DisplayRole).toString().contains(QLatin1Char('<')));
        }
        QVERIFY(sawHtmlPath);
        for (QLabel *label : library.findChildren<QLabel *>())
            verifyLabelLiteral(label);
    }

    // A library from someone else may name a FIFO as an article's file: "open" refuses it with a
    // message instead of blocking for ever.
    void libraryWindowRefusesToOpenAFifo()
    {
#ifndef Q_OS_UNIX
        QSKIP("FIFOs are a Unix matter");
#else
        const QString fifo = m_dir.filePath(QStringLiteral("tin.txt"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const QString db = m_dir.filePath(QStringLiteral("fifo-library.sqlite"));
        {
            Core::LibraryStore store;
            QVERIFY(store.open(db));
            Core::Article a;
            a.title = QStringLiteral("Tin qua đường ống");
            a.sourcePath = fifo;
            a.blocks = {{Core::Block::Kind::Paragraph, QStringLiteral("Nội dung bài viết về thành phố.")}};
            a.originalBytes = a.text().toUtf8();
            QVERIFY(store.indexArticle(a, Core::ExtractionResult()));
        }
        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        Gui::LibraryWindow library(db);
        QCOMPARE(library.rowCount(), 1);
        QSignalSpy open(&library, &Gui::LibraryWindow::openArticleRequested);
        library.openRow(0);
        QCOMPARE(open.count(), 0);
        auto *status = library.findChild<QLabel *>(QStringLiteral("libraryWindowStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("not a regular file")), qPrintable(status->text()));
        QCOMPARE(status->textFormat(), Qt::PlainText);
#endif
    }

    void errorMessageShowsThePathLiterally()
    {
        const QString path = QDir(m_folder).filePath(QStringLiteral("<img src=\"lectern-probe.png\">.txt"));
        QVERIFY(writeFile(path, QByteArray("\x00\x01\x02\x03", 4))); // not an article
        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        Gui::MainWindow window(&languages);
        QString shownText;
        Qt::TextFormat format = Qt::AutoText;
        bool seen = false;
        auto *poll = new QTimer(&window);
        connect(poll, &QTimer::timeout, &window, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                seen = true;
                shownText = box->text();
                format = box->textFormat();
                box->done(0);
            }
        });
        poll->start(20);
        window.openFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(seen, 10000);
        QVERIFY(shownText.contains(QStringLiteral("<img src=\"lectern-probe.png\">.txt")));
        QVERIFY(format == Qt::PlainText || !Qt::mightBeRichText(shownText));
    }

private:
    void checkShownLiterally(const QString &path, const QString &title, const QString &author, const QString &comment)
    {
        Gui::LanguageManager languages;
        languages.apply(QStringLiteral("en"));
        Gui::MainWindow window(&languages);
        window.show();
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        window.openFile(path, Gui::MainWindow::LoadErrors::SignalOnly);
        QVERIFY(opened.wait(10000));
        const Core::Article &article = window.currentView()->articleDocument()->article();
        QCOMPARE(article.title, title);

        auto *info = window.findChild<Gui::ArticleInfoPanel *>();
        QVERIFY(info);
        bool titleShown = false, authorShown = author.isEmpty(), pathShown = false;
        for (QLabel *label : info->findChildren<QLabel *>()) {
            verifyLabelLiteral(label);
            titleShown = titleShown || label->text() == title;
            authorShown = authorShown || label->text().contains(author);
            pathShown = pathShown || label->text() == QDir::cleanPath(article.sourcePath)
                || shownAs(label->toolTip()) == QDir::cleanPath(article.sourcePath); // elided to the panel's width
        }
        QVERIFY2(titleShown, qPrintable(title));
        QVERIFY2(authorShown, qPrintable(author));
        QVERIFY2(pathShown, qPrintable(article.sourcePath));
        QVERIFY(article.sourcePath.contains(QStringLiteral("<b>hồ sơ</b>")));

        // Window title is plain text by nature; the tab's tool tip guesses the format.
        QVERIFY(window.windowTitle().contains(QStringLiteral("<b>")));
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        const QString tip = tabs->tabToolTip(tabs->currentIndex());
        // The title, then the file's path on its own line, both literally.
        const QStringList lines = shownAs(tip).split(QRegularExpression(QStringLiteral("[\\n\\x{2028}]")));
        QCOMPARE(lines.first(), window.currentView()->articleDocument()->displayName());
        QCOMPARE(lines.last(), QDir::toNativeSeparators(window.currentView()->articleDocument()->article().sourcePath));
        QVERIFY(shownAs(tip).contains(QLatin1Char('<')));

        if (comment.isEmpty())
            return;
        auto *panel = window.findChild<Gui::AnnotationsPanel *>();
        QVERIFY(panel);
        auto *view = panel->findChild<QAbstractItemView *>();
        QVERIFY(view);
        QAbstractItemModel *model = view->model();
        QVERIFY(model->rowCount() >= 1);
        bool commentShown = false, authorListed = false;
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(0, column);
            commentShown = commentShown || index.data(Qt::DisplayRole).toString() == comment;
            authorListed = authorListed || index.data(Qt::DisplayRole).toString() == QStringLiteral("<b>Lan</b>");
            const QString cellTip = index.data(Qt::ToolTipRole).toString();
            if (!cellTip.isEmpty())
                QCOMPARE(shownAs(cellTip), comment);
        }
        QVERIFY(commentShown);
        QVERIFY(authorListed);
        for (QLabel *label : panel->findChildren<QLabel *>())
            verifyLabelLiteral(label);
    }
};

QTEST_MAIN(TestUntrustedDisplay)
#include "tst_untrusteddisplay.moc"
