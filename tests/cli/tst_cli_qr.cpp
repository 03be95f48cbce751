// `lectern qr`: PNG and SVG output, payload and ECC options, usage and too-long errors, decoded
// back with zbarimg when it is installed.
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "lecternprocess.h"

namespace {


QString zbar(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("zbarimg"), {QStringLiteral("--nodbus"), QStringLiteral("-q"), QStringLiteral("--raw"), file});
    p.waitForFinished(60000);
    QByteArray out = p.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}

const QString article = QStringLiteral(LECTERN_TEST_DATA "/print/da-nang-du-lich-he.txt");

} // namespace

class TestCliQr : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void png_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("payload"); // expected; empty: the article's citation (checked by shape)
        QTest::addColumn<int>("size");
        QTest::newRow("article default") << QStringList{article} << QString() << 400;
        QTest::newRow("payload, ECC H, 600 px")
            << QStringList{article, QStringLiteral("--payload"), QStringLiteral("Sở Du lịch Đà Nẵng"),
                           QStringLiteral("--ecc"), QStringLiteral("H"), QStringLiteral("--size"), QStringLiteral("600")}
            << QStringLiteral("Sở Du lịch Đà Nẵng") << 600;
        QTest::newRow("payload without file, ECC l")
            << QStringList{QStringLiteral("--payload"), QStringLiteral("https://example.org/a?b=1"),
                           QStringLiteral("--ecc"), QStringLiteral("l")}
            << QStringLiteral("https://example.org/a?b=1") << 400;
    }
    void png()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, payload);
        QFETCH(int, size);
        const QString out = m_dir.filePath(QStringLiteral("code.png"));
        const Run r = lectern(QStringList{QStringLiteral("qr")} + options + QStringList{QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QImage image(out);
        QCOMPARE(image.width(), size);
        QCOMPARE(image.height(), size);
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg is not installed");
        const QString decoded = zbar(out);
        if (payload.isEmpty()) {
            // No URL in this article: the citation ends in '#' and 16 hex digits of the content hash.
            QVERIFY2(decoded.contains(QRegularExpression(QStringLiteral("#[0-9a-f]{16}$"))), qPrintable(decoded));
            QVERIFY(decoded.contains(QStringLiteral("Đà Nẵng")) || decoded.contains(QStringLiteral("Print")));
        } else {
            QCOMPARE(decoded, payload);
        }
    }

    void svg()
    {
        const QString out = m_dir.filePath(QStringLiteral("code.svg"));
        const Run r = lectern({QStringLiteral("qr"), article, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.startsWith("<?xml"));
        QVERIFY(svg.contains("<svg"));
        QCOMPARE(svg.count("<path"), 1);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString png = QStringLiteral("/tmp/never-written.png");
        QTest::newRow("no file") << QStringList{QStringLiteral("-o"), png} << 2 << QStringLiteral("no file");
        QTest::newRow("no output") << QStringList{article} << 2 << QStringLiteral("no output");
        QTest::newRow("bad format") << QStringList{article, QStringLiteral("-o"), QStringLiteral("x.jpg")} << 2
                                    << QStringLiteral(".png or .svg");
        QTest::newRow("bad ecc") << QStringList{article, QStringLiteral("--ecc"), QStringLiteral("Z"), QStringLiteral("-o"), png}
                                 << 2 << QStringLiteral("--ecc");
        QTest::newRow("bad size") << QStringList{article, QStringLiteral("--size"), QStringLiteral("big"),
                                                 QStringLiteral("-o"), png}
                                  << 2 << QStringLiteral("--size");
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/a.txt"), QStringLiteral("-o"), png}
                                      << 1 << QStringLiteral("/nonexistent/a.txt");
        QTest::newRow("too long") << QStringList{QStringLiteral("--payload"), QStringLiteral("ắ").repeated(500),
                                                 QStringLiteral("--ecc"), QStringLiteral("H"), QStringLiteral("-o"), png}
                                  << 1 << QStringLiteral("it is 1500 bytes of UTF-8, and at error-correction level H a QR "
                                                         "code holds at most 1272 bytes of UTF-8");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = lectern(QStringList{QStringLiteral("qr")} + args);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.err.count('\n'), 1); // one line
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written.png")));
    }
};

QTEST_GUILESS_MAIN(TestCliQr)
#include "tst_cli_qr.moc"
