// QR encoder: exact images and SVG, ECC names, the too-long error, and a round trip through
// zbarimg (skipped when zbar-tools is not installed).
#include "qr/qrencoder.h"
#include "qr/qrmatrix.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

Q_DECLARE_METATYPE(Lectern::Core::QrEcc)

namespace {

// The longest payload of a given shape that fits byte mode at ecc: multi-byte syllables, then ASCII.
QString longestPayload(QrEcc ecc, const QString &unit)
{
    const qsizetype capacity = QrEncoder::capacity(unit, ecc);
    const qsizetype unitBytes = unit.toUtf8().size();
    QString text = unit.repeated(capacity / unitBytes);
    text += QStringLiteral("abcdefgh").left(capacity - text.toUtf8().size());
    return text;
}

QString zbarDecode(const QString &file, bool *found)
{
    QProcess p;
    p.start(QStringLiteral("zbarimg"), {QStringLiteral("--nodbus"), QStringLiteral("-q"), QStringLiteral("--raw"), file});
    p.waitForFinished(60000);
    *found = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    QByteArray out = p.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}

} // namespace

class TestQr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eccNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QrEcc>("ecc");
        QTest::newRow("L") << QStringLiteral("L") << true << QrEcc::Low;
        QTest::newRow("m lower") << QStringLiteral("m") << true << QrEcc::Medium;
        QTest::newRow("quartile") << QStringLiteral("Quartile") << true << QrEcc::Quartile;
        QTest::newRow("H spaced") << QStringLiteral(" H ") << true << QrEcc::High;
        QTest::newRow("X") << QStringLiteral("X") << false << QrEcc::Low;
        QTest::newRow("empty") << QString() << false << QrEcc::Low;
    }
    void eccNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QFETCH(QrEcc, ecc);
        const auto parsed = QrEncoder::eccFromName(name);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, ecc);
            QCOMPARE(QrEncoder::eccFromName(QrEncoder::eccName(ecc)), ecc);
        }
    }

    void imageIsExact_data()
    {
        QTest::addColumn<int>("pixels");
        QTest::newRow("1 px per module") << 29;
        QTest::newRow("4 px per module") << 116;
        QTest::newRow("with remainder") << 300;
        QTest::newRow("too small") << 10;
    }
    void imageIsExact()
    {
        QFETCH(int, pixels);
        const QrEncodeResult r = QrEncoder::encode(QStringLiteral("HELLO"), QrEcc::Low);
        QVERIFY(r.ok());
        const QrMatrix &m = *r.code;
        QCOMPARE(m.size(), 21); // version 1
        const int total = m.sizeWithQuietZone();
        const QImage image = m.toImage(pixels);
        const int modulePx = qMax(1, pixels / total);
        QCOMPARE(image.width(), qMax(pixels, modulePx * total));
        QCOMPARE(image.height(), image.width());
        const int offset = (image.width() - modulePx * total) / 2 + QrMatrix::quietZone * modulePx;
        // Every pixel is pure black or white and matches its module: no smoothing.
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int mx = (x - offset) >= 0 ? (x - offset) / modulePx : -1;
                const int my = (y - offset) >= 0 ? (y - offset) / modulePx : -1;
                const int expected = m.module(mx, my) ? 0 : 255;
                if (qGray(image.pixel(x, y)) != expected)
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2").arg(x).arg(y)));
            }
        }
    }

    void svgMatchesModules()
    {
        const QrEncodeResult r = QrEncoder::encode(QStringLiteral("Sở Du lịch Đà Nẵng"), QrEcc::Quartile);
        QVERIFY(r.ok());
        const QrMatrix &m = *r.code;
        const QString svg = m.toSvg(256);
        QVERIFY(svg.contains(QStringLiteral("viewBox=\"0 0 %1 %1\"").arg(m.sizeWithQuietZone())));
        QVERIFY(svg.contains(QStringLiteral("width=\"256\"")));
        QCOMPARE(svg.count(QStringLiteral("<path")), 1);
        // Rebuild the symbol from the path's runs.
        QList<bool> rebuilt(m.size() * m.size(), false);
        static const QRegularExpression run(QStringLiteral("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z"));
        auto it = run.globalMatch(svg);
        while (it.hasNext()) {
            const auto match = it.next();
            const int x = match.captured(1).toInt() - QrMatrix::quietZone;
            const int y = match.captured(2).toInt() - QrMatrix::quietZone;
            const int w = match.captured(3).toInt();
            QCOMPARE(match.captured(4).toInt(), w);
            for (int i = 0; i < w; ++i)
                rebuilt[y * m.size() + x + i] = true;
        }
        for (int y = 0; y < m.size(); ++y)
            for (int x = 0; x < m.size(); ++x)
                QCOMPARE(rebuilt.at(y * m.size() + x), m.module(x, y));
    }

    void tooLong_data()
    {
        QTest::addColumn<QrEcc>("ecc");
        QTest::addColumn<QString>("payload");
        QTest::addColumn<QString>("expectedCapacity");
        for (QrEcc ecc : {QrEcc::Low, QrEcc::Medium, QrEcc::Quartile, QrEcc::High}) {
            const QString name = QrEncoder::eccName(ecc);
            QTest::newRow(qPrintable(QStringLiteral("bytes+1 %1").arg(name)))
                << ecc << longestPayload(ecc, QStringLiteral("ệ")) + QLatin1Char('x')
                << QString::number(QrEncoder::byteCapacity(ecc) - 1); // UTF-8 with its ECI header
            QTest::newRow(qPrintable(QStringLiteral("ascii+1 %1").arg(name)))
                << ecc << longestPayload(ecc, QStringLiteral("tin tuc ")) + QLatin1Char('x')
                << QString::number(QrEncoder::byteCapacity(ecc));
        }
        QTest::newRow("digits H") << QrEcc::High << QStringLiteral("7").repeated(3058) << QStringLiteral("3057");
        QTest::newRow("alphanumeric Q") << QrEcc::Quartile << QStringLiteral("AB").repeated(1211) << QStringLiteral("2420");
    }
    void tooLong()
    {
        QFETCH(QrEcc, ecc);
        QFETCH(QString, payload);
        QFETCH(QString, expectedCapacity);
        const QrEncodeResult r = QrEncoder::encode(payload, ecc);
        QVERIFY(!r.ok());
        QCOMPARE(r.capacity, expectedCapacity.toLongLong());
        QCOMPARE(r.payloadLength, payload.toUtf8().size());
        QVERIFY2(r.error.contains(QString::number(r.payloadLength)), qPrintable(r.error));
        QVERIFY2(r.error.contains(expectedCapacity), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("level ") + QrEncoder::eccName(ecc)), qPrintable(r.error));
    }

    void emptyPayload()
    {
        const QrEncodeResult r = QrEncoder::encode(QString());
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QrEcc>("ecc");
        QTest::addColumn<QString>("payload");
        for (QrEcc ecc : {QrEcc::Low, QrEcc::Medium, QrEcc::Quartile, QrEcc::High}) {
            const QString name = QrEncoder::eccName(ecc);
            QTest::newRow(qPrintable(QStringLiteral("ascii %1").arg(name)))
                << ecc << QStringLiteral("https://example.org/tin-tuc/da-nang-du-lich-he-2024?id=4711");
            QTest::newRow(qPrintable(QStringLiteral("short vietnamese %1").arg(name))) << ecc << QStringLiteral("Gốc");
            QTest::newRow(qPrintable(QStringLiteral("vietnamese %1").arg(name)))
                << ecc << QStringLiteral("Đà Nẵng đón 2,45 triệu lượt khách (2024-09-09, Cổng TTĐT) #0123456789abcdef");
            QTest::newRow(qPrintable(QStringLiteral("longest ascii %1").arg(name)))
                << ecc << longestPayload(ecc, QStringLiteral("tin tuc "));
            QTest::newRow(qPrintable(QStringLiteral("longest vietnamese %1").arg(name)))
                << ecc << longestPayload(ecc, QStringLiteral("Nguyễn "));
        }
        // Decomposed input is encoded as NFC.
        QTest::newRow("nfd input") << QrEcc::Medium
                                   << QStringLiteral("Hà Nội").normalized(QString::NormalizationForm_D);
    }
    void roundTrip()
    {
        QFETCH(QrEcc, ecc);
        QFETCH(QString, payload);
        const QrEncodeResult r = QrEncoder::encode(payload, ecc);
        QVERIFY2(r.ok(), qPrintable(r.error));
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg (zbar-tools) is not installed");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("code.png"));
        QVERIFY(r.code->toImage(r.code->sizeWithQuietZone() * 4).save(file));
        bool found = false;
        const QString decoded = zbarDecode(file, &found);
        QVERIFY2(found, "zbarimg found no QR code");
        QCOMPARE(decoded, payload.normalized(QString::NormalizationForm_C));
    }
};

QTEST_GUILESS_MAIN(TestQr)
#include "tst_qr.moc"
