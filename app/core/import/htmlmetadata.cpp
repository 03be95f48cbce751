#include "import/htmlmetadata.h"

#include "import/bylineparser.h"
#include "import/htmltree.h"
#include "import/textcleaner.h"
#include "import/vietnamesedate.h"
#include "import/weburl.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Lectern::Core {

namespace {

constexpr int maxJsonDepth = 16;
constexpr int maxJsonNodes = 10000;

bool isArticleType(const QJsonValue &type)
{
    static const QStringList types = {QStringLiteral("NewsArticle"), QStringLiteral("Article"),
                                      QStringLiteral("ReportageNewsArticle"), QStringLiteral("AnalysisNewsArticle"),
                                      QStringLiteral("BlogPosting"), QStringLiteral("OpinionNewsArticle"),
                                      QStringLiteral("Report"), QStringLiteral("LiveBlogPosting")};
    if (type.isString())
        return types.contains(type.toString());
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray())
            if (types.contains(t.toString()))
                return true;
    }
    return false;
}

QString jsonName(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(QStringLiteral("name")).toString();
    return {};
}

QStringList jsonNames(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray{v};
    for (const QJsonValue &item : list) {
        const QString name = TextCleaner::cleanLine(jsonName(item));
        if (!name.isEmpty() && !name.startsWith(QLatin1String("http")))
            out << BylineParser::splitNames(name);
    }
    return out;
}

void setDate(HtmlMetadataResult &meta, const QString &value)
{
    if (meta.published.isValid() || value.isEmpty())
        return;
    FoundDate date = VietnameseDate::parseIso(value);
    if (!date.isValid())
        date = VietnameseDate::find(value);
    if (date.isValid() && date.hasYear) {
        meta.published = date.dateTime;
        meta.publishedHasTime = date.hasTime;
    }
}

void setIfEmpty(QString &field, const QString &value)
{
    if (field.isEmpty())
        field = TextCleaner::cleanLine(value);
}

// What the document's head says about it, gathered in one walk.
struct PageTags
{
    QHash<QString, QString> metas; // first value of each meta property/name, lower-case key
    QString titleElement;
    QString canonical;
    QList<QJsonObject> articles; // article objects of the JSON-LD scripts
};

// Reads one element into the tags (and the <html> language into meta); returns whether to walk
// into its children.
bool readElement(xmlNode *node, PageTags &tags, HtmlMetadataResult &meta)
{
    const QString tag = HtmlTree::name(node);
    if (tag.isEmpty())
        return false;
    if (tag == QLatin1String("html")) {
        meta.language = HtmlTree::attribute(node, "lang").section(QLatin1Char('-'), 0, 0).toLower();
    } else if (tag == QLatin1String("meta")) {
        QString key = HtmlTree::attribute(node, "property");
        if (key.isEmpty())
            key = HtmlTree::attribute(node, "name");
        if (key.isEmpty())
            key = HtmlTree::attribute(node, "itemprop");
        const QString value = HtmlTree::attribute(node, "content");
        if (!key.isEmpty() && !value.trimmed().isEmpty() && !tags.metas.contains(key.toLower()))
            tags.metas.insert(key.toLower(), value.trimmed());
    } else if (tag == QLatin1String("link")) {
        const QStringList rel = HtmlTree::attribute(node, "rel").toLower().split(QLatin1Char(' '));
        if (rel.contains(QLatin1String("canonical")) && tags.canonical.isEmpty())
            tags.canonical = HtmlTree::attribute(node, "href").trimmed();
    } else if (tag == QLatin1String("title")) {
        if (tags.titleElement.isEmpty())
            tags.titleElement = HtmlTree::text(node);
        return false;
    } else if (tag == QLatin1String("script")) {
        if (HtmlTree::attribute(node, "type").trimmed().toLower() == QLatin1String("application/ld+json")) {
            const QJsonObject object = HtmlMetadata::findArticleObject(HtmlTree::text(node).toUtf8());
            if (!object.isEmpty())
                tags.articles << object;
        }
        return false;
    } else if (tag == QLatin1String("svg") || tag == QLatin1String("style")) {
        return false;
    } else if (tag == QLatin1String("time") && HtmlTree::attribute(node, "itemprop") == QLatin1String("datePublished")) {
        tags.metas.insert(QStringLiteral("time:datepublished"), HtmlTree::attribute(node, "datetime"));
    }
    return true;
}

// Walks the document once and gathers its tags.
PageTags collectTags(xmlNode *root, HtmlMetadataResult &meta)
{
    PageTags tags;
    HtmlTree::walk(
        root, [&](xmlNode *node) { return readElement(node, tags, meta); }, [](xmlNode *) {});
    return tags;
}

// Fills the fields still empty from the JSON-LD article objects, first object first.
void applyJsonLd(HtmlMetadataResult &meta, const QList<QJsonObject> &articles)
{
    for (const QJsonObject &article : articles) {
        setIfEmpty(meta.title, article.value(QStringLiteral("headline")).toString());
        setDate(meta, article.value(QStringLiteral("datePublished")).toString().trimmed());
        if (meta.authors.isEmpty())
            meta.authors = jsonNames(article.value(QStringLiteral("author")));
        setIfEmpty(meta.site, jsonName(article.value(QStringLiteral("publisher"))));
        const QJsonValue page = article.value(QStringLiteral("mainEntityOfPage"));
        setIfEmpty(meta.url, WebUrl::sanitized(page.isObject() ? page.toObject().value(QStringLiteral("@id")).toString()
                                                               : page.toString()));
        setIfEmpty(meta.url, WebUrl::sanitized(article.value(QStringLiteral("url")).toString()));
    }
}

// Title from the <title> element, which usually ends with the site name: "Headline | Site",
// "Headline - Site"; the site part fills an empty site.
void applyTitleElement(HtmlMetadataResult &meta, const QString &titleElement)
{
    QString title = TextCleaner::cleanLine(titleElement);
    for (const QString &sep : {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" – "), QStringLiteral(" — ")}) {
        const qsizetype at = title.lastIndexOf(sep);
        if (at >= 15 && title.size() - at - sep.size() <= 40) {
            if (meta.site.isEmpty())
                meta.site = title.mid(at + sep.size()).trimmed();
            title = title.left(at).trimmed();
            break;
        }
    }
    meta.title = title;
}

// Fills the fields still empty from the <meta> tags (Open Graph, Twitter, Dublin Core…) and,
// for the title, from the <title> element.
void applyMetaTags(HtmlMetadataResult &meta, const PageTags &tags)
{
    auto metaValue = [&](const char *key) { return tags.metas.value(QString::fromLatin1(key)); };
    setIfEmpty(meta.site, metaValue("og:site_name"));
    setIfEmpty(meta.title, metaValue("og:title"));
    setIfEmpty(meta.title, metaValue("twitter:title"));
    setIfEmpty(meta.title, metaValue("dc.title"));
    if (meta.title.isEmpty())
        applyTitleElement(meta, tags.titleElement);
    for (const char *key : {"article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
                            "dc.date.issued", "dc.date", "date", "time:datepublished", "og:published_time"})
        setDate(meta, metaValue(key));
    if (meta.authors.isEmpty()) {
        for (const char *key : {"author", "article:author", "dc.creator"}) {
            const QString author = TextCleaner::cleanLine(metaValue(key));
            if (!author.isEmpty() && !author.startsWith(QLatin1String("http"))) {
                meta.authors = BylineParser::splitNames(author);
                break;
            }
        }
    }
    setIfEmpty(meta.url, WebUrl::sanitized(metaValue("og:url")));
}

} // namespace

QJsonObject HtmlMetadata::findArticleObject(const QByteArray &jsonLd)
{
    if (jsonLd.size() > maxJsonLdSize)
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(jsonLd.trimmed(), &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    struct Item
    {
        QJsonValue value;
        int depth;
    };
    QList<Item> stack;
    stack.append({doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), 0});
    int visited = 0;
    while (!stack.isEmpty() && ++visited < maxJsonNodes) {
        const Item item = stack.takeFirst();
        if (item.depth > maxJsonDepth)
            continue;
        if (item.value.isArray()) {
            for (const QJsonValue &v : item.value.toArray())
                stack.append({v, item.depth + 1});
        } else if (item.value.isObject()) {
            const QJsonObject o = item.value.toObject();
            if (isArticleType(o.value(QStringLiteral("@type"))))
                return o;
            if (o.contains(QStringLiteral("@graph")))
                stack.append({o.value(QStringLiteral("@graph")), item.depth + 1});
            if (o.contains(QStringLiteral("mainEntity")))
                stack.append({o.value(QStringLiteral("mainEntity")), item.depth + 1});
        }
    }
    return {};
}

HtmlMetadataResult HtmlMetadata::read(xmlDoc *doc)
{
    HtmlMetadataResult meta;
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root)
        return meta;
    const PageTags tags = collectTags(root, meta);
    setIfEmpty(meta.url, WebUrl::sanitized(tags.canonical));
    applyJsonLd(meta, tags.articles);
    applyMetaTags(meta, tags);
    if (meta.site.isEmpty() && !meta.url.isEmpty())
        meta.site = QUrl(meta.url).host();
    return meta;
}

} // namespace Lectern::Core
