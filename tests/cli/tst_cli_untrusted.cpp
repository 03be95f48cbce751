// CLI output from untrusted data (issue 20): `library list` and `library search` print a crafted
// library's titles without terminal escape sequences or control characters; `pdf a/x.txt b/x.txt
// -o out/` writes two PDFs under distinct names and reports each truthfully.
#include "library/librarystore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "lecternprocess.h"

using namespace Lectern::Core;

class TestCliUntrusted : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void libraryListStripsTerminalEscapes()
    {
        // A library written by someone else: the title holds escape sequences (colour, a hyperlink,
        // "clear screen", a window title) and bidi controls; nothing cleaned it on the way in.
        const QString db = m_dir.filePath(QStringLiteral("crafted.sqlite"));
        {
            LibraryStore store;
            QVERIFY2(store.open(db), qPrintable(store.errorString()));
            Article a;
            a.title = QStringLiteral("Tin \x1b[2J\x1b]0;owned\x07\x1b[31mđỏ\x1b[0m \u202EGNP.exe\u202C\r\nhết");
            a.site = QStringLiteral("Báo\x1b[5m nháy");
            a.sourcePath = m_dir.filePath(QStringLiteral("tin.txt"));
            a.blocks = {{Block::Kind::Paragraph, QStringLiteral("Đỏ \x1b[1mđậm\x1b[0m là màu của lá cờ trong bài viết.")}};
            a.originalBytes = a.text().toUtf8();
            QVERIFY(store.indexArticle(a, ExtractionResult()));
        }
        for (const QStringList &args : {QStringList{QStringLiteral("list")},
                                        QStringList{QStringLiteral("search"), QStringLiteral("lá cờ")}}) {
            const Run r = lectern(QStringList{QStringLiteral("library")} + args + QStringList{QStringLiteral("--db"), db});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(r.out.contains("Tin"), QByteArray(r.out + r.err).constData());
            for (const char c : r.out) {
                const uchar u = uchar(c);
                QVERIFY2(u >= 0x20 || u == '\n', qPrintable(QStringLiteral("control 0x%1 in: %2").arg(u, 2, 16, QLatin1Char('0')).arg(QString::fromUtf8(r.out))));
            }
            QVERIFY(!QString::fromUtf8(r.out).contains(QChar(0x202E)));
            // Whole sequences go, not only their ESC: no "[31m" or "]0;owned" left over.
            QVERIFY2(!r.out.contains("[31m") && !r.out.contains("[2J") && !r.out.contains("owned"), r.out.constData());
            QCOMPARE(r.out.count('\n'), qsizetype(args.first() == QLatin1String("list") ? 1 : 2)); // one line per entry
        }
    }

    void pdfIntoADirectoryNeverOverwrites()
    {
        const QString a = m_dir.filePath(QStringLiteral("a"));
        const QString b = m_dir.filePath(QStringLiteral("b"));
        QVERIFY(QDir().mkpath(a) && QDir().mkpath(b));
        QVERIFY(QFile::copy(QStringLiteral(LECTERN_TEST_DATA "/foundation/plain-utf8.txt"), a + QStringLiteral("/x.txt")));
        QVERIFY(QFile::copy(QStringLiteral(LECTERN_TEST_DATA "/print/da-nang-du-lich-he.txt"), b + QStringLiteral("/x.txt")));
        const QString out = m_dir.filePath(QStringLiteral("out")) + QLatin1Char('/');
        const Run r = lectern({QStringLiteral("pdf"), a + QStringLiteral("/x.txt"), b + QStringLiteral("/x.txt"),
                               QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        const QStringList written = QDir(out).entryList(QDir::Files, QDir::Name);
        QCOMPARE(written, (QStringList{QStringLiteral("x-2.pdf"), QStringLiteral("x.pdf")}));
        QVERIFY(QFile(out + QStringLiteral("x.pdf")).size() != QFile(out + QStringLiteral("x-2.pdf")).size());
        // Each progress line names the file it wrote.
        const QByteArray first = QByteArray("a/x.txt -> ") + QFile::encodeName(out) + "x.pdf";
        const QByteArray second = QByteArray("b/x.txt -> ") + QFile::encodeName(out) + "x-2.pdf";
        QVERIFY2(r.err.contains(first), r.err.constData());
        QVERIFY2(r.err.contains(second), r.err.constData());
    }
};

QTEST_MAIN(TestCliUntrusted)
#include "tst_cli_untrusted.moc"
