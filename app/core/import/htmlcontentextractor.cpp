#include "import/htmlcontentextractor.h"

#include "import/htmltree.h"
#include "import/portalchrome.h"
#include "import/textcleaner.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Lectern::Core {

namespace {

constexpr qsizetype minParagraphText = 25;

// Elements dropped with everything inside them. Not <embed>: it has no text, but libxml2's HTML 4
// parser does not know it is empty and nests the rest of the page inside it.
const QSet<QString> &chromeTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("nav"), QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("aside"),
        QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("form"), QStringLiteral("noscript"),
        QStringLiteral("iframe"), QStringLiteral("svg"), QStringLiteral("button"), QStringLiteral("select"),
        QStringLiteral("textarea"), QStringLiteral("template"), QStringLiteral("object"),
        QStringLiteral("canvas"), QStringLiteral("menu"), QStringLiteral("dialog"), QStringLiteral("input"),
        QStringLiteral("head"), QStringLiteral("title"), QStringLiteral("meta"), QStringLiteral("link"),
        QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("map"),
    };
    return tags;
}

const QSet<QString> &blockTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("main"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("blockquote"),
        QStringLiteral("figcaption"), QStringLiteral("figure"), QStringLiteral("li"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"),
        QStringLiteral("table"), QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"),
        QStringLiteral("tbody"), QStringLiteral("thead"), QStringLiteral("caption"), QStringLiteral("pre"),
        QStringLiteral("hr"), QStringLiteral("br"), QStringLiteral("address"), QStringLiteral("center"),
        QStringLiteral("body"), QStringLiteral("html"),
    };
    return tags;
}

bool isParagraphTag(const QString &tag)
{
    return tag == QLatin1String("p") || tag == QLatin1String("pre") || tag == QLatin1String("blockquote")
        || tag == QLatin1String("td") || tag == QLatin1String("li") || tag == QLatin1String("figcaption");
}

bool isCaptionClass(const QString &classAndId)
{
    static const QRegularExpression caption(
        QStringLiteral("caption|image-?desc|img-?desc|photo-?desc|fig-?desc|chu-?thich|expNoEdit"),
        QRegularExpression::CaseInsensitiveOption);
    return caption.match(classAndId).hasMatch();
}

struct Frame
{
    xmlNode *node;
    qsizetype text = 0;   // characters of text below
    qsizetype links = 0;  // of which inside <a>
    qsizetype direct = 0; // directly inside this element
    int commas = 0;
    bool blockChild = false;
};

// Scores containers by the paragraphs they hold; returns the best container (or null).
xmlNode *findMainContainer(xmlNode *root, QHash<xmlNode *, double> &scores, QHash<xmlNode *, double> &linkDensity)
{
    QList<Frame> stack;
    int insideLink = 0;
    // Containers in the order they were first scored: the best is picked in document order, so a
    // tie never depends on node addresses or on the per-process seed of a QHash.
    QList<xmlNode *> scored;
    auto addScore = [&](xmlNode *node, double s) {
        auto it = scores.find(node);
        if (it == scores.end()) {
            scored.append(node);
            it = scores.insert(node, 0.0);
        }
        it.value() += s;
    };
    HtmlTree::walk(
        root,
        [&](xmlNode *n) {
            if (HtmlTree::isText(n)) {
                if (stack.isEmpty())
                    return false;
                const QString t = HtmlTree::content(n).simplified();
                stack.last().text += t.size();
                stack.last().direct += t.size();
                stack.last().commas += int(t.count(QLatin1Char(',')));
                if (insideLink)
                    stack.last().links += t.size();
                return false;
            }
            if (n->type != XML_ELEMENT_NODE || HtmlContentExtractor::isChrome(n))
                return false;
            if (HtmlTree::name(n) == QLatin1String("a"))
                ++insideLink;
            stack.append(Frame{n});
            return true;
        },
        [&](xmlNode *n) {
            if (stack.isEmpty() || stack.last().node != n)
                return;
            const Frame f = stack.takeLast();
            const QString tag = HtmlTree::name(n);
            if (tag == QLatin1String("a"))
                --insideLink;
            if (f.text > 0)
                linkDensity.insert(n, double(f.links) / double(f.text));
            const bool paragraph = isParagraphTag(tag) || (tag == QLatin1String("div") && f.direct >= minParagraphText);
            if (paragraph && f.text >= minParagraphText && f.links * 2 < f.text) {
                const double s = 1.0 + f.commas + qMin(double(f.text) / 100.0, 3.0);
                if (!stack.isEmpty()) {
                    addScore(stack.last().node, s);
                    if (stack.size() >= 2)
                        addScore(stack.at(stack.size() - 2).node, s / 2);
                }
            }
            if (!stack.isEmpty()) {
                stack.last().text += f.text;
                stack.last().links += f.links;
                stack.last().commas += f.commas;
                stack.last().blockChild = stack.last().blockChild || blockTags().contains(tag);
            }
        });
    xmlNode *best = nullptr;
    double bestScore = 0;
    for (xmlNode *node : std::as_const(scored)) {
        double &score = scores[node];
        score *= 1.0 - linkDensity.value(node, 0.0);
        if (score > bestScore) {
            bestScore = score;
            best = node;
        }
    }
    return best;
}

class BlockWriter
{
public:
    explicit BlockWriter(const QHash<xmlNode *, double> &linkDensity)
        : m_linkDensity(linkDensity)
    {
    }

    QList<Block> blocks;

    void emitFrom(xmlNode *root)
    {
        QList<Block::Kind> kinds{Block::Kind::Paragraph};
        QList<bool> pushed;
        HtmlTree::walk(
            root,
            [&](xmlNode *n) {
                if (HtmlTree::isText(n)) {
                    if (m_buffer.isEmpty())
                        m_kind = kinds.last();
                    m_buffer += HtmlTree::content(n);
                    return false;
                }
                if (n->type != XML_ELEMENT_NODE || (n != root && HtmlContentExtractor::isChrome(n))) {
                    pushed.append(false);
                    return false;
                }
                const QString tag = HtmlTree::name(n);
                if (blockTags().contains(tag))
                    flush();
                // Lists of links ("Tin liên quan", "Xem thêm: …") inside the article are chrome too.
                const bool linkList = n != root && blockTags().contains(tag) && m_linkDensity.value(n, 0.0) >= 0.6;
                if (linkList || (tag == QLatin1String("img") && kinds.last() == Block::Kind::Paragraph)) {
                    pushed.append(false);
                    return false;
                }
                std::optional<Block::Kind> kind;
                if (tag.size() == 2 && tag.at(0) == QLatin1Char('h') && tag.at(1) >= QLatin1Char('1') && tag.at(1) <= QLatin1Char('6'))
                    kind = Block::Kind::Heading;
                else if (tag == QLatin1String("figcaption") || tag == QLatin1String("caption")
                         || isCaptionClass(HtmlTree::attribute(n, "class") + QLatin1Char(' ') + HtmlTree::attribute(n, "id")))
                    kind = Block::Kind::Caption;
                else if (tag == QLatin1String("blockquote"))
                    kind = Block::Kind::Quote;
                if (kind)
                    kinds.append(*kind);
                pushed.append(kind.has_value());
                return true;
            },
            [&](xmlNode *n) {
                if (HtmlTree::isText(n))
                    return;
                if (blockTags().contains(HtmlTree::name(n)))
                    flush();
                if (!pushed.isEmpty() && pushed.takeLast())
                    kinds.removeLast();
            });
        flush();
    }

private:
    void flush()
    {
        const QString text = TextCleaner::cleanLine(m_buffer);
        m_buffer.clear();
        if (text.isEmpty() || PortalChrome::isFooterLine(text) || PortalChrome::isUiLine(text))
            return;
        blocks.append(Block{m_kind, text});
    }

    const QHash<xmlNode *, double> &m_linkDensity;
    QString m_buffer;
    Block::Kind m_kind = Block::Kind::Paragraph;
};

} // namespace

bool HtmlContentExtractor::isChrome(const xmlNode *node)
{
    const QString tag = HtmlTree::name(node);
    if (tag.isEmpty())
        return false;
    if (chromeTags().contains(tag))
        return true;
    if (node->properties == nullptr)
        return false;
    static const QRegularExpression role(QStringLiteral("^(navigation|banner|contentinfo|complementary|search|menu|toolbar)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (role.match(HtmlTree::attribute(node, "role").trimmed()).hasMatch())
        return true;
    if (HtmlTree::attribute(node, "aria-hidden") == QLatin1String("true") || xmlHasProp(node, reinterpret_cast<const xmlChar *>("hidden")))
        return true;
    static const QRegularExpression hiddenStyle(QStringLiteral("display\\s*:\\s*none|visibility\\s*:\\s*hidden"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (hiddenStyle.match(HtmlTree::attribute(node, "style")).hasMatch())
        return true;
    static const QRegularExpression chromeName(
        QStringLiteral("(?:^|[\\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|related|relate|"
                       "lien-?quan|tin-?khac|other-?news|more-?news|same-?category|comments?|binh-?luan|sidebar|"
                       "footer|header|masthead|advert|advertisement|ads?|banner|popup|modal|newsletter|subscribe|"
                       "tags?|keywords?|tu-?khoa|cookie|print|toolbar|widget|recommend(?:ed|ation)?|most-?read|"
                       "hot-?news|pagination|pager|login|search)(?:$|[\\s_-])"),
        QRegularExpression::CaseInsensitiveOption);
    return chromeName.match(HtmlTree::attribute(node, "class") + QLatin1Char(' ') + HtmlTree::attribute(node, "id")).hasMatch();
}

QList<Block> HtmlContentExtractor::extract(xmlDoc *doc)
{
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root)
        return {};
    QHash<xmlNode *, double> scores, linkDensity;
    xmlNode *main = findMainContainer(root, scores, linkDensity);
    BlockWriter writer(linkDensity);
    if (!main) {
        writer.emitFrom(root);
        return writer.blocks;
    }
    // Siblings that score well (or are figures) belong to the article too.
    const double best = scores.value(main);
    xmlNode *parent = main->parent;
    if (!parent || parent->type != XML_ELEMENT_NODE) {
        writer.emitFrom(main);
        return writer.blocks;
    }
    for (xmlNode *s = parent->children; s; s = s->next) {
        if (s == main) {
            writer.emitFrom(s);
            continue;
        }
        if (s->type != XML_ELEMENT_NODE || isChrome(s))
            continue;
        const QString tag = HtmlTree::name(s);
        const double score = scores.value(s, 0.0);
        const bool strong = score >= qMax(10.0, best * 0.2);
        const bool heading = tag == QLatin1String("h1") || tag == QLatin1String("h2") || tag == QLatin1String("h3");
        const bool paragraph = (heading || tag == QLatin1String("p") || tag == QLatin1String("figure")
                                || tag == QLatin1String("blockquote"))
            && linkDensity.value(s, 0.0) < 0.25;
        if (strong || paragraph)
            writer.emitFrom(s);
    }
    return writer.blocks;
}

} // namespace Lectern::Core
