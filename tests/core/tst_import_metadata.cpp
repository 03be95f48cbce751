// Metadata rules of import: Vietnamese dates, bylines and photo credits, personal-name shape,
// portal chrome lines.
#include "import/bylineparser.h"
#include "import/personname.h"
#include "import/portalchrome.h"
#include "import/vietnamesedate.h"

#include <QTest>

using namespace Lectern::Core;

namespace {

QStringList names(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

class TestImportMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("defaultYear");
        QTest::addColumn<QString>("iso"); // empty: no date found
        QTest::newRow("portal line") << "Print Thứ Bảy, 04/12/2021 19:21 Gốc" << 0 << "2021-12-04T19:21";
        QTest::newRow("d/m/yyyy") << "Ngày 22/4/2025, tỉnh tổ chức hội nghị" << 0 << "2025-04-22";
        QTest::newRow("time first") << "19h21 ngày 4/12/2021" << 0 << "2021-12-04T19:21";
        QTest::newRow("dash and time") << "10-01-2025 - 16:20" << 0 << "2025-01-10T16:20";
        QTest::newRow("words") << "ngày 4 tháng 12 năm 2021" << 0 << "2021-12-04";
        QTest::newRow("day.month with default year") << "Sáng 22.4, UBND tỉnh họp" << 2025 << "2025-04-22";
        QTest::newRow("day.month without year") << "Sáng 22.4, UBND tỉnh họp" << 0 << "";
        QTest::newRow("decimal is not a date") << "Tăng trưởng đạt 12.5% trong quý" << 2025 << "";
        QTest::newRow("thousands are not a date") << "kết nạp 3.186 đảng viên" << 2025 << "";
        QTest::newRow("ratio is not a date") << "thành lập 44/41 tổ chức" << 2025 << "";
        QTest::newRow("invalid day") << "31/02/2021" << 0 << "";
        QTest::newRow("iso inside text") << "Cập nhật 2024-09-02 lúc 07:35" << 0 << "2024-09-02T07:35";
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(int, defaultYear);
        QFETCH(QString, iso);
        const FoundDate d = VietnameseDate::find(text, defaultYear);
        if (iso.isEmpty()) {
            QVERIFY(!d.isValid());
            return;
        }
        QVERIFY(d.isValid());
        QCOMPARE(d.dateTime.toString(d.hasTime ? QStringLiteral("yyyy-MM-ddTHH:mm") : QStringLiteral("yyyy-MM-dd")), iso);
    }

    void isoDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("local");
        QTest::newRow("offset kept as printed") << "2024-09-02T07:35:00+07:00" << "2024-09-02T07:35:00";
        QTest::newRow("Z") << "2024-09-02T00:35:00Z" << "2024-09-02T00:35:00";
        QTest::newRow("fraction") << "2024-09-02T07:35:10.123+0700" << "2024-09-02T07:35:10";
        QTest::newRow("date only") << "2023-05-14" << "2023-05-14";
        QTest::newRow("not a date") << "hôm qua" << "";
    }

    void isoDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, local);
        const FoundDate d = VietnameseDate::parseIso(text);
        QCOMPARE(d.isValid(), !local.isEmpty());
        if (d.isValid())
            QCOMPARE(d.dateTime.toString(d.hasTime ? QStringLiteral("yyyy-MM-ddTHH:mm:ss") : QStringLiteral("yyyy-MM-dd")), local);
    }

    void bylines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("last");
        QTest::addColumn<bool>("isByline");
        QTest::addColumn<QStringList>("authors");
        QTest::addColumn<QStringList>("photographers");
        QTest::addColumn<QString>("site");
        const QStringList none;
        QTest::newRow("name. Ảnh: name") << "Lê Minh Khoa. Ảnh: Phạm Thu Trang" << true << true
                                         << names({"Lê Minh Khoa"}) << names({"Phạm Thu Trang"}) << "";
        QTest::newRow("Ảnh with space") << "Lê Minh Khoa - Ảnh : Phạm Thu Trang" << true << true
                                        << names({"Lê Minh Khoa"}) << names({"Phạm Thu Trang"}) << "";
        QTest::newRow("credit only") << "Ảnh: Vũ Ngọc Hân" << false << true << none << names({"Vũ Ngọc Hân"}) << "";
        QTest::newRow("credit in brackets") << "(ảnh: Vũ Ngọc Hân)" << false << true << none << names({"Vũ Ngọc Hân"}) << "";
        QTest::newRow("bài, ảnh") << "Bài, ảnh: Tô Hải Yến" << true << true << names({"Tô Hải Yến"})
                                  << names({"Tô Hải Yến"}) << "";
        QTest::newRow("bare name") << "Thanh Thủy" << true << true << names({"Thanh Thủy"}) << none << "";
        QTest::newRow("name/outlet") << "Vinh Quang/VOV-TP.HCM" << true << true << names({"Vinh Quang"}) << none
                                     << "VOV-TP.HCM";
        QTest::newRow("outlet in brackets") << "(TTXVN/Vietnam+)" << true << true << none << none << "TTXVN/Vietnam+";
        QTest::newRow("Theo TTXVN") << "Theo TTXVN" << true << true << none << none << "TTXVN";
        QTest::newRow("PV") << "PV" << true << true << none << none << "";
        QTest::newRow("Nhóm PV") << "Nhóm PV" << true << true << none << none << "";
        QTest::newRow("two names") << "Minh Anh - Thu Hà" << true << true << names({"Minh Anh", "Thu Hà"}) << none << "";
        QTest::newRow("name (outlet)") << "Hồng Nhung (TTXVN)" << true << true << names({"Hồng Nhung"}) << none << "TTXVN";
        QTest::newRow("name (tổng hợp)") << "Hồng Nhung (tổng hợp)" << true << true << names({"Hồng Nhung"}) << none << "";
        QTest::newRow("final ./.") << "Quốc Dũng./." << true << true << names({"Quốc Dũng"}) << none << "";
        QTest::newRow("name in capitals") << "MINH TRANG" << true << true << names({"Minh Trang"}) << none << "";
        QTest::newRow("Theo name/outlet") << "Theo Quyên Quyên/Zing News" << true << true << names({"Quyên Quyên"}) << none << "Zing News";
        QTest::newRow("initials") << "A.Quỳnh" << true << true << names({"A.Quỳnh"}) << none << "";
        QTest::newRow("name (t/h)") << "Ngọc Nga (T/h)" << true << true << names({"Ngọc Nga"}) << none << "";
        QTest::newRow("name lược dịch") << "Hồng Nhung lược dịch" << true << true << names({"Hồng Nhung"}) << none << "";
        QTest::newRow("name/outlets") << "Đức Quỳnh/Reuters, CNN" << true << true << names({"Đức Quỳnh"}) << none
                                      << "Reuters, CNN";
        QTest::newRow("name/outlet with words") << "Đình Nam/VOV-Trung tâm Tin" << true << true << names({"Đình Nam"})
                                                << none << "VOV-Trung tâm Tin";
        QTest::newRow("Theo name/domain") << "Theo Anh Khoa/doanhnhansaigon.vn" << true << true << names({"Anh Khoa"})
                                          << none << "doanhnhansaigon.vn";
        QTest::newRow("name Theo outlet") << "Phương Mai Theo Bright Side" << true << true << names({"Phương Mai"}) << none
                                          << "Bright Side";
        QTest::newRow("name domain") << "Hoàng Vũ Baodatviet.vn" << true << true << names({"Hoàng Vũ"}) << none
                                     << "Baodatviet.vn";
        QTest::newRow("reporter prefix") << "CTV Nhật Minh/VOV.VN" << true << true << names({"Nhật Minh"}) << none << "VOV.VN";
        QTest::newRow("capitals with hyphen") << "HOÀNG NHIÊN-HIẾU MINH" << true << true << names({"Hoàng Nhiên", "Hiếu Minh"})
                                              << none << "";
        QTest::newRow("tin-ảnh") << "Tin-ảnh: Phạm Dũng" << true << true << names({"Phạm Dũng"}) << names({"Phạm Dũng"}) << "";
        QTest::newRow("initials only") << "Đ.H" << true << true << names({"Đ.H"}) << none << "";
        QTest::newRow("Theo outlet that looks like a name") << "Theo Ký Sự Biển" << true << true << none << none << "Ký Sự Biển";
        QTest::newRow("Theo domain") << "Theo lyluanchinhtri.vn" << true << true << none << none << "lyluanchinhtri.vn";
        QTest::newRow("name/ Theo outlets") << "Trang Hồ/ Theo Nikkei, Bloomberg" << true << true << names({"Trang Hồ"}) << none
                                            << "Nikkei, Bloomberg";
        QTest::newRow("sentence with a name") << "Ông Trần Văn Hùng phát biểu tại hội nghị." << true << false << none << none << "";
        QTest::newRow("Theo + sentence") << "Theo ông Lộc, thị trường còn nhiều thách thức" << true << false << none << none << "";
        QTest::newRow("capitalised non-name") << "Google Maps" << true << false << none << none << "";
        QTest::newRow("bare outlet not last") << "TTXVN" << false << false << none << none << "";
        QTest::newRow("bare outlet last") << "TTXVN" << true << true << none << none << "TTXVN";
        // A credit in brackets names a role, not the source (issue 19).
        QTest::newRow("name (Thực hiện)") << "HỒNG HÀ (Thực hiện)" << true << true << names({"Hồng Hà"}) << none << "";
        QTest::newRow("name (Ảnh)") << "Lý Thanh Phong (Ảnh)" << true << true << none << names({"Lý Thanh Phong"}) << "";
        QTest::newRow("name (Bài và ảnh)") << "Tô Hải Yến (Bài và ảnh)" << true << true << names({"Tô Hải Yến"})
                                           << names({"Tô Hải Yến"}) << "";
        QTest::newRow("name (ảnh) (outlet)") << "Minh Đức (ảnh) (TTXVN)" << true << true << none << names({"Minh Đức"}) << "TTXVN";
    }

    void bylines()
    {
        QFETCH(QString, line);
        QFETCH(bool, last);
        QFETCH(bool, isByline);
        QFETCH(QStringList, authors);
        QFETCH(QStringList, photographers);
        QFETCH(QString, site);
        const auto byline = BylineParser::parse(line, last);
        QCOMPARE(byline.has_value(), isByline);
        if (!byline)
            return;
        QCOMPARE(byline->authors, authors);
        QCOMPARE(byline->photographers, photographers);
        QCOMPARE(byline->site, site);
    }

    void photoCredits_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("hasCredit");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("caption. Ảnh: name.") << "Nông dân thu hoạch bưởi. Ảnh: Lý Thanh Phong." << true
                                             << names({"Lý Thanh Phong"});
        QTest::newRow("(Ảnh: name/outlet)") << "Quang cảnh diễn đàn. (Ảnh: Minh Đức/TTXVN)" << true << names({"Minh Đức"});
        QTest::newRow("not a person") << "Trạm thu phí sẽ giảm phí. Ảnh: Google Maps." << true << names({});
        QTest::newRow("Ảnh minh họa") << "Người dân làm thủ tục. Ảnh minh họa: Hà Linh" << true << names({"Hà Linh"});
        QTest::newRow("word ảnh in a sentence") << "Việc này ảnh hưởng đến tiến độ: chậm hai tháng." << false << names({});
    }

    void photoCredits()
    {
        QFETCH(QString, line);
        QFETCH(bool, hasCredit);
        QFETCH(QStringList, expected);
        const auto credit = BylineParser::photoCredit(line);
        QCOMPARE(credit.has_value(), hasCredit);
        if (credit)
            QCOMPARE(*credit, expected);
    }

    void personNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isName");
        QTest::newRow("two syllables") << "Hoàng Tùng" << true;
        QTest::newRow("four syllables") << "Nguyễn Thị Minh Khai" << true;
        QTest::newRow("old tone placement") << "Lê Thuỷ" << true;
        QTest::newRow("one word") << "Hoàng" << false;
        QTest::newRow("lower case") << "các đại biểu" << false;
        QTest::newRow("acronym") << "TTXVN" << false;
        QTest::newRow("foreign words") << "Google Maps" << false;
        QTest::newRow("newspaper") << "Dân Trí" << false;
        QTest::newRow("too long") << "Một Hai Ba Bốn Năm Sáu" << false;
    }

    void personNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, isName);
        QCOMPARE(PersonName::looksLikeName(text), isName);
    }

    void chromeLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("ui");
        QTest::addColumn<bool>("footer");
        QTest::addColumn<bool>("dateLine");
        QTest::newRow("Print") << "Print" << true << false << false;
        QTest::newRow("Gốc") << "Gốc" << true << false << false;
        QTest::newRow("share bar") << "Chia sẻ | Email | Zalo" << true << false << false;
        QTest::newRow("footer") << "Tiện ích thông tin" << false << true << false;
        QTest::newRow("QR title") << "QR CODE: Hội nghị tổng kết" << false << true << false;
        QTest::newRow("tags") << "Từ khóa: nông sản, xuất khẩu" << false << true << false;
        QTest::newRow("date line") << "Print Thứ Bảy, 04/12/2021 19:21 Gốc" << false << false << true;
        QTest::newRow("updated") << "Cập nhật: 22/4/2025 10:15 (GMT+7)" << false << false << true;
        QTest::newRow("section and weekday") << "Thời sự | Thứ Hai, 06/05/2024" << false << false << true;
        QTest::newRow("sentence with a date") << "Ngày 22/4/2025, UBND tỉnh tổ chức hội nghị tổng kết." << false << false << false;
        QTest::newRow("body sentence") << "Tin khác với mọi năm, hội nghị diễn ra trực tuyến." << false << false << false;
    }

    void chromeLines()
    {
        QFETCH(QString, line);
        QFETCH(bool, ui);
        QFETCH(bool, footer);
        QFETCH(bool, dateLine);
        QCOMPARE(PortalChrome::isUiLine(line), ui);
        QCOMPARE(PortalChrome::isFooterLine(line), footer);
        QCOMPARE(PortalChrome::dateLine(line).isValid(), dateLine);
    }
};

QTEST_GUILESS_MAIN(TestImportMetadata)
#include "tst_import_metadata.moc"
