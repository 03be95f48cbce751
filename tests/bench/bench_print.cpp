// Printout and QR benchmarks: the PDF of a 10 KB article (target: under 300 ms on the
// development machine, 2 cores) and QR encoding. Run: build/bench/bench_print (offscreen).
#include "document/articleloader.h"
#include "qr/qrencoder.h"
#include "render/articlepayload.h"
#include "render/pdfexporter.h"
#include "render/printrenderer.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTest>

using namespace Lectern::Core;

class BenchPrint : public QObject
{
    Q_OBJECT
    Article m_article;
    ExtractionResult m_entities;

    // The fixture's paragraphs repeated until the body is at least 10 KB of UTF-8.
    static Article tenKilobytes(const Article &source)
    {
        Article a = source;
        a.blocks.clear();
        for (qsizetype i = 0; a.text().toUtf8().size() < 10 * 1024; ++i)
            a.blocks.append(source.blocks.at(i % source.blocks.size()));
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const LoadResult loaded = loadArticle(QStringLiteral(LECTERN_TEST_DATA "/print/da-nang-du-lich-he.txt"));
        QVERIFY(loaded.import.ok());
        m_article = tenKilobytes(*loaded.import.article);
        m_entities = loadArticleBytes(m_article.text().toUtf8(), QStringLiteral("bench.txt")).entities;
        qInfo("article: %lld bytes of UTF-8, %lld blocks", qlonglong(m_article.text().toUtf8().size()),
              qlonglong(m_article.blocks.size()));
    }

    void pdf10KB_data()
    {
        QTest::addColumn<bool>("appendix");
        QTest::addColumn<int>("noteCount");
        QTest::newRow("body") << false << 0;
        QTest::newRow("body + entity index") << true << 0;
        QTest::newRow("body + 20 margin notes") << false << 20;
    }
    void pdf10KB()
    {
        QFETCH(bool, appendix);
        QFETCH(int, noteCount);
        PrintOptions options;
        options.entityIndex = appendix;
        options.notes = noteCount > 0;
        // Notes spread evenly over the text, each over a word-sized span.
        QList<PrintNote> notes;
        const qsizetype length = m_article.text().size();
        for (int i = 0; i < noteCount; ++i) {
            const qsizetype at = length * i / noteCount;
            notes.append({{at, std::min(length, at + 8)}, QStringLiteral("Kiểm tra lại số liệu với nguồn gốc."),
                          QStringLiteral("BTV"), QStringLiteral("open")});
        }
        int pages = 0;
        qsizetype bytes = 0;
        QBENCHMARK {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setResolution(600);
            writer.setPageLayout(PdfExporter::defaultPageLayout());
            PrintRenderer renderer(m_article, m_entities, notes, options);
            QVERIFY(renderer.render(&writer));
            pages = renderer.pageCount();
            bytes = buffer.size();
        }
        qInfo("%d pages, %lld bytes of PDF", pages, qlonglong(bytes));
    }

    // pdf --annotations with many notes (issue 20): most do not fit the margin and go to the end
    // notes; the time must grow linearly with the number of notes.
    void pdfManyNotes_data()
    {
        QTest::addColumn<int>("noteCount");
        QTest::newRow("1000 notes") << 1000;
        QTest::newRow("3000 notes") << 3000;
        QTest::newRow("10000 notes") << 10000;
    }
    void pdfManyNotes()
    {
        QFETCH(int, noteCount);
        PrintOptions options;
        options.notes = true;
        QList<PrintNote> notes;
        const qsizetype length = m_article.text().size();
        for (int i = 0; i < noteCount; ++i) {
            const qsizetype at = length * i / noteCount;
            notes.append({{at, std::min(length, at + 8)}, QStringLiteral("Ghi chú %1: kiểm tra lại số liệu với nguồn.").arg(i),
                          QStringLiteral("BTV"), QStringLiteral("open")});
        }
        int pages = 0;
        QBENCHMARK_ONCE {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setResolution(600);
            writer.setPageLayout(PdfExporter::defaultPageLayout());
            PrintRenderer renderer(m_article, m_entities, notes, options);
            QVERIFY(renderer.render(&writer));
            pages = renderer.pageCount();
        }
        qInfo("%d notes: %d pages", noteCount, pages);
    }

    void qrEncode_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::newRow("citation") << ArticlePayload::forArticle(m_article);
        QTest::newRow("URL") << QStringLiteral("https://danang.gov.vn/tin-tuc/da-nang-don-2-45-trieu-luot-khach");
        QTest::newRow("2000 bytes") << QStringLiteral("Đà Nẵng ").repeated(200);
    }
    void qrEncode()
    {
        QFETCH(QString, payload);
        QBENCHMARK {
            const QrEncodeResult r = QrEncoder::encode(payload, QrEcc::Low);
            QVERIFY(r.ok());
        }
    }

    void qrPng()
    {
        const QString payload = ArticlePayload::forArticle(m_article);
        QBENCHMARK {
            const QrEncodeResult r = QrEncoder::encode(payload, QrEcc::Medium);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(r.code->toImage(400).save(&buffer, "PNG"));
        }
    }
};

QTEST_MAIN(BenchPrint)
#include "bench_print.moc"
