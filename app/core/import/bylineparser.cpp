#include "import/bylineparser.h"

#include "import/personname.h"

#include <QRegularExpression>

namespace Lectern::Core {

namespace {

constexpr auto opts = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

QString stripEnds(QString s)
{
    s = s.trimmed();
    while (s.endsWith(QLatin1Char('-')) || s.endsWith(QChar(0x2013)) || s.endsWith(QChar(0x2014)) || s.endsWith(QLatin1Char(','))
           || s.endsWith(QLatin1Char('/')))
        s = s.chopped(1).trimmed();
    while (s.endsWith(QLatin1String("./.")) || s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char(';')))
        s.chop(s.endsWith(QLatin1String("./.")) ? 3 : 1);
    return s.trimmed();
}

bool isReporterWord(const QString &s)
{
    static const QRegularExpression reporter(
        QStringLiteral("^(?:nhóm\\s+)?(?:PV|CTV|BTV|phóng viên|cộng tác viên|nhóm phóng viên|P\\.V)$"), opts);
    return reporter.match(s.trimmed()).hasMatch();
}

// "TTXVN", "VOV-TP.HCM", "Vietnam+", "Báo Tin Tức", "BĐ": an outlet name.
bool looksLikeOutlet(const QString &s)
{
    const QString t = s.trimmed();
    if (t.isEmpty() || t.size() > 40)
        return false;
    static const QRegularExpression acronym(
        QStringLiteral("^[\\p{Lu}\\d][\\p{Lu}\\p{Ll}\\d.+&-]*(?:[/ -][\\p{Lu}\\d][\\p{Lu}\\p{Ll}\\d.+&-]*){0,3}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (!acronym.match(t).hasMatch())
        return false;
    // Must contain an upper-case run of two letters ("TTXVN", "VOV", "BĐ") or a '+' / a dot
    // name ("Vietnam+", "vnexpress.net"): guards against ordinary capitalised words.
    static const QRegularExpression marker(QStringLiteral("\\p{Lu}{2}|\\+|\\.\\p{L}{2}"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    return marker.match(t).hasMatch();
}

// An outlet named after a slash or in a "Theo …" credit, where the position already says it is
// one: "Reuters, CNN", "VOV-Trung tâm Tin", "doanhnhansaigon.vn", "Theo Nikkei".
QString looseOutlet(QString s)
{
    s = stripEnds(s);
    static const QRegularExpression theo(QStringLiteral("^theo\\s+"), opts);
    s.remove(theo);
    static const QRegularExpression loose(
        QStringLiteral("^(?:[\\p{Lu}\\d]|[\\w-]+\\.[a-z]{2,}\\b)[^;:!?]{0,60}$"), QRegularExpression::UseUnicodePropertiesOption);
    if (s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 8 || !loose.match(s).hasMatch())
        return {};
    return s;
}

// "A.Quỳnh", "T.Linh", "P. Võ", "M.T", "Đ.H": a byline name written with initials.
bool looksLikeInitialName(const QString &s)
{
    static const QRegularExpression initials(
        QStringLiteral("^(?:\\p{Lu}\\.\\s?)+(?:\\p{Lu}[\\p{Ll}\\p{Mn}]+(?:\\s\\p{Lu}[\\p{Ll}\\p{Mn}]+)*|\\p{Lu})$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return s.size() <= 30 && initials.match(s).hasMatch();
}

QStringList personNames(const QString &part)
{
    QStringList names = BylineParser::splitNames(part);
    if (names.size() == 1 && part.contains(QLatin1Char('-')))
        names = part.split(QLatin1Char('-'), Qt::SkipEmptyParts); // "HOÀNG NHIÊN-HIẾU MINH"
    QStringList out;
    for (const QString &n : std::as_const(names)) {
        const QString name = n.trimmed();
        if (looksLikeInitialName(name)) {
            out << name;
            continue;
        }
        const QString titled = PersonName::fromCapitals(name);
        if (!PersonName::looksLikeName(titled))
            return {};
        out << titled;
    }
    return out;
}

// The author part of a byline: names, optionally "/OUTLET", "(OUTLET)", "(tổng hợp)", "Theo OUTLET",
// a reporter prefix ("CTV Nhật Minh") or a compiling suffix ("Hồng Nhung lược dịch").
std::optional<Byline> parseAuthors(const QString &partIn, bool allowBareOutlet)
{
    QString part = stripEnds(partIn);
    Byline out;
    if (part.isEmpty() || isReporterWord(part))
        return out;
    static const QRegularExpression theoTail(QStringLiteral("^(.+?)\\s+theo\\s+(.+)$"), opts);
    if (const auto m = theoTail.match(part); m.hasMatch()) {
        out.site = looseOutlet(m.captured(2));
        if (out.site.isEmpty())
            return std::nullopt;
        part = stripEnds(m.captured(1));
        while (part.endsWith(QLatin1Char('/'))) // "Trang Hồ/ Theo Nikkei": the slash only joins the two
            part = part.chopped(1).trimmed();
    }
    static const QRegularExpression parenTail(QStringLiteral("^(.*?)\\s*\\(([^()]+)\\)$"), opts);
    static const QRegularExpression compiled(
        QStringLiteral("^(?:tổng hợp|lược dịch|dịch|biên dịch|t\\s*/\\s*h|th|ghi|theo .+)$"), opts);
    // A role in brackets credits the names before it, it names no outlet (issue 19: "HỒNG HÀ
    // (Thực hiện)" and "Lý Phong (Ảnh)" put the credit in the Source column).
    static const QRegularExpression photoRole(QStringLiteral("^(?:ảnh|photo|ảnh minh họa|ảnh minh hoạ)$"), opts);
    static const QRegularExpression bothRoles(
        QStringLiteral("^(?:(?:bài|tin|bài viết)\\s*(?:,|và|&|-)\\s*ảnh|ảnh\\s*(?:,|và|&|-)\\s*(?:bài|tin))$"), opts);
    static const QRegularExpression otherRole(
        QStringLiteral("^(?:thực hiện|phỏng vấn|ghi chép|trình bày|minh họa|minh hoạ|đồ họa|đồ hoạ|video|clip|bài)$"), opts);
    enum class Credit { Author, Photographer, Both } credit = Credit::Author;
    for (auto m = parenTail.match(part); m.hasMatch() && !m.captured(1).isEmpty(); m = parenTail.match(part)) {
        const QString inner = m.captured(2).trimmed();
        if (photoRole.match(inner).hasMatch()) {
            credit = Credit::Photographer;
        } else if (bothRoles.match(inner).hasMatch()) {
            credit = Credit::Both;
        } else if (otherRole.match(inner).hasMatch()) {
            // The names are the author's (an interview, a drawing): nothing more to record.
        } else if (compiled.match(inner).hasMatch()) {
            if (inner.startsWith(QStringLiteral("theo "), Qt::CaseInsensitive) && out.site.isEmpty())
                out.site = looseOutlet(inner);
        } else if (const QString outlet = looseOutlet(inner); !outlet.isEmpty()) {
            if (out.site.isEmpty())
                out.site = outlet;
        } else {
            return std::nullopt;
        }
        part = m.captured(1).trimmed();
    }
    static const QRegularExpression suffix(QStringLiteral("^(.+?)\\s+(?:tổng hợp|lược dịch|biên dịch|dịch|ghi)$"), opts);
    if (const auto m = suffix.match(part); m.hasMatch())
        part = m.captured(1).trimmed();
    static const QRegularExpression prefix(QStringLiteral("^(?:PV|CTV|BTV|phóng viên|nhà báo)\\s+(.+)$"), opts);
    if (const auto m = prefix.match(part); m.hasMatch())
        part = m.captured(1).trimmed();
    const qsizetype slash = part.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString outlet = looseOutlet(part.mid(slash + 1));
        if (outlet.isEmpty())
            return std::nullopt;
        if (out.site.isEmpty())
            out.site = outlet;
        part = part.left(slash).trimmed();
    }
    static const QRegularExpression domainTail(QStringLiteral("^(.+?)\\s+([\\w-]+(?:\\.[\\w-]+)*\\.(?:vn|com|net|org|info))$"), opts);
    if (const auto m = domainTail.match(part); m.hasMatch()) {
        if (out.site.isEmpty())
            out.site = m.captured(2);
        part = m.captured(1).trimmed();
    }
    if (isReporterWord(part))
        return out;
    if (const QStringList names = personNames(part); !names.isEmpty()) {
        if (credit != Credit::Photographer)
            out.authors = names;
        if (credit != Credit::Author)
            out.photographers = names;
        return out;
    }
    if (out.site.isEmpty() && allowBareOutlet && looksLikeOutlet(part) && part.size() <= 30) {
        out.site = part;
        return out;
    }
    if (!out.site.isEmpty() && looksLikeOutlet(part) && part.size() <= 30) {
        out.site = part + QLatin1Char('/') + out.site; // "TTXVN/Vietnam+"
        return out;
    }
    return std::nullopt;
}

} // namespace

QStringList BylineParser::splitNames(const QString &names)
{
    static const QRegularExpression sep(QStringLiteral("\\s*(?:,|;|\\s[-–—]\\s|\\svà\\s|&)\\s*"), opts);
    QStringList out;
    for (const QString &n : names.split(sep, Qt::SkipEmptyParts)) {
        const QString t = n.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

std::optional<QStringList> BylineParser::photoCredit(QStringView lineIn, qsizetype *creditStart)
{
    static const QRegularExpression credit(
        QStringLiteral("(?:^|(?<=[\\s.,;:!?…\"”)]))[(\\[]?\\s*(?:ảnh(?:\\s+minh\\s+họa|\\s+minh\\s+hoạ)?|photo|nguồn\\s+ảnh)"
                       "\\s*:\\s*([^()\\[\\]]{1,80}?)\\s*[)\\]]?\\s*[.;]?\\s*$"),
        opts);
    const QString line = lineIn.toString();
    const auto m = credit.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    if (creditStart)
        *creditStart = m.capturedStart();
    QStringList names;
    for (const QString &n : splitNames(stripEnds(m.captured(1)))) {
        QString name = n;
        const qsizetype slash = name.indexOf(QLatin1Char('/'));
        if (slash > 0)
            name = name.left(slash).trimmed();
        if (PersonName::looksLikeName(name))
            names << name;
    }
    return names;
}

std::optional<Byline> BylineParser::parse(QStringView lineIn, bool allowBareOutlet)
{
    QString line = stripEnds(lineIn.toString());
    if (line.isEmpty() || line.size() > 120)
        return std::nullopt;
    bool parenthesised = false;
    if (line.startsWith(QLatin1Char('(')) && line.endsWith(QLatin1Char(')')) && line.count(QLatin1Char('(')) == 1) {
        line = stripEnds(line.mid(1, line.size() - 2));
        parenthesised = true;
    }
    static const QRegularExpression theo(QStringLiteral("^(?:theo|nguồn)\\s*:?\\s+(.+)$"), opts);
    if (const auto m = theo.match(line); m.hasMatch()) {
        const QString outlet = stripEnds(m.captured(1));
        const qsizetype words = outlet.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
        static const QRegularExpression domain(QStringLiteral("^[\\w-]+(?:\\.[\\w-]+)*\\.(?:vn|com|net|org|info)$"), opts);
        if (words <= 6 && !outlet.contains(QLatin1Char(',')) && (outlet.front().isUpper() || domain.match(outlet).hasMatch())) {
            // "Theo Anh Khoa/doanhnhansaigon.vn": the author at the outlet the article comes from.
            // Only with an outlet beside the name: "Theo Ký Sự Biển" names an outlet, not a person.
            if (auto fromAuthor = parseAuthors(outlet, false); fromAuthor && !fromAuthor->authors.isEmpty() && !fromAuthor->site.isEmpty())
                return fromAuthor;
            const qsizetype slash = outlet.lastIndexOf(QLatin1Char('/'));
            return Byline{{}, {}, slash > 0 ? outlet.mid(slash + 1).trimmed() : outlet};
        }
        return std::nullopt;
    }
    // "Bài, ảnh: X" / "Bài và ảnh: X" / "Tin, ảnh: X": author and photographer.
    static const QRegularExpression both(QStringLiteral("^(?:bài|tin|bài viết)\\s*(?:,|và|&|-)\\s*ảnh\\s*:\\s*(.+)$"), opts);
    if (const auto m = both.match(line); m.hasMatch()) {
        auto authors = parseAuthors(m.captured(1), false);
        if (!authors || authors->authors.isEmpty())
            return std::nullopt;
        authors->photographers = authors->authors;
        return authors;
    }
    static const QRegularExpression authorLabel(QStringLiteral("^(?:bài|tin|bài viết|tác giả|phóng viên)\\s*:\\s*(.+)$"), opts);
    qsizetype creditAt = -1;
    if (const auto credit = photoCredit(line, &creditAt)) {
        QString before = line.left(creditAt).trimmed();
        if (const auto m = authorLabel.match(before); m.hasMatch())
            before = m.captured(1);
        std::optional<Byline> out = parseAuthors(before, false);
        if (!out)
            return std::nullopt;
        out->photographers = *credit;
        return out;
    }
    if (const auto m = authorLabel.match(line); m.hasMatch())
        line = m.captured(1);
    return parseAuthors(line, allowBareOutlet || parenthesised);
}

} // namespace Lectern::Core
