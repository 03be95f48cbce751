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
    FoundDate d = VietnameseDate::parseIso(value);
    if (!d.isValid())
        d = VietnameseDate::find(value);
    if (d.isValid() && d.hasYear) {
        meta.published = d.dateTime;
        meta.publishedHasTime = d.hasTime;
    }
}

void setIfEmpty(QString &field, const QString &value)
{
    if (field.isEmpty())
        field = TextCleaner::cleanLine(value);
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
    QHash<QString, QString> metas; // first value of each meta property/name, lower-case key
    QString titleElement, canonical;
    QList<QJsonObject> articles;
    HtmlTree::walk(
        root,
        [&](xmlNode *n) {
            const QString tag = HtmlTree::name(n);
            if (tag.isEmpty())
                return false;
            if (tag == QLatin1String("html")) {
                meta.language = HtmlTree::attribute(n, "lang").section(QLatin1Char('-'), 0, 0).toLower();
            } else if (tag == QLatin1String("meta")) {
                QString key = HtmlTree::attribute(n, "property");
                if (key.isEmpty())
                    key = HtmlTree::attribute(n, "name");
                if (key.isEmpty())
                    key = HtmlTree::attribute(n, "itemprop");
                const QString value = HtmlTree::attribute(n, "content");
                if (!key.isEmpty() && !value.trimmed().isEmpty() && !metas.contains(key.toLower()))
                    metas.insert(key.toLower(), value.trimmed());
            } else if (tag == QLatin1String("link")) {
                const QStringList rel = HtmlTree::attribute(n, "rel").toLower().split(QLatin1Char(' '));
                if (rel.contains(QLatin1String("canonical")) && canonical.isEmpty())
                    canonical = HtmlTree::attribute(n, "href").trimmed();
            } else if (tag == QLatin1String("title")) {
                if (titleElement.isEmpty())
                    titleElement = HtmlTree::text(n);
                return false;
            } else if (tag == QLatin1String("script")) {
                if (HtmlTree::attribute(n, "type").trimmed().toLower() == QLatin1String("application/ld+json")) {
                    const QJsonObject o = findArticleObject(HtmlTree::text(n).toUtf8());
                    if (!o.isEmpty())
                        articles << o;
                }
                return false;
            } else if (tag == QLatin1String("svg") || tag == QLatin1String("style")) {
                return false;
            } else if (tag == QLatin1String("time") && HtmlTree::attribute(n, "itemprop") == QLatin1String("datePublished")) {
                metas.insert(QStringLiteral("time:datepublished"), HtmlTree::attribute(n, "datetime"));
            }
            return true;
        },
        [](xmlNode *) {});

    setIfEmpty(meta.url, WebUrl::sanitized(canonical));
    for (const QJsonObject &a : std::as_const(articles)) {
        setIfEmpty(meta.title, a.value(QStringLiteral("headline")).toString());
        setDate(meta, a.value(QStringLiteral("datePublished")).toString().trimmed());
        if (meta.authors.isEmpty())
            meta.authors = jsonNames(a.value(QStringLiteral("author")));
        setIfEmpty(meta.site, jsonName(a.value(QStringLiteral("publisher"))));
        const QJsonValue page = a.value(QStringLiteral("mainEntityOfPage"));
        setIfEmpty(meta.url, WebUrl::sanitized(page.isObject() ? page.toObject().value(QStringLiteral("@id")).toString()
                                                               : page.toString()));
        setIfEmpty(meta.url, WebUrl::sanitized(a.value(QStringLiteral("url")).toString()));
    }
    auto m = [&](const char *key) { return metas.value(QString::fromLatin1(key)); };
    setIfEmpty(meta.site, m("og:site_name"));
    setIfEmpty(meta.title, m("og:title"));
    setIfEmpty(meta.title, m("twitter:title"));
    setIfEmpty(meta.title, m("dc.title"));
    if (meta.title.isEmpty()) {
        // <title> usually ends with the site name: "Headline | Site", "Headline - Site".
        QString t = TextCleaner::cleanLine(titleElement);
        for (const QString &sep : {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" – "), QStringLiteral(" — ")}) {
            const qsizetype at = t.lastIndexOf(sep);
            if (at >= 15 && t.size() - at - sep.size() <= 40) {
                if (meta.site.isEmpty())
                    meta.site = t.mid(at + sep.size()).trimmed();
                t = t.left(at).trimmed();
                break;
            }
        }
        meta.title = t;
    }
    for (const char *key : {"article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
                            "dc.date.issued", "dc.date", "date", "time:datepublished", "og:published_time"})
        setDate(meta, m(key));
    if (meta.authors.isEmpty()) {
        for (const char *key : {"author", "article:author", "dc.creator"}) {
            const QString v = TextCleaner::cleanLine(m(key));
            if (!v.isEmpty() && !v.startsWith(QLatin1String("http"))) {
                meta.authors = BylineParser::splitNames(v);
                break;
            }
        }
    }
    setIfEmpty(meta.url, WebUrl::sanitized(m("og:url")));
    if (meta.site.isEmpty() && !meta.url.isEmpty())
        meta.site = QUrl(meta.url).host();
    return meta;
}

} // namespace Lectern::Core
