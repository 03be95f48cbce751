// Issue 18: Edit > New Article from Clipboard (HTML through the HTML importer, else plain text)
// and files or folders dropped onto the main window, on the offscreen platform's clipboard.
#include "../core/pdffixture.h"

#include "actionregistry.h"
#include "document/articledocument.h"
#include "articleview.h"
#include "batchimportdialog.h"
#include "clipboardarticle.h"
#include "filedrop.h"
#include "languagemanager.h"
#include "library/batchimporter.h"
#include "mainwindow.h"
#include "util/settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Lectern;

namespace {

const QString kBody = QStringLiteral("Sáng 3/4, UBND tỉnh tổ chức hội nghị tổng kết công tác năm với nhiều đại biểu tham dự.");

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write the fixture");
}

QByteArray onePagePdf()
{
    PdfFixture::Page page;
    page.append(PdfFixture::Text{QStringLiteral("Thông cáo báo chí về dự án cầu Tứ Liên"), 72, 100, 18});
    double y = 140;
    for (const QString &line : PdfFixture::wrap(kBody + QStringLiteral(" Ông Nguyễn Văn An phát biểu khai mạc."), 451)) {
        page.append(PdfFixture::Text{line, 72, y, 11});
        y += 15;
    }
    return PdfFixture::write({page});
}

void sendDrop(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData data;
    data.setUrls(urls);
    const QPoint at(target->width() / 2, target->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
}

} // namespace

class TestPasteAndDrop : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_pasteanddrop"));
        QVERIFY(m_dir.isValid());
        Core::Settings settings;
        settings.clearRecentFiles();
        settings.setDatabasePath(m_dir.filePath(QStringLiteral("review.sqlite")));
    }

    void theActionIsInTheEditMenuWithItsShortcut()
    {
        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        QAction *action = window.actions()->action(QStringLiteral("edit.newFromClipboard"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
        auto *edit = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuEdit"));
        QVERIFY(edit);
        QVERIFY(edit->actions().contains(action));
        QVERIFY(action->isEnabled()); // also with no article open
    }

    void htmlOnTheClipboardGoesThroughTheHtmlImporter()
    {
        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        auto *mime = new QMimeData;
        mime->setHtml(QStringLiteral("<meta charset='utf-8'><h1>Tin địa phương</h1><p>%1</p>"
                                     "<script>document.write('ĐÃ CHẠY SCRIPT')</script>"
                                     "<img src=\"https://evil.example/track.gif\">"
                                     "<p>Xem <a href=\"javascript:alert(1)\">chi tiết</a> tại hội nghị.</p>")
                          .arg(kBody));
        mime->setText(QStringLiteral("CHỈ LÀ VĂN BẢN THUẦN"));
        QGuiApplication::clipboard()->setMimeData(mime);
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        window.actions()->action(QStringLiteral("edit.newFromClipboard"))->trigger();
        QVERIFY(opened.wait(10000));
        QCOMPARE(window.articleCount(), 1);
        const Core::Article &article = window.currentView()->articleDocument()->article();
        QCOMPARE(article.format, QStringLiteral("html"));
        QVERIFY(article.sourcePath.isEmpty());
        QCOMPARE(article.title, QStringLiteral("Tin địa phương"));
        const QString text = window.currentView()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("tổ chức hội nghị")));
        QVERIFY(text.contains(QStringLiteral("chi tiết")));
        for (const char *absent : {"ĐÃ CHẠY SCRIPT", "evil.example", "javascript:", "CHỈ LÀ VĂN BẢN THUẦN"})
            QVERIFY2(!text.contains(QString::fromUtf8(absent)), absent);
        QVERIFY(Core::Settings().recentFiles().isEmpty()); // no file, no recent entry
    }

    void plainTextWhenThereIsNoHtml()
    {
        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        auto *mime = new QMimeData;
        mime->setText(QStringLiteral("Đường sắt đô thị số 5\n\n") + kBody + QStringLiteral("\n<b>không phải HTML</b>\n"));
        QGuiApplication::clipboard()->setMimeData(mime);
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        window.actions()->action(QStringLiteral("edit.newFromClipboard"))->trigger();
        QVERIFY(opened.wait(10000));
        const Core::Article &article = window.currentView()->articleDocument()->article();
        QCOMPARE(article.format, QStringLiteral("plain"));
        QCOMPARE(article.title, QStringLiteral("Đường sắt đô thị số 5"));
        QVERIFY(window.currentView()->toPlainText().contains(QStringLiteral("<b>không phải HTML</b>")));
    }

    void anEmptyClipboardSaysSo()
    {
        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        QGuiApplication::clipboard()->clear();
        auto *paster = window.findChild<Gui::ClipboardArticle *>();
        QVERIFY(paster);
        QSignalSpy failed(paster, &Gui::ClipboardArticle::failed);
        paster->createFromClipboard(Gui::MainWindow::LoadErrors::SignalOnly); // as the action does, without the box
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("no text")), qPrintable(failed.first().at(0).toString()));
        QCOMPARE(window.articleCount(), 0);
    }

    void droppedFilesOfEveryKindOpen()
    {
        QDir dir(m_dir.path());
        dir.mkpath(QStringLiteral("drop"));
        const QString txt = m_dir.filePath(QStringLiteral("drop/tin.txt"));
        const QString pdf = m_dir.filePath(QStringLiteral("drop/thong-cao.PDF"));
        const QString md = m_dir.filePath(QStringLiteral("drop/ghi-chu.md"));
        const QString jpg = m_dir.filePath(QStringLiteral("drop/anh.jpg"));
        writeFile(txt, (QStringLiteral("Tin ngắn\n\n") + kBody + QLatin1Char('\n')).toUtf8());
        writeFile(pdf, onePagePdf());
        writeFile(md, (QStringLiteral("# Ghi chú\n\n") + kBody + QLatin1Char('\n')).toUtf8());
        writeFile(jpg, QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10));

        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        window.show();
        auto *drop = window.findChild<Gui::FileDrop *>();
        QVERIFY(drop);
        QSignalSpy opened(&window, &Gui::MainWindow::articleOpened);
        QSignalSpy refused(drop, &Gui::FileDrop::refused);
        // The refusal is a message box naming the file; it is read and closed as a user would.
        QString told;
        QTimer::singleShot(300, this, [&told] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    told = box->text();
                    box->accept();
                }
        });
        sendDrop(&window, {QUrl::fromLocalFile(txt), QUrl::fromLocalFile(pdf), QUrl::fromLocalFile(md),
                           QUrl::fromLocalFile(jpg), QUrl(QStringLiteral("https://example.com/tin.html"))});
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 3, 20000);
        QCOMPARE(window.articleCount(), 3);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toStringList(), QStringList{jpg});
        QVERIFY2(told.contains(QStringLiteral("anh.jpg")), qPrintable(told));
        QStringList formats;
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("articleTabs"));
        for (int i = 0; i < tabs->count(); ++i)
            if (auto *view = qobject_cast<Gui::ArticleView *>(tabs->widget(i)))
                formats.append(view->articleDocument()->article().format);
        formats.sort();
        QCOMPARE(formats, (QStringList{QStringLiteral("markdown"), QStringLiteral("pdf"), QStringLiteral("plain")}));
    }

    void aDroppedWebAddressIsNotTaken()
    {
        QMimeData data;
        data.setUrls({QUrl(QStringLiteral("https://example.com/tin.pdf"))});
        QVERIFY(!Gui::FileDrop::accepts(&data));
    }

    void aDroppedFolderOffersTheBatchImport()
    {
        QDir dir(m_dir.path());
        dir.mkpath(QStringLiteral("folder/con"));
        writeFile(m_dir.filePath(QStringLiteral("folder/tin.txt")),
                  QStringLiteral("Tin trong thư mục\n\nChiều 5/4, Sở Y tế họp báo về tình hình dịch bệnh trên địa bàn.\n").toUtf8());
        writeFile(m_dir.filePath(QStringLiteral("folder/con/thong-cao.pdf")), onePagePdf());
        writeFile(m_dir.filePath(QStringLiteral("folder/anh.png")), QByteArray("\x89PNG\r\n\x1a\n", 8));
        const QString folder = m_dir.filePath(QStringLiteral("folder"));
        QCOMPARE(Core::BatchImporter::collectFiles({folder}),
                 (QStringList{m_dir.filePath(QStringLiteral("folder/con/thong-cao.pdf")), m_dir.filePath(QStringLiteral("folder/tin.txt"))}));

        Gui::LanguageManager languages;
        Gui::MainWindow window(&languages);
        window.show();
        sendDrop(&window, {QUrl::fromLocalFile(folder)});
        auto *dialog = window.findChild<Gui::BatchImportDialog *>(QStringLiteral("droppedFolderImport"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->paths(), QStringList{QFileInfo(folder).absoluteFilePath()});
        QCOMPARE(window.articleCount(), 0); // nothing opened: the folder is for the library
        QSignalSpy finished(dialog, &Gui::BatchImportDialog::importFinished);
        dialog->startImport();
        QVERIFY(finished.wait(20000));
        // The text and the PDF go into the library, none fails.
        QCOMPARE(finished.first().at(0).toInt() + finished.first().at(1).toInt(), 2);
        QCOMPARE(finished.first().at(2).toInt(), 0);
        dialog->close();
    }
};

QTEST_MAIN(TestPasteAndDrop)
#include "tst_pasteanddrop.moc"
