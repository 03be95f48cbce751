#include "extract/extractor.h"
#include "extract/gazetteer.h"

#include <QTest>

using namespace Lectern::Core;

namespace {

const Extractor &extractor()
{
    static const Extractor e(std::make_shared<const Gazetteer>(QStringLiteral(":/gazetteers"), QString()));
    return e;
}

QStringList names(const QList<Entity> &list)
{
    QStringList out;
    for (const Entity &e : list)
        out.append(e.name);
    return out;
}

} // namespace

class TstPlaces : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void places_data();
    void places();
};

void TstPlaces::places_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("province and country") << QStringLiteral("Nông sản từ Đồng Tháp được xuất sang Hàn Quốc.")
                                          << QStringList{QStringLiteral("Đồng Tháp"), QStringLiteral("Hàn Quốc")};
    QTest::newRow("admin word") << QStringLiteral("Người dân huyện Tam Đường và xã Bản Giang vui mừng.")
                                << QStringList{QStringLiteral("Tam Đường"), QStringLiteral("Bản Giang")};
    QTest::newRow("short form of the city") << QStringLiteral("Giá nhà ở TP.HCM và Thành phố Hồ Chí Minh tăng.")
                                            << QStringList{QStringLiteral("Thành phố Hồ Chí Minh")};
    QTest::newRow("region") << QStringLiteral("Mưa lớn ở miền Trung và Tây Nguyên.")
                            << QStringList{QStringLiteral("miền Trung"), QStringLiteral("Tây Nguyên")};
    QTest::newRow("ambiguous name needs a cue") << QStringLiteral("Anh Tuấn đã sang Anh học.")
                                                << QStringList{QStringLiteral("Anh")};
    QTest::newRow("tone placement") << QStringLiteral("Lũ ở Khánh Hoà và Thanh Hóa.")
                                    << QStringList{QStringLiteral("Khánh Hòa"), QStringLiteral("Thanh Hóa")};
    QTest::newRow("numbered ward, not a province figure")
        << QStringLiteral("Trụ sở ở quận 3 nhận 50 tỷ đồng, trong đó ngân sách tỉnh 40 tỷ đồng.")
        << QStringList{QStringLiteral("3")}; // the ward, named without its admin word
}

void TstPlaces::places()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const ExtractionResult r = extractor().extract(text);
    QCOMPARE(names(r.places), expected);
    for (const Entity &p : r.places)
        for (const Mention &m : p.mentions)
            QCOMPARE(text.mid(m.span.start, m.span.length()), m.text);
    for (const Entity &person : r.people)
        QVERIFY2(!expected.contains(person.name), qPrintable(person.name));
}

QTEST_GUILESS_MAIN(TstPlaces)
#include "tst_places.moc"
