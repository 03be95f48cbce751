#include "extract/metriclexicon.h"

#include "extract/metrictext.h"

#include <initializer_list>

namespace Lectern::Core {

namespace {

QString key(const char16_t *word)
{
    return MetricText::wordKey(QStringView(word));
}

void addAll(QSet<QString> &set, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        set.insert(key(w));
}

} // namespace

const MetricLexicon &MetricLexicon::instance()
{
    static const MetricLexicon lexicon;
    return lexicon;
}

MetricLexicon::MetricLexicon()
{
    addMultipliers();
    addCurrencies();
    addUnits();
    addSurroundingWords();
    addLabels();
    addCues();
}

// The number words that scale a figure, by power of ten ("tỷ" = 10^9).
void MetricLexicon::addMultipliers()
{
    const std::initializer_list<std::pair<const char16_t *, int>> multipliers = { { u"tỷ", 9 }, { u"tỉ", 9 },
        { u"triệu", 6 }, { u"nghìn", 3 }, { u"ngàn", 3 }, { u"trăm", 2 }, { u"vạn", 4 }, { u"chục", 1 },
        { u"million", 6 }, { u"millions", 6 }, { u"billion", 9 }, { u"billions", 9 }, { u"trillion", 12 } };
    for (const auto &[w, e] : multipliers)
        m_multipliers.insert(key(w), e);
}

// Currency names and codes, by ISO code.
void MetricLexicon::addCurrencies()
{
    const std::initializer_list<std::pair<const char16_t *, const char16_t *>> currencies = { { u"đồng", u"VND" },
        { u"vnđ", u"VND" }, { u"vnd", u"VND" }, { u"đ", u"VND" }, { u"đồng việt nam", u"VND" }, { u"usd", u"USD" },
        { u"đô la", u"USD" }, { u"đô-la", u"USD" }, { u"đôla", u"USD" }, { u"đô", u"USD" }, { u"đô la mỹ", u"USD" },
        { u"đô-la mỹ", u"USD" }, { u"dollar", u"USD" }, { u"dollars", u"USD" }, { u"us$", u"USD" }, { u"eur", u"EUR" },
        { u"euro", u"EUR" }, { u"euros", u"EUR" }, { u"yên", u"JPY" }, { u"yên nhật", u"JPY" }, { u"jpy", u"JPY" },
        { u"nhân dân tệ", u"CNY" }, { u"ndt", u"CNY" }, { u"tệ", u"CNY" }, { u"cny", u"CNY" }, { u"yuan", u"CNY" },
        { u"won", u"KRW" }, { u"krw", u"KRW" }, { u"bảng anh", u"GBP" }, { u"gbp", u"GBP" }, { u"bạt", u"THB" },
        { u"baht", u"THB" }, { u"thb", u"THB" }, { u"rúp", u"RUB" }, { u"rub", u"RUB" }, { u"sgd", u"SGD" },
        { u"đô la singapore", u"SGD" }, { u"aud", u"AUD" }, { u"đô la úc", u"AUD" }, { u"cad", u"CAD" },
        { u"hkd", u"HKD" }, { u"twd", u"TWD" }, { u"chf", u"CHF" }, { u"kíp", u"LAK" }, { u"kip", u"LAK" },
        { u"cent", u"USD" }, { u"cents", u"USD" }, { u"riel", u"KHR" }, { u"ringgit", u"MYR" }, { u"rupee", u"INR" }, { u"inr", u"INR" } };
    for (const auto &[w, c] : currencies)
        m_currencies.insert(key(w), QString::fromUtf16(c));
}

// Units of measure (symbols, case-sensitive, and words) and units of time.
void MetricLexicon::addUnits()
{
    // Case-sensitive symbols: "m" is a metre, "M" is not; "MW" is a megawatt, "mw" is nothing.
    for (const char16_t *s : { u"km", u"m", u"cm", u"mm", u"dm", u"µm", u"nm", u"km2", u"km²", u"m2", u"m²", u"cm2",
             u"cm²", u"m3", u"m³", u"cm3", u"ha", u"Ha", u"kg", u"g", u"mg", u"ml", u"l", u"MW", u"kW", u"KW", u"GW",
             u"W", u"kWh", u"KWh", u"kwh", u"MWh", u"GWh", u"Wh", u"kV", u"KV", u"V", u"mAh", u"GB", u"MB", u"TB",
             u"KB", u"Gb", u"Mb", u"Mbps", u"Gbps", u"GHz", u"MHz", u"Hz", u"ppm", u"inch", u"feet", u"ft", u"mph",
             u"dB", u"°C", u"℃", u"kcal", u"cal", u"TEU", u"DWT", u"mmHg", u"tấn", u"MP" })
        m_unitSymbols.insert(QString::fromUtf16(s));
    addAll(m_unitWords,
        { u"tấn", u"tạ", u"yến", u"lít", u"mét", u"ki-lô-mét", u"kilômét", u"kilomet", u"cây số", u"héc-ta", u"hécta",
            u"hecta", u"héc ta", u"sào", u"dặm", u"hải lý", u"độ", u"gam", u"gram", u"ki-lô-gam", u"kilôgam",
            u"kilogram", u"lần", u"điểm", u"ounce", u"thùng dầu", u"mét vuông", u"mét khối", u"megawatt", u"kilowatt",
            u"oát", u"vôn", u"calo", u"inch", u"feet", u"pixel", u"megapixel", u"teu", u"barrel", u"kilô" });
    addAll(m_timeUnits,
        { u"năm", u"tháng", u"ngày", u"tuần", u"giờ", u"tiếng", u"phút", u"giây", u"tuổi", u"thập kỷ", u"thập niên",
            u"thế kỷ", u"ngày đêm", u"quý", u"đêm", u"mùa" });
}

// Qualifiers, directions and their links, and the stop words that end a unit or noun.
void MetricLexicon::addSurroundingWords()
{
    addAll(m_qualifiers,
        { u"hơn", u"gần", u"khoảng", u"trên", u"dưới", u"chừng", u"ngót", u"tầm", u"ít nhất", u"tối thiểu", u"tối đa",
            u"xấp xỉ", u"gần như", u"chưa đến", u"chưa tới", u"không quá", u"không dưới", u"lên tới", u"lên đến",
            u"trên dưới", u"khoảng chừng", u"chỉ", u"ngoài", u"vượt", u"hàng", u"cỡ", u"đúng", u"tròn", u"vỏn vẹn",
            u"gần như" });
    addAll(m_directions, { u"tăng", u"giảm" });
    addAll(m_directionLinks,
        { u"thêm", u"bớt", u"lên", u"xuống", u"được", u"trưởng", u"mạnh", u"nhẹ", u"đến", u"tới", u"còn", u"khoảng",
            u"tới", u"khoảng", u"gần", u"hơn", u"trên", u"dưới", u"chỉ", u"mạnh" });
    addAll(m_stopWords,
        { u"và", u"hoặc", u"hay", u"của", u"là", u"có", u"được", u"bị", u"đã", u"sẽ", u"đang", u"vẫn", u"cũng", u"đều",
            u"chỉ", u"mới", u"còn", u"thì", u"mà", u"nhưng", u"nên", u"vì", u"do", u"tại", u"ở", u"theo", u"về", u"với",
            u"cho", u"từ", u"đến", u"tới", u"lên", u"xuống", u"ra", u"vào", u"lại", u"qua", u"trong", u"ngoài", u"trên",
            u"dưới", u"giữa", u"sau", u"trước", u"hơn", u"gần", u"khoảng", u"nay", u"này", u"đó", u"đây", u"kia", u"ấy",
            u"rồi", u"nữa", u"như", u"để", u"khi", u"nếu", u"bằng", u"tăng", u"giảm", u"đạt", u"chiếm", u"gấp", u"so",
            u"số", u"cách", u"chút", u"lúc", u"trở", u"tuy", u"thôi", u"không", u"chưa", u"cùng", u"bởi", u"những",
            u"các", u"mỗi", u"mọi", u"vừa", u"gồm", u"thuộc", u"nhằm", u"phải", u"sang", u"đi", u"hết", u"xong", u"x",
            u"trừ", u"cộng", u"nhân", u"chia", u"tính", u"ước", u"kể", u"liền", u"liên", u"tiếp", u"nào", u"gì", u"ai",
            u"đâu", u"bao", u"nhiều", u"ít", u"thứ", u"hạng", u"đạt", u"tròn", u"ngay", u"luôn", u"nhé", u"ạ", u"à",
            u"ư", u"the", u"of", u"and", u"in", u"to", u"for", u"on", u"at", u"by", u"with", u"from", u"is", u"are",
            u"was", u"were", u"or", u"vs", u"a", u"an", u"tr", u"k", u"h", u"đầu", u"cuối", u"tỷ", u"tỉ", u"triệu",
            u"nghìn", u"ngàn", u"trăm", u"vạn", u"chục", u"phần", u"rưỡi", u"lẻ", u"mươi", u"năm", u"kỳ", u"kì",
            u"điều", u"khoản", u"sáng", u"trưa", u"chiều", u"tối", u"đêm", u"ngày", u"tháng", u"giờ" });
}

// The words that make the number after them an identifier or a date ("số 10", "ngày 15").
void MetricLexicon::addLabels()
{
    const std::initializer_list<std::pair<const char16_t *, Label>> labels = { { u"số", Label::IdentifierTime },
        { u"thứ", Label::IdentifierTime }, { u"khóa", Label::IdentifierTime }, { u"khoá", Label::IdentifierTime },
        { u"kỳ", Label::IdentifierTime }, { u"kì", Label::IdentifierTime }, { u"lần", Label::IdentifierTime },
        { u"phút", Label::IdentifierTime }, { u"giờ", Label::IdentifierTime }, { u"hiệp", Label::IdentifierTime },
        { u"giai đoạn", Label::Identifier }, { u"đợt", Label::Identifier }, { u"phần", Label::Identifier },
        { u"chương", Label::Identifier }, { u"điều", Label::Identifier }, { u"khoản", Label::Identifier },
        { u"mục", Label::Identifier }, { u"bước", Label::Identifier }, { u"vòng", Label::Identifier },
        { u"bảng", Label::Identifier }, { u"hình", Label::Identifier }, { u"trang", Label::Identifier },
        { u"tập", Label::Identifier }, { u"tầng", Label::Identifier }, { u"phòng", Label::Identifier },
        { u"lô", Label::Identifier }, { u"đường", Label::Identifier }, { u"phố", Label::Identifier },
        { u"ngõ", Label::Identifier }, { u"ngách", Label::Identifier }, { u"hẻm", Label::Identifier },
        { u"kiệt", Label::Identifier }, { u"quốc lộ", Label::Identifier }, { u"tỉnh lộ", Label::Identifier },
        { u"ql", Label::Identifier }, { u"cấp", Label::Identifier }, { u"lớp", Label::Identifier },
        { u"hạng", Label::Identifier }, { u"top", Label::Identifier }, { u"nhóm", Label::Identifier },
        { u"tổ", Label::Identifier }, { u"ấp", Label::Identifier }, { u"thôn", Label::Identifier },
        { u"khu", Label::Identifier }, { u"khu phố", Label::Identifier }, { u"xóm", Label::Identifier },
        { u"đội", Label::Identifier }, { u"quận", Label::Identifier }, { u"phường", Label::Identifier },
        { u"sư đoàn", Label::Identifier }, { u"trung đoàn", Label::Identifier }, { u"tiểu đoàn", Label::Identifier },
        { u"lữ đoàn", Label::Identifier }, { u"quân khu", Label::Identifier }, { u"quân đoàn", Label::Identifier },
        { u"chuyến bay", Label::Identifier }, { u"mã", Label::Identifier }, { u"câu", Label::Identifier },
        { u"bài", Label::Identifier }, { u"thế kỷ", Label::IdentifierTime }, { u"thế kỉ", Label::IdentifierTime },
        { u"thập niên", Label::IdentifierTime }, { u"thập kỷ", Label::IdentifierTime }, { u"mùa", Label::Identifier },
        { u"set", Label::Identifier }, { u"ván", Label::Identifier }, { u"tỷ số", Label::IdentifierTime },
        { u"tỉ số", Label::IdentifierTime }, { u"nghị quyết", Label::IdentifierTime },
        { u"nghị định", Label::IdentifierTime }, { u"quyết định", Label::IdentifierTime },
        { u"thông tư", Label::IdentifierTime }, { u"kết luận", Label::IdentifierTime },
        { u"chỉ thị", Label::IdentifierTime }, { u"công văn", Label::IdentifierTime }, { u"luật", Label::Identifier },
        { u"pháp lệnh", Label::Identifier }, { u"thông báo", Label::Identifier }, { u"tờ trình", Label::Identifier },
        { u"công điện", Label::Identifier }, { u"đại hội", Label::IdentifierTime },
        { u"hội nghị", Label::IdentifierTime }, { u"khối", Label::Identifier }, { u"biển số", Label::Identifier },
        { u"số hiệu", Label::Identifier }, { u"nhiệm kỳ", Label::IdentifierTime },
        { u"niên khóa", Label::IdentifierTime }, { u"năm học", Label::IdentifierTime },
        { u"mùa giải", Label::IdentifierTime }, { u"phiên bản", Label::Identifier }, { u"version", Label::Identifier },
        { u"km", Label::Identifier }, { u"ngày", Label::Day }, { u"mùng", Label::Day }, { u"mồng", Label::Day },
        { u"tháng", Label::Month }, { u"năm", Label::Year }, { u"quý", Label::Quarter } };
    for (const auto &[w, l] : labels)
        m_labels.insert(key(w), l);
}

// Date and fraction cues, the words that make "đồng" no currency, and the heads of rates.
void MetricLexicon::addCues()
{
    for (const char16_t *w : { u"ngày", u"hôm", u"sáng", u"trưa", u"chiều", u"tối", u"đêm", u"khuya", u"rạng sáng",
             u"mùng", u"mồng", u"hạn", u"lúc", u"tháng" })
        m_dateCues.insert(key(w), DateCue::Strong);
    for (const char16_t *w : { u"từ", u"đến", u"tới", u"vào", u"trước", u"sau", u"đầu", u"cuối", u"giữa", u"và", u"là",
             u"hoặc", u"qua", u"nay", u"cho" })
        m_dateCues.insert(key(w), DateCue::Weak);
    addAll(m_fractionCues,
        { u"bằng", u"chiếm", u"khoảng", u"gần", u"hơn", u"trên", u"dưới", u"đạt", u"nếu", u"chỉ", u"có", u"với",
            u"được", u"còn", u"mất", u"tỷ lệ", u"tỉ lệ", u"ít nhất", u"tối thiểu", u"xấp xỉ", u"gần như" });
    addAll(m_dongCompounds,
        { u"chí", u"bào", u"bằng", u"hồ", u"minh", u"nghiệp", u"hương", u"đội", u"ca", u"môn", u"tâm", u"lòng", u"thời",
            u"ý", u"bộ", u"đều", u"loạt", u"phục", u"ruộng", u"lúa", u"cỏ", u"nát", u"hành", u"cảm", u"tình", u"thuận",
            u"sáng", u"sở", u"chủ", u"tác", u"nhất", u"dạng", u"phạm", u"niên", u"học", u"nghĩa", u"âm", u"đẳng",
            u"thau", u"hóa", u"hoá", u"tính", u"khởi", u"xu", u"bạc", u"vàng", u"hạng", u"điệu", u"lõa", u"loã", u"quê",
            u"hao", u"nội", u"cốt", u"dao", u"diễn", u"tử" });
    addAll(m_rateHeads, { u"tỉ lệ", u"tỷ lệ", u"mật độ", u"bình quân" });
}

int MetricLexicon::multiplierExponent(const QString &k) const
{
    return m_multipliers.value(k, -1);
}

QString MetricLexicon::currencyCode(const QString &k) const
{
    return m_currencies.value(k);
}

QString MetricLexicon::currencySymbol(QChar c)
{
    switch (c.unicode()) {
    case u'$':
        return QStringLiteral("USD");
    case 0x20AC:
        return QStringLiteral("EUR");
    case 0x00A3:
        return QStringLiteral("GBP");
    case 0x00A5:
        return QStringLiteral("JPY");
    case 0x20AB:
        return QStringLiteral("VND"); // '₫'
    default:
        return {};
    }
}

bool MetricLexicon::isUnitSymbol(QStringView surface) const
{
    return m_unitSymbols.contains(surface.toString());
}

bool MetricLexicon::isUnitWord(const QString &k) const
{
    return m_unitWords.contains(k);
}
bool MetricLexicon::isTimeUnit(const QString &k) const
{
    return m_timeUnits.contains(k);
}
bool MetricLexicon::isQualifier(const QString &k) const
{
    return m_qualifiers.contains(k);
}
bool MetricLexicon::isDirection(const QString &k) const
{
    return m_directions.contains(k);
}
bool MetricLexicon::isDirectionLink(const QString &k) const
{
    return m_directionLinks.contains(k);
}
bool MetricLexicon::isStopWord(const QString &k) const
{
    return m_stopWords.contains(k);
}
MetricLexicon::Label MetricLexicon::label(const QString &k) const
{
    return m_labels.value(k, Label::None);
}
MetricLexicon::DateCue MetricLexicon::dateCue(const QString &k) const
{
    return m_dateCues.value(k, DateCue::None);
}
bool MetricLexicon::isFractionCue(const QString &k) const
{
    return m_fractionCues.contains(k);
}
bool MetricLexicon::isDongCompound(const QString &k) const
{
    return m_dongCompounds.contains(k);
}
bool MetricLexicon::isRateHead(const QString &k) const
{
    return m_rateHeads.contains(k);
}

} // namespace Lectern::Core
