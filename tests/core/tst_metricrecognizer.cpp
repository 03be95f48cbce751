#include "extract/metricrecognizer.h"

#include <QTest>

using namespace Lectern::Core;

namespace {

QString num(double v)
{
    return QString::number(v, 'g', 15);
}

// "count=3186 money=9e+10VND percent=8.5..9 ratio=44/41": the metrics of a text in one line.
QString describe(const QList<Metric> &metrics)
{
    QStringList parts;
    for (const Metric &m : metrics) {
        QString v = num(m.value);
        if (m.kind == MetricKind::Ratio)
            v += QLatin1Char('/') + num(m.high);
        else if (m.isRange)
            v += QStringLiteral("..") + num(m.high);
        parts.append(metricKindName(m.kind) + QLatin1Char('=') + v + m.currency);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestMetricRecognizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // counts with their noun
        QTest::newRow("count thousands") << QStringLiteral("Năm nay huyện kết nạp 2.457 đảng viên mới.")
                                         << QStringLiteral("count=2457");
        QTest::newRow("count đồng chí is not money")
            << QStringLiteral("Ban tổ chức khen thưởng 18 đồng chí có thành tích.") << QStringLiteral("count=18");
        QTest::newRow("count with multiplier")
            << QStringLiteral("Khoảng 2,3 triệu hành khách đi tàu.") << QStringLiteral("count=2300000");
        QTest::newRow("count capitalised noun")
            << QStringLiteral("Tỉnh có 7 Trung tâm y tế huyện.") << QStringLiteral("count=7");
        QTest::newRow("count capitalised noun after a sentence-initial word")
            << QStringLiteral("Tại 2 Trạm Y tế xã, bệnh nhân được cấp thuốc.") << QStringLiteral("count=2");
        QTest::newRow("count range") << QStringLiteral("Mỗi ngày 30-35 bệnh nhân đến khám.")
                                     << QStringLiteral("count=30..35");
        // percentages
        QTest::newRow("percent decimal comma")
            << QStringLiteral("Tăng trưởng ước đạt 8,75%.") << QStringLiteral("percent=8.75");
        QTest::newRow("percent of plan") << QStringLiteral("Thu ngân sách đạt 104% kế hoạch.")
                                         << QStringLiteral("percent=104");
        QTest::newRow("percent english decimal")
            << QStringLiteral("Lãi suất 6.5% một năm.") << QStringLiteral("percent=6.5");
        QTest::newRow("percent spaced") << QStringLiteral("Chiếm 40 % số hộ.") << QStringLiteral("percent=40");
        QTest::newRow("percent words") << QStringLiteral("Giảm 15 phần trăm chi phí.") << QStringLiteral("percent=15");
        QTest::newRow("percent range spaced")
            << QStringLiteral("Lạm phát dự kiến 3,5 - 4%.") << QStringLiteral("percent=3.5..4");
        QTest::newRow("percent range glued")
            << QStringLiteral("Tỷ lệ thu hồi 60-70% mỗi năm.") << QStringLiteral("percent=60..70");
        // money
        QTest::newRow("money tỷ") << QStringLiteral("Tổng thu đạt hơn 75 tỷ đồng.")
                                  << QStringLiteral("money=75000000000VND");
        QTest::newRow("money triệu USD") << QStringLiteral("Dự án vay 2,5 triệu USD.")
                                         << QStringLiteral("money=2500000USD");
        QTest::newRow("money nghìn tỷ") << QStringLiteral("Doanh thu hơn 12 nghìn tỷ đồng.")
                                        << QStringLiteral("money=12000000000000VND");
        QTest::newRow("money decimal tỷ")
            << QStringLiteral("Lỗ 47,9 tỷ đồng trong quý.") << QStringLiteral("money=47900000000VND");
        QTest::newRow("money grouped decimal tỷ")
            << QStringLiteral("Giá trị 1.720,34 tỷ đồng.") << QStringLiteral("money=1720340000000VND");
        QTest::newRow("money plain đồng") << QStringLiteral("Vé 35.000 đồng/lượt.") << QStringLiteral("money=35000VND");
        QTest::newRow("money glued đ") << QStringLiteral("Giá 45.000đ một suất.") << QStringLiteral("money=45000VND");
        QTest::newRow("money VNĐ") << QStringLiteral("Mức phạt 7.500.000 VNĐ.") << QStringLiteral("money=7500000VND");
        QTest::newRow("money compound") << QStringLiteral("Bồi thường 2 tỷ 500 triệu đồng.")
                                        << QStringLiteral("money=2500000000VND");
        QTest::newRow("money dollar sign")
            << QStringLiteral("Thương vụ $5 triệu.") << QStringLiteral("money=5000000USD");
        QTest::newRow("money code first")
            << QStringLiteral("Khoản vay USD 2,5 triệu đã giải ngân.") << QStringLiteral("money=2500000USD");
        QTest::newRow("money euro") << QStringLiteral("Phí 20 EUR mỗi người.") << QStringLiteral("money=20EUR");
        QTest::newRow("money english grouping")
            << QStringLiteral("Quỹ nhận 1,250,000 USD.") << QStringLiteral("money=1250000USD");
        QTest::newRow("money range") << QStringLiteral("Chi phí từ 10 đến 15 tỷ đồng.")
                                     << QStringLiteral("money=10000000000..15000000000VND");
        QTest::newRow("money range shared multiplier")
            << QStringLiteral("Lương 7-9 triệu đồng/tháng.") << QStringLiteral("money=7000000..9000000VND");
        QTest::newRow("money per unit") << QStringLiteral("Cước 1,85 USD/kg hàng.") << QStringLiteral("money=1.85USD");
        // ratios
        QTest::newRow("ratio") << QStringLiteral("Đã thành lập 52/60 chi bộ.") << QStringLiteral("ratio=52/60");
        QTest::newRow("ratio fraction") << QStringLiteral("Chi phí chỉ bằng 1/4 mức cũ.")
                                        << QStringLiteral("ratio=1/4");
        QTest::newRow("ratio day-like with noun")
            << QStringLiteral("Hoàn thành 11/12 công trình.") << QStringLiteral("ratio=11/12");
        // quantities
        QTest::newRow("hectares") << QStringLiteral("Trồng mới 1.200 ha rừng.") << QStringLiteral("quantity=1200");
        QTest::newRow("glued km2") << QStringLiteral("Diện tích 2.450km2.") << QStringLiteral("quantity=2450");
        QTest::newRow("km") << QStringLiteral("Tuyến đường dài khoảng 35 km.") << QStringLiteral("quantity=35");
        QTest::newRow("tonnes with ngàn")
            << QStringLiteral("Xuất khẩu gần 12 ngàn tấn gạo.") << QStringLiteral("quantity=12000");
        QTest::newRow("MW") << QStringLiteral("Nhà máy công suất 50 MW.") << QStringLiteral("quantity=50");
        QTest::newRow("kWh with triệu") << QStringLiteral("Tiết kiệm 1,2 triệu kWh điện.")
                                        << QStringLiteral("quantity=1200000");
        QTest::newRow("litres") << QStringLiteral("Thu gom 500 lít dầu thải.") << QStringLiteral("quantity=500");
        QTest::newRow("glued kg") << QStringLiteral("Mỗi bao 20kg.") << QStringLiteral("quantity=20");
        QTest::newRow("times") << QStringLiteral("Cao gấp 3 lần năm trước.") << QStringLiteral("quantity=3");
        QTest::newRow("years") << QStringLiteral("Hợp đồng kéo dài 15 năm.") << QStringLiteral("quantity=15");
        QTest::newRow("age") << QStringLiteral("Cụ bà năm nay 91 tuổi.") << QStringLiteral("quantity=91");
        QTest::newRow("duration parts") << QStringLiteral("Thời gian giảm còn 12 năm 3 tháng 20 ngày.")
                                        << QStringLiteral("quantity=12 quantity=3 quantity=20");
        QTest::newRow("years range") << QStringLiteral("Trong 5-7 năm tới sẽ hoàn thành.")
                                     << QStringLiteral("quantity=5..7");
        QTest::newRow("per unit") << QStringLiteral("Sản lượng 180.000 tấn/năm.") << QStringLiteral("quantity=180000");
        QTest::newRow("rate with slash") << QStringLiteral("Tỉ lệ giáo viên/lớp là 1,8.")
                                         << QStringLiteral("quantity=1.8");
        // a headline first (title block): its figures repeat the body's and are skipped
        QTest::newRow("cent is a hundredth of a dollar")
            << QStringLiteral("Giá bán lẻ khoảng 9,5 cent/kWh.") << QStringLiteral("money=0.095USD");
        QTest::newRow("turns of hectares") << QStringLiteral("Năm qua đã chăm sóc 12,5 lượt ha rừng phòng hộ.")
                                           << QStringLiteral("quantity=12.5");
        QTest::newRow("weight classes") << QStringLiteral("Giải có 6 hạng cân nam.") << QStringLiteral("count=6");
        QTest::newRow("age ranges listed after 'tuổi'")
            << QStringLiteral("Thi đấu theo 2 nhóm tuổi từ 18 - 35; từ 36 - 45.")
            << QStringLiteral("count=2 quantity=18..35 quantity=36..45");
        QTest::newRow("connection points counted") << QStringLiteral("Hội nghị được kết nối tới 120 điểm cầu trong cả nước.")
                                                   << QStringLiteral("count=120");
        QTest::newRow("rank out of a total") << QStringLiteral("Chỉ số PCI của tỉnh đứng thứ 5/14 địa phương vùng.")
                                             << QStringLiteral("ratio=5/14");
        QTest::newRow("targets, not the qualifier 'chỉ'") << QStringLiteral("Tỉnh hoàn thành 3 chỉ tiêu và vượt 2 chỉ tiêu.")
                                                         << QStringLiteral("count=3 count=2");
        QTest::newRow("top N with a noun") << QStringLiteral("Lọt top 5 làng nghề tiêu biểu.") << QStringLiteral("count=5");
        QTest::newRow("years since an event are a duration")
            << QStringLiteral("Sau 30 năm giải phóng, thị xã đổi thay.") << QStringLiteral("quantity=30");
        QTest::newRow("headline skipped")
            << QStringLiteral("Doanh thu tăng 25% trong quý III\n\nCông ty cho biết doanh thu quý này tăng 25% so "
                              "với cùng kỳ, đạt 120 tỷ đồng.")
            << QStringLiteral("percent=25 money=120000000000VND");
        QTest::newRow("first paragraph is a sentence") << QStringLiteral(
            "Doanh thu tăng 25% trong quý.\n\nCông ty cho biết doanh thu đạt 120 tỷ đồng, tăng "
            "so với cùng kỳ năm trước.") << QStringLiteral("percent=25 money=120000000000VND");
        // several in a sentence
        QTest::newRow("mixed") << QStringLiteral("Huyện có 12 xã, 3.400 hộ và thu 9,5 tỷ đồng, tăng 7,51%.")
                               << QStringLiteral("count=12 count=3400 money=9500000000VND percent=7.51");
    }
    void values()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QList<Metric> metrics = MetricRecognizer().find(text);
        QCOMPARE(describe(metrics), expected);
        for (const Metric &m : metrics) {
            QVERIFY(m.span.start >= 0 && m.span.end <= text.size() && m.span.start < m.span.end);
            QCOMPARE(text.mid(m.span.start, m.span.length()), m.text);
        }
    }

    void notMetrics_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("date d/m") << QStringLiteral("Sáng 15/7, đoàn công tác đến thăm.");
        QTest::newRow("date ngày") << QStringLiteral("Hội nghị diễn ra ngày 3/11 tại hội trường.");
        QTest::newRow("date d/m/y") << QStringLiteral("Ký ngày 22/4/2025 tại Hà Nội.");
        QTest::newRow("date d.m") << QStringLiteral("Chiều 22.4, mưa lớn kéo dài.");
        QTest::newRow("date d-m") << QStringLiteral("Ngày 21-9 tại sân vận động.");
        QTest::newRow("date from") << QStringLiteral("Áp dụng từ 15/10 tới đây.");
        QTest::newRow("date ngày tháng năm") << QStringLiteral("Ngày 15 tháng 7 năm 2021 là hạn chót.");
        QTest::newRow("month/year") << QStringLiteral("Đến tháng 6/2017 đã xong.");
        QTest::newRow("year") << QStringLiteral("Năm 2021, thành phố tăng trưởng khá.");
        QTest::newRow("term") << QStringLiteral("Đại hội nhiệm kỳ 2020-2025 thành công.");
        QTest::newRow("year range") << QStringLiteral("Giai đoạn 2016 - 2020 có nhiều khó khăn.");
        QTest::newRow("time colon") << QStringLiteral("Cập nhật lúc 19:21 hôm nay.");
        QTest::newRow("time h") << QStringLiteral("Bắt đầu từ 8h30 sáng.");
        QTest::newRow("time giờ") << QStringLiteral("Họp lúc 8 giờ sáng thứ Hai.");
        QTest::newRow("quarter") << QStringLiteral("Trong quý 3 năm nay tình hình ổn định.");
        QTest::newRow("first half") << QStringLiteral("Trong 6 tháng đầu năm 2017 doanh thu giảm.");
        QTest::newRow("ordinal lần thứ") << QStringLiteral("Hội nghị lần thứ 6 nghe báo cáo.");
        QTest::newRow("roman term") << QStringLiteral("Đại biểu Quốc hội khóa XV họp phiên đầu.");
        QTest::newRow("ordinal words") << QStringLiteral("Đứng thứ nhất toàn quốc.");
        QTest::newRow("document number") << QStringLiteral("Thực hiện Nghị quyết số 28-NQ/TU của Ban Thường vụ.");
        QTest::newRow("document số") << QStringLiteral("Thực hiện Kết luận số 09 đưa cán bộ về cơ sở.");
        QTest::newRow("decision") << QStringLiteral("Theo Quyết định 123/QĐ-UBND của tỉnh.");
        QTest::newRow("decree year") << QStringLiteral("Nghị định 100/2019 quy định xử phạt.");
        QTest::newRow("phone") << QStringLiteral("Điện thoại: 0912.345.678 hoặc 0225 3842 111.");
        QTest::newRow("covid") << QStringLiteral("Dịch Covid-19 diễn biến phức tạp.");
        QTest::newRow("g20") << QStringLiteral("Hội nghị G20 khai mạc.");
        QTest::newRow("car model") << QStringLiteral("Mẫu xe VinFast VF8 ra mắt.");
        QTest::newRow("storm number") << QStringLiteral("Cơn bão số 10 gây thiệt hại nặng.");
        QTest::newRow("phase label") << QStringLiteral("Giai đoạn 2 hoàn thành vào cuối năm.");
        QTest::newRow("article label") << QStringLiteral("Theo Điều 5 của Luật Đầu tư.");
        QTest::newRow("district") << QStringLiteral("Trụ sở ở quận 1 rất đông.");
        QTest::newRow("name with number") << QStringLiteral("Nhà máy DAP 2 Lào thua lỗ.");
        QTest::newRow("version") << QStringLiteral("Cập nhật iOS 10.3.3 ngay.");
        QTest::newRow("score") << QStringLiteral("Đội nhà thắng 3-2 trên sân khách.");
        QTest::newRow("address") << QStringLiteral("Cửa hàng tại 413/36 Lê Văn Sỹ, quận 3.");
        QTest::newRow("street address") << QStringLiteral("Anh Tú (41 Lê Hồng Phong, quận 5) ủng hộ.");
        QTest::newRow("lottery name") << QStringLiteral("Mega 6/45 có người trúng giải.");
        QTest::newRow("product name") << QStringLiteral("Zenfone 4 Pro được bán ra.");
        QTest::newRow("chrome line") << QStringLiteral("Print Thứ Bảy, 04/12/2021 19:21 Gốc");
        QTest::newRow("bare number") << QStringLiteral("Con số 36.839.775 được công bố.");
        QTest::newRow("date with weekday") << QStringLiteral("Thứ 6 ngày 12/5 sẽ họp.");
        QTest::newRow("anniversary after 'kỷ niệm'") << QStringLiteral("Tỉnh tổ chức lễ kỷ niệm 45 năm Ngày giải phóng huyện.");
        QTest::newRow("anniversary of a Day") << QStringLiteral("Hướng tới 70 năm Ngày truyền thống của ngành.");
        QTest::newRow("anniversary of relations")
            << QStringLiteral("Năm nay cũng là dịp 35 năm thiết lập quan hệ ngoại giao hai nước.");
        QTest::newRow("voltage in a line's name") << QStringLiteral("Đường dây 220 kV Bắc Ninh - Phố Nối đã đóng điện.");
        QTest::newRow("clock time with 'cùng ngày'") << QStringLiteral("Khoảng 10 giờ cùng ngày, lực lượng chức năng có mặt.");
        QTest::newRow("figure opening a quoted title")
            << QStringLiteral("Đêm qua diễn ra chương trình “40 năm Quảng Trị”, với nhiều nghệ sĩ.");
        QTest::newRow("idiom 'cường quốc 5 châu'") << QStringLiteral("Đất nước sánh vai với các cường quốc 5 châu.");
    }
    void notMetrics()
    {
        QFETCH(QString, text);
        QCOMPARE(describe(MetricRecognizer().find(text)), QString());
    }

    void fields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("surface");
        QTest::newRow("hơn") << QStringLiteral("thu hơn 90 tỷ đồng") << QStringLiteral("hơn") << QString()
                             << QStringLiteral("đồng") << QStringLiteral("hơn 90 tỷ đồng");
        QTest::newRow("gần") << QStringLiteral("đón gần 40 đoàn khách") << QStringLiteral("gần") << QString()
                             << QStringLiteral("đoàn khách") << QStringLiteral("gần 40 đoàn khách");
        QTest::newRow("khoảng capitalised")
            << QStringLiteral("Khoảng 300 hộ dân") << QStringLiteral("Khoảng") << QString() << QStringLiteral("hộ dân")
            << QStringLiteral("Khoảng 300 hộ dân");
        QTest::newRow("trên") << QStringLiteral("trồng trên 9.000 ha") << QStringLiteral("trên") << QString()
                              << QStringLiteral("ha") << QStringLiteral("trên 9.000 ha");
        QTest::newRow("dưới") << QStringLiteral("xe dưới 12 chỗ ngồi") << QStringLiteral("dưới") << QString()
                              << QStringLiteral("chỗ ngồi") << QStringLiteral("dưới 12 chỗ ngồi");
        QTest::newRow("ít nhất") << QStringLiteral("cần ít nhất 5 năm") << QStringLiteral("ít nhất") << QString()
                                 << QStringLiteral("năm") << QStringLiteral("ít nhất 5 năm");
        QTest::newRow("chained qualifiers")
            << QStringLiteral("trả khoảng ít nhất 2,2 USD/tấn") << QStringLiteral("khoảng ít nhất") << QString()
            << QStringLiteral("USD/tấn") << QStringLiteral("khoảng ít nhất 2,2 USD/tấn");
        QTest::newRow("tăng") << QStringLiteral("GRDP tăng 7,51% so với") << QString() << QStringLiteral("tăng")
                              << QStringLiteral("%") << QStringLiteral("7,51%");
        QTest::newRow("giảm thêm gần") << QStringLiteral("thời gian giảm thêm gần 2 năm") << QStringLiteral("gần")
                                       << QStringLiteral("giảm") << QStringLiteral("năm")
                                       << QStringLiteral("gần 2 năm");
        QTest::newRow("tăng trưởng") << QStringLiteral("tăng trưởng 22% mỗi năm") << QString() << QStringLiteral("tăng")
                                     << QStringLiteral("%") << QStringLiteral("22%");
    }
    void fields()
    {
        QFETCH(QString, text);
        QFETCH(QString, qualifier);
        QFETCH(QString, direction);
        QFETCH(QString, unit);
        QFETCH(QString, surface);
        const QList<Metric> metrics = MetricRecognizer().find(text);
        QCOMPARE(metrics.size(), 1);
        QCOMPARE(metrics.first().qualifier, qualifier);
        QCOMPARE(metrics.first().direction, direction);
        QCOMPARE(metrics.first().unit, unit);
        QCOMPARE(metrics.first().text, surface);
        QCOMPARE(text.mid(metrics.first().span.start, metrics.first().span.length()), surface);
    }
};

QTEST_GUILESS_MAIN(TestMetricRecognizer)
#include "tst_metricrecognizer.moc"
