// The QR dialog on real widgets (offscreen): default payload from the article, live preview,
// ECC and size, the too-long error, Save (PNG, SVG), Copy, Reset.
#include "document/articledocument.h"
#include "import/articleimporter.h"
#include "qrdialog.h"
#include "render/articlepayload.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestQrDialog : public QObject
{
    Q_OBJECT
    Core::ArticleDocument m_document;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The dialog shows the article's payload; no entities are needed (none are extracted).
        const Core::ImportResult imported
            = Core::ArticleImporter::importFile(QStringLiteral(LECTERN_TEST_DATA "/print/da-nang-du-lich-he.txt"));
        QVERIFY(imported.ok());
        m_document.setContent(*imported.article, {});
    }

    void showsTheArticlePayload()
    {
        Gui::QrDialog dialog(&m_document);
        dialog.show();
        QCOMPARE(dialog.payload(), Core::ArticlePayload::forArticle(m_document.article()));
        QVERIFY(dialog.hasCode());
        QCOMPARE(dialog.image().width(), dialog.pixelSize());
        auto *preview = dialog.findChild<QLabel *>(QStringLiteral("previewLabel"));
        QVERIFY(preview);
        QVERIFY(!preview->pixmap().isNull());
    }

    void livePreviewFollowsEdits_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QStringLiteral("https://example.org/tin/1") << true;
        QTest::newRow("vietnamese") << QStringLiteral("Phó Chủ tịch Nguyễn Thị Thu Hường") << true;
        QTest::newRow("too long") << QStringLiteral("ữ").repeated(1000) << false;
        QTest::newRow("empty") << QString() << false;
    }
    void livePreviewFollowsEdits()
    {
        QFETCH(QString, payload);
        QFETCH(bool, valid);
        Gui::QrDialog dialog(&m_document);
        dialog.show();
        QSignalSpy changed(&dialog, &Gui::QrDialog::codeChanged);
        auto *edit = dialog.findChild<QPlainTextEdit *>(QStringLiteral("payloadEdit"));
        QVERIFY(edit);
        edit->setPlainText(payload);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(dialog.hasCode(), valid);
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyButton"));
        QCOMPARE(save->isEnabled(), valid);
        QCOMPARE(copy->isEnabled(), valid);
        auto *info = dialog.findChild<QLabel *>(QStringLiteral("infoLabel"));
        if (!valid) {
            QVERIFY(!dialog.errorText().isEmpty());
            QCOMPARE(info->text(), dialog.errorText());
        }
        if (payload.size() == 1000)
            QVERIFY(info->text().contains(QStringLiteral("3000 bytes")));
    }

    void higherEccGivesBiggerSymbol()
    {
        Gui::QrDialog dialog(&m_document);
        dialog.setPayload(QStringLiteral("Sở Du lịch thành phố Đà Nẵng"));
        auto *ecc = dialog.findChild<QComboBox *>(QStringLiteral("eccCombo"));
        ecc->setCurrentIndex(0);
        const int low = dialog.image().width() > 0 ? Core::QrEncoder::encode(dialog.payload(), dialog.ecc()).code->size() : 0;
        QCOMPARE(dialog.ecc(), Core::QrEcc::Low);
        ecc->setCurrentIndex(3);
        QCOMPARE(dialog.ecc(), Core::QrEcc::High);
        const int high = Core::QrEncoder::encode(dialog.payload(), dialog.ecc()).code->size();
        QVERIFY(high > low);
        auto *size = dialog.findChild<QSpinBox *>(QStringLiteral("sizeSpin"));
        size->setValue(777);
        QCOMPARE(dialog.image().width(), 777);
    }

    void saves_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << int(Gui::QrDialog::Format::Png) << QStringLiteral("code.png");
        QTest::newRow("svg") << int(Gui::QrDialog::Format::Svg) << QStringLiteral("code.svg");
    }
    void saves()
    {
        QFETCH(int, format);
        QFETCH(QString, name);
        Gui::QrDialog dialog(&m_document);
        dialog.setPayload(QStringLiteral("Đà Nẵng 2024"));
        dialog.setFormat(Gui::QrDialog::Format(format));
        dialog.setPixelSize(300);
        const QString path = m_dir.filePath(name);
        QString error;
        QVERIFY2(dialog.saveTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == int(Gui::QrDialog::Format::Svg)) {
            QVERIFY(bytes.contains("<svg"));
            QVERIFY(bytes.contains("width=\"300\""));
            return;
        }
        QCOMPARE(QImage::fromData(bytes).width(), 300);
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg is not installed");
        QProcess p;
        p.start(QStringLiteral("zbarimg"), {QStringLiteral("--nodbus"), QStringLiteral("-q"), QStringLiteral("--raw"), path});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QStringLiteral("Đà Nẵng 2024"));
    }

    void saveFailsCleanly()
    {
        Gui::QrDialog dialog(&m_document);
        QString error;
        QVERIFY(!dialog.saveTo(QStringLiteral("/nonexistent-dir/x/code.png"), &error));
        QVERIFY(!error.isEmpty());
    }

    void copiesAndResets()
    {
        Gui::QrDialog dialog(&m_document);
        dialog.show();
        dialog.setPayload(QStringLiteral("tạm"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasImage());
        QCOMPARE(qvariant_cast<QImage>(mime->imageData()).width(), dialog.pixelSize());
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("resetButton")), Qt::LeftButton);
        QCOMPARE(dialog.payload(), Core::ArticlePayload::forArticle(m_document.article()));
    }
};

QTEST_MAIN(TestQrDialog)
#include "tst_qrdialog.moc"
