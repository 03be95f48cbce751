// Same input, same output, in every process: `lectern extract`, `lectern pdf` (its bytes, and its text
// through pdftotext) and `lectern annotations export` (jsonld, csv, md) are run on the project's fixtures
// in several processes, each with its own QHash seed, and compared byte for byte.
//
// Qt 6 seeds QHash/QSet from a random source in every process; QT_HASH_SEED=0 fixes the seed
// (Qt 6.4 treats any other number as 0 too and says so on stderr). Runs without QT_HASH_SEED are
// the ones that get a fresh random seed each, so most runs here leave it unset.
// SOURCE_DATE_EPOCH fixes the "printed at" and "reviewed" times (the reproducible-builds
// convention), the only parts of the output that are not a function of the input.
#include "lecternprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

namespace {

// One environment per process: QT_HASH_SEED values, then unset (a random seed each).
QList<QMap<QString, QString>> environments()
{
    QList<QMap<QString, QString>> envs;
    const QString seed = QStringLiteral("QT_HASH_SEED");
    for (const char *value : { "0", "1", "2", "3", "12345" })
        envs.append({ { seed, QString::fromLatin1(value) } });
    for (int i = 0; i < 7; ++i)
        envs.append({ { seed, QString() } });
    for (auto &env : envs)
        env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1764763200")); // 2025-12-03 12:00 UTC
    return envs;
}

QString seedName(const QMap<QString, QString> &env)
{
    const QString seed = env.value(QStringLiteral("QT_HASH_SEED"));
    return seed.isEmpty() ? QStringLiteral("QT_HASH_SEED unset") : QStringLiteral("QT_HASH_SEED=") + seed;
}

// Every article fixture of the project (text, Markdown, HTML), in a fixed order.
QStringList articleFixtures()
{
    QStringList files;
    for (const char *dir : { "extract", "foundation", "import", "print", "review" }) {
        QDirIterator it(QStringLiteral(LECTERN_TEST_DATA "/") + QLatin1String(dir),
            { QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.markdown"), QStringLiteral("*.html") },
            QDir::Files);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

QByteArray pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

// The first line that differs, for the failure message.
QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    for (qsizetype i = 0; i < qMax(la.size(), lb.size()); ++i) {
        const QByteArray x = la.value(i), y = lb.value(i);
        if (x != y)
            return QStringLiteral("line %1:\n  first: %2\n  this:  %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(x.left(600)), QString::fromUtf8(y.left(600)));
    }
    return QStringLiteral("(same lines)");
}

} // namespace

class TestCliDeterminism : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void extract();
    void pdf();
    void annotationsExport_data();
    void annotationsExport();
};

void TestCliDeterminism::extract()
{
    const QStringList files = articleFixtures();
    QVERIFY2(files.size() >= 20, qPrintable(QString::number(files.size())));
    QVERIFY(files.contains(QStringLiteral(LECTERN_TEST_DATA "/extract/committees.txt")));
    QByteArray first;
    for (const auto &env : environments()) {
        const Run r = lectern(QStringList { QStringLiteral("extract") } + files, env);
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(QString::fromUtf8(r.err)));
        QCOMPARE(r.out.count('\n'), files.size());
        if (first.isEmpty())
            first = r.out;
        else
            QVERIFY2(r.out == first, qPrintable(seedName(env) + QStringLiteral(": ") + firstDifference(first, r.out)));
    }
}

void TestCliDeterminism::pdf()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed");
    const QString article = QStringLiteral(LECTERN_TEST_DATA "/extract/committees.txt");
    QByteArray first;
    QByteArray firstBytes;
    int run = 0;
    for (const auto &env : environments()) {
        const QString out = m_dir.filePath(QStringLiteral("print-%1.pdf").arg(++run));
        const Run r
            = lectern({ QStringLiteral("pdf"), article, QStringLiteral("--appendix"), QStringLiteral("-o"), out }, env);
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err)));
        const QByteArray text = pdfText(out);
        QVERIFY(text.contains("UBND"));
        // The file itself, byte for byte: its objects (fonts) in one order, its creation date
        // the printout's own time, whatever the process's hash seed and the clock.
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.contains("/CreationDate (D:"));
        if (first.isEmpty()) {
            first = text;
            firstBytes = bytes;
        } else {
            QVERIFY2(text == first, qPrintable(seedName(env) + QStringLiteral(": ") + firstDifference(first, text)));
            QVERIFY2(bytes == firstBytes, qPrintable(seedName(env) + QStringLiteral(": the PDF's bytes differ: ")
                                                     + firstDifference(firstBytes, bytes)));
        }
    }
}

void TestCliDeterminism::annotationsExport_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("jsonld") << QStringLiteral("jsonld");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("md") << QStringLiteral("md");
}

void TestCliDeterminism::annotationsExport()
{
    QFETCH(QString, format);
    const QString article = QStringLiteral(LECTERN_TEST_DATA "/extract/committees.txt");
    const QString db = m_dir.filePath(QStringLiteral("review-%1.sqlite").arg(format));
    // Three annotations, two on the same span (their order must not come from a hash either).
    const QList<QStringList> adds = {
        { QStringLiteral("15"), QStringLiteral("22"), QStringLiteral("Tỉnh ủy hay UBND tỉnh?") },
        { QStringLiteral("15"), QStringLiteral("22"), QStringLiteral("Kiểm tra lại cơ quan.") },
        { QStringLiteral("30"), QStringLiteral("39"), QStringLiteral("Nguồn số liệu?") },
    };
    for (const QStringList &add : adds) {
        const Run r = lectern({ QStringLiteral("annotations"), QStringLiteral("add"), article,
            QStringLiteral("--start"), add.at(0), QStringLiteral("--end"), add.at(1), QStringLiteral("--comment"),
            add.at(2), QStringLiteral("--tag"), QStringLiteral("fact-check"), QStringLiteral("--author"),
            QStringLiteral("Lê Thu Hà"), QStringLiteral("--db"), db });
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err)));
    }
    QByteArray first;
    for (const auto &env : environments()) {
        const Run r = lectern({ QStringLiteral("annotations"), QStringLiteral("export"), article,
                                  QStringLiteral("--format"), format, QStringLiteral("--db"), db },
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(QString::fromUtf8(r.err)));
        QVERIFY(!r.out.isEmpty());
        if (first.isEmpty())
            first = r.out;
        else
            QVERIFY2(r.out == first, qPrintable(seedName(env) + QStringLiteral(": ") + firstDifference(first, r.out)));
    }
}

QTEST_GUILESS_MAIN(TestCliDeterminism)
#include "tst_cli_determinism.moc"
