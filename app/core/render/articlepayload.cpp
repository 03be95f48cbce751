#include "render/articlepayload.h"

#include "import/weburl.h"

namespace Lectern::Core {

QString ArticlePayload::forArticle(const Article &article)
{
    // Whatever filled the article (a review file, a library), only a web address is encoded.
    const QString url = WebUrl::sanitized(article.url);
    if (!url.isEmpty())
        return url.normalized(QString::NormalizationForm_C);
    return citation(article);
}

QString ArticlePayload::citation(const Article &article)
{
    QString title = article.title.simplified();
    if (title.isEmpty() && !article.blocks.isEmpty())
        title = article.blocks.first().text.simplified();
    if (title.size() > maxTitleLength)
        title = title.left(maxTitleLength - 1).trimmed() + QChar(0x2026);

    QStringList where;
    if (article.published.isValid())
        where << article.published.date().toString(Qt::ISODate);
    if (!article.site.trimmed().isEmpty())
        where << article.site.trimmed();

    QString text = title;
    if (!where.isEmpty())
        text += QStringLiteral(" (%1)").arg(where.join(QStringLiteral(", ")));
    const QString hash = article.contentHash().left(hashDigits);
    if (!hash.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('#') + hash;
    return text.normalized(QString::NormalizationForm_C);
}

} // namespace Lectern::Core
