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
    qsizetype c = TextCleaner::cleanLine(QStringView(raw).left(rawOffset)).size();
    if (startSide && c > 0) {
        const QString full = TextCleaner::cleanLine(raw);
        if (c < full.size() && full.at(c) == QLatin1Char(' '))
            ++c;
    }
    return c;
}

qsizetype OfficeImporter::rawOffset(const QString &raw, qsizetype cleaned, bool startSide)
{
    const auto f = [&](qsizetype p) { return TextCleaner::cleanLine(QStringView(raw).left(p)).size(); };
    if (startSide) {
        // The first raw character whose cleaning produces cleaned character `cleaned`.
        if (cleaned >= f(raw.size()))
            return raw.size();
        qsizetype lo = 0, hi = raw.size() - 1;
        while (lo < hi) {
            const qsizetype mid = (lo + hi) / 2;
            if (f(mid + 1) >= cleaned + 1)
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
        if (f(mid) >= cleaned)
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
    QList<int> paragraphBlock(text.paragraphs.size(), -1);
    QList<int> origin;
    QString titleFromStyle, firstHeading;
    for (qsizetype i = 0; i < text.paragraphs.size(); ++i) {
        const OfficeParagraph &p = text.paragraphs.at(i);
        const QString cleaned = TextCleaner::cleanLine(p.raw);
        if (cleaned.isEmpty())
            continue;
        paragraphBlock[i] = int(article.blocks.size());
        origin.append(int(i));
        article.blocks.append(Block{p.kind, cleaned});
        if (p.title && titleFromStyle.isEmpty())
            titleFromStyle = cleaned;
        if (p.kind == Block::Kind::Heading && !p.note && firstHeading.isEmpty())
            firstHeading = cleaned;
    }
    article.title = TextCleaner::cleanOneLine(text.title);
    if (article.title.isEmpty())
        article.title = !titleFromStyle.isEmpty() ? titleFromStyle : firstHeading;
    for (const QString &a : text.authors)
        if (const QString name = TextCleaner::cleanOneLine(a); !name.isEmpty())
            ArticleFinisher::addNames(article.authors, {name});
    if (text.created.isValid()) {
        article.published = text.created;
        article.publishedHasTime = true;
    }
    ArticleFinisher::findCreditsAndByline(article);
    if (text.insertions > 0 || text.deletions > 0)
        article.warnings << tr("Tracked changes: %1 insertions accepted, %2 deletions dropped.")
                                .arg(text.insertions)
                                .arg(text.deletions);
    if (text.externalLinks > 0)
        article.warnings << tr("The document links to %n outside resources (images, templates or pages); Lectern did not fetch them.",
                               nullptr, text.externalLinks);
    if (blockParagraph)
        *blockParagraph = origin;
    if (!comments)
        return article;

    const QList<qsizetype> offsets = article.blockOffsets();
    const qsizetype total = article.text().size();
    // A mark in a paragraph that made no block moves to the next block's start (or the last one's end).
    const auto position = [&](const OfficeMark &m, bool startSide) -> qsizetype {
        if (m.paragraph < 0 || m.paragraph >= text.paragraphs.size() || article.blocks.isEmpty())
            return -1;
        const int block = paragraphBlock.at(m.paragraph);
        if (block >= 0)
            return offsets.at(block) + qMin(cleanedOffset(text.paragraphs.at(m.paragraph).raw, m.raw, startSide),
                                            article.blocks.at(block).text.size());
        for (qsizetype i = m.paragraph + 1; i < paragraphBlock.size(); ++i)
            if (paragraphBlock.at(i) >= 0)
                return offsets.at(paragraphBlock.at(i));
        return total;
    };
    const QString body = article.text();
    for (const OfficeComment &oc : text.comments) {
        DocumentComment dc;
        dc.sourceId = oc.id;
        dc.author = TextCleaner::cleanOneLine(oc.author);
        dc.initials = TextCleaner::cleanOneLine(oc.initials);
        dc.date = oc.date;
        dc.text = oc.text;
        dc.parentId = oc.parentId;
        dc.resolved = oc.resolved;
        qsizetype s = oc.start ? position(*oc.start, true) : -1;
        qsizetype e = oc.end ? position(*oc.end, false) : -1;
        if (s < 0 && e < 0) {
            s = 0;
            e = 0;
        } else if (s < 0) {
            s = e;
        } else if (e < 0) {
            e = s;
        }
        if (e < s)
            std::swap(s, e);
        if (s == e && !body.isEmpty()) {
            // A comment on a point: the word before it (or after it, at a block's start).
            qsizetype from = s;
            while (from > 0 && !body.at(from - 1).isSpace())
                --from;
            if (from < s) {
                s = from;
            } else {
                while (e < body.size() && !body.at(e).isSpace())
                    ++e;
            }
        }
        dc.start = s;
        dc.end = e;
        comments->append(dc);
    }
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
