#include "review/annotationexport.h"

#include "import/weburl.h"
#include "review/anchoring.h"
#include "review/webannotationjson.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace Lectern::Core::AnnotationExport {

namespace {

QString csvCell(QString value)
{
    // A spreadsheet runs a cell starting with these as a formula (or, for TAB and CR, after it
    // trims them): "=HYPERLINK(...)", "-2+3", "@SUM(...)".
    static constexpr char16_t formulaStarts[] = {u'=', u'+', u'-', u'@', u'\t', u'\r'};
    if (!value.isEmpty() && std::find(std::begin(formulaStarts), std::end(formulaStarts), value.front().unicode())
                                != std::end(formulaStarts))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString statusLabel(Annotation::Status s)
{
    switch (s) {
    case Annotation::Status::Open: return QStringLiteral("open");
    case Annotation::Status::Resolved: return QStringLiteral("resolved");
    case Annotation::Status::WontFix: return QStringLiteral("won't fix");
    }
    return {};
}

// Block-quotes every line; keeps Markdown from reading the quote's own syntax.
QString blockQuote(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = QStringLiteral("> ") + line;
    return lines.join(QLatin1Char('\n'));
}

QString oneLine(const QString &text)
{
    return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

bool allowedLinkScheme(const QString &scheme)
{
    const QString s = scheme.toLower();
    return s == QLatin1String("http") || s == QLatin1String("https") || s == QLatin1String("mailto");
}

// Text from an annotation or the article as Markdown shows it: raw HTML is escaped (a viewer
// would render "<img src=x onerror=...>"), and links whose address is not http(s)/mailto —
// javascript:, data:, file: — keep only their text.
QString markdownText(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    // Inline links and images: [text](scheme:...) and ![alt](scheme:...), one level of balanced
    // parentheses in the address as CommonMark allows ("javascript:alert(1)").
    static const QRegularExpression inlineLink(
        QStringLiteral(R"(!?\[([^\]\n]*)\]\(\s*(?:&lt;)?\s*([A-Za-z][A-Za-z0-9+.\-]*)\s*:(?:[^()\n]|\([^()\n]*\))*\))"));
    QString result;
    qsizetype at = 0;
    for (auto it = inlineLink.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(out).mid(at, m.capturedStart() - at);
        result += allowedLinkScheme(m.captured(2)) ? m.captured(0) : m.captured(1);
        at = m.capturedEnd();
    }
    result += QStringView(out).mid(at);
    // Reference definitions: "[x]: javascript:..." on a line of its own.
    static const QRegularExpression definition(
        QStringLiteral(R"(^(\s*\[[^\]\n]+\]:\s*)([A-Za-z][A-Za-z0-9+.\-]*)\s*:.*$)"),
        QRegularExpression::MultilineOption);
    QString cleaned;
    at = 0;
    for (auto it = definition.globalMatch(result); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        cleaned += QStringView(result).mid(at, m.capturedStart() - at);
        if (allowedLinkScheme(m.captured(2)))
            cleaned += m.captured(0);
        at = m.capturedEnd();
    }
    cleaned += QStringView(result).mid(at);
    return cleaned;
}

} // namespace

namespace {
// The page an annotation starts on in a paged article ("" for an orphan or no page).
QString pageOf(const Article &article, const QString &text, const Annotation &a)
{
    if (a.orphan)
        return {};
    const int page = article.pageAt(Anchoring::toUtf16Span(a.anchor, text).start);
    return page > 0 ? QString::number(page) : QString();
}
} // namespace

QByteArray toCsv(const QList<Annotation> &annotations, const Article *article)
{
    const bool pages = article && article->hasPages();
    const QString text = pages ? article->text() : QString();
    QStringList rows;
    rows << QStringLiteral("id,kind,start,end,quote,comment,tags,status,author,created,modified,replies,correction")
            + (pages ? QStringLiteral(",page") : QString());
    for (const Annotation &a : annotations) {
        QStringList cells{
            a.id.toString(QUuid::WithoutBraces),
            Annotation::kindName(a.kind),
            QString::number(a.anchor.start),
            QString::number(a.anchor.end),
            a.anchor.exact,
            a.comment,
            a.tags.join(QStringLiteral("; ")),
            Annotation::statusName(a.status),
            a.author,
            iso(a.created),
            iso(a.modified),
            QString::number(a.replies.size()),
            a.kind == Annotation::Kind::EntityCorrection ? a.correction.describe() : QString(),
        };
        if (pages)
            cells << pageOf(*article, text, a);
        QStringList escaped;
        for (const QString &c : cells)
            escaped << csvCell(c);
        rows << escaped.join(QLatin1Char(','));
    }
    return QByteArray("\xEF\xBB\xBF") + rows.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QByteArray toMarkdown(const Article &article, const QList<Annotation> &annotations, const QDateTime &exportedAt)
{
    int open = 0, resolved = 0, wontFix = 0;
    for (const Annotation &a : annotations) {
        if (a.status == Annotation::Status::Open)
            ++open;
        else if (a.status == Annotation::Status::Resolved)
            ++resolved;
        else
            ++wontFix;
    }
    QString md;
    md += QStringLiteral("# Review: %1\n\n").arg(article.title.isEmpty() ? QStringLiteral("(untitled)") : markdownText(oneLine(article.title)));
    if (const QString url = WebUrl::sanitized(article.url); !url.isEmpty())
        md += QStringLiteral("- URL: <%1>\n").arg(url);
    if (!article.publishedIso().isEmpty())
        md += QStringLiteral("- Published: %1\n").arg(article.publishedIso());
    if (!article.authors.isEmpty())
        md += QStringLiteral("- By: %1\n").arg(markdownText(article.authors.join(QStringLiteral(", "))));
    md += QStringLiteral("- Reviewed: %1\n").arg(exportedAt.toUTC().toString(Qt::ISODate));
    md += QStringLiteral("- Annotations: %1 (%2 open, %3 resolved, %4 won't fix)\n")
              .arg(annotations.size())
              .arg(open)
              .arg(resolved)
              .arg(wontFix);

    const QString text = article.hasPages() ? article.text() : QString();
    int n = 0;
    for (const Annotation &a : annotations) {
        md += QStringLiteral("\n## %1. %2\n\n").arg(++n).arg(
            a.kind == Annotation::Kind::EntityCorrection ? markdownText(oneLine(a.correction.describe()))
                                                         : QStringLiteral("Comment (%1)").arg(statusLabel(a.status)));
        md += blockQuote(markdownText(a.anchor.exact)) + QStringLiteral("\n\n");
        QStringList facts;
        facts << QStringLiteral("Status: %1").arg(statusLabel(a.status));
        if (const QString page = article.hasPages() ? pageOf(article, text, a) : QString(); !page.isEmpty())
            facts << QStringLiteral("Page: %1").arg(page);
        if (!a.tags.isEmpty())
            facts << QStringLiteral("Tags: %1").arg(markdownText(a.tags.join(QStringLiteral(", "))));
        if (!a.author.isEmpty())
            facts << QStringLiteral("Author: %1").arg(markdownText(a.author));
        if (a.created.isValid())
            facts << QStringLiteral("Created: %1").arg(iso(a.created));
        if (a.orphan)
            facts << QStringLiteral("Orphaned: the quoted text is no longer in the article");
        md += QStringLiteral("*") + facts.join(QStringLiteral(" · ")) + QStringLiteral("*\n");
        if (!a.comment.isEmpty())
            md += QLatin1Char('\n') + markdownText(a.comment).replace(QLatin1Char('\n'), QStringLiteral("  \n")) + QLatin1Char('\n');
        if (!a.replies.isEmpty()) {
            md += QStringLiteral("\nReplies:\n\n");
            for (const AnnotationReply &r : a.replies)
                md += QStringLiteral("- **%1** (%2): %3\n").arg(markdownText(r.author), iso(r.created), markdownText(oneLine(r.text)));
        }
    }
    return md.toUtf8();
}

std::optional<Format> formatNamed(const QString &name)
{
    if (name == QStringLiteral("jsonld"))
        return Format::WebAnnotations;
    if (name == QStringLiteral("csv"))
        return Format::Csv;
    if (name == QStringLiteral("md"))
        return Format::Markdown;
    return std::nullopt;
}

Format formatForPath(const QString &path)
{
    if (path.endsWith(QStringLiteral(".csv")))
        return Format::Csv;
    if (path.endsWith(QStringLiteral(".md")))
        return Format::Markdown;
    return Format::WebAnnotations;
}

QByteArray exportAs(Format format, const Article &article, const QList<Annotation> &annotations,
                    const QDateTime &exportedAt)
{
    switch (format) {
    case Format::Csv: return toCsv(annotations, &article);
    case Format::Markdown: return toMarkdown(article, annotations, exportedAt);
    case Format::WebAnnotations: break;
    }
    return WebAnnotationJson::exportCollection(article, annotations);
}

} // namespace Lectern::Core::AnnotationExport
