#include "import/portaltextimporter.h"

#include "import/plaintextimporter.h"
#include "import/portalchrome.h"
#include "import/textbodyclassifier.h"
#include "import/vietnamesedate.h"

#include <QRegularExpression>

namespace Lectern::Core {

namespace {

constexpr int headerLines = 4;        // chrome on top is looked for in this many lines
constexpr qsizetype footerLineMax = 160; // a footer holds no line longer than this (but "QR CODE:")

// Index of the first footer line, or lines.size() when there is no footer. A footer starts at a
// footer-vocabulary line after the body and holds no long paragraph.
qsizetype footerStart(const QStringList &lines, qsizetype bodyStart)
{
    qsizetype start = lines.size();
    for (qsizetype i = lines.size() - 1; i >= bodyStart; --i) {
        const QString &line = lines.at(i);
        if (PortalChrome::isFooterLine(line) || PortalChrome::isUiLine(line)) {
            start = i;
            continue;
        }
        if (line.size() > footerLineMax)
            break;
    }
    return start;
}

// The first year named in the lines ("…/2024", "năm 2024"), or 0.
int yearIn(const QStringList &lines)
{
    static const QRegularExpression year(QStringLiteral("(?:/|năm\\s)((?:19|20)\\d{2})(?!\\d)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &line : lines) {
        const auto match = year.match(line);
        if (match.hasMatch())
            return match.captured(1).toInt();
    }
    return 0;
}

// Header: drops interface words and the date line on top (keeping the date); returns where the
// body may start.
qsizetype takeHeader(const QStringList &lines, Article &article)
{
    qsizetype begin = 0;
    for (; begin < lines.size() && begin < headerLines; ++begin) {
        const QString &line = lines.at(begin);
        const FoundDate date = PortalChrome::dateLine(line);
        if (date.isValid() && !article.published.isValid()) {
            article.published = date.dateTime;
            article.publishedHasTime = date.hasTime;
        } else if (!PortalChrome::isUiLine(line)) {
            break;
        }
        article.removedChrome << line;
    }
    return begin;
}

// Footer: drops everything from the first footer line on; its "QR CODE:" line holds the title.
void takeFooter(const QStringList &lines, qsizetype end, Article &article)
{
    for (qsizetype i = end; i < lines.size(); ++i) {
        article.removedChrome << lines.at(i);
        const QString qrText = PortalChrome::qrTitle(lines.at(i));
        if (article.title.isEmpty() && !qrText.isEmpty())
            article.title = qrText;
    }
}

// The lines between header and footer, less the interface lines and early date lines left there.
QStringList bodyLines(const QStringList &lines, qsizetype begin, qsizetype end, Article &article)
{
    QStringList body;
    for (qsizetype i = begin; i < end; ++i) {
        if (PortalChrome::isUiLine(lines.at(i)) || (PortalChrome::dateLine(lines.at(i)).isValid() && i < begin + 2)) {
            article.removedChrome << lines.at(i);
            if (!article.published.isValid()) {
                const FoundDate date = PortalChrome::dateLine(lines.at(i));
                article.published = date.dateTime;
                article.publishedHasTime = date.hasTime;
            }
            continue;
        }
        body << lines.at(i);
    }
    return body;
}

// Takes a title-like first body line as the title (when it agrees with the QR title) and returns
// it as a Heading block, or nothing.
QList<Block> takeHeading(QStringList &body, Article &article)
{
    QList<Block> heading;
    if (body.size() >= 2 && PlainTextImporter::looksLikeTitle(body.first())
        && (article.title.isEmpty() || body.first() == article.title)) {
        article.title = body.takeFirst();
        heading.append(Block{Block::Kind::Heading, article.title});
    }
    return heading;
}

// Source prefix of the lead paragraph: "(binhdinh.gov.vn) - Sáng 22.4, …" gives the site.
void takeSourcePrefix(QStringList &body, Article &article)
{
    if (body.isEmpty())
        return;
    static const QRegularExpression prefix(QStringLiteral("^\\(([^()]{1,40})\\)\\s*[-–—]\\s*"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    const auto match = prefix.match(body.first());
    if (match.hasMatch() && match.capturedEnd() < body.first().size()) {
        article.site = match.captured(1).trimmed();
        article.removedChrome << match.captured(0).trimmed();
        body.first().remove(0, match.capturedEnd());
    }
}

// Without a date so far: a dateline in the lead ("Sáng 22.4, …"), the year from elsewhere.
void findLeadDate(const QStringList &body, const QStringList &lines, Article &article)
{
    if (article.published.isValid() || body.isEmpty())
        return;
    const FoundDate date = VietnameseDate::find(body.first(), yearIn(lines));
    if (date.isValid()) {
        article.published = date.dateTime;
        article.publishedHasTime = date.hasTime;
    }
}

} // namespace

bool PortalTextImporter::looksLikePortal(const QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size() && i < headerLines; ++i) {
        bool strong = false;
        if (PortalChrome::dateLine(lines.at(i), &strong).isValid() && strong)
            return true;
    }
    int footerWords = 0;
    for (const QString &line : lines) {
        if (!PortalChrome::qrTitle(line).isEmpty())
            return true;
    }
    for (qsizetype i = footerStart(lines, 0); i < lines.size(); ++i) {
        if (PortalChrome::isFooterLine(lines.at(i)))
            ++footerWords;
    }
    return footerWords >= 2;
}

ImportResult PortalTextImporter::import(const QString &text)
{
    const QStringList lines = PlainTextImporter::cleanLines(text);
    if (lines.isEmpty())
        return ImportResult::failure(tr("The file contains only white space."));
    Article article;
    const qsizetype begin = takeHeader(lines, article);
    const qsizetype end = footerStart(lines, begin);
    takeFooter(lines, end, article);
    QStringList body = bodyLines(lines, begin, end, article);
    if (body.isEmpty())
        return ImportResult::failure(
            tr("The file holds only portal chrome (menus, dates, footer) and no article text."));

    const QList<Block> heading = takeHeading(body, article);
    takeSourcePrefix(body, article);
    findLeadDate(body, lines, article);

    ClassifiedBody classified = TextBodyClassifier::classify(body, true);
    article.blocks = heading + classified.blocks;
    article.authors = classified.authors;
    article.photographers = classified.photographers;
    if (article.site.isEmpty())
        article.site = classified.site;
    return ImportResult::success(std::move(article));
}

} // namespace Lectern::Core
