#include "util/textfold.h"
#include "util/textoffsets.h"

#include <QTest>

using namespace Lectern::Core;

class TestTextFold : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("old/new tone placement") << QStringLiteral("Hoà") << QStringLiteral("Hòa") << true;
        QTest::newRow("uỷ/ủy") << QStringLiteral("Uỷ ban") << QStringLiteral("Ủy ban") << true;
        QTest::newRow("case") << QStringLiteral("TRẦN LƯU") << QStringLiteral("trần lưu") << true;
        QTest::newRow("NFD") << QStringLiteral("Nguye\u0302\u0303n") << QStringLiteral("Nguyễn") << true;
        QTest::newRow("spaces and ZWSP") << QStringLiteral("Hà\u200B  Nội") << QStringLiteral("Hà Nội") << true;
        QTest::newRow("different tone") << QStringLiteral("Hà") << QStringLiteral("Hả") << false;
        QTest::newRow("đ is not d") << QStringLiteral("Đà") << QStringLiteral("Dà") << false;
    }
    void matchKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(TextFold::matchKey(a) == TextFold::matchKey(b), equal);
    }

    void searchKey_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << QStringLiteral("Trần Lưu Quang") << QStringLiteral("tran luu quang");
        QTest::newRow("đ") << QStringLiteral("Đỗ Mạnh Hiến") << QStringLiteral("do manh hien");
        QTest::newRow("NFD") << QStringLiteral("Nguye\u0302\u0303n") << QStringLiteral("nguyen");
        QTest::newRow("eth") << QStringLiteral("\u00D0à Nẵng") << QStringLiteral("da nang");
    }
    void searchKey()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextFold::searchKey(input), expected);
    }

    void normalizeText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("NFD to NFC") << QStringLiteral("Vie\u0323\u0302t Nam") << QStringLiteral("Việt Nam");
        QTest::newRow("eth before vowel") << QStringLiteral("\u00D0ảng bộ") << QStringLiteral("Đảng bộ");
        QTest::newRow("lower eth") << QStringLiteral("\u00F0ồng chí") << QStringLiteral("đồng chí");
        QTest::newRow("tone placement kept") << QStringLiteral("hoà bình") << QStringLiteral("hoà bình");
    }
    void normalizeText()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextFold::normalizeText(input), expected);
    }

    void offsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("utf16");
        QTest::addColumn<int>("codePoint");
        const QString astral = QStringLiteral("a\U0001F600b\U0001F4F0c"); // a😀b📰c
        QTest::newRow("start") << astral << 0 << 0;
        QTest::newRow("after a") << astral << 1 << 1;
        QTest::newRow("after emoji") << astral << 3 << 2;
        QTest::newRow("after b") << astral << 4 << 3;
        QTest::newRow("after second") << astral << 6 << 4;
        QTest::newRow("end") << astral << 7 << 5;
        QTest::newRow("bmp only") << QStringLiteral("Hải Phòng") << 5 << 5;
    }
    void offsets()
    {
        QFETCH(QString, text);
        QFETCH(int, utf16);
        QFETCH(int, codePoint);
        const TextOffsets map(text);
        QCOMPARE(map.toCodePoint(utf16), codePoint);
        QCOMPARE(map.toUtf16(codePoint), utf16);
        QCOMPARE(map.codePointLength(), TextOffsets::codePointCount(text));
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
