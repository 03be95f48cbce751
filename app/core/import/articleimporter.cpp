#include "import/articleimporter.h"

#include "import/htmlimporter.h"
#include "import/metadatarules.h"
#include "import/markdownimporter.h"
#include "import/officeimporter.h"
#include "import/pdfimporter.h"
#include "import/plaintextimporter.h"
#include "import/portaltextimporter.h"
#include "import/textcleaner.h"
#include "import/textdecoder.h"
#include "util/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Lectern::Core {

namespace {

// '<' followed by a letter: an element's start tag (close tags, comments and doctypes excluded).
qsizetype countStartTags(const QString &text)
{
    qsizetype n = 0;
    const qsizetype size = text.size();
    for (qsizetype i = text.indexOf(QLatin1Char('<')); i >= 0 && i + 1 < size; i = text.indexOf(QLatin1Char('<'), i + 1)) {
        const char16_t c = text.at(i + 1).unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
            ++n;
    }
    return n;
}

// What every format shares once its importer produced an article: provenance, no empty
// blocks, the metadata rules.
ImportResult finishImport(ImportResult result, const QString &format, const QString &encoding, const QByteArray &bytes,
                          const QStringList &decodingWarnings)
{
    if (!result.ok())
        return result;
    Article &article = *result.article;
    article.format = format;
    article.encoding = encoding;
    article.originalBytes = bytes;
    article.warnings = decodingWarnings + article.warnings;
    article.blocks.removeIf([](const Block &b) { return b.text.isEmpty(); });
    if (article.blocks.isEmpty())
        return ImportResult::failure(ArticleImporter::tr("The file has no article text."));
    MetadataRules::apply(article);
    qCDebug(lcImport) << "imported" << article.format << article.encoding << article.blocks.size() << "blocks";
    return result;
}

} // namespace

ImportResult ArticleImporter::importFile(const QString &path)
{
    const QFileInfo info(path);
    // Before anything opens it: a FIFO blocks the reader for ever, a device never ends.
    if (QString reason; !MetadataRules::isReadableFile(path, &reason))
        return ImportResult::failure(reason);
    if (info.size() > maxFileSize)
        return ImportResult::failure(tr("The file is %1 MB; Lectern opens articles up to %2 MB.")
                                         .arg(info.size() / (1024 * 1024))
                                         .arg(maxFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportResult::failure(tr("The file cannot be read: %1.").arg(file.errorString()));
    // Read at most one byte past the limit: a file that grew after the size check is still refused.
    const QByteArray bytes = file.read(maxFileSize + 1);
    ImportResult result = importBytes(bytes, info.fileName());
    if (result.article)
        result.article->sourcePath = info.absoluteFilePath();
    return result;
}

QString ArticleImporter::formatName(Format format)
{
    switch (format) {
    case Format::PortalText:
        return QStringLiteral("portal-text");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        return QStringLiteral("markdown");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::PlainText:
        break;
    }
    return QStringLiteral("plain");
}

ArticleImporter::Format ArticleImporter::detectFormat(const QString &text, const QString &nameHint)
{
    const QString suffix = QFileInfo(nameHint).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return Format::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("mdown"))
        return Format::Markdown;
    if (HtmlImporter::looksLikeHtml(text))
        return Format::Html;
    if (suffix != QLatin1String("txt") && suffix != QLatin1String("text")) {
        static const QRegularExpression markdown(QStringLiteral("\\A---\\s*\\n(?:.*\\n)*?title\\s*:|^#{1,6}\\s+\\S"),
                                                 QRegularExpression::MultilineOption);
        if (markdown.match(QStringView(text).left(8192)).hasMatch())
            return Format::Markdown;
    }
    if (PortalTextImporter::looksLikePortal(PlainTextImporter::cleanLines(text)))
        return Format::PortalText;
    return Format::PlainText;
}

ImportResult ArticleImporter::importBytes(const QByteArray &bytes, const QString &nameHint)
{
    if (bytes.size() > maxFileSize)
        return ImportResult::failure(
            tr("The file is larger than %1 MB, the most Lectern opens.").arg(maxFileSize / (1024 * 1024)));
    // Binary formats by their magic number (whatever the name says), or by their extension:
    // Word and OpenDocument packages (and anything that is a ZIP archive), then PDF.
    if (OfficeImporter::handles(bytes, nameHint))
        return OfficeImporter::import(bytes, nameHint);
    if (PdfImporter::looksLikePdf(bytes) || QFileInfo(nameHint).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return finishImport(PdfImporter::import(bytes), formatName(Format::Pdf), {}, bytes, {});
    return importText(bytes, nameHint);
}

ImportResult ArticleImporter::importText(const QByteArray &bytes, const QString &nameHint)
{
    DecodedText decoded = TextDecoder::decode(bytes);
    if (!decoded.ok())
        return ImportResult::failure(decoded.error);
    if (TextCleaner::isBlank(decoded.text))
        return ImportResult::failure(tr("The file contains only white space."));

    // The line limit is checked before detectFormat(): telling portal text from plain text cleans
    // every line, which alone takes seconds on a million lines. HTML is limited by elements instead.
    const qsizetype lines = decoded.text.count(QLatin1Char('\n'));
    const auto tooManyLines = [&] {
        return ImportResult::failure(
            tr("The file has %1 lines; Lectern opens articles of up to %2 lines.").arg(lines).arg(maxLines));
    };
    const QString suffix = QFileInfo(nameHint).suffix().toLower();
    const bool htmlLike = suffix == QLatin1String("html") || suffix == QLatin1String("htm")
        || suffix == QLatin1String("xhtml") || HtmlImporter::looksLikeHtml(decoded.text);
    if (lines > maxLines && !htmlLike)
        return tooManyLines();

    const Format format = detectFormat(decoded.text, nameHint);
    if (format == Format::Html) {
        const qsizetype elements = countStartTags(decoded.text);
        if (elements > maxHtmlElements)
            return ImportResult::failure(tr("The page has %1 HTML elements; Lectern opens pages of up to %2.")
                                             .arg(elements)
                                             .arg(maxHtmlElements));
    } else if (lines > maxLines) {
        return tooManyLines();
    }
    ImportResult result;
    switch (format) {
    case Format::Html:
        result = HtmlImporter::import(decoded.text);
        break;
    case Format::Markdown:
        result = MarkdownImporter::import(decoded.text);
        break;
    case Format::PortalText:
        result = PortalTextImporter::import(decoded.text);
        break;
    case Format::PlainText:
        result = PlainTextImporter::import(decoded.text);
        break;
    case Format::Pdf: // never detected from text
        break;
    }
    return finishImport(std::move(result), formatName(format), decoded.encoding, bytes, decoded.warnings);
}

} // namespace Lectern::Core
