// The print controller's non-interactive paths: PDF export of the open article and the page
// layout remembered across instances (through Settings).
#include "document/articledocument.h"
#include "document/articleloader.h"
#include "printcontroller.h"
#include "render/pdfexporter.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Lectern;

class TestPrintController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_printcontroller"));
    }

    void exportsPdf()
    {
        const Core::LoadResult loaded = Core::loadArticle(QStringLiteral(LECTERN_TEST_DATA "/print/da-nang-du-lich-he.txt"));
        QVERIFY(loaded.import.ok());
        Core::ArticleDocument document;
        document.setContent(*loaded.import.article, loaded.entities);
        QWidget window;
        Gui::PrintController controller(&window);
        QSignalSpy exported(&controller, &Gui::PrintController::pdfExported);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.pdf"));
        QString error;
        QVERIFY2(controller.exportPdfTo(&document, path, &error), qPrintable(error));
        QCOMPARE(exported.count(), 1);
        QCOMPARE(exported.first().at(0).toString(), path);
        QVERIFY(exported.first().at(1).toInt() >= 1);
        QVERIFY(!controller.exportPdfTo(&document, QStringLiteral("/nonexistent-dir/x.pdf"), &error));
        QVERIFY(!error.isEmpty());
    }

    void remembersPageLayout_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<int>("orientation");
        QTest::addColumn<qreal>("margin");
        QTest::newRow("letter landscape") << int(QPageSize::Letter) << int(QPageLayout::Landscape) << 12.5;
        QTest::newRow("A4 portrait") << int(QPageSize::A4) << int(QPageLayout::Portrait) << 20.0;
    }
    void remembersPageLayout()
    {
        QFETCH(int, paper);
        QFETCH(int, orientation);
        QFETCH(qreal, margin);
        QWidget window;
        {
            Gui::PrintController controller(&window);
            controller.setPageLayout(QPageLayout(QPageSize(QPageSize::PageSizeId(paper)),
                                                 QPageLayout::Orientation(orientation),
                                                 QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter));
        }
        Gui::PrintController again(&window);
        const QPageLayout layout = again.pageLayout();
        QCOMPARE(int(layout.pageSize().id()), paper);
        QCOMPARE(int(layout.orientation()), orientation);
        QCOMPARE(layout.margins(QPageLayout::Millimeter).left(), margin);
    }
};

QTEST_MAIN(TestPrintController)
#include "tst_printcontroller.moc"
