#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "util/textfold.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Lectern::Core;

namespace {

const Extractor &extractor()
{
    static const Extractor e(std::make_shared<const Gazetteer>(QStringLiteral(":/gazetteers"), QString()));
    return e;
}

const Entity *findOrg(const ExtractionResult &r, const QString &name)
{
    for (const Entity &e : r.organizations) {
        if (TextFold::matchKey(e.name) == TextFold::matchKey(name))
            return &e;
    }
    return nullptr;
}

QString dump(const ExtractionResult &r)
{
    QStringList out;
    for (const Entity &e : r.organizations)
        out.append(e.name + QStringLiteral(" [") + e.aliases.join(QStringLiteral("; ")) + QLatin1Char(']'));
    return out.join(QStringLiteral(" | "));
}

} // namespace

class TstOrganizations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void found_data();
    void found();
    void aliases_data();
    void aliases();
    void offsetsExact();
    void partyAndPeoplesCommitteesApart_data();
    void partyAndPeoplesCommitteesApart();
};

void TstOrganizations::found_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("people's committee with place") << QStringLiteral("UBND tỉnh Bình Định vừa ban hành kế hoạch.")
                                                   << QStringList{QStringLiteral("UBND tỉnh Bình Định")};
    QTest::newRow("department with city") << QStringLiteral("Sở Y tế Hà Nội cho biết số ca mắc giảm.")
                                          << QStringList{QStringLiteral("Sở Y tế Hà Nội")};
    QTest::newRow("ministry short form") << QStringLiteral("Bộ GD&ĐT công bố lịch thi.")
                                         << QStringList{QStringLiteral("Bộ GD&ĐT")};
    QTest::newRow("company") << QStringLiteral("Công ty CP Thép Long Phú báo lãi.")
                             << QStringList{QStringLiteral("Công ty CP Thép Long Phú")};
    QTest::newRow("name ends before the verb") << QStringLiteral("Bộ Tài chính cảnh báo rủi ro.")
                                               << QStringList{QStringLiteral("Bộ Tài chính")};
    QTest::newRow("international body") << QStringLiteral("Theo IMF và Ngân hàng Thế giới, tăng trưởng sẽ chậm lại.")
                                        << QStringList{QStringLiteral("Ngân hàng Thế giới"), QStringLiteral("IMF")};
    QTest::newRow("market is not an organization") << QStringLiteral("Hàng hóa xuất sang thị trường Nhật Bản tăng.")
                                                   << QStringList{};
}

void TstOrganizations::found()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const ExtractionResult r = extractor().extract(text);
    QCOMPARE(r.organizations.size(), expected.size());
    for (const QString &name : expected) {
        bool seen = false;
        for (const Entity &e : r.organizations)
            seen = seen || e.name == name || e.aliases.contains(name);
        QVERIFY2(seen, qPrintable(name + QStringLiteral(" not in ") + dump(r)));
    }
}

void TstOrganizations::aliases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QStringList>("aliases");
    QTest::newRow("parenthesised abbreviation")
        << QStringLiteral("Ngân hàng TMCP Phương Đông Mới (Newbank) công bố kết quả. Newbank lãi lớn.")
        << QStringLiteral("Ngân hàng TMCP Phương Đông Mới") << QStringList{QStringLiteral("Newbank")};
    QTest::newRow("form without its place")
        << QStringLiteral("Chủ tịch UBND thành phố Cần Thơ dự họp. UBND thành phố giao nhiệm vụ cho các sở.")
        << QStringLiteral("UBND thành phố Cần Thơ") << QStringList{QStringLiteral("UBND thành phố")};
    QTest::newRow("abbreviation and expansion")
        << QStringLiteral("Ủy ban nhân dân tỉnh Kon Tum họp. UBND tỉnh Kon Tum kết luận.")
        << QStringLiteral("Ủy ban nhân dân tỉnh Kon Tum") << QStringList{QStringLiteral("UBND tỉnh Kon Tum")};
    QTest::newRow("tone placement") << QStringLiteral("Uỷ ban nhân dân tỉnh Khánh Hoà họp. Ủy ban nhân dân tỉnh Khánh Hòa kết luận.")
                                    << QStringLiteral("Uỷ ban nhân dân tỉnh Khánh Hoà") << QStringList{};
}

void TstOrganizations::aliases()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(QStringList, aliases);
    const ExtractionResult r = extractor().extract(text);
    const Entity *o = findOrg(r, canonical);
    QVERIFY2(o, qPrintable(dump(r)));
    QCOMPARE(r.organizations.size(), 1);
    for (const QString &a : aliases)
        QVERIFY2(o->aliases.contains(a), qPrintable(dump(r)));
}

// A party committee (Tỉnh ủy, Thành ủy, Huyện ủy, Đảng ủy…) and the People's Committee (UBND,
// Ủy ban nhân dân) of the same place are two bodies: never one entry, never each other's alias,
// whatever else the text holds and in whatever order the forms come.
void TstOrganizations::partyAndPeoplesCommitteesApart_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bare province forms") << QStringLiteral(
        "Tỉnh ủy và UBND tỉnh tổ chức hội nghị. UBND tỉnh Quảng Nam báo cáo. Tỉnh ủy kết luận.");
    QTest::newRow("people's committee first")
        << QStringLiteral("UBND tỉnh Quảng Nam báo cáo. UBND tỉnh đề xuất, Tỉnh ủy đồng ý. Tỉnh ủy Quảng Nam chỉ đạo.");
    QTest::newRow("written out") << QStringLiteral(
        "Ủy ban nhân dân tỉnh Quảng Nam báo cáo Tỉnh ủy. Tỉnh ủy giao Ủy ban nhân dân tỉnh thực hiện.");
    QTest::newRow("city") << QStringLiteral(
        "Thành ủy Tam Kỳ và UBND thành phố Tam Kỳ kiểm tra công trường. Thành ủy yêu cầu UBND thành phố báo cáo.");
    QTest::newRow("district and commune") << QStringLiteral(
        "Huyện ủy Duy Xuyên, UBND huyện Duy Xuyên và Đảng ủy xã Duy Hải họp. Huyện ủy giao UBND huyện, "
        "Đảng ủy xã giao UBND xã Duy Hải.");
    QTest::newRow("two levels") << QStringLiteral("Tỉnh ủy chỉ đạo Huyện ủy. Huyện ủy báo cáo Tỉnh ủy và UBND tỉnh.");
}

void TstOrganizations::partyAndPeoplesCommitteesApart()
{
    QFETCH(QString, text);
    const ExtractionResult r = extractor().extract(text);
    auto isParty = [](const QString &form) {
        // "… ủy" as the head of the name: the level word, or Đảng, then "ủy".
        const QStringList words = TextFold::matchKey(form).split(QLatin1Char(' '));
        return words.size() >= 2 && words.at(1) == TextFold::matchKey(QStringLiteral("ủy"));
    };
    auto isPeoples = [](const QString &form) {
        const QString key = TextFold::matchKey(form);
        return key.startsWith(TextFold::matchKey(QStringLiteral("UBND")))
            || key.startsWith(TextFold::matchKey(QStringLiteral("Ủy ban nhân dân")));
    };
    int parties = 0;
    int peoples = 0;
    QSet<QString> levels; // tỉnh, huyện, thành, đảng: one party entity never spans two
    for (const Entity &e : r.organizations) {
        QStringList forms = e.aliases;
        forms.prepend(e.name);
        for (const Mention &m : e.mentions)
            forms.append(m.text);
        const bool party = std::any_of(forms.cbegin(), forms.cend(), isParty);
        const bool people = std::any_of(forms.cbegin(), forms.cend(), isPeoples);
        QVERIFY2(!(party && people), qPrintable(QStringLiteral("one entity for both: ") + dump(r)));
        parties += party ? 1 : 0;
        peoples += people ? 1 : 0;
        if (party) {
            QSet<QString> own;
            for (const QString &f : std::as_const(forms))
                if (isParty(f))
                    own.insert(TextFold::matchKey(f).section(QLatin1Char(' '), 0, 0));
            QVERIFY2(own.size() == 1, qPrintable(QStringLiteral("two party committees in one entity: ") + dump(r)));
        }
    }
    QVERIFY2(parties >= 1 && peoples >= 1, qPrintable(dump(r)));
}

void TstOrganizations::offsetsExact()
{
    const QString text = QStringLiteral("Hôm nay Tập đoàn Điện lực Việt Nam (EVN) và Sở Công Thương tỉnh Lạng Sơn ký kết.");
    const ExtractionResult r = extractor().extract(text);
    QVERIFY(!r.organizations.isEmpty());
    for (const Entity &e : r.organizations)
        for (const Mention &m : e.mentions)
            QCOMPARE(text.mid(m.span.start, m.span.length()), m.text);
}

QTEST_GUILESS_MAIN(TstOrganizations)
#include "tst_organizations.moc"
