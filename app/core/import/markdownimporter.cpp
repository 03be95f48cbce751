#include "import/markdownimporter.h"

#include "import/articlefinisher.h"
#include "import/bylineparser.h"
#include "import/textcleaner.h"
#include "import/vietnamesedate.h"
#include "import/weburl.h"

#include <QRegularExpression>

namespace Lectern::Core {

namespace {

constexpr auto uopts = QRegularExpression::UseUnicodePropertiesOption;

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
        const QString t = lines.at(i).trimmed();
        if (t == QLatin1String("---") || t == QLatin1String("...")) {
            close = i;
            break;
        }
    }
    if (close < 0)
        return 0;
    static const QRegularExpression keyValue(QStringLiteral("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)$"));
    static const QRegularExpression item(QStringLiteral("^\\s+-\\s+(.*)$"));
    for (qsizetype i = 1; i < close; ++i) {
        const auto m = keyValue.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1).toLower();
        const QString value = m.captured(2);
        QStringList items;
        while (i + 1 < close && item.match(lines.at(i + 1)).hasMatch())
            items << item.match(lines.at(++i)).captured(1);
        const QString one = TextCleaner::cleanLine(unquote(value));
        if (key == QLatin1String("title")) {
            article.title = one;
        } else if (key == QLatin1String("date") || key == QLatin1String("published")) {
            FoundDate d = VietnameseDate::parseIso(one);
            if (!d.isValid())
                d = VietnameseDate::find(one);
            if (d.isValid()) {
                article.published = d.dateTime;
                article.publishedHasTime = d.hasTime;
            }
        } else if (key == QLatin1String("author") || key == QLatin1String("authors")) {
            for (const QString &a : listValue(value, items))
                article.authors << TextCleaner::cleanLine(a);
        } else if (key == QLatin1String("photographer") || key == QLatin1String("photographers")) {
            for (const QString &a : listValue(value, items))
                article.photographers << TextCleaner::cleanLine(a);
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
    static const QRegularExpression emUnder(QStringLiteral("(?<![\\p{L}\\d])_(?=\\S)([^_]+?)(?<=\\S)_(?![\\p{L}\\d])"), uopts);
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
    qsizetype i = readFrontMatter(lines, article);

    static const QRegularExpression atx(QStringLiteral("^ {0,3}#{1,6}(?:\\s+(.*?))?(?:\\s+#+)?\\s*$"));
    static const QRegularExpression setext(QStringLiteral("^ {0,3}(?:=+|-+)\\s*$"));
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])(?:\\s*\\1){2,}\\s*$"));
    static const QRegularExpression quote(QStringLiteral("^ {0,3}>\\s?(.*)$"));
    static const QRegularExpression listItem(QStringLiteral("^ {0,3}(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```|~~~)"));
    static const QRegularExpression imageOnly(QStringLiteral("^\\s*!\\[([^\\]]*)\\]\\([^)]*\\)\\s*$"));
    static const QRegularExpression refDef(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:\\s+\\S+"));
    static const QRegularExpression comment(QStringLiteral("^\\s*<!--.*-->\\s*$"));

    QList<Block> blocks;
    QStringList buffer;
    Block::Kind bufferKind = Block::Kind::Paragraph;
    auto flush = [&]() {
        const QString joined = TextCleaner::cleanLine(stripInline(buffer.join(QLatin1Char(' '))));
        if (!joined.isEmpty())
            blocks.append(Block{bufferKind, joined});
        buffer.clear();
        bufferKind = Block::Kind::Paragraph;
    };
    for (; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (TextCleaner::isBlank(line) || comment.match(line).hasMatch() || refDef.match(line).hasMatch()) {
            flush();
            continue;
        }
        if (const auto f = fence.match(line); f.hasMatch()) {
            flush();
            const QString marker = f.captured(1);
            for (++i; i < lines.size() && !lines.at(i).trimmed().startsWith(marker); ++i) {
                const QString codeLine = TextCleaner::cleanLine(lines.at(i));
                if (!codeLine.isEmpty())
                    blocks.append(Block{Block::Kind::Paragraph, codeLine});
            }
            continue;
        }
        if (!buffer.isEmpty() && bufferKind == Block::Kind::Paragraph && setext.match(line).hasMatch()) {
            bufferKind = Block::Kind::Heading;
            flush();
            continue;
        }
        if (rule.match(line).hasMatch()) {
            flush();
            continue;
        }
        if (const auto m = atx.match(line); m.hasMatch()) {
            flush();
            bufferKind = Block::Kind::Heading;
            buffer << m.captured(1);
            flush();
            continue;
        }
        if (const auto m = quote.match(line); m.hasMatch()) {
            if (bufferKind != Block::Kind::Quote || TextCleaner::isBlank(m.captured(1)))
                flush();
            bufferKind = Block::Kind::Quote;
            if (!TextCleaner::isBlank(m.captured(1)))
                buffer << m.captured(1);
            continue;
        }
        if (const auto m = imageOnly.match(line); m.hasMatch()) {
            flush();
            bufferKind = Block::Kind::Caption;
            buffer << m.captured(1);
            flush();
            continue;
        }
        if (const auto m = listItem.match(line); m.hasMatch()) {
            flush();
            buffer << m.captured(1);
            continue;
        }
        if (bufferKind == Block::Kind::Quote)
            flush();
        buffer << line;
    }
    flush();

    if (blocks.isEmpty())
        return ImportResult::failure(tr("The file contains no article text."));
    article.blocks = blocks;
    if (article.title.isEmpty()) {
        for (const Block &b : std::as_const(article.blocks)) {
            if (b.kind == Block::Kind::Heading) {
                article.title = b.text;
                break;
            }
        }
    }
    ArticleFinisher::findCreditsAndByline(article);
    return ImportResult::success(std::move(article));
}

} // namespace Lectern::Core
