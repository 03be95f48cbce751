#include "import/pastedarticle.h"

#include "import/articleimporter.h"
#include "import/textcleaner.h"

namespace Lectern::Core {

ImportResult PastedArticle::import(const QString &html, const QString &plainText)
{
    const bool hasHtml = !TextCleaner::isBlank(html);
    const bool hasText = !TextCleaner::isBlank(plainText);
    if (!hasHtml && !hasText)
        return ImportResult::failure(tr("The clipboard holds no text."));
    ImportResult fromHtml;
    if (hasHtml) {
        const QByteArray bytes = html.toUtf8();
        if (bytes.size() > ArticleImporter::maxFileSize)
            return ImportResult::failure(tr("The clipboard holds more than %1 MB; Lectern opens articles up to %1 MB.")
                                             .arg(ArticleImporter::maxFileSize / (1024 * 1024)));
        // The name makes it HTML whatever it starts with: a copied fragment has no <html>.
        fromHtml = ArticleImporter::importText(bytes, QStringLiteral("clipboard.html"));
        if (fromHtml.ok() || !hasText)
            return fromHtml;
    }
    const QByteArray bytes = plainText.toUtf8();
    if (bytes.size() > ArticleImporter::maxFileSize)
        return ImportResult::failure(tr("The clipboard holds more than %1 MB; Lectern opens articles up to %1 MB.")
                                         .arg(ArticleImporter::maxFileSize / (1024 * 1024)));
    ImportResult fromText = ArticleImporter::importText(bytes, QStringLiteral("clipboard.txt"));
    if (!fromText.ok() && hasHtml)
        return fromHtml;
    return fromText;
}

} // namespace Lectern::Core
