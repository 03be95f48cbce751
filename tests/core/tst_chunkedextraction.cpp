// Extraction in parallel chunks (Extractor::extract(article, chunkChars)) gives exactly what one
// pass over the whole article gives, byte for byte in the JSON, with the rules alone and with the
// bundled model, whatever the chunk size: chunks cut inside a paragraph run, after a paragraph that
// ends on a title whose name starts the next one, after "tại", on blank and one-word paragraphs.
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/jsonexport.h"
#include "extract/taggermodel.h"

#include <QJsonDocument>
#include <QTest>

using namespace Lectern::Core;

namespace {

std::shared_ptr<const Gazetteer> gazetteer()
{
    static const auto g = std::make_shared<const Gazetteer>(QStringLiteral(":/gazetteers"), QString());
    return g;
}

// A long article of invented news paragraphs (names, titles, organizations, places, figures),
// shuffled with a fixed seed, with the boundary cases between them.
Article generatedArticle(int paragraphs)
{
    const QStringList surnames = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),
                                  QStringLiteral("Phạm"), QStringLiteral("Võ"), QStringLiteral("Đặng")};
    const QStringList givens = {QStringLiteral("Văn An"), QStringLiteral("Thị Lan"), QStringLiteral("Minh Khôi"),
                                QStringLiteral("Quang Huy"), QStringLiteral("Thu Trang"), QStringLiteral("Đức Phong")};
    const QStringList shapes = {
        QStringLiteral("Chiều %3/5, ông %1, Chủ tịch UBND tỉnh Bình Định, cho biết doanh thu năm 2023 đạt %2 tỷ đồng, "
                       "tăng 12,5% so với cùng kỳ."),
        QStringLiteral("Theo bà %1, Giám đốc Sở Y tế Hà Nội, toàn thành phố có %2 ca mắc mới trong tuần, giảm %3%."),
        QStringLiteral("Phó Chủ tịch UBND huyện Phù Cát %1 và Bí thư Huyện ủy %4 tiếp Đoàn công tác của Bộ Tài chính."),
        QStringLiteral("Công ty CP Chế biến thủy sản Quy Nhơn xuất khẩu %2 tấn cá ngừ, ông %1 nói."),
        QStringLiteral("%1 (SN 1990), tài xế taxi, bị tạm giữ tại Công an phường Ghềnh Ráng."),
        QStringLiteral("Tại buổi làm việc, %1 đề nghị các đơn vị hoàn thành %3/%2 chỉ tiêu trước tháng 12."),
        QStringLiteral("Đồng chí %1 cho rằng ông %4 đã làm tốt; %4 sẽ nhận nhiệm vụ mới tại Quảng Ngãi."),
    };
    // A fixed linear congruential sequence: the same article on every run and platform.
    quint64 state = 20261204;
    auto next = [&state](int below) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((state >> 33) % quint64(below));
    };
    auto name = [&]() -> QString { return surnames.at(next(int(surnames.size()))) + QLatin1Char(' ') + givens.at(next(int(givens.size()))); };
    Article article;
    article.title = QStringLiteral("Bài thử nhiều đoạn");
    article.authors = {QStringLiteral("Minh Châu")};
    auto add = [&](const QString &text) {
        Block b;
        b.text = text;
        article.blocks.append(b);
    };
    for (int p = 0; p < paragraphs; ++p) {
        const int shape = next(int(shapes.size()) + 4);
        if (shape < shapes.size()) {
            QString text = shapes.at(shape);
            text.replace(QLatin1String("%1"), name()).replace(QLatin1String("%2"), QString::number(1 + next(4999)));
            text.replace(QLatin1String("%3"), QString::number(1 + next(27))).replace(QLatin1String("%4"), name());
            add(text);
        } else if (shape == shapes.size()) {
            // A paragraph ending on a title, the name at the start of the next one.
            add(QStringLiteral("Dự họp có Chủ tịch UBND tỉnh"));
            add(name() + QStringLiteral(" phát biểu khai mạc hội nghị."));
            // A lone given name is a name only after the title that ends the line before.
            add(QStringLiteral("Buổi lễ có sự tham dự của Giám đốc"));
            add(QStringLiteral("Khang, người điều hành dự án."));
        } else if (shape == shapes.size() + 1) {
            add(QStringLiteral("Hội nghị diễn ra tại"));
            add(QStringLiteral("Sở Kế hoạch và Đầu tư tỉnh Bình Định, với %1 đại biểu.").arg(10 + next(290)));
        } else if (shape == shapes.size() + 2) {
            add(name()); // a byline line
        } else {
            add(QStringLiteral("Ảnh: ") + name());
        }
    }
    add(QStringLiteral("Minh Châu. Ảnh: Trọng Nghĩa"));
    return article;
}

QByteArray json(const Article &article, const ExtractionResult &result)
{
    return QJsonDocument(extractionToJson(QStringLiteral("chunked.txt"), article, result)).toJson();
}

} // namespace

class TstChunkedExtraction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsWholeText_data();
    void sameAsWholeText();
    void shortTextIsOneChunk();
};

void TstChunkedExtraction::sameAsWholeText_data()
{
    QTest::addColumn<bool>("withModel");
    QTest::addColumn<qsizetype>("chunkChars");
    for (const bool model : {false, true})
        for (const qsizetype chunk : {qsizetype(1), qsizetype(97), qsizetype(500), qsizetype(4096)})
            QTest::addRow("%s, chunks of %lld", model ? "model" : "rules", qlonglong(chunk)) << model << chunk;
}

void TstChunkedExtraction::sameAsWholeText()
{
    QFETCH(bool, withModel);
    QFETCH(qsizetype, chunkChars);
    std::shared_ptr<const TaggerModel> model;
    if (withModel) {
        model = TaggerModel::bundled();
        QVERIFY(model);
    }
    const Extractor extractor(gazetteer(), model);
    const Article article = generatedArticle(700);
    QVERIFY(article.text().size() > 40 * 1024);
    const ExtractionResult whole = extractor.extract(article, 0);
    QVERIFY(whole.people.size() > 10);
    QVERIFY(whole.organizations.size() > 3);
    QVERIFY(whole.metrics.size() > 100);
    const ExtractionResult chunked = extractor.extract(article, chunkChars);
    const QByteArray expected = json(article, whole);
    const QByteArray actual = json(article, chunked);
    if (actual != expected) {
        // The first difference, to see what a chunk boundary changed.
        qsizetype at = 0;
        while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
            ++at;
        qWarning("first difference at byte %lld:\nwhole:   %s\nchunked: %s", qlonglong(at),
                 expected.mid(std::max<qsizetype>(0, at - 200), 400).constData(),
                 actual.mid(std::max<qsizetype>(0, at - 200), 400).constData());
    }
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
}

void TstChunkedExtraction::shortTextIsOneChunk()
{
    QCOMPARE(Extractor::defaultChunkChars(10 * 1024), qsizetype(0));
    // Whatever the default for a long text, it is what extract(article) uses: same result.
    const Extractor extractor(gazetteer(), nullptr);
    const Article article = generatedArticle(60);
    QVERIFY(json(article, extractor.extract(article)) == json(article, extractor.extract(article, 0)));
}

QTEST_GUILESS_MAIN(TstChunkedExtraction)
#include "tst_chunkedextraction.moc"
