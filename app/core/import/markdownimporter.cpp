#include "import/markdownimporter.h"

#include "import/articlefinisher.h"
#include "import/bylineparser.h"
#include "import/textcleaner.h"
#include "import/vietnamesedate.h"
#include "import/weburl.h"

#include <QRegularExpression>

namespace Lectern::Core {

namespace {

constexpr auto unicodeOptions = QRegularExpression::UseUnicodePropertiesOption;

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
                          || (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))))
        v = v.mid(1, v.size() - 2);
    return v.trimmed();
}

QStringList listValue(const QString &value, const QStringList &items)
{
    QString v = value.trimmed();
    QStringList out;
    if (v.startsWith(QLatin1Char('[')) && v.endsWith(QLatin1Char(']'))) {
        for (const QString &s : v.mid(1, v.size() - 2).split(QLatin1Char(',')))
            if (!unquote(s).isEmpty())
                out << unquote(s);
    } else if (!v.isEmpty()) {
        out << BylineParser::splitNames(unquote(v));
    }
    for (const QString &s : items)
        out << unquote(s);
    return out;
}

// Parses front matter lines into the article; returns the index of the first body line.
qsizetype readFrontMatter(const QStringList &lines, Article &article)
{
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return 0;
    qsizetype close = -1;
    for (qsizetype i = 1; i < lines.size() && i < 200; ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (trimmed == QLatin1String("---") || trimmed == QLatin1String("...")) {
            close = i;
            break;
        }
    }
    if (close < 0)
        return 0;
    static const QRegularExpression keyValue(QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)$"));
    static const QRegularExpression item(QStringLiteral("^\\s+-\\s+(.*)$"));
    for (qsizetype i = 1; i < close; ++i) {
        const auto match = keyValue.match(lines.at(i));
        if (!match.hasMatch())
            continue;
        const QString key = match.captured(1).toLower();
        const QString value = match.captured(2);
        QStringList items;
        while (i + 1 < close && item.match(lines.at(i + 1)).hasMatch())
            items << item.match(lines.at(++i)).captured(1);
        const QString one = TextCleaner::cleanLine(unquote(value));
        if (key == QLatin1String("title")) {
            article.title = one;
        } else if (key == QLatin1String("date") || key == QLatin1String("published")) {
            FoundDate date = VietnameseDate::parseIso(one);
            if (!date.isValid())
                date = VietnameseDate::find(one);
            if (date.isValid()) {
                article.published = date.dateTime;
                article.publishedHasTime = date.hasTime;
            }
        } else if (key == QLatin1String("author") || key == QLatin1String("authors")) {
            for (const QString &name : listValue(value, items))
                article.authors << TextCleaner::cleanLine(name);
        } else if (key == QLatin1String("photographer") || key == QLatin1String("photographers")) {
            for (const QString &name : listValue(value, items))
                article.photographers << TextCleaner::cleanLine(name);
        } else if (key == QLatin1String("url") || key == QLatin1String("canonical") || key == QLatin1String("source_url")) {
            article.url = WebUrl::sanitized(one);
        } else if (key == QLatin1String("site") || key == QLatin1String("source") || key == QLatin1String("publisher")) {
            article.site = one;
        } else if (key == QLatin1String("lang") || key == QLatin1String("language")) {
            article.language = one;
        }
    }
    return close + 1;
}

// Collects the lines of the block being read and turns them into a Block when the block ends.
class BlockBuffer
{
public:
    bool isEmpty() const { return m_lines.isEmpty(); }
    Block::Kind kind() const { return m_kind; }
    void setKind(Block::Kind kind) { m_kind = kind; }
    void append(const QString &line) { m_lines << line; }

    // Ends the current block: lines joined, inline markup stripped; an empty block is dropped.
    void flush()
    {
        const QString joined = TextCleaner::cleanLine(MarkdownImporter::stripInline(m_lines.join(QLatin1Char(' '))));
        if (!joined.isEmpty())
            m_blocks.append(Block{m_kind, joined});
        m_lines.clear();
        m_kind = Block::Kind::Paragraph;
    }

    // Ends the current block and adds a block of `kind` made of one line.
    void addSingle(Block::Kind kind, const QString &line)
    {
        flush();
        m_kind = kind;
        m_lines << line;
        flush();
    }

    // Adds a block as it is, with no inline markup to strip (code).
    void addVerbatim(const Block &block) { m_blocks.append(block); }

    const QList<Block> &blocks() const { return m_blocks; }

private:
    QList<Block> m_blocks;
    QStringList m_lines;
    Block::Kind m_kind = Block::Kind::Paragraph;
};

// Adds the lines of the fenced code block opened at `open` as paragraphs; returns the index of
// its closing fence (or lines.size()).
qsizetype readFence(const QStringList &lines, qsizetype open, const QString &marker, BlockBuffer &buffer)
{
    qsizetype i = open + 1;
    for (; i < lines.size() && !lines.at(i).trimmed().startsWith(marker); ++i) {
        const QString codeLine = TextCleaner::cleanLine(lines.at(i));
        if (!codeLine.isEmpty())
            buffer.addVerbatim(Block{Block::Kind::Paragraph, codeLine});
    }
    return i;
}

// Reads the Markdown body from line `first` on into blocks (headings, quotes, captions, paragraphs).
QList<Block> readBlocks(const QStringList &lines, qsizetype first)
{
    static const QRegularExpression atx(QStringLiteral("^ {0,3}#{1,6}(?:\\s+(.*?))?(?:\\s+#+)?\\s*$"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(?:=+|-+)\\s*$"));
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$"));
    static const QRegularExpression quote(QStringLiteral("^ {0,3}>\\s?(.*)$"));
    static const QRegularExpression listItem(QStringLiteral("^ {0,3}(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```|~~~)"));
    static const QRegularExpression imageOnly(QStringLiteral("^\\s*!\\[([^\\]]*)\\]\\([^)]*\\)\\s*$"));
    static const QRegularExpression refDef(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:\\s+\\S+"));
    static const QRegularExpression comment(QStringLiteral("^\\s*<!--.*-->\\s*$"));

    BlockBuffer buffer;
    for (qsizetype i = first; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (TextCleaner::isBlank(line) || comment.match(line).hasMatch() || refDef.match(line).hasMatch()) {
            buffer.flush();
            continue;
        }
        if (const auto fenceMatch = fence.match(line); fenceMatch.hasMatch()) {
            buffer.flush();
            i = readFence(lines, i, fenceMatch.captured(1), buffer);
            continue;
        }
        if (!buffer.isEmpty() && buffer.kind() == Block::Kind::Paragraph && setext.match(line).hasMatch()) {
            buffer.setKind(Block::Kind::Heading);
            buffer.flush();
            continue;
        }
        if (rule.match(line).hasMatch()) {
            buffer.flush();
            continue;
        }
        if (const auto match = atx.match(line); match.hasMatch()) {
            buffer.addSingle(Block::Kind::Heading, match.captured(1));
            continue;
        }
        if (const auto match = quote.match(line); match.hasMatch()) {
            if (buffer.kind() != Block::Kind::Quote || TextCleaner::isBlank(match.captured(1)))
                buffer.flush();
            buffer.setKind(Block::Kind::Quote);
            if (!TextCleaner::isBlank(match.captured(1)))
                buffer.append(match.captured(1));
            continue;
        }
        if (const auto match = imageOnly.match(line); match.hasMatch()) {
            buffer.addSingle(Block::Kind::Caption, match.captured(1));
            continue;
        }
        if (const auto match = listItem.match(line); match.hasMatch()) {
            buffer.flush();
            buffer.append(match.captured(1));
            continue;
        }
        if (buffer.kind() == Block::Kind::Quote)
            buffer.flush();
        buffer.append(line);
    }
    buffer.flush();
    return buffer.blocks();
}

// The text of the first heading block, or an empty string.
QString firstHeading(const QList<Block> &blocks)
{
    for (const Block &block : blocks) {
        if (block.kind == Block::Kind::Heading)
            return block.text;
    }
    return QString();
}

} // namespace

QString MarkdownImporter::stripInline(const QString &textIn)
{
    QString text = textIn;
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])"));
    static const QRegularExpression autolink(QStringLiteral("<((?:https?|mailto):[^>\\s]+)>"));
    static const QRegularExpression code(QStringLiteral("`+([^`]+)`+"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression strike(QStringLiteral("~~(?=\\S)(.+?)(?<=\\S)~~"));
    static const QRegularExpression emStar(QStringLiteral("\\*(?=\\S)([^*]+?)(?<=\\S)\\*"));
    static const QRegularExpression emUnder(QStringLiteral("(?<![\\p{L}\\d])_(?=\\S)([^_]+?)(?<=\\S)_(?![\\p{L}\\d])"), unicodeOptions);
    static const QRegularExpression html(QStringLiteral("</?[A-Za-z][^<>]*>"));
    static const QRegularExpression escape(QStringLiteral("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|~])"));
    text.replace(image, QStringLiteral("\\1"));
    text.replace(link, QStringLiteral("\\1"));
    text.replace(autolink, QStringLiteral("\\1"));
    text.replace(code, QStringLiteral("\\1"));
    text.replace(strong, QStringLiteral("\\2"));
    text.replace(strike, QStringLiteral("\\1"));
    text.replace(emStar, QStringLiteral("\\1"));
    text.replace(emUnder, QStringLiteral("\\1"));
    text.replace(html, QString());
    text.replace(escape, QStringLiteral("\\1"));
    return text;
}

ImportResult MarkdownImporter::import(const QString &text)
{
    const QStringList lines = TextCleaner::splitLines(text);
    Article article;
    const qsizetype bodyStart = readFrontMatter(lines, article);
    const QList<Block> blocks = readBlocks(lines, bodyStart);
    if (blocks.isEmpty())
        return ImportResult::failure(tr("The file contains no article text."));
    article.blocks = blocks;
    if (const QString heading = firstHeading(article.blocks); article.title.isEmpty() && !heading.isNull())
        article.title = heading;
    ArticleFinisher::findCreditsAndByline(article);
    return ImportResult::success(std::move(article));
}

} // namespace Lectern::Core
