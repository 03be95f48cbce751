#include "render/articlepayload.h"

#include "import/weburl.h"

#include <algorithm>

namespace Lectern::Core {

QString ArticlePayload::forArticle(const Article &article)
{
    // Whatever filled the article (a review file, a library), only a web address is encoded.
    const QString url = WebUrl::sanitized(article.url);
    if (!url.isEmpty())
        return url.normalized(QString::NormalizationForm_C);
    return citation(article);
}

QString ArticlePayload::forPrintout(const Article &article)
{
    // As for forArticle: only a web address, never a javascript: link or a local path.
    const QString url = WebUrl::sanitized(article.url).normalized(QString::NormalizationForm_C);
    const QString hash = article.contentHash().left(hashDigits);
    if (url.isEmpty())
        return citation(article, printoutBytes);
    if (hash.isEmpty())
        return url;
    const qsizetype fragment = url.indexOf(QLatin1Char('#'));
    return (fragment < 0 ? url : url.left(fragment)) + QStringLiteral("#sha256=") + hash;
}

namespace {

// title shortened to at most `length` UTF-16 units, never inside a surrogate pair, ending in "…";
// back to the last space when there is one in its second half.
QString shortened(const QString &title, qsizetype length)
{
    if (title.size() <= length)
        return title;
    qsizetype cut = std::max<qsizetype>(length - 1, 0);
    if (cut > 0 && title.at(cut - 1).isHighSurrogate())
        --cut;
    const qsizetype space = title.lastIndexOf(QLatin1Char(' '), cut);
    if (space > cut / 2)
        cut = space;
    return title.left(cut).trimmed() + QChar(0x2026);
}

} // namespace

QString ArticlePayload::citation(const Article &article, int maxBytes)
{
    QString fullTitle = article.title.simplified().normalized(QString::NormalizationForm_C);
    if (fullTitle.isEmpty() && !article.blocks.isEmpty())
        fullTitle = article.blocks.first().text.simplified().normalized(QString::NormalizationForm_C);

    QStringList where;
    if (article.published.isValid())
        where << article.published.date().toString(Qt::ISODate);
    if (!article.site.trimmed().isEmpty())
        where << article.site.trimmed();
    const QString hash = article.contentHash().left(hashDigits);

    auto compose = [&](const QString &title) {
        QString text = title;
        if (!where.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(%1)").arg(where.join(QStringLiteral(", ")));
        if (!hash.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + QLatin1Char('#') + hash;
        return text.normalized(QString::NormalizationForm_C);
    };
    const QString title = fullTitle.size() > maxTitleLength ? fullTitle.left(maxTitleLength - 1).trimmed() + QChar(0x2026)
                                                              : fullTitle;
    // Shorter titles until the citation fits (each step drops at least one character).
    const auto fit = [&] {
        qsizetype length = title.size();
        QString text = compose(title);
        while (maxBytes > 0 && text.toUtf8().size() > maxBytes && length > 0) {
            length = std::min(length - 1, qsizetype(length - (text.toUtf8().size() - maxBytes) / 3));
            text = compose(length > 1 ? shortened(title, length) : QString());
        }
        return std::pair{text, length};
    };
    auto [text, length] = fit();
    // The title identifies an article better than its site: when the site would leave fewer than
    // 40 characters of a longer title, the site goes.
    if (length < std::min<qsizetype>(40, title.size()) && where.size() > (article.published.isValid() ? 1 : 0)) {
        where = where.mid(0, article.published.isValid() ? 1 : 0);
        text = fit().first;
    }
    return text;
}

} // namespace Lectern::Core
