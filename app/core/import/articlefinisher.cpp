#include "import/articlefinisher.h"

#include "import/bylineparser.h"
#include "util/textfold.h"

namespace Lectern::Core {

void ArticleFinisher::addNames(QStringList &list, const QStringList &names)
{
    for (const QString &n : names) {
        const QString key = TextFold::matchKey(n);
        if (key.isEmpty())
            continue;
        bool present = false;
        for (const QString &have : std::as_const(list))
            present = present || TextFold::matchKey(have) == key;
        if (!present)
            list << n;
    }
}

void ArticleFinisher::findCreditsAndByline(Article &article)
{
    QList<Block> &blocks = article.blocks;
    // The byline: last paragraph, then the one before it when the last was one.
    int found = 0;
    for (qsizetype i = blocks.size() - 1; i > 0 && found < 2; --i) {
        Block &b = blocks[i];
        if (b.kind != Block::Kind::Paragraph && b.kind != Block::Kind::Byline)
            break;
        if (b.kind == Block::Kind::Paragraph) {
            const auto byline = BylineParser::parse(b.text, found == 0);
            if (!byline)
                break;
            b.kind = Block::Kind::Byline;
            addNames(article.authors, byline->authors);
            addNames(article.photographers, byline->photographers);
            if (article.site.isEmpty())
                article.site = byline->site;
        }
        ++found;
    }
    for (Block &b : blocks) {
        if (b.kind != Block::Kind::Paragraph && b.kind != Block::Kind::Caption)
            continue;
        qsizetype at = -1;
        if (const auto credit = BylineParser::photoCredit(b.text, &at)) {
            addNames(article.photographers, *credit);
            if (b.kind == Block::Kind::Paragraph)
                b.kind = at == 0 ? Block::Kind::Byline : Block::Kind::Caption;
        }
    }
}

} // namespace Lectern::Core
