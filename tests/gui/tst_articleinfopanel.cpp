// The Article info panel at a dock's width: long values are shown whole (wrapped, never cut),
// the file path is elided in the middle with the whole path in its tool tip, and the file row's
// actions open the folder and copy the path.
#include "articleinfopanel.h"
#include "elidedlabel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QTest>
#include <QTextLayout>
#include <QToolButton>
#include <QUrl>

using namespace Lectern;

namespace {

// Records the URLs QDesktopServices::openUrl would hand to the desktop.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

Core::Article longArticle()
{
    Core::Article a;
    a.title = QStringLiteral("Hội nghị lần thứ sáu Ban Chấp hành Đảng bộ thành phố khóa XVI bàn về kinh tế, "
                             "ngân sách, đầu tư công và những nhiệm vụ trọng tâm của năm tới trên toàn địa bàn");
    a.published = QDateTime(QDate(2021, 12, 4), QTime(19, 21));
    a.publishedHasTime = true;
    a.authors = {QStringLiteral("Hoàng Tùng")};
    a.site = QStringLiteral("haiphong.gov.vn");
    a.sourcePath = QStringLiteral("/home/editor/Tài liệu/Bài viết đang duyệt/tháng mười hai/"
                                  "hoi-nghi-lan-thu-sau-ban-chap-hanh-dang-bo-thanh-pho.txt");
    a.format = QStringLiteral("portal-text");
    a.blocks = {Core::Block{Core::Block::Kind::Paragraph, QStringLiteral("Nội dung.")}};
    return a;
}

// The lines a word-wrapped label draws its text in at its width: every line fits, and the lines
// together hold the whole text in the label's height.
void verifyWrappedWhole(const QLabel *label)
{
    QVERIFY(label->wordWrap());
    const int width = label->contentsRect().width();
    QVERIFY2(width > 0, qPrintable(label->objectName()));
    const QFontMetrics fm(label->font());
    const QRect needed = fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, label->text());
    QVERIFY2(needed.width() <= width, qPrintable(label->text()));
    QVERIFY2(needed.height() <= label->contentsRect().height(),
             qPrintable(QStringLiteral("%1: needs %2 px, has %3").arg(label->text()).arg(needed.height()).arg(label->contentsRect().height())));
    QVERIFY(label->isVisibleTo(label->window()));
}

} // namespace

class TestArticleInfoPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void longValuesAreShownWhole()
    {
        Core::ArticleDocument document;
        document.setContent(longArticle(), {});
        Gui::ArticleInfoPanel panel;
        panel.setDocument(&document);
        panel.resize(220, 600); // the dock's width at 1024×700
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCoreApplication::processEvents();

        verifyWrappedWhole(panel.valueLabel(Gui::ArticleInfoPanel::Title));
        QCOMPARE(panel.valueLabel(Gui::ArticleInfoPanel::Title)->text(), longArticle().title);
        // The date keeps its year and time.
        QLabel *date = panel.valueLabel(Gui::ArticleInfoPanel::Date);
        verifyWrappedWhole(date);
        QVERIFY(date->text().contains(QStringLiteral("2021")));

        // The path cannot wrap: elided in the middle (folder start and file name kept), drawn
        // within the label, the whole path in the tool tip.
        auto *file = qobject_cast<Gui::ElidedLabel *>(panel.valueLabel(Gui::ArticleInfoPanel::File));
        QVERIFY(file);
        const QString path = QDir::toNativeSeparators(longArticle().sourcePath);
        QCOMPARE(file->fullText(), path);
        QCOMPARE(file->toolTip(), path);
        const QString shown = file->shownText();
        QVERIFY(shown != path);
        QVERIFY(shown.contains(QStringLiteral("…")));
        QVERIFY(shown.startsWith(QStringLiteral("/home")));
        QVERIFY(shown.endsWith(QStringLiteral(".txt")));
        QVERIFY(QFontMetrics(file->font()).horizontalAdvance(shown) <= file->contentsRect().width());
        QVERIFY(file->x() + file->width() <= panel.width());

        // Wider: more of the path, all of it once it fits.
        panel.resize(2000, 600);
        QCoreApplication::processEvents();
        QCOMPARE(file->shownText(), path);
    }

    void fileActionsOpenTheFolderAndCopyThePath()
    {
        Core::ArticleDocument document;
        document.setContent(longArticle(), {});
        Gui::ArticleInfoPanel panel;
        panel.setDocument(&document);
        panel.show();
        QVERIFY(panel.showInFolderButton()->isVisibleTo(&panel));
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        QTest::mouseClick(panel.showInFolderButton(), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.urls.size(), 1);
        QCOMPARE(catcher.urls.first(), QUrl::fromLocalFile(QFileInfo(longArticle().sourcePath).absolutePath()));
        QTest::mouseClick(panel.copyPathButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QDir::toNativeSeparators(longArticle().sourcePath));

        // No file (a pasted article): no path, no actions.
        Core::Article pasted = longArticle();
        pasted.sourcePath.clear();
        document.setContent(pasted, {});
        QVERIFY(!panel.showInFolderButton()->isVisibleTo(&panel));
        QVERIFY(!panel.valueLabel(Gui::ArticleInfoPanel::File)->isVisibleTo(&panel));
    }
};

QTEST_MAIN(TestArticleInfoPanel)
#include "tst_articleinfopanel.moc"
