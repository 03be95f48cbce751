#include "render/documentbuilder.h"

#include "render/bundledfonts.h"
#include "util/datetext.h"

#include <QFontDatabase>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <functional>

namespace Lectern::Core {

namespace {

QTextBlockFormat paragraphFormat(Block::Kind kind)
{
    QTextBlockFormat f;
    f.setBottomMargin(10);
    f.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    switch (kind) {
    case Block::Kind::Heading:
        f.setTopMargin(8);
        break;
    case Block::Kind::Caption:
        f.setLeftMargin(24);
        f.setRightMargin(24);
        f.setAlignment(Qt::AlignCenter);
        break;
    case Block::Kind::Quote:
        f.setLeftMargin(28);
        break;
    case Block::Kind::Byline:
        f.setAlignment(Qt::AlignRight);
        break;
    case Block::Kind::Paragraph:
        f.setAlignment(Qt::AlignJustify);
        break;
    }
    return f;
}

QTextCharFormat textFormat(Block::Kind kind, const QFont &base, bool dark)
{
    QTextCharFormat f;
    QFont font = base;
    switch (kind) {
    case Block::Kind::Heading:
        font.setBold(true);
        font.setPointSizeF(base.pointSizeF() * 1.15);
        break;
    case Block::Kind::Caption:
        font.setItalic(true);
        font.setPointSizeF(base.pointSizeF() * 0.9);
        f.setForeground(dark ? QColor(0xb8, 0xb8, 0xb8) : QColor(0x55, 0x55, 0x55));
        break;
    case Block::Kind::Quote:
        font.setItalic(true);
        break;
    case Block::Kind::Byline:
        font.setBold(true);
        break;
    case Block::Kind::Paragraph:
        break;
    }
    f.setFont(font);
    return f;
}

// Highlight kind per UTF-16 unit of the body: -1 none, else the EntityKind, plus
// lowConfidenceMark for a mention below HighlightStyle::lowConfidence.
// Where spans overlap, metrics win over people over organizations over places (most specific).
constexpr qint8 lowConfidenceMark = 4;

QList<qint8> highlightMap(qsizetype length, const ExtractionResult &entities, const DocumentOptions &options)
{
    QList<qint8> map(length, qint8(-1));
    if (!options.highlights)
        return map;
    auto paint = [&](const Span &span, EntityKind category, bool low = false) {
        if (options.hiddenCategories.contains(category))
            return;
        const qsizetype from = std::clamp<qsizetype>(span.start, 0, length);
        const qsizetype to = std::clamp<qsizetype>(span.end, 0, length);
        std::fill(map.begin() + from, map.begin() + to, qint8(int(category) + (low ? lowConfidenceMark : 0)));
    };
    for (const QList<Entity> *list : {&entities.places, &entities.organizations, &entities.people})
        for (const Entity &e : *list)
            for (const Mention &m : e.mentions)
                paint(m.span, e.type, m.confidence < HighlightStyle::lowConfidence);
    for (const Metric &m : entities.metrics)
        paint(m.span, EntityKind::Metric);
    return map;
}
static_assert(int(EntityKind::Metric) < lowConfidenceMark);

} // namespace

QFont DocumentBuilder::defaultBodyFont()
{
    // The bundled Noto Serif: full Vietnamese coverage on every system, the same face on paper.
    return BundledFonts::serif(12);
}

int BuiltDocument::toDocumentPosition(qsizetype bodyOffset) const
{
    if (bodyOffsets.isEmpty() || bodyOffset < 0)
        return -1;
    auto it = std::upper_bound(bodyOffsets.cbegin(), bodyOffsets.cend(), bodyOffset);
    const qsizetype index = (it - bodyOffsets.cbegin()) - 1;
    if (index < 0)
        return -1;
    return blockPositions.at(index) + int(bodyOffset - bodyOffsets.at(index));
}

qsizetype BuiltDocument::toBodyOffset(int documentPosition) const
{
    if (blockPositions.isEmpty() || documentPosition < blockPositions.first())
        return -1;
    auto it = std::upper_bound(blockPositions.cbegin(), blockPositions.cend(), documentPosition);
    const qsizetype index = (it - blockPositions.cbegin()) - 1;
    const qsizetype offset = bodyOffsets.at(index) + (documentPosition - blockPositions.at(index));
    // Past the end of a body block and before the next one: a line that is not body text (the
    // metadata line under a title drawn from the body).
    if (index + 1 < bodyOffsets.size() && offset > bodyOffsets.at(index + 1) - Article::blockSeparator().size())
        return -1;
    return offset;
}

BuiltDocument DocumentBuilder::build(const Article &article, const ExtractionResult &entities,
                                     const DocumentOptions &options)
{
    BuiltDocument built;
    built.document = std::make_unique<QTextDocument>();
    QTextDocument *doc = built.document.get();
    const QFont base = options.bodyFont.resolveMask() == 0 ? defaultBodyFont() : options.bodyFont;
    doc->setDefaultFont(base);
    doc->setDocumentMargin(24);
    QTextCursor cursor(doc);
    bool first = true;
    auto newBlock = [&](const QTextBlockFormat &bf, const QTextCharFormat &cf) {
        if (first) {
            cursor.setBlockFormat(bf);
            cursor.setBlockCharFormat(cf);
            first = false;
        } else {
            cursor.insertBlock(bf, cf);
        }
    };

    // The title once (issue 19): when the body opens with it, that block is drawn as the title.
    const bool titleInBody = options.includeHeader && bodyRepeatsTitle(article);
    QTextBlockFormat titleBlock;
    QTextCharFormat titleChars;
    std::function<void()> insertMeta;
    if (options.includeHeader) {
        QTextBlockFormat tf;
        tf.setBottomMargin(6);
        QTextCharFormat tc;
        QFont titleFont = base;
        titleFont.setPointSizeF(base.pointSizeF() * 1.6);
        titleFont.setBold(true);
        tc.setFont(titleFont);
        if (!titleInBody) {
            newBlock(tf, tc);
            cursor.insertText(article.title.isEmpty() ? QString() : article.title, tc);
        }
        titleBlock = tf;
        titleChars = tc;

        QStringList meta;
        if (article.published.isValid())
            meta << DateText::format(article.published, article.publishedHasTime);
        if (!article.authors.isEmpty())
            meta << article.authors.join(QStringLiteral(", "));
        if (!article.site.isEmpty())
            meta << article.site;
        QTextBlockFormat mf;
        mf.setBottomMargin(16);
        QTextCharFormat mc;
        QFont metaFont = base;
        metaFont.setPointSizeF(base.pointSizeF() * 0.9);
        mc.setFont(metaFont);
        mc.setForeground(options.darkPalette ? QColor(0xaa, 0xaa, 0xaa) : QColor(0x66, 0x66, 0x66));
        insertMeta = [&newBlock, &cursor, mf, mc, text = meta.join(QStringLiteral(" · "))] {
            newBlock(mf, mc);
            cursor.insertText(text, mc);
        };
        if (!titleInBody)
            insertMeta();
    }

    built.bodyOffsets = article.blockOffsets();
    const qsizetype bodyLength = built.bodyOffsets.isEmpty()
        ? 0 : built.bodyOffsets.last() + article.blocks.last().text.size();
    const QList<qint8> marks = highlightMap(bodyLength, entities, options);
    QTextCharFormat categoryFormats[2 * lowConfidenceMark];
    for (EntityKind c : allEntityKinds()) {
        const HighlightStyle style = HighlightStyle::forKind(c, options.darkPalette);
        categoryFormats[int(c)] = style.charFormat(options.grayscale);
        categoryFormats[int(c) + lowConfidenceMark] = style.lowConfidenceStyle(options.darkPalette).charFormat(options.grayscale);
    }
    constexpr int kindSlots = 8; // the title, then each Block::Kind
    QTextCharFormat mergedFormats[kindSlots][2 * lowConfidenceMark];
    bool mergedReady[kindSlots] = {};
    for (qsizetype b = 0; b < article.blocks.size(); ++b) {
        const Block &block = article.blocks.at(b);
        const bool asTitle = titleInBody && b == 0;
        const QTextCharFormat cf = asTitle ? titleChars : textFormat(block.kind, base, options.darkPalette);
        newBlock(asTitle ? titleBlock : paragraphFormat(block.kind), cf);
        // The block's format merged with each category's once per kind of block, not once per run:
        // a shared format keeps its hash, so the document finds it in its collection at once.
        const int slot = asTitle ? 0 : 1 + int(block.kind);
        Q_ASSERT(slot < kindSlots);
        QTextCharFormat *merged = mergedFormats[slot];
        if (!mergedReady[slot]) {
            for (int c = 0; c < 2 * lowConfidenceMark; ++c) {
                merged[c] = cf;
                merged[c].merge(categoryFormats[c]);
            }
            mergedReady[slot] = true;
        }
        built.blockPositions.append(cursor.position());
        // Insert the block as runs of equal highlight.
        const qsizetype offset = built.bodyOffsets.at(b);
        qsizetype runStart = 0;
        for (qsizetype i = 1; i <= block.text.size(); ++i) {
            if (i < block.text.size() && marks.at(offset + i) == marks.at(offset + runStart))
                continue;
            const qint8 category = marks.at(offset + runStart);
            cursor.insertText(block.text.mid(runStart, i - runStart), category >= 0 ? merged[category] : cf);
            runStart = i;
        }
        if (asTitle && insertMeta)
            insertMeta(); // the date and authors under the title, as when the header draws it
    }
    return built;
}

bool DocumentBuilder::bodyRepeatsTitle(const Article &article)
{
    const QString title = article.title.simplified();
    return !title.isEmpty() && !article.blocks.isEmpty() && article.blocks.first().kind != Block::Kind::Caption
        && article.blocks.first().text.simplified() == title;
}

} // namespace Lectern::Core
