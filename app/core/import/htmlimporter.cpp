#include "import/htmlimporter.h"

#include "import/articlefinisher.h"
#include "import/htmlcontentextractor.h"
#include "import/htmlmetadata.h"
#include "util/logging.h"

#include <QRegularExpression>

#include <libxml/HTMLparser.h>

#include <memory>

namespace Lectern::Core {

namespace {

struct DocDeleter
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

} // namespace

bool HtmlImporter::looksLikeHtml(const QString &text)
{
    static const QRegularExpression start(QStringLiteral("^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>]|head[\\s>])"),
                                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    if (start.match(QStringView(text).left(4096)).hasMatch())
        return true;
    static const QRegularExpression body(QStringLiteral("<body[\\s>]"), QRegularExpression::CaseInsensitiveOption);
    return body.match(QStringView(text).left(4096)).hasMatch();
}

ImportResult HtmlImporter::import(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > std::numeric_limits<int>::max())
        return ImportResult::failure(tr("The page is too large."));
    const int options = HTML_PARSE_NONET | HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;
    std::unique_ptr<xmlDoc, DocDeleter> doc(htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options));
    if (!doc)
        return ImportResult::failure(tr("The page could not be read as HTML."));

    const HtmlMetadataResult meta = HtmlMetadata::read(doc.get());
    Article article;
    article.title = meta.title;
    article.published = meta.published;
    article.publishedHasTime = meta.publishedHasTime;
    article.authors = meta.authors;
    article.url = meta.url;
    article.site = meta.site;
    if (!meta.language.isEmpty())
        article.language = meta.language;
    article.blocks = HtmlContentExtractor::extract(doc.get());
    qCDebug(lcImport) << "html:" << article.blocks.size() << "blocks";
    if (article.blocks.isEmpty())
        return ImportResult::failure(tr("The page holds no article text."));
    if (article.title.isEmpty()) {
        for (const Block &b : std::as_const(article.blocks)) {
            if (b.kind == Block::Kind::Heading) {
                article.title = b.text;
                break;
            }
        }
    }
    ArticleFinisher::findCreditsAndByline(article);
    return ImportResult::success(std::move(article));
}

} // namespace Lectern::Core
