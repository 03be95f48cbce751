#include "import/articleimporter.h"

#include "util/logging.h"
#include "util/textfold.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Lectern::Core {

ImportResult ArticleImporter::importFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return ImportResult::failure(QStringLiteral("The file does not exist."));
    if (info.isDir())
        return ImportResult::failure(QStringLiteral("This is a folder, not a file."));
    if (info.size() > maxFileSize)
        return ImportResult::failure(
            QStringLiteral("The file is %1 MB; Lectern opens articles up to %2 MB.")
                .arg(info.size() / (1024 * 1024))
                .arg(maxFileSize / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportResult::failure(QStringLiteral("The file cannot be read: %1.").arg(file.errorString()));
    ImportResult result = importBytes(file.readAll(), info.fileName());
    if (result.article)
        result.article->sourcePath = info.absoluteFilePath();
    return result;
}

ImportResult ArticleImporter::importBytes(const QByteArray &bytes, const QString &nameHint)
{
    Q_UNUSED(nameHint);
    if (bytes.isEmpty())
        return ImportResult::failure(QStringLiteral("The file is empty."));
    if (bytes.contains('\0'))
        return ImportResult::failure(QStringLiteral("The file is binary, not text."));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = TextFold::normalizeText(decoder.decode(bytes));
    Article article;
    article.format = QStringLiteral("plain");
    article.encoding = QStringLiteral("UTF-8");
    article.originalBytes = bytes;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &p : paragraphs) {
        const QString t = p.simplified();
        if (!t.isEmpty())
            article.blocks.append(Block{Block::Kind::Paragraph, t});
    }
    if (article.blocks.isEmpty())
        return ImportResult::failure(QStringLiteral("The file has no article text."));
    qCDebug(lcImport) << "imported" << article.blocks.size() << "blocks";
    return ImportResult::success(std::move(article));
}

} // namespace Lectern::Core
