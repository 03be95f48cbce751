#include "extract/metricrecognizer.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Lectern::Core;

namespace {

// The checks of the first metric of `kind` in text, as "ok"/"bad" words; empty without checks.
QString verdicts(const QString &text, MetricKind kind, int index = 0)
{
    int seen = 0;
    for (const Metric &m : MetricRecognizer().find(text)) {
        if (m.kind != kind || seen++ != index)
            continue;
        QStringList out;
        for (const MetricCheck &c : m.checks)
            out.append(c.consistent ? QStringLiteral("ok") : QStringLiteral("bad"));
        return out.join(QLatin1Char(' '));
    }
    return QStringLiteral("missing");
}

} // namespace

class TestMetricChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        const int ratio = int(MetricKind::Ratio);
        const int percent = int(MetricKind::Percent);
        const int money = int(MetricKind::Money);
        QTest::newRow("ratio matches rounded percent")
            << QStringLiteral("Thành lập 44/41 chi bộ, đạt 107% kế hoạch.") << ratio << QStringLiteral("ok");
        QTest::newRow("percent carries the check too")
            << QStringLiteral("Thành lập 44/41 chi bộ, đạt 107% kế hoạch.") << percent << QStringLiteral("ok");
        QTest::newRow("truncated percent")
            << QStringLiteral("Có 209/230 xã đạt chuẩn, đạt tỉ lệ 90,86%.") << ratio << QStringLiteral("ok");
        QTest::newRow("ratio disagrees") << QStringLiteral("Kết nạp 30/40 hội viên, đạt 90% kế hoạch.") << ratio
                                         << QStringLiteral("bad");
        QTest::newRow("off by one point")
            << QStringLiteral("Kết nạp 44/41 hội viên, đạt 108% kế hoạch.") << ratio << QStringLiteral("bad");
        QTest::newRow("other clause not paired")
            << QStringLiteral("Kết nạp 30/40 hội viên; doanh thu tăng 90%.") << ratio << QString();
        QTest::newRow("parts sum to total")
            << QStringLiteral("Tổng vốn 215 tỷ đồng, trong đó ngân sách 180 tỷ đồng và vốn xã hội hóa 35 tỷ đồng.")
            << money << QStringLiteral("ok");
        QTest::newRow("parts do not sum")
            << QStringLiteral("Tổng vốn 215 tỷ đồng, trong đó ngân sách 150 tỷ đồng và vốn khác 35 tỷ đồng.") << money
            << QStringLiteral("bad");
        QTest::newRow("parts in the next sentence") << QStringLiteral(
            "Quỹ nhận gần 5,2 tỷ đồng. Trong đó, công ty A ủng hộ 200 triệu đồng; "
            "công ty B ủng hộ 5 tỷ đồng.") << money << QStringLiteral("ok");
        QTest::newRow("parts after a paragraph break")
            << QStringLiteral("Hội trao tặng gần 3,1 tỷ đồng.\n\nTrong đó, tỉnh A 1,1 tỷ đồng; tỉnh B 2 tỷ đồng.")
            << money << QStringLiteral("ok");
        QTest::newRow("approximate parts")
            << QStringLiteral("Tổng mức đầu tư hơn 6.700 tỷ đồng, trong đó giai đoạn 1 gần 2.000 tỷ đồng và "
                              "giai đoạn 2 hơn 4.700 tỷ đồng.")
            << money << QStringLiteral("ok");
        QTest::newRow("no marker, no check")
            << QStringLiteral("Tổng vốn 215 tỷ đồng. Ngân sách 150 tỷ đồng, vốn khác 35 tỷ đồng.") << money
            << QString();
        QTest::newRow("absurd money flagged")
            << QStringLiteral("Thu 1.000.000.000.000.000.000 tỷ đồng.") << money << QStringLiteral("bad");
        QTest::newRow("absurd percent flagged")
            << QStringLiteral("Tăng 99999999999999999999%.") << percent << QStringLiteral("bad");
    }
    void checks()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        QCOMPARE(verdicts(text, MetricKind(kind)), expected);
    }

    void absurdNumbersStayFinite()
    {
        const QString text = QStringLiteral("Thu ") + QString(5000, QLatin1Char('9')) + QStringLiteral(" tỷ đồng và ")
            + QString(3000, QLatin1Char('1')) + QStringLiteral("%.");
        const QList<Metric> metrics = MetricRecognizer().find(text);
        QCOMPARE(metrics.size(), 2);
        for (const Metric &m : metrics) {
            QVERIFY(std::isfinite(m.value));
            QVERIFY(!m.checks.isEmpty());
            QVERIFY(!m.checks.first().consistent);
        }
        // separators only, digits only, nothing but punctuation: no crash, nothing found
        QVERIFY(MetricRecognizer().find(QString(10000, QLatin1Char('.'))).isEmpty());
        QVERIFY(MetricRecognizer().find(QStringLiteral("1/2/3/4/5/6/7/8/9/0-1-2-3:4:5")).isEmpty());
        QVERIFY(MetricRecognizer().find(QString()).isEmpty());
    }

    void randomInputIsSafe()
    {
        // Fragments that meet at odd places: every result must stay inside the text and finite.
        const QStringList pieces = { QStringLiteral("1"), QStringLiteral("23"), QStringLiteral("4.500"),
            QStringLiteral(","), QStringLiteral("."), QStringLiteral("/"), QStringLiteral("-"), QStringLiteral(":"),
            QStringLiteral("%"), QStringLiteral(" "), QStringLiteral("\n"), QStringLiteral("tỷ"),
            QStringLiteral("đồng"), QStringLiteral("năm"), QStringLiteral("ngày"), QStringLiteral("hơn"),
            QStringLiteral("tăng"), QStringLiteral("Hà"), QStringLiteral("km2"), QStringLiteral("$"),
            QStringLiteral("trong đó"), QStringLiteral("e\u0301"), QStringLiteral("\U0001F600"),
            QStringLiteral("99999999999999999999999999999999999") };
        QRandomGenerator rng(20211204);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int n = int(rng.bounded(1, 40));
            for (int i = 0; i < n; ++i)
                text += pieces.at(int(rng.bounded(qsizetype(pieces.size()))));
            for (const Metric &m : MetricRecognizer().find(text)) {
                QVERIFY2(m.span.start >= 0 && m.span.end <= text.size() && m.span.start < m.span.end, qPrintable(text));
                QCOMPARE(text.mid(m.span.start, m.span.length()), m.text);
                QVERIFY(std::isfinite(m.value) && std::isfinite(m.high));
            }
        }
    }

    void nfdInput()
    {
        const QString nfc = QStringLiteral("Kinh tế tăng 7,51%, thu hơn 90 tỷ đồng và kết nạp 25 đảng viên.");
        const QString nfd = nfc.normalized(QString::NormalizationForm_D);
        QVERIFY(nfd.size() > nfc.size());
        const QList<Metric> a = MetricRecognizer().find(nfc);
        const QList<Metric> b = MetricRecognizer().find(nfd);
        QCOMPARE(b.size(), 3);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(b.at(i).kind, a.at(i).kind);
            QCOMPARE(b.at(i).value, a.at(i).value);
            QCOMPARE(b.at(i).currency, a.at(i).currency);
            QCOMPARE(b.at(i).qualifier.normalized(QString::NormalizationForm_C), a.at(i).qualifier);
            QCOMPARE(b.at(i).direction.normalized(QString::NormalizationForm_C), a.at(i).direction);
            QCOMPARE(nfd.mid(b.at(i).span.start, b.at(i).span.length()), b.at(i).text);
        }
    }

    void ethReadAsDStroke()
    {
        const QList<Metric> metrics = MetricRecognizer().find(QStringLiteral("Thu 12 tỷ \u00F0ồng."));
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(metrics.first().kind, MetricKind::Money);
        QCOMPARE(metrics.first().currency, QStringLiteral("VND"));
    }

    void offsetsAfterAstralCharacters()
    {
        const QString text = QStringLiteral("\U0001F4C8 Doanh thu tăng 12,5% so với cùng kỳ.");
        const QList<Metric> metrics = MetricRecognizer().find(text);
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(metrics.first().text, QStringLiteral("12,5%"));
        QCOMPARE(text.mid(metrics.first().span.start, metrics.first().span.length()), QStringLiteral("12,5%"));
    }
};

QTEST_GUILESS_MAIN(TestMetricChecks)
#include "tst_metricchecks.moc"
