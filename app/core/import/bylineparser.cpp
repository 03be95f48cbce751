#include "import/bylineparser.h"

#include "import/personname.h"

#include <QRegularExpression>

namespace Lectern::Core {

namespace {

constexpr auto opts = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

QString stripEnds(QString s)
{
    s = s.trimmed();
    while (s.endsWith(QLatin1Char('-')) || s.endsWith(QChar(0x2013)) || s.endsWith(QChar(0x2014)) || s.endsWith(QLatin1Char(',')))
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

bool allNames(const QStringList &names)
{
    if (names.isEmpty())
        return false;
    for (const QString &n : names) {
        if (!PersonName::looksLikeName(n))
            return false;
    }
    return true;
}

// The author part of a byline: names, optionally "/OUTLET" or "(OUTLET)" or "(tổng hợp)".
std::optional<Byline> parseAuthors(const QString &partIn, bool allowBareOutlet)
{
    QString part = stripEnds(partIn);
    Byline out;
    if (part.isEmpty())
        return out;
    if (isReporterWord(part))
        return out;
    static const QRegularExpression parenTail(QStringLiteral("^(.*?)\\s*\\(([^()]+)\\)$"), opts);
    if (const auto m = parenTail.match(part); m.hasMatch() && !m.captured(1).isEmpty()) {
        const QString inner = m.captured(2).trimmed();
        static const QRegularExpression compiled(QStringLiteral("^(?:tổng hợp|lược dịch|dịch|theo .+|biên dịch|th)$"), opts);
        if (compiled.match(inner).hasMatch()) {
            if (inner.startsWith(QStringLiteral("theo "), Qt::CaseInsensitive))
                out.site = inner.mid(5).trimmed();
        } else if (looksLikeOutlet(inner)) {
            out.site = inner;
        } else {
            return std::nullopt;
        }
        part = m.captured(1).trimmed();
    }
    const qsizetype slash = part.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString outlet = part.mid(slash + 1).trimmed();
        if (!looksLikeOutlet(outlet))
            return std::nullopt;
        out.site = outlet;
        part = part.left(slash).trimmed();
    }
    if (isReporterWord(part))
        return out;
    QStringList names = BylineParser::splitNames(part);
    for (QString &n : names)
        n = PersonName::fromCapitals(n);
    if (allNames(names)) {
        out.authors = names;
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
        if (words <= 6 && !outlet.contains(QLatin1Char(',')) && outlet.front().isUpper()) {
            // "Theo Quyên Quyên/Zing News": the outlet is after the slash.
            const qsizetype slash = outlet.lastIndexOf(QLatin1Char('/'));
            return Byline{{}, {}, slash > 0 ? outlet.mid(slash + 1).trimmed() : outlet};
        }
        return std::nullopt;
    }
    // "Bài, ảnh: X" / "Bài và ảnh: X" / "Tin, ảnh: X": author and photographer.
    static const QRegularExpression both(QStringLiteral("^(?:bài|tin|bài viết)\\s*(?:,|và|&)\\s*ảnh\\s*:\\s*(.+)$"), opts);
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
