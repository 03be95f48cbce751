#include "import/plaintextimporter.h"

#include "import/textbodyclassifier.h"
#include "import/textcleaner.h"

namespace Lectern::Core {

QStringList PlainTextImporter::cleanLines(const QString &text)
{
    QStringList out;
    for (const QString &line : TextCleaner::splitLines(text)) {
        const QString clean = TextCleaner::cleanLine(line);
        if (!clean.isEmpty())
            out << clean;
    }
    return out;
}

bool PlainTextImporter::standsAlone(const QString &text, const QString &firstLine)
{
    // The first line, short, with a blank line after it: the way titles are saved.
    if (firstLine.size() > 200 || TextBodyClassifier::sentenceCount(firstLine) > 2)
        return false;
    const QStringList raw = TextCleaner::splitLines(text);
    qsizetype i = 0;
    while (i < raw.size() && TextCleaner::isBlank(raw.at(i)))
        ++i;
    return i + 1 < raw.size() && TextCleaner::isBlank(raw.at(i + 1));
}

bool PlainTextImporter::looksLikeTitle(const QString &line)
{
    if (line.isEmpty() || line.size() > 250)
        return false;
    if (line.endsWith(QLatin1Char('.')) && !line.endsWith(QLatin1String("...")))
        return false;
    if (line.endsWith(QLatin1Char(':')) || line.endsWith(QLatin1Char(',')))
        return false;
    return TextBodyClassifier::sentenceCount(line) == 1;
}

ImportResult PlainTextImporter::import(const QString &text)
{
    QStringList lines = cleanLines(text);
    if (lines.isEmpty())
        return ImportResult::failure(tr("The file contains only white space."));
    Article article;
    QList<Block> heading;
    if (lines.size() >= 2 && (looksLikeTitle(lines.first()) || standsAlone(text, lines.first()))) {
        article.title = lines.takeFirst();
        heading.append(Block{Block::Kind::Heading, article.title});
    }
    ClassifiedBody body = TextBodyClassifier::classify(lines, false);
    article.blocks = heading + body.blocks;
    article.authors = body.authors;
    article.photographers = body.photographers;
    article.site = body.site;
    return ImportResult::success(std::move(article));
}

} // namespace Lectern::Core
