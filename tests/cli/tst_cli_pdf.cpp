// `lectern pdf`: one file, many files into a directory, options, progress lines, errors as one
// line and a non-zero exit, never a crash.
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "lecternprocess.h"

namespace {


QString data(const char *name)
{
    return QStringLiteral(LECTERN_TEST_DATA "/") + QString::fromLatin1(name);
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    // NFKC turns typographic ligatures (U+FB01 "ﬁ") back into letters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

bool isPdf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(5) == "%PDF-";
}

} // namespace

class TestCliPdf : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void singleFile_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("defaults") << QStringList{} << QStringLiteral("Page 1 of 2");
        QTest::newRow("appendix") << QStringList{QStringLiteral("--appendix")}
                                  << QStringLiteral("Index of names and figures");
        QTest::newRow("letter, grayscale, no highlights")
            << QStringList{QStringLiteral("--paper"), QStringLiteral("Letter"), QStringLiteral("--grayscale"),
                           QStringLiteral("--no-highlights")}
            << QStringLiteral("Nguyễn Thị Thu Hường");
        QTest::newRow("annotations") << QStringList{QStringLiteral("--annotations")} << QStringLiteral("Page 1 of");
    }
    void singleFile()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expectedText);
        const QString out = m_dir.filePath(QStringLiteral("one.pdf"));
        QFile::remove(out);
        const Run r = lectern(QStringList{QStringLiteral("pdf"), data("print/da-nang-du-lich-he.txt"),
                                          QStringLiteral("-o"), out}
                              + options);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1); // the progress line
        QVERIFY(r.err.contains("[1/1]"));
        QVERIFY(isPdf(out));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        const QString text = pdfText(out);
        QVERIFY2(text.contains(expectedText), qPrintable(expectedText));
    }

    void annotationsFromTheReviewDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("notes.sqlite"));
        const QString article = data("print/da-nang-du-lich-he.txt");
        const Run added = lectern({QStringLiteral("annotations"), QStringLiteral("add"), article, QStringLiteral("--db"), db,
                                   QStringLiteral("--start"), QStringLiteral("10"), QStringLiteral("--end"), QStringLiteral("30"),
                                   QStringLiteral("--comment"), QStringLiteral("Kiểm chứng số liệu với Sở Du lịch")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString out = m_dir.filePath(QStringLiteral("notes.pdf"));
        const Run r = lectern({QStringLiteral("pdf"), article, QStringLiteral("-o"), out, QStringLiteral("--annotations"),
                               QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        // Beside its line by default; with --end-notes in the "Notes" appendix after the body.
        QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("Kiểm chứng số liệu với Sở Du lịch")));
        QVERIFY(!text.contains(QStringLiteral("Notes")));
        const Run end = lectern({QStringLiteral("pdf"), article, QStringLiteral("-o"), out, QStringLiteral("--annotations"),
                                 QStringLiteral("--end-notes"), QStringLiteral("--db"), db});
        QVERIFY2(end.exitCode == 0, end.err.constData());
        text = pdfText(out);
        QVERIFY(text.indexOf(QStringLiteral("Kiểm chứng số liệu với Sở Du lịch")) > text.indexOf(QStringLiteral("Notes")));
        QVERIFY(text.contains(QStringLiteral("Notes")));
        // Without --annotations the note is not printed.
        const Run plain = lectern({QStringLiteral("pdf"), article, QStringLiteral("-o"), out});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!pdfText(out).contains(QStringLiteral("Kiểm chứng số liệu")));
    }

    void manyFilesIntoDirectory()
    {
        const QString dir = m_dir.filePath(QStringLiteral("many"));
        const Run r = lectern({QStringLiteral("pdf"), data("print/da-nang-du-lich-he.txt"),
                               data("foundation/plain-utf8.txt"), QStringLiteral("-o"), dir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err.count('\n'), 2);
        QVERIFY(r.err.contains("[1/2]"));
        QVERIFY(r.err.contains("[2/2]"));
        QVERIFY(isPdf(QDir(dir).filePath(QStringLiteral("da-nang-du-lich-he.pdf"))));
        QVERIFY(isPdf(QDir(dir).filePath(QStringLiteral("plain-utf8.pdf"))));
    }

    void oneBadFileAmongGood()
    {
        const QString dir = m_dir.filePath(QStringLiteral("mixed"));
        const Run r = lectern({QStringLiteral("pdf"), QStringLiteral("/nonexistent/missing.txt"),
                               data("foundation/plain-utf8.txt"), QStringLiteral("-o"), dir});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 2);
        QVERIFY(r.err.contains("missing.txt: error:"));
        QVERIFY(isPdf(QDir(dir).filePath(QStringLiteral("plain-utf8.pdf"))));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{QStringLiteral("-o"), QStringLiteral("x.pdf")} << QStringLiteral("no file");
        QTest::newRow("no output") << QStringList{data("foundation/plain-utf8.txt")} << QStringLiteral("no output");
        QTest::newRow("bad paper") << QStringList{data("foundation/plain-utf8.txt"), QStringLiteral("-o"),
                                                  QStringLiteral("x.pdf"), QStringLiteral("--paper"), QStringLiteral("A3")}
                                   << QStringLiteral("--paper");
        QTest::newRow("not a pdf name") << QStringList{data("foundation/plain-utf8.txt"), QStringLiteral("-o"),
                                                       QStringLiteral("x.png")}
                                        << QStringLiteral(".pdf");
        QTest::newRow("unknown option") << QStringList{data("foundation/plain-utf8.txt"), QStringLiteral("--colour")}
                                        << QStringLiteral("colour");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = lectern(QStringList{QStringLiteral("pdf")} + args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void unwritableOutput()
    {
        const Run r = lectern({QStringLiteral("pdf"), data("foundation/plain-utf8.txt"), QStringLiteral("-o"),
                               QStringLiteral("/proc/lectern-cannot-write.pdf")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("error:"));
    }
};

QTEST_GUILESS_MAIN(TestCliPdf)
#include "tst_cli_pdf.moc"
