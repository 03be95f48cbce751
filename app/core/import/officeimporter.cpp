#include "import/officeimporter.h"

#include "import/articlefinisher.h"
#include "import/docxreader.h"
#include "import/metadatarules.h"
#include "import/odtreader.h"
#include "import/textcleaner.h"
#include "import/zippackage.h"
#include "util/logging.h"

#include <QFileInfo>

namespace Lectern::Core {

namespace {

const QByteArray kOleMagic("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);

bool isOfficeSuffix(const QString &suffix)
{
    return suffix == QLatin1String("docx") || suffix == QLatin1String("docm") || suffix == QLatin1String("odt")
        || suffix == QLatin1String("doc") || suffix == QLatin1String("dotx");
}

QByteArray utf16le(const char *ascii)
{
    QByteArray out;
    for (const char *p = ascii; *p; ++p) {
        out += *p;
        out += '\0';
    }
    return out;
}

// Which block each paragraph became, and back.
struct BlockMap
{
    QList<int> paragraphBlock; // block index of each paragraph, -1 for one that made no block
    QList<int> origin;         // paragraph index of each block
};

// Appends a block for each paragraph with text, and takes the title: the document's own, else
// the first Title-styled paragraph, else the first heading outside notes.
BlockMap addBlocksAndTitle(const OfficeText &text, Article &article)
{
    BlockMap map;
    map.paragraphBlock = QList<int>(text.paragraphs.size(), -1);
    QString titleFromStyle, firstHeading;
    for (qsizetype i = 0; i < text.paragraphs.size(); ++i) {
        const OfficeParagraph &paragraph = text.paragraphs.at(i);
        const QString cleaned = TextCleaner::cleanLine(paragraph.raw);
        if (cleaned.isEmpty())
            continue;
        map.paragraphBlock[i] = int(article.blocks.size());
        map.origin.append(int(i));
        article.blocks.append(Block{paragraph.kind, cleaned});
        if (paragraph.title && titleFromStyle.isEmpty())
            titleFromStyle = cleaned;
        if (paragraph.kind == Block::Kind::Heading && !paragraph.note && firstHeading.isEmpty())
            firstHeading = cleaned;
    }
    article.title = TextCleaner::cleanOneLine(text.title);
    if (article.title.isEmpty())
        article.title = !titleFromStyle.isEmpty() ? titleFromStyle : firstHeading;
    return map;
}

// The authors and creation date of the document's properties.
void addAuthorsAndDate(const OfficeText &text, Article &article)
{
    for (const QString &author : text.authors)
        if (const QString name = TextCleaner::cleanOneLine(author); !name.isEmpty())
            ArticleFinisher::addNames(article.authors, {name});
    if (text.created.isValid()) {
        article.published = text.created;
        article.publishedHasTime = true;
    }
}

// The article offset of a comment mark, or -1 when it points nowhere. A mark in a paragraph that
// made no block moves to the next block's start (or the last one's end).
qsizetype markPosition(const OfficeMark &mark, bool startSide, const OfficeText &text, const Article &article,
                       const QList<int> &paragraphBlock, const QList<qsizetype> &offsets)
{
    if (mark.paragraph < 0 || mark.paragraph >= text.paragraphs.size() || article.blocks.isEmpty())
        return -1;
    const int block = paragraphBlock.at(mark.paragraph);
    if (block >= 0)
        return offsets.at(block)
            + qMin(OfficeImporter::cleanedOffset(text.paragraphs.at(mark.paragraph).raw, mark.raw, startSide),
                   article.blocks.at(block).text.size());
    for (qsizetype i = mark.paragraph + 1; i < paragraphBlock.size(); ++i)
        if (paragraphBlock.at(i) >= 0)
            return offsets.at(paragraphBlock.at(i));
    return article.text().size();
}

// Orders a comment's range, filling a missing end from the other; a comment on a point covers
// the word before it (or after it, at a block's start).
void settleRange(const QString &body, qsizetype &start, qsizetype &end)
{
    if (start < 0 && end < 0) {
        start = 0;
        end = 0;
    } else if (start < 0) {
        start = end;
    } else if (end < 0) {
        end = start;
    }
    if (end < start)
        std::swap(start, end);
    if (start == end && !body.isEmpty()) {
        qsizetype from = start;
        while (from > 0 && !body.at(from - 1).isSpace())
            --from;
        if (from < start) {
            start = from;
        } else {
            while (end < body.size() && !body.at(end).isSpace())
                ++end;
        }
    }
}

// Turns the document's comments into comments on ranges of the article's text.
void placeComments(const OfficeText &text, const Article &article, const QList<int> &paragraphBlock,
                   QList<DocumentComment> &comments)
{
    const QList<qsizetype> offsets = article.blockOffsets();
    const QString body = article.text();
    for (const OfficeComment &source : text.comments) {
        DocumentComment comment;
        comment.sourceId = source.id;
        comment.author = TextCleaner::cleanOneLine(source.author);
        comment.initials = TextCleaner::cleanOneLine(source.initials);
        comment.date = source.date;
        comment.text = source.text;
        comment.parentId = source.parentId;
        comment.resolved = source.resolved;
        qsizetype start = source.start ? markPosition(*source.start, true, text, article, paragraphBlock, offsets) : -1;
        qsizetype end = source.end ? markPosition(*source.end, false, text, article, paragraphBlock, offsets) : -1;
        settleRange(body, start, end);
        comment.start = start;
        comment.end = end;
        comments.append(comment);
    }
}

} // namespace

bool OfficeImporter::handles(const QByteArray &bytes, const QString &nameHint)
{
    return isOfficeSuffix(QFileInfo(nameHint).suffix().toLower()) || ZipPackage::looksLikeZip(bytes);
}

std::optional<OfficeText> OfficeImporter::readText(const QByteArray &bytes, QString *error)
{
    if (bytes.startsWith(kOleMagic)) {
        *error = bytes.contains(utf16le("EncryptedPackage"))
            ? tr("The document is encrypted (password-protected); save it without a password and open it again.")
            : tr("The file is an old Word 97–2003 document (.doc) or another Office binary file, not a .docx: "
                 "save it as .docx or .odt in Word or LibreOffice and open that.");
        return std::nullopt;
    }
    if (!ZipPackage::looksLikeZip(bytes)) {
        *error = tr("The file is not a Word (.docx) or OpenDocument (.odt) document: it is not a ZIP package.");
        return std::nullopt;
    }
    ZipPackage zip;
    if (!zip.open(bytes)) {
        *error = zip.errorString();
        return std::nullopt;
    }
    const QString mime = OdtReader::mimeType(zip);
    if (mime.startsWith(QLatin1String("application/vnd.oasis.opendocument."))) {
        if (mime != QLatin1String(OdtReader::textMimeType)) {
            *error = tr("The file is an OpenDocument file of another kind (%1), not a text document.").arg(mime);
            return std::nullopt;
        }
        if (OdtReader::isEncrypted(zip)) {
            *error = tr("The document is encrypted (password-protected); save it without a password and open it again.");
            return std::nullopt;
        }
        return OdtReader::read(zip, error);
    }
    if (DocxReader::isDocx(zip))
        return DocxReader::read(zip, error);
    if (zip.contains(QStringLiteral("content.xml")) && zip.contains(QStringLiteral("META-INF/manifest.xml"))) {
        if (OdtReader::isEncrypted(zip)) {
            *error = tr("The document is encrypted (password-protected); save it without a password and open it again.");
            return std::nullopt;
        }
        return OdtReader::read(zip, error);
    }
    *error = tr("The file is a ZIP archive, not a Word (.docx) or OpenDocument (.odt) document.");
    return std::nullopt;
}

qsizetype OfficeImporter::cleanedOffset(const QString &raw, qsizetype rawOffset, bool startSide)
{
    rawOffset = qBound<qsizetype>(0, rawOffset, raw.size());
    qsizetype cleaned = TextCleaner::cleanLine(QStringView(raw).left(rawOffset)).size();
    if (startSide && cleaned > 0) {
        const QString full = TextCleaner::cleanLine(raw);
        if (cleaned < full.size() && full.at(cleaned) == QLatin1Char(' '))
            ++cleaned;
    }
    return cleaned;
}

qsizetype OfficeImporter::rawOffset(const QString &raw, qsizetype cleaned, bool startSide)
{
    const auto cleanedLength = [&](qsizetype rawLength) {
        return TextCleaner::cleanLine(QStringView(raw).left(rawLength)).size();
    };
    if (startSide) {
        // The first raw character whose cleaning produces cleaned character `cleaned`.
        if (cleaned >= cleanedLength(raw.size()))
            return raw.size();
        qsizetype lo = 0, hi = raw.size() - 1;
        while (lo < hi) {
            const qsizetype mid = (lo + hi) / 2;
            if (cleanedLength(mid + 1) >= cleaned + 1)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }
    if (cleaned <= 0)
        return 0;
    qsizetype lo = 0, hi = raw.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (cleanedLength(mid) >= cleaned)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

Article OfficeImporter::buildArticle(const OfficeText &text, QList<int> *blockParagraph, QList<DocumentComment> *comments)
{
    Article article;
    article.format = text.format;
    const BlockMap map = addBlocksAndTitle(text, article);
    addAuthorsAndDate(text, article);
    ArticleFinisher::findCreditsAndByline(article);
    if (text.insertions > 0 || text.deletions > 0)
        article.warnings << tr("Tracked changes: %1 insertions accepted, %2 deletions dropped.")
                                .arg(text.insertions)
                                .arg(text.deletions);
    if (text.externalLinks > 0)
        article.warnings << tr("The document links to %n outside resources (images, templates or pages); Lectern did not fetch them.",
                               nullptr, text.externalLinks);
    if (blockParagraph)
        *blockParagraph = map.origin;
    if (comments)
        placeComments(text, article, map.paragraphBlock, *comments);
    return article;
}

ImportResult OfficeImporter::import(const QByteArray &bytes, const QString &nameHint)
{
    Q_UNUSED(nameHint);
    QString error;
    const std::optional<OfficeText> text = readText(bytes, &error);
    if (!text)
        return ImportResult::failure(error);
    ImportResult result;
    result.article = buildArticle(*text, nullptr, &result.comments);
    Article &article = *result.article;
    if (article.blocks.isEmpty())
        return ImportResult::failure(tr("The document has no text."));
    article.originalBytes = bytes;
    MetadataRules::apply(article);
    qCDebug(lcImport) << "imported" << article.format << article.blocks.size() << "blocks" << result.comments.size()
                      << "comments";
    return result;
}

} // namespace Lectern::Core
