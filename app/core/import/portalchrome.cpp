#include "import/portalchrome.h"

#include <QRegularExpression>
#include <QStringList>

namespace Lectern::Core {

namespace {

constexpr auto opts = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

// Interface words, longest first so that "In bài" is removed before "In".
const QStringList &uiWords()
{
    static const QStringList words = {
        QStringLiteral("Gửi email"), QStringLiteral("Gửi bài viết"), QStringLiteral("In bài viết"),
        QStringLiteral("Bản in"), QStringLiteral("In bài"), QStringLiteral("Chia sẻ"), QStringLiteral("Lượt xem"),
        QStringLiteral("Cỡ chữ"), QStringLiteral("Nghe đọc"), QStringLiteral("Đọc bài"), QStringLiteral("Cập nhật lúc"),
        QStringLiteral("Cập nhật"), QStringLiteral("Ngày đăng"), QStringLiteral("Đăng lúc"), QStringLiteral("Ngày"),
        QStringLiteral("Thời gian"), QStringLiteral("Trang chủ"), QStringLiteral("Print"), QStringLiteral("Email"),
        QStringLiteral("Share"), QStringLiteral("Tweet"), QStringLiteral("Facebook"), QStringLiteral("Zalo"),
        QStringLiteral("Gốc"), QStringLiteral("Lưu"), QStringLiteral("Nghe"), QStringLiteral("In"),
        QStringLiteral("GMT+7"), QStringLiteral("Aa"), QStringLiteral("A+"), QStringLiteral("A-"), QStringLiteral("A"),
    };
    return words;
}

const QList<QRegularExpression> &uiPatterns()
{
    static const QList<QRegularExpression> patterns = [] {
        QList<QRegularExpression> out;
        for (const QString &w : uiWords())
            out << QRegularExpression(QStringLiteral("(?<![\\p{L}\\d])") + QRegularExpression::escape(w)
                                          + QStringLiteral("(?![\\p{L}\\d+-])"),
                                      opts);
        return out;
    }();
    return patterns;
}

QString removeUiWords(QString s)
{
    for (const QRegularExpression &word : uiPatterns())
        s.replace(word, QStringLiteral(" "));
    return s;
}

QString stripPunctuation(QString s)
{
    static const QRegularExpression punct(QStringLiteral("[\\s,|:()\\[\\]/–—•·-]+"));
    s.replace(punct, QStringLiteral(" "));
    return s.trimmed();
}

} // namespace

bool PortalChrome::isUiLine(const QString &line)
{
    if (line.size() > 40 || line.trimmed().isEmpty())
        return false;
    return stripPunctuation(removeUiWords(line)).isEmpty();
}

bool PortalChrome::isFooterLine(const QString &line)
{
    static const QRegularExpression footer(
        QStringLiteral("^(?:tiện ích thông tin|nguồn tin|qr code(?: fanpage)?|qr code:.*|mã qr code.*|"
                       "chúng tôi trên mạng xã hội|theo dõi chúng tôi.*|tin khác|các tin khác|tin liên quan|"
                       "bài viết liên quan|bài liên quan|tin cùng chuyên mục|tin mới(?: nhất)?|tin đọc nhiều(?: nhất)?|"
                       "đọc nhiều nhất|xem thêm|đọc thêm|chia sẻ bài viết|bình luận|gửi bình luận|ý kiến bạn đọc|"
                       "(?:từ khóa|từ khoá|tags?)\\s*:?.*|in bài viết|gửi email|quay lại|về đầu trang|lên đầu trang|"
                       "bản quyền.*|©.*|liên kết website|tin tức liên quan|tin cùng loại)\\s*$"),
        opts);
    return footer.match(line.trimmed()).hasMatch();
}

QString PortalChrome::qrTitle(const QString &line)
{
    static const QRegularExpression qr(QStringLiteral("^\\s*QR\\s*CODE\\s*:\\s*(.+)$"), opts);
    const auto m = qr.match(line);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

FoundDate PortalChrome::dateLine(const QString &line, bool *strong)
{
    if (strong)
        *strong = false;
    if (line.size() > 100)
        return {};
    FoundDate date = VietnameseDate::find(line);
    if (!date.isValid() || !date.hasYear)
        return {};
    QString rest = line;
    rest.remove(date.start, date.end - date.start);
    const QString withoutWeekday = VietnameseDate::removeWeekdays(rest);
    const bool hadWeekday = withoutWeekday != rest;
    const QString withoutUi = removeUiWords(withoutWeekday);
    const bool hadUi = stripPunctuation(withoutUi) != stripPunctuation(withoutWeekday);
    const QString residue = stripPunctuation(withoutUi);
    const qsizetype residueWords = residue.isEmpty() ? 0 : residue.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    // A weekday name marks a date line even with a section name beside it ("Thời sự | Thứ Hai, …").
    if (residueWords == 0 || (hadWeekday && residueWords <= 3)) {
        if (strong)
            *strong = hadWeekday || hadUi;
        return date;
    }
    return {};
}

} // namespace Lectern::Core
