#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Forward declaration: libxml2 stays an implementation detail of lectern_core.
typedef struct _xmlDoc xmlDoc;

namespace Lectern::Core {

// Metadata of a saved HTML page, from (in order of trust) JSON-LD NewsArticle/Article,
// OpenGraph and <meta>/<link rel=canonical>, and <title> as a last resort.
struct HtmlMetadataResult
{
    QString title;
    QDateTime published; // local time as printed
    bool publishedHasTime = false;
    QStringList authors;
    QString url;
    QString site;
    QString language;
};

class HtmlMetadata final
{
public:
    // Reads the metadata of a parsed document. Never throws; missing fields stay empty.
    static HtmlMetadataResult read(xmlDoc *doc);

    // The first NewsArticle/Article-like object in a JSON-LD text (also inside arrays and @graph),
    // or an empty object. Input over maxJsonLdSize bytes or nested deeper than the search limit
    // is ignored.
    static QJsonObject findArticleObject(const QByteArray &jsonLd);

    static constexpr qsizetype maxJsonLdSize = 2 * 1024 * 1024;
};

} // namespace Lectern::Core
