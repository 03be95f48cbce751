// Extraction benchmark: people, organizations, places and metrics over real news text.
//
//   build/bench/bench_extract                 VLSP 2018 texts when ../shared/corpus is present,
//                                             otherwise generated text from invented sentences
//   build/bench/bench_extract FILE...         the given UTF-8 files
//   build/bench/bench_extract --dump FILE...  print what is found (a debugging aid)
//   build/bench/bench_extract --json FILE...  import and print JSON lines like `lectern extract`
//
// Reports MB/s (UTF-8 bytes of input per second of Extractor::extract on one thread) and runs one
// article x1 and x100 to show that the time grows linearly with the length.
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/taggermodel.h"
#include "extract/jsonexport.h"
#include "extract/metricrecognizer.h"
#include "extract/tokenizer.h"
#include "import/articleimporter.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Lectern::Core;

namespace {

QStringList vlspTexts()
{
    QStringList out;
    QFile file(QStringLiteral(LECTERN_SHARED_DIR "/corpus/vlsp2018-train.spans.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        const QString text = o.value(QStringLiteral("text")).toString();
        if (!text.isEmpty())
            out.append(TextFold::normalizeText(text));
    }
    return out;
}

QStringList generatedTexts()
{
    // Invented sentences in the style of Vietnamese news (no corpus text).
    const QStringList sentences = {
        QStringLiteral("Sáng 12/3, đồng chí Lương Văn Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Nam Định chủ trì hội nghị."),
        QStringLiteral("Phát biểu tại buổi làm việc, Thứ trưởng Bộ Y tế Cao Minh Đức đề nghị Sở Y tế tỉnh Bắc Ninh tăng cường kiểm tra."),
        QStringLiteral("Ngân hàng TMCP Phương Đông Mới (Newbank) cho biết lợi nhuận quý I đạt hơn 1.250 tỷ đồng, tăng 12,5% so với cùng kỳ."),
        QStringLiteral("Theo ông Trương Quốc Bảo, Giám đốc Sở Xây dựng, 44/41 công trình đã hoàn thành, đạt 107% kế hoạch."),
        QStringLiteral("UBND thành phố Cần Thơ giao Công ty CP Thép Long Phú triển khai dự án tại huyện Phong Điền."),
        QStringLiteral("HLV Park Hang-seo cho biết đội tuyển sẽ sang Hàn Quốc tập huấn trong 2 tuần."),
    };
    QStringList out;
    for (int a = 0; a < 500; ++a) {
        QString text;
        for (int s = 0; s < 12; ++s)
            text += sentences.at((a + s) % sentences.size()) + (s % 4 == 3 ? QStringLiteral("\n\n") : QStringLiteral(" "));
        out.append(text);
    }
    return out;
}

double seconds(const Extractor &extractor, const QStringList &texts, qsizetype *entities)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &t : texts) {
        const ExtractionResult r = extractor.extract(t);
        *entities += r.people.size() + r.organizations.size() + r.places.size() + r.metrics.size();
    }
    return timer.nsecsElapsed() / 1e9;
}

qsizetype utf8Bytes(const QStringList &texts)
{
    qsizetype n = 0;
    for (const QString &t : texts)
        n += t.toUtf8().size();
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool dump = args.removeAll(QStringLiteral("--dump")) > 0;
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    QTextStream out(stdout);
    const Extractor extractor(Gazetteer::builtIn(), TaggerModel::bundled()); // loads the gazetteers once
    if (json) {
        for (const QString &path : std::as_const(args)) {
            const ImportResult imported = ArticleImporter::importFile(path);
            const QJsonObject line = imported.ok()
                ? extractionToJson(path, *imported.article, extractor.extract(*imported.article))
                : extractionErrorToJson(path, imported.error);
            std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
            std::fputs("\n", stdout);
        }
        return 0;
    }
    QStringList texts;
    QString source;
    for (const QString &path : std::as_const(args)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            texts.append(TextFold::normalizeText(QString::fromUtf8(f.readAll())));
    }
    source = args.isEmpty() ? QString() : QStringLiteral("given files");
    if (dump) {
        for (const QString &t : std::as_const(texts)) {
            const ExtractionResult r = extractor.extract(t);
            for (const Entity &e : r.people)
                out << "P " << e.name << "  roles=" << e.roles.join(QStringLiteral(" | ")) << "  mentions=" << e.mentions.size()
                    << "  refs=" << e.references.size() << '\n';
            for (const Entity &e : r.organizations)
                out << "O " << e.name << "  aliases=" << e.aliases.join(QStringLiteral(" | ")) << '\n';
            for (const Entity &e : r.places)
                out << "L " << e.name << '\n';
        }
        return 0;
    }
    if (texts.isEmpty()) {
        texts = vlspTexts();
        source = QStringLiteral("VLSP 2018 train texts");
    }
    if (texts.isEmpty()) {
        texts = generatedTexts();
        source = QStringLiteral("generated text");
    }
    qsizetype entities = 0;
    seconds(extractor, texts.mid(0, 20), &entities); // warm-up
    entities = 0;
    const qsizetype bytes = utf8Bytes(texts);
    const double s = seconds(extractor, texts, &entities);
    out << "extract: " << source << ", " << texts.size() << " texts, " << bytes << " bytes in " << s << " s = "
        << (bytes / 1e6) / s << " MB/s (" << entities << " entities and metrics)\n";

    {
        QElapsedTimer timer;
        timer.start();
        qsizetype tokens = 0;
        for (const QString &t : std::as_const(texts))
            tokens += Tokenizer::tokenize(t).size();
        const double ts = timer.nsecsElapsed() / 1e9;
        out << "tokenizer alone: " << tokens << " tokens in " << ts << " s = " << (bytes / 1e6) / ts << " MB/s\n";
        timer.restart();
        qsizetype metrics = 0;
        for (const QString &t : std::as_const(texts))
            metrics += MetricRecognizer().find(t).size();
        const double ms = timer.nsecsElapsed() / 1e9;
        out << "metrics alone: " << metrics << " metrics in " << ms << " s = " << (bytes / 1e6) / ms
            << " MB/s; people/organizations/places alone ~ " << (bytes / 1e6) / (s - ms) << " MB/s\n";
    }

    // Linearity: one long article, then the same article repeated 100 times.
    QString longest;
    for (const QString &t : std::as_const(texts))
        if (t.size() > longest.size())
            longest = t;
    QString hundred;
    for (int i = 0; i < 100; ++i)
        hundred += longest + QStringLiteral("\n\n");
    entities = 0;
    const int repeats = 20;
    const double one = seconds(extractor, QStringList(repeats, longest), &entities) / repeats;
    const double many = seconds(extractor, QStringList{hundred}, &entities);
    out << "scaling: article x1 (" << longest.size() << " chars) " << one * 1e3 << " ms, x100 " << many * 1e3
        << " ms, ratio " << many / one << " (linear = 100)\n";
    return 0;
}
