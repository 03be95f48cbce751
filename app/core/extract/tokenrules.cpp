#include "extract/tokenrules.h"

#include <QRegularExpression>

#include "util/textfold.h"

#include <QSet>
#include <QString>

namespace Lectern::Core::TokenRules {

namespace {

bool keyIs(const QList<Token> &tokens, qsizetype i, QStringView key)
{
    return i >= 0 && i < tokens.size() && tokens.at(i).key == key;
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char16_t *w : {u"và", u"của", u"cho", u"với", u"tại", u"ở", u"là", u"đã", u"đang", u"sẽ",
                                  u"được", u"bị", u"có", u"không", u"này", u"đó", u"các", u"những", u"trong",
                                  u"về", u"theo", u"từ", u"đến", u"khi", u"thì", u"mà", u"để", u"vào", u"ra",
                                  u"trên", u"dưới", u"sau", u"trước", u"cũng", u"vừa", u"rất", u"năm", u"ngày",
                                  u"tháng", u"nói", u"phải", u"hay", u"hoặc", u"nên", u"vì", u"do", u"như",
                                  u"nhằm", u"qua", u"bởi", u"tới", u"cùng", u"còn", u"lại", u"thêm", u"vẫn",
                                  u"đều", u"chỉ", u"nhiều", u"một", u"hai", u"ba", u"đây", u"kia", u"nay",
                                  u"gồm", u"hơn", u"sáng", u"chiều", u"tối", u"trưa", u"hôm", u"lúc", u"ông",
                                  u"bà", u"anh", u"chị", u"nhưng", u"nếu", u"thuộc", u"giữa", u"ngoài",
                                  u"cần", u"muốn", u"nhận", u"gửi", u"trao", u"họp", u"đề",
                                  u"khóa", u"khoá", u"nhiệm", u"kỳ", u"lần", u"thứ"})
            s.insert(TextFold::matchKey(QString::fromUtf16(w)));
        return s;
    }();
    return words;
}

} // namespace

bool isNameWord(const Token &t)
{
    return (t.flags & Token::Word) && (t.flags & Token::Upper) && !(t.flags & Token::AllCaps)
        && !(t.flags & Token::HasDigit) && !t.key.contains(QLatin1Char('.'));
}

bool continuesLine(const QList<Token> &tokens, qsizetype i)
{
    return i > 0 && i < tokens.size() && !(tokens.at(i).flags & Token::LineStart);
}

int adminWordAt(const QList<Token> &tokens, qsizetype i)
{
    if (i < 0 || i >= tokens.size() || !tokens.at(i).isWord())
        return 0;
    const QString &k = tokens.at(i).key;
    if (k == LKEY(u"thành") && keyIs(tokens, i + 1, LKEY(u"phố")))
        return 2;
    if ((k == LKEY(u"thị")) && (keyIs(tokens, i + 1, LKEY(u"xã")) || keyIs(tokens, i + 1, LKEY(u"trấn"))))
        return 2;
    if (k == LKEY(u"tp") && keyIs(tokens, i + 1, LKEY(u".")))
        return 2;
    if (k == LKEY(u"tỉnh") || k == LKEY(u"tp") || k == LKEY(u"huyện") || k == LKEY(u"quận") || k == LKEY(u"xã") || k == LKEY(u"phường")
        || k == LKEY(u"thôn") || k == LKEY(u"ấp") || k == LKEY(u"tx"))
        return 1;
    return 0;
}

bool isStopWord(QStringView key)
{
    return stopWords().contains(key.toString());
}

int quoteVerbAt(const QList<Token> &tokens, qsizetype i)
{
    if (i < 0 || i >= tokens.size())
        return 0;
    const QString &k = tokens.at(i).key;
    auto next = [&](QStringView w) { return keyIs(tokens, i + 1, w); };
    if ((k == LKEY(u"cho") && (next(LKEY(u"biết")) || next(LKEY(u"rằng")) || next(LKEY(u"hay")))) || (k == LKEY(u"nhấn") && next(LKEY(u"mạnh")))
        || (k == LKEY(u"khẳng") && next(LKEY(u"định"))) || (k == LKEY(u"chia") && next(LKEY(u"sẻ"))) || (k == LKEY(u"phát") && next(LKEY(u"biểu")))
        || (k == LKEY(u"tuyên") && next(LKEY(u"bố"))) || (k == LKEY(u"giải") && next(LKEY(u"thích"))) || (k == LKEY(u"bày") && next(LKEY(u"tỏ")))
        || (k == LKEY(u"thừa") && next(LKEY(u"nhận"))) || (k == LKEY(u"nhận") && next(LKEY(u"định"))) || (k == LKEY(u"tiết") && next(LKEY(u"lộ")))
        || (k == LKEY(u"nhận") && next(LKEY(u"xét"))) || (k == LKEY(u"đề") && next(LKEY(u"nghị"))))
        return 2;
    if (k == LKEY(u"nói") || k == LKEY(u"viết") || k == LKEY(u"kể"))
        return 1;
    return 0;
}

bool isVietnameseSyllable(QStringView key)
{
    static const QRegularExpression syllable(QStringLiteral(
        "^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$"));
    const QString folded = TextFold::searchKey(key);
    return !folded.isEmpty() && syllable.match(folded).hasMatch();
}

bool isPlaceFeature(QStringView key)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char16_t *w : {u"đường", u"phố", u"làng", u"khóm", u"xóm", u"ngõ", u"hẻm", u"đền", u"đình", u"chùa",
                                  u"miếu", u"hồ", u"sông", u"suối", u"núi", u"đèo", u"đảo", u"vịnh", u"chợ", u"bến",
                                  u"cảng", u"vườn", u"rạch", u"đồi", u"thác", u"đầm"})
            set.insert(TextFold::matchKey(QStringView(w)));
        return set;
    }();
    return words.contains(key.toString());
}

bool isNameParticle(QStringView key)
{
    return key == LKEY(u"da") || key == LKEY(u"de") || key == LKEY(u"del") || key == LKEY(u"van") || key == LKEY(u"von") || key == LKEY(u"der")
        || key == LKEY(u"bin") || key == LKEY(u"al") || key == LKEY(u"di") || key == LKEY(u"du") || key == LKEY(u"dos") || key == LKEY(u"la")
        || key == LKEY(u"le") || key == LKEY(u"y") || key == LKEY(u"ben");
}

bool isTitlePrefix(QStringView key)
{
    return key == LKEY(u"phó") || key == LKEY(u"quyền") || key == LKEY(u"nguyên") || key == LKEY(u"cựu") || key == LKEY(u"tân");
}

int titleSuffixAt(const QList<Token> &tokens, qsizetype i)
{
    if (keyIs(tokens, i, LKEY(u"thường")) && keyIs(tokens, i + 1, LKEY(u"trực")))
        return 2;
    if (keyIs(tokens, i, LKEY(u"thứ")) && keyIs(tokens, i + 1, LKEY(u"nhất")))
        return 2;
    if (keyIs(tokens, i, LKEY(u"điều")) && keyIs(tokens, i + 1, LKEY(u"hành")))
        return 2;
    if (keyIs(tokens, i, LKEY(u"đương")) && (keyIs(tokens, i + 1, LKEY(u"nhiệm")) || keyIs(tokens, i + 1, LKEY(u"chức"))))
        return 2;
    return 0;
}

} // namespace Lectern::Core::TokenRules
