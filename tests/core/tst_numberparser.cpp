#include "extract/numberparser.h"

#include <QTest>

#include <cmath>

using namespace Lectern::Core;

class TestNumberParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<bool>("dotDecimal");
        QTest::newRow("integer") << QStringLiteral("25") << true << 25.0 << 0 << false;
        QTest::newRow("vi thousands") << QStringLiteral("3.186") << true << 3186.0 << 0 << false;
        QTest::newRow("vi thousands 2") << QStringLiteral("38.130") << true << 38130.0 << 0 << false;
        QTest::newRow("vi millions") << QStringLiteral("1.500.000") << true << 1500000.0 << 0 << false;
        QTest::newRow("vi decimal") << QStringLiteral("12,5") << true << 12.5 << 1 << false;
        QTest::newRow("vi decimal 2") << QStringLiteral("117,2") << true << 117.2 << 1 << false;
        QTest::newRow("vi decimal three digits") << QStringLiteral("6,766") << true << 6.766 << 3 << false;
        QTest::newRow("vi grouped decimal") << QStringLiteral("1.234,56") << true << 1234.56 << 2 << false;
        QTest::newRow("en thousands") << QStringLiteral("1,234,567") << true << 1234567.0 << 0 << false;
        QTest::newRow("en grouped decimal") << QStringLiteral("1,234.5") << true << 1234.5 << 1 << false;
        QTest::newRow("dot decimal or date") << QStringLiteral("12.5") << true << 12.5 << 1 << true;
        QTest::newRow("leading zero") << QStringLiteral("007") << true << 7.0 << 0 << false;
        QTest::newRow("zero point") << QStringLiteral("0,25") << true << 0.25 << 2 << false;
        QTest::newRow("date d.m.y") << QStringLiteral("22.9.2017") << false << 0.0 << 0 << false;
        QTest::newRow("version") << QStringLiteral("10.3.3") << false << 0.0 << 0 << false;
        QTest::newRow("comma list") << QStringLiteral("1,2,3") << false << 0.0 << 0 << false;
        QTest::newRow("phone") << QStringLiteral("0912.345.678") << false << 0.0 << 0 << false;
        QTest::newRow("two decimal marks") << QStringLiteral("1,234,5") << false << 0.0 << 0 << false;
        QTest::newRow("mixed wrong order") << QStringLiteral("1.234.5,6") << false << 0.0 << 0 << false;
        QTest::newRow("twenty nines") << QStringLiteral("99999999999999999999") << true << 1e20 << 0 << false;
        QTest::newRow("trailing text") << QStringLiteral("12a") << false << 0.0 << 0 << false;
    }
    void parse()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(bool, dotDecimal);
        const Numeral n = NumberParser::parse(input);
        QCOMPARE(n.valid, valid);
        if (!valid)
            return;
        QCOMPARE(n.value, value);
        QCOMPARE(n.decimals, decimals);
        QCOMPARE(n.dotDecimal, dotDecimal);
    }

    void readStops_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("end");
        QTest::newRow("percent") << QStringLiteral("12,5% kế hoạch") << 4;
        QTest::newRow("sentence dot") << QStringLiteral("3.186. Sau đó") << 5;
        QTest::newRow("comma space") << QStringLiteral("25, 26") << 2;
        QTest::newRow("year range") << QStringLiteral("2020-2025") << 4;
        QTest::newRow("slash") << QStringLiteral("44/41") << 2;
        QTest::newRow("glued unit") << QStringLiteral("3.800km2") << 5;
    }
    void readStops()
    {
        QFETCH(QString, text);
        QFETCH(int, end);
        QCOMPARE(NumberParser::read(text, 0).end, qsizetype(end));
    }

    void scaledIsExact_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("exponent");
        QTest::addColumn<double>("expected");
        QTest::newRow("47,9 tỷ") << QStringLiteral("47,9") << 9 << 47900000000.0;
        QTest::newRow("666,3 tỷ") << QStringLiteral("666,3") << 9 << 666300000000.0;
        QTest::newRow("1,5 triệu") << QStringLiteral("1,5") << 6 << 1500000.0;
        QTest::newRow("0,1 nghìn") << QStringLiteral("0,1") << 3 << 100.0;
        QTest::newRow("10 nghìn tỷ") << QStringLiteral("10") << 12 << 1e13;
        QTest::newRow("huge") << QStringLiteral("1.000.000.000.000.000.000") << 9 << 1e27;
    }
    void scaledIsExact()
    {
        QFETCH(QString, input);
        QFETCH(int, exponent);
        QFETCH(double, expected);
        bool overflow = true;
        QCOMPARE(NumberParser::scaled(NumberParser::parse(input), exponent, &overflow), expected);
        QVERIFY(!overflow);
    }

    void absurdInputsAreCapped()
    {
        const QString many(500, QLatin1Char('9'));
        const Numeral n = NumberParser::parse(many);
        QVERIFY(n.valid);
        QVERIFY(n.overflow);
        QCOMPARE(n.value, NumberParser::maxValue);
        bool overflow = false;
        QCOMPARE(
            NumberParser::scaled(NumberParser::parse(QStringLiteral("5")), 400, &overflow), NumberParser::maxValue);
        QVERIFY(overflow);
        QVERIFY(std::isfinite(NumberParser::scaled(n, 12)));
        // A long run of separators is read once, linearly, and rejected.
        QString dotted;
        for (int i = 0; i < 20000; ++i)
            dotted += QStringLiteral("1.");
        dotted += QLatin1Char('1');
        QVERIFY(!NumberParser::parse(dotted).valid);
    }
};

QTEST_GUILESS_MAIN(TestNumberParser)
#include "tst_numberparser.moc"
