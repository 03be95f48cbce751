#include "import/textbodyclassifier.h"

#include "import/bylineparser.h"

#include <QRegularExpression>

namespace Lectern::Core {

namespace {

constexpr qsizetype shortCaptionMax = 120;
constexpr qsizetype looseCaptionMax = 180;
constexpr qsizetype longParagraphMin = 200;

void appendUnique(QStringList &list, const QStringList &add)
{
    for (const QString &s : add) {
        if (!list.contains(s))
            list << s;
    }
}

} // namespace

bool TextBodyClassifier::endsLikeSentence(const QString &line)
{
    static const QRegularExpression end(QStringLiteral("[.!?…:;]\\s*[\"”’')\\]»]*\\s*$|[\"”»]\\s*$"));
    return end.match(line).hasMatch();
}

int TextBodyClassifier::sentenceCount(const QString &line)
{
    static const QRegularExpression boundary(QStringLiteral("[.!?…][\"”’)]*\\s+[\"“]?\\p{Lu}"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    int count = 1;
    auto it = boundary.globalMatch(line);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

ClassifiedBody TextBodyClassifier::classify(const QStringList &lines, bool looseCaptions)
{
    ClassifiedBody out;
    const qsizetype n = lines.size();
    QList<Block::Kind> kinds(n, Block::Kind::Paragraph);

    // Bylines at the end: the last line, then the one before it when the last was one.
    for (qsizetype i = n - 1; i >= 0 && i >= n - 2; --i) {
        const auto byline = BylineParser::parse(lines.at(i), i == n - 1);
        if (!byline || n == 1)
            break;
        kinds[i] = Block::Kind::Byline;
        appendUnique(out.authors, byline->authors);
        appendUnique(out.photographers, byline->photographers);
        if (out.site.isEmpty())
            out.site = byline->site;
    }

    auto isParagraphLike = [&](qsizetype i) {
        return i >= 0 && i < n && kinds.at(i) == Block::Kind::Paragraph && lines.at(i).size() > shortCaptionMax;
    };
    auto isLong = [&](qsizetype i) {
        return i >= 0 && i < n && kinds.at(i) == Block::Kind::Paragraph
            && (lines.at(i).size() >= longParagraphMin || sentenceCount(lines.at(i)) >= 2);
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (kinds.at(i) != Block::Kind::Paragraph)
            continue;
        const QString &line = lines.at(i);
        qsizetype creditAt = -1;
        if (const auto credit = BylineParser::photoCredit(line, &creditAt)) {
            appendUnique(out.photographers, *credit);
            kinds[i] = creditAt == 0 || line.left(creditAt).trimmed() == QLatin1String("(")
                ? Block::Kind::Byline
                : Block::Kind::Caption;
            continue;
        }
        if (i == 0 || i == n - 1)
            continue;
        const bool between = isParagraphLike(i - 1) || isParagraphLike(i + 1);
        if (line.size() <= shortCaptionMax && !endsLikeSentence(line) && between && isParagraphLike(i + 1)) {
            kinds[i] = Block::Kind::Caption;
            continue;
        }
        if (looseCaptions && line.size() <= looseCaptionMax && sentenceCount(line) == 1
            && !line.contains(QLatin1Char(':')) && !line.contains(QChar(0x201C)) && !line.contains(QLatin1Char('"'))
            && isLong(i - 1) && isLong(i + 1)) {
            kinds[i] = Block::Kind::Caption;
        }
    }
    out.blocks.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        out.blocks.append(Block{kinds.at(i), lines.at(i)});
    return out;
}

} // namespace Lectern::Core
