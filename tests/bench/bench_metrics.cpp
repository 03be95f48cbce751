// Metric extraction speed: MB/s on the VLSP 2018 texts (when ../shared is present) and on
// generated figure-dense text, and a linearity check (one text 1x, 10x, 100x as long).
// Run: build/bench/bench_metrics   (or `cmake --build build --target bench` for all benchmarks)
#include "extract/metricrecognizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>

using namespace Lectern::Core;

namespace {

QStringList vlspTexts()
{
    QFile file(QStringLiteral(LECTERN_SHARED_DIR "/corpus/vlsp2018-train.spans.jsonl"));
    QStringList texts;
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    while (!file.atEnd()) {
        const QJsonDocument doc = QJsonDocument::fromJson(file.readLine());
        const QString text = doc.object().value(QStringLiteral("text")).toString();
        if (!text.isEmpty())
            texts.append(text);
    }
    return texts;
}

// Invented sentences, dense with figures and with the things that only look like figures.
QString generatedText(int sentences)
{
    const QStringList pool = {
        QStringLiteral("Năm 2021, huyện kết nạp 1.234 đảng viên, đạt 112,5% kế hoạch và thu hơn 45 tỷ đồng. "),
        QStringLiteral("Sáng 15/7, đoàn công tác kiểm tra 12/15 xã đạt chuẩn, chiếm 80%. "),
        QStringLiteral("Theo Nghị quyết số 28-NQ/TU, giai đoạn 2020-2025 đầu tư từ 10 đến 15 tỷ đồng. "),
        QStringLiteral("Nhà máy công suất 50 MW trên diện tích 3.800km2, vốn 1,5 triệu USD, lãi 8,5 - 9%. "),
        QStringLiteral("Lúc 19:21 ngày 22/4/2025, Covid-19 khiến 40-45 bệnh nhân nhập viện trong 6 tháng đầu năm. "),
    };
    QString text;
    for (int i = 0; i < sentences; ++i)
        text += pool.at(i % pool.size());
    return text;
}

double mbPerSecond(const QStringList &texts, int minRounds, qint64 *found)
{
    qint64 bytes = 0;
    for (const QString &t : texts)
        bytes += t.toUtf8().size();
    const MetricRecognizer recognizer;
    QElapsedTimer timer;
    timer.start();
    int rounds = 0;
    qint64 metrics = 0;
    while (rounds < minRounds || timer.elapsed() < 1000) {
        for (const QString &t : texts)
            metrics += recognizer.find(t).size();
        ++rounds;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (found)
        *found = metrics / rounds;
    return double(bytes) * rounds / 1e6 / seconds;
}

double millisecondsFor(const QString &text)
{
    const MetricRecognizer recognizer;
    QElapsedTimer timer;
    timer.start();
    int rounds = 0;
    while (rounds < 3 || timer.elapsed() < 300) {
        recognizer.find(text);
        ++rounds;
    }
    return double(timer.nsecsElapsed()) / 1e6 / rounds;
}

} // namespace

int main()
{
    const QStringList vlsp = vlspTexts();
    qint64 found = 0;
    if (!vlsp.isEmpty()) {
        const double speed = mbPerSecond(vlsp, 3, &found);
        std::printf("metrics on %lld VLSP texts: %.1f MB/s (%lld metrics per pass)\n", qlonglong(vlsp.size()), speed,
            qlonglong(found));
    } else {
        std::printf("VLSP texts not found under %s: skipped\n", LECTERN_SHARED_DIR);
    }
    const QString dense = generatedText(2000);
    std::printf("metrics on generated figure-dense text (%.2f MB): %.1f MB/s\n", dense.toUtf8().size() / 1e6,
        mbPerSecond({ dense }, 3, &found));

    const QString base = vlsp.isEmpty() ? generatedText(40) : vlsp.first();
    const double t1 = millisecondsFor(base);
    const double t10 = millisecondsFor(base.repeated(10));
    const double t100 = millisecondsFor(base.repeated(100));
    std::printf(
        "linearity: 1x %.3f ms, 10x %.3f ms (x%.1f), 100x %.3f ms (x%.1f)\n", t1, t10, t10 / t1, t100, t100 / t1);
    return 0;
}
