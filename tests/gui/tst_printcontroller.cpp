// The print controller's non-interactive paths: PDF export of the open article and the page
// layout remembered across instances (through Settings).
#include "document/articledocument.h"
#include "import/articleimporter.h"
#include "printcontroller.h"
#include "render/pdfexporter.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Lectern;

namespace {

// The article as imported, with its entities built by hand: the test checks the controller,
// not what today's extractor finds.
Core::ExtractionResult handMadeEntities(const QString &text)
{
    Core::ExtractionResult r;
    const QString name = QStringLiteral("Nguyễn Thị Thu Hường");
    Core::Entity person{Core::EntityKind::Person, name, {}, {QStringLiteral("Phó Chủ tịch UBND thành phố")}, {}, {}};
    for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.size()))
        person.mentions.append({{at, at + name.size()}, name});
    r.people = {person};
    return r;
}

} // namespace

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
        const Core::ImportResult imported
            = Core::ArticleImporter::importFile(QStringLiteral(LECTERN_TEST_DATA "/print/da-nang-du-lich-he.txt"));
        QVERIFY(imported.ok());
        Core::ArticleDocument document;
        document.setContent(*imported.article, handMadeEntities(imported.article->text()));
        QVERIFY(!document.entities().people.first().mentions.isEmpty());
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
