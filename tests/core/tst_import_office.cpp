// Word (.docx) and OpenDocument (.odt) import: structure, metadata, tracked changes, notes and the
// comments a file carries; the review export written back into the draft (core side; the real
// clients, python-docx and LibreOffice, are in cli.cli_office). Fixtures: python-docx through
// tests/data/office/make_docx.py (skipped when Debian's python3-docx is missing) and hand-built
// packages (officefixtures.h).
#include "fixturefiles.h"
#include "officefixtures.h"

#include "document/articleloader.h"
#include "import/articleimporter.h"
#include "import/officeimporter.h"
#include "import/textcleaner.h"
#include "review/anchoring.h"
#include "review/documentcomments.h"
#include "review/officereviewexport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

namespace {

QString commentText(const Article &a, const DocumentComment &c)
{
    return a.text().mid(c.start, c.end - c.start);
}

Annotation commentOn(const Article &article, const QString &quote, const QString &author, const QString &comment)
{
    const QString text = article.text();
    const qsizetype at = text.indexOf(quote);
    if (at < 0)
        qFatal("quote not in the article");
    Annotation a = Annotation::create(Anchoring::anchorAt(text, at, at + quote.size()), author);
    a.id = QUuid::createUuidV5(QUuid(), quote + author);
    a.created = a.modified = QDateTime(QDate(2024, 3, 15), QTime(10, 0), Qt::UTC);
    a.comment = comment;
    return a;
}

} // namespace

class TestImportOffice : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    bool m_python = false;

    QString fixture(const QString &name) const { return m_dir.filePath(name); }
    void needPython() const
    {
        if (!m_python)
            QSKIP("Debian's python3-docx is not installed (/usr/bin/python3 -c 'import docx')");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(LECTERN_TEST_DATA "/office/make_docx.py"), m_dir.path()});
        m_python = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!m_python)
            qWarning("make_docx.py: %s", p.readAllStandardError().constData());
    }

    void docxStructureAndMetadata()
    {
        needPython();
        const ImportResult r = ArticleImporter::importFile(fixture(QStringLiteral("review.docx")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Article &a = *r.article;
        QCOMPARE(a.format, QStringLiteral("docx"));
        QCOMPARE(a.title, QStringLiteral("Hội nghị tổng kết năm 2024 của tỉnh"));
        QCOMPARE(a.authors, QStringList{QStringLiteral("Lê Thu Hà")});
        QCOMPARE(a.published.date(), QDate(2024, 3, 12));
        QVERIFY(!a.blocks.isEmpty());
        QCOMPARE(a.blocks.first().kind, Block::Kind::Heading);
        QCOMPARE(a.blocks.first().text, QStringLiteral("Hội nghị tổng kết công tác năm"));
        QStringList texts;
        for (const Block &b : a.blocks)
            texts << b.text;
        QVERIFY2(texts.contains(QStringLiteral("Sáng 3/4, UBND tỉnh tổ chức hội nghị tổng kết[1] với 250 đại biểu tham dự.")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        // The insertion accepted, the deletion dropped, and the editor told.
        QVERIFY(texts.contains(QStringLiteral("Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, phát biểu khai mạc hội nghị.")));
        QVERIFY(!a.text().contains(QStringLiteral("chào mừng")));
        QVERIFY(a.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("1 insertions accepted, 1 deletions dropped")));
        // The linked image is counted, never fetched.
        QVERIFY(a.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("did not fetch")));
        QVERIFY(texts.contains(QStringLiteral("Thu ngân sách đạt 4.250 tỷ đồng")));
        QVERIFY(texts.contains(QStringLiteral("Chỉ tiêu | Kết quả")));
        QVERIFY(texts.contains(QStringLiteral("Vốn đầu tư | 12,5 tỷ đồng")));
        // The footnote after the body.
        QCOMPARE(texts.last(), QStringLiteral("[1] Theo báo cáo của Sở Tài chính."));
    }

    void docxComments()
    {
        needPython();
        const ImportResult r = ArticleImporter::importFile(fixture(QStringLiteral("review.docx")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.comments.size(), 3);
        const DocumentComment &c0 = r.comments.at(0);
        QCOMPARE(c0.author, QStringLiteral("Trần Minh"));
        QCOMPARE(c0.initials, QStringLiteral("TM"));
        QCOMPARE(c0.date, QDateTime(QDate(2024, 3, 13), QTime(8, 0), Qt::UTC));
        QCOMPARE(c0.text, QStringLiteral("Kiểm tra lại số đại biểu."));
        QCOMPARE(commentText(*r.article, c0), QStringLiteral("250 đại biểu"));
        QCOMPARE(r.comments.at(1).parentId, QStringLiteral("0"));
        QCOMPARE(commentText(*r.article, r.comments.at(2)), QStringLiteral("Chủ tịch UBND tỉnh"));
        QVERIFY(r.comments.at(2).resolved);

        // As annotations: the reply joins its thread; the same ids every time.
        const LoadResult loaded = loadArticle(fixture(QStringLiteral("review.docx")), nullptr);
        QCOMPARE(loaded.reviewAnnotations.size(), 2);
        const Annotation &first = loaded.reviewAnnotations.at(0);
        QCOMPARE(first.anchor.exact, QStringLiteral("250 đại biểu"));
        QCOMPARE(first.author, QStringLiteral("Trần Minh"));
        QCOMPARE(first.replies.size(), 1);
        QCOMPARE(first.replies.first().author, QStringLiteral("Lê Thu Hà"));
        QCOMPARE(first.replies.first().text, QStringLiteral("Đã xác nhận với Văn phòng."));
        QCOMPARE(loaded.reviewAnnotations.at(1).status, Annotation::Status::Resolved);
        const LoadResult again = loadArticle(fixture(QStringLiteral("review.docx")), nullptr);
        QCOMPARE(again.reviewAnnotations.at(0).id, first.id);
    }

    void odtImport()
    {
        const ImportResult r = ArticleImporter::importBytes(OfficeFixtures::richOdt(), QStringLiteral("draft.odt"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Article &a = *r.article;
        QCOMPARE(a.format, QStringLiteral("odt"));
        QCOMPARE(a.title, QStringLiteral("Hội nghị tổng kết năm 2024"));
        QCOMPARE(a.authors, QStringList{QStringLiteral("Lê Thu Hà")});
        QCOMPARE(a.published, QDateTime(QDate(2024, 3, 12), QTime(9, 30), Qt::UTC));
        QStringList texts;
        for (const Block &b : a.blocks)
            texts << b.text;
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("Hội nghị tổng kết công tác năm"),
                              QStringLiteral("Sáng 3/4, UBND tỉnh tổ chức hội nghị tổng kết[1] với 250 đại biểu tham dự."),
                              QStringLiteral("Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, phát biểu khai mạc hội nghị & tổng kết."),
                              QStringLiteral("Thu ngân sách đạt 4.250 tỷ đồng"), QStringLiteral("Tăng trưởng kinh tế đạt 8,5%"),
                              QStringLiteral("Chỉ tiêu | Kết quả"), QStringLiteral("Vốn đầu tư | 12,5 tỷ đồng"),
                              QStringLiteral("[1] Theo báo cáo của Sở Tài chính.")}));
        QCOMPARE(a.blocks.first().kind, Block::Kind::Heading);
        QVERIFY(a.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("1 insertions accepted, 1 deletions dropped")));
        QCOMPARE(r.comments.size(), 1);
        QCOMPARE(r.comments.first().author, QStringLiteral("Trần Minh"));
        QCOMPARE(r.comments.first().text, QStringLiteral("Kiểm tra lại số đại biểu."));
        QCOMPARE(commentText(a, r.comments.first()), QStringLiteral("250 đại biểu"));
    }

    // The export read back by Lectern: every annotation a comment on its range, the file's own
    // comments kept and not doubled, the same bytes every run.
    void exportDocxRoundTrip()
    {
        needPython();
        const QString path = fixture(QStringLiteral("review.docx"));
        const LoadResult loaded = loadArticle(path, nullptr);
        QVERIFY(loaded.import.ok());
        const Article &article = *loaded.import.article;
        QList<Annotation> review = loaded.reviewAnnotations; // the file's own: not written twice
        Annotation a = commentOn(article, QStringLiteral("Nguyễn Văn An"), QStringLiteral("Lê Thu Hà"),
                                 QStringLiteral("Kiểm tra tên đệm."));
        a.tags = {QStringLiteral("name/title")};
        a.replies.append({QUuid::createUuidV5(QUuid(), QStringLiteral("r1")), QStringLiteral("Trần Minh"),
                          QDateTime(QDate(2024, 3, 15), QTime(11, 0), Qt::UTC), QStringLiteral("Đúng tên.")});
        Annotation inWord = commentOn(article, QStringLiteral("tổ chức hội"), QStringLiteral("Phạm Hoa"),
                                      QStringLiteral("Giữa một từ của run."));
        Annotation fix = commentOn(article, QStringLiteral("UBND tỉnh"), QStringLiteral("Lê Thu Hà"), QString());
        fix.kind = Annotation::Kind::EntityCorrection;
        fix.correction.action = EntityCorrection::Action::ChangeType;
        fix.correction.name = QStringLiteral("UBND tỉnh");
        fix.correction.type = EntityKind::Place;
        fix.correction.newType = EntityKind::Organization;
        review << a << inWord << fix;
        // A reply added in Lectern to the file's own comment.
        review[0].replies.append({QUuid::createUuidV5(QUuid(), QStringLiteral("r2")), QStringLiteral("Phạm Hoa"),
                                  QDateTime(QDate(2024, 3, 15), QTime(12, 0), Qt::UTC), QStringLiteral("Thêm nguồn.")});

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        QString error;
        const auto out = OfficeReviewExport::write(original, review, OfficeReviewExport::Format::Docx, &error);
        QVERIFY2(out, qPrintable(error));
        const auto again = OfficeReviewExport::write(original, review, OfficeReviewExport::Format::Docx, &error);
        QVERIFY(again);
        QCOMPARE(*again, *out);

        const ImportResult back = ArticleImporter::importBytes(*out, QStringLiteral("out.docx"));
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.article->text(), article.text()); // the text is untouched
        QMap<QString, QString> rangeByText;
        QMap<QString, QString> authorByText;
        for (const DocumentComment &c : back.comments) {
            rangeByText.insert(c.text.section(QLatin1Char('\n'), 0, 0), commentText(*back.article, c));
            authorByText.insert(c.text.section(QLatin1Char('\n'), 0, 0), c.author);
        }
        QCOMPARE(back.comments.size(), 3 + 2 + 1 + 1 + 1); // 3 of the file, 1+1 reply, 1 mid-run, 1 correction, 1 reply
        QCOMPARE(rangeByText.value(QStringLiteral("Kiểm tra lại số đại biểu.")), QStringLiteral("250 đại biểu"));
        QCOMPARE(rangeByText.value(QStringLiteral("Kiểm tra tên đệm.")), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(authorByText.value(QStringLiteral("Kiểm tra tên đệm.")), QStringLiteral("Lê Thu Hà"));
        QCOMPARE(rangeByText.value(QStringLiteral("Giữa một từ của run.")), QStringLiteral("tổ chức hội"));
        QCOMPARE(rangeByText.value(QStringLiteral("Đúng tên.")), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(rangeByText.value(QStringLiteral("Thêm nguồn.")), QStringLiteral("250 đại biểu"));
        bool sawCorrection = false;
        for (const DocumentComment &c : back.comments)
            if (c.text.startsWith(QStringLiteral("Entity correction:"))) {
                sawCorrection = true;
                QCOMPARE(commentText(*back.article, c), QStringLiteral("UBND tỉnh"));
            }
        QVERIFY(sawCorrection);
        // Tags and status in the comment; the replies are replies.
        for (const DocumentComment &c : back.comments) {
            if (c.text.startsWith(QStringLiteral("Kiểm tra tên đệm.")))
                QVERIFY2(c.text.contains(QStringLiteral("Tags: name/title · Status: open")), qPrintable(c.text));
            if (c.text == QStringLiteral("Đúng tên."))
                QVERIFY(!c.parentId.isEmpty());
            if (c.text == QStringLiteral("Thêm nguồn."))
                QCOMPARE(c.parentId, QStringLiteral("0"));
        }
        // Read back as annotations, the threads are whole again.
        const QList<Annotation> threads = DocumentComments::toAnnotations(*back.article, back.comments, QDateTime());
        QCOMPARE(threads.size(), 2 + 3);
        QCOMPARE(threads.at(0).replies.size(), 2);
    }

    void exportOdtRoundTrip()
    {
        const QByteArray original = OfficeFixtures::richOdt();
        const ImportResult r = ArticleImporter::importBytes(original, QStringLiteral("draft.odt"));
        QVERIFY(r.ok());
        QList<Annotation> review = DocumentComments::toAnnotations(*r.article, r.comments, QDateTime());
        Annotation a = commentOn(*r.article, QStringLiteral("phát biểu khai mạc hội nghị &"), QStringLiteral("Lê Thu Hà"),
                                 QStringLiteral("Ranh giới thay đổi & ký tự."));
        a.replies.append({QUuid::createUuidV5(QUuid(), QStringLiteral("r1")), QStringLiteral("Trần Minh"),
                          QDateTime(QDate(2024, 3, 15), QTime(11, 0), Qt::UTC), QStringLiteral("Đồng ý.")});
        Annotation across = commentOn(*r.article, QStringLiteral("tham dự."), QStringLiteral("Phạm Hoa"),
                                      QStringLiteral("Qua text:s."));
        review << a << across;
        QString error;
        const auto out = OfficeReviewExport::write(original, review, OfficeReviewExport::Format::Odt, &error);
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(*OfficeReviewExport::write(original, review, OfficeReviewExport::Format::Odt, &error), *out);
        const ImportResult back = ArticleImporter::importBytes(*out, QStringLiteral("out.odt"));
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.article->text(), r.article->text());
        QCOMPARE(back.comments.size(), 4);
        QMap<QString, QString> range;
        for (const DocumentComment &c : back.comments)
            range.insert(c.text.section(QLatin1Char('\n'), 0, 0), commentText(*back.article, c));
        QCOMPARE(range.value(QStringLiteral("Kiểm tra lại số đại biểu.")), QStringLiteral("250 đại biểu"));
        QCOMPARE(range.value(QStringLiteral("Ranh giới thay đổi & ký tự.")), QStringLiteral("phát biểu khai mạc hội nghị &"));
        QCOMPARE(range.value(QStringLiteral("Đồng ý.")), QStringLiteral("phát biểu khai mạc hội nghị &"));
        QCOMPARE(range.value(QStringLiteral("Qua text:s.")), QStringLiteral("tham dự."));
        // The wrong format is refused with a reason.
        QVERIFY(!OfficeReviewExport::write(original, review, OfficeReviewExport::Format::Docx, &error));
        QVERIFY(error.contains(QStringLiteral("odt")));
    }

    void offsets_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::newRow("spaces") << QStringLiteral("  Hà   Nội \t mùa thu  ");
        QTest::newRow("invisible") << QStringLiteral("Hà\u00adNội\u200b mùa");
        QTest::newRow("decomposed") << QStringLiteral("Ho\u0302\u0300ng Ha\u0300");
    }

    // rawOffset() inverts cleanedOffset() on every character boundary of the cleaned text.
    void offsets()
    {
        QFETCH(QString, raw);
        const QString cleaned = TextCleaner::cleanLine(raw);
        for (qsizetype c = 0; c <= cleaned.size(); ++c) {
            const qsizetype s = OfficeImporter::rawOffset(raw, c, true);
            const qsizetype e = OfficeImporter::rawOffset(raw, c, false);
            QVERIFY(s >= 0 && s <= raw.size() && e >= 0 && e <= raw.size());
            if (c < cleaned.size() && cleaned.at(c) != QLatin1Char(' '))
                QCOMPARE(OfficeImporter::cleanedOffset(raw, s, true), c);
            // (A range never ends just after a space: cleaning trims it from the prefix.)
            if (c > 0 && cleaned.at(c - 1) != QLatin1Char(' '))
                QCOMPARE(OfficeImporter::cleanedOffset(raw, e, false), c);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportOffice)
#include "tst_import_office.moc"
