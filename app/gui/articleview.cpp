#include "articleview.h"

#include "document/articledocument.h"

#include "models/metricmodel.h"
#include "review/anchoring.h"
#include "render/highlightstyle.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include "util/textoffsets.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>
#include <QScrollBar>
#include <QStyle>
#include <QTextDocument>
#include <QTextEdit>

namespace Lectern::Gui {

ArticleView::ArticleView(Core::ArticleDocument *document, QWidget *parent, Core::BuiltDocument prebuilt,
                         int zoomSteps, const QSet<Core::EntityKind> &hidden)
    : QTextBrowser(parent)
    , m_document(document)
    , m_zoomSteps(std::clamp(zoomSteps, -5, 15))
{
    setObjectName(QStringLiteral("articleView"));
    setReadOnly(true);
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Article text"));
    connect(document, &Core::ArticleDocument::articleLoaded, this, &ArticleView::rebuild);
    connect(document, &Core::ArticleDocument::entitiesChanged, this, &ArticleView::rebuild);
    for (auto signal : {&Core::ArticleDocument::annotationAdded, &Core::ArticleDocument::annotationChanged,
                        &Core::ArticleDocument::annotationRemoved})
        connect(document, signal, this, &ArticleView::refreshAnnotationMarks);
    connect(document, &Core::ArticleDocument::annotationsReset, this, &ArticleView::refreshAnnotationMarks);
    refreshAnnotationMarks();
    m_options = documentOptions(m_zoomSteps, hidden, isDarkPalette());
    if (prebuilt.document) {
        setDocument(prebuilt.document.get());
        m_built = std::move(prebuilt);
    } else {
        rebuild();
    }
    updateMinimumWidth();
}

void ArticleView::scrollWhenLaidOut(int value)
{
    QScrollBar *bar = verticalScrollBar();
    if (value <= 0)
        return;
    if (bar->maximum() >= value) {
        bar->setValue(value);
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(bar, &QScrollBar::rangeChanged, this, [bar, value, connection](int, int maximum) {
        bar->setValue(std::min(value, maximum));
        if (maximum >= value)
            disconnect(*connection);
    });
}

Core::DocumentOptions ArticleView::documentOptions(int zoomSteps, const QSet<Core::EntityKind> &hidden,
                                                   bool darkPalette)
{
    Core::DocumentOptions options;
    QFont font = Core::DocumentBuilder::defaultBodyFont();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * (1.0 + 0.1 * zoomSteps)));
    options.bodyFont = font;
    options.hiddenCategories = hidden;
    options.darkPalette = darkPalette;
    return options;
}

bool ArticleView::isDarkPalette() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void ArticleView::rebuild()
{
    if (!m_document)
        return;
    m_options = documentOptions(m_zoomSteps, m_options.hiddenCategories, isDarkPalette());
    const int scroll = verticalScrollBar()->value();
    Core::BuiltDocument fresh = Core::DocumentBuilder::build(m_document->article(), m_document->entities(), m_options);
    // The find highlights point into the old document, which goes with m_built: drop them first.
    setExtraSelections({});
    // Hand the document to the view; the view does not own it, m_built keeps it alive.
    setDocument(fresh.document.get());
    m_built = std::move(fresh);
    applyFindMatches();
    verticalScrollBar()->setValue(scroll);
    updateMinimumWidth();
}

int ArticleView::readableWidth() const
{
    const QFont font = m_options.bodyFont.resolveMask() == 0 ? Core::DocumentBuilder::defaultBodyFont() : m_options.bodyFont;
    const int text = QFontMetrics(font).averageCharWidth() * readableCharacters;
    const int margins = 2 * int(document() ? document()->documentMargin() : 0);
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    // A huge zoom must not push the window past any screen: at most 1000 px are kept.
    return std::min(1000, text + margins + scrollBar + 2 * frameWidth());
}

int ArticleView::defaultReadableWidth()
{
    const int text = QFontMetrics(Core::DocumentBuilder::defaultBodyFont()).averageCharWidth() * readableCharacters;
    constexpr int margins = 2 * 24; // DocumentBuilder's document margin
    return text + margins + QApplication::style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
}

void ArticleView::updateMinimumWidth()
{
    setMinimumWidth(readableWidth());
}

void ArticleView::setZoomSteps(int steps)
{
    steps = std::clamp(steps, -5, 15);
    if (steps == m_zoomSteps)
        return;
    m_zoomSteps = steps;
    rebuild();
    Q_EMIT zoomChanged(steps);
}

void ArticleView::setHiddenCategories(const QSet<Core::EntityKind> &hidden)
{
    if (hidden == m_options.hiddenCategories)
        return;
    m_options.hiddenCategories = hidden;
    rebuild();
}

void ArticleView::selectBodySpan(const Core::Span &span)
{
    const int from = m_built.toDocumentPosition(span.start);
    const int to = m_built.toDocumentPosition(span.end);
    if (from < 0 || to < from)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    // The span's first line in the middle of the view (where the eye is), not on an edge; the
    // scroll bar's range keeps the first and last lines where they can be.
    QTextCursor start(document());
    start.setPosition(from);
    const int offset = cursorRect(start).center().y() - viewport()->height() / 2;
    verticalScrollBar()->setValue(verticalScrollBar()->value() + offset);
}

void ArticleView::setFindMatches(const QList<Core::Span> &spans)
{
    m_findMatches = spans;
    applyFindMatches();
}

void ArticleView::applyFindMatches()
{
    // Find's yellow, black on it, on a light or dark page alike: told apart from the categories'
    // softer backgrounds (the organizations' orange above all).
    const QColor colour = isDarkPalette() ? QColor(0xe8, 0xc5, 0x00) : QColor(0xff, 0xe6, 0x3b);
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_findMatches.size());
    for (const Core::Span &span : std::as_const(m_findMatches)) {
        const int from = m_built.toDocumentPosition(span.start);
        const int to = m_built.toDocumentPosition(span.end);
        if (from < 0 || to <= from)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(from);
        selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
        selection.format.setBackground(colour);
        selection.format.setForeground(Qt::black);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

qsizetype ArticleView::searchOrigin() const
{
    QTextCursor start = textCursor();
    start.setPosition(start.selectionStart());
    int position = start.position();
    if (!viewport()->rect().intersects(cursorRect(start)))
        position = cursorForPosition(QPoint(0, 0)).position();
    return std::max<qsizetype>(0, m_built.toBodyOffset(position));
}

Core::Span ArticleView::selectedBodySpan() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return {-1, -1};
    return {m_built.toBodyOffset(cursor.selectionStart()), m_built.toBodyOffset(cursor.selectionEnd())};
}

void ArticleView::refreshAnnotationMarks()
{
    m_annotationMarks.clear();
    if (m_document) {
        const Core::TextOffsets offsets(m_document->text());
        for (const Core::Annotation &a : m_document->annotations()->all()) {
            if (a.orphan || a.kind != Core::Annotation::Kind::Comment)
                continue;
            const Core::Span span{offsets.toUtf16(a.anchor.start), offsets.toUtf16(a.anchor.end)};
            m_annotationMarks.append({span, a.status != Core::Annotation::Status::Open});
        }
    }
    viewport()->update();
}

QList<QRectF> ArticleView::spanRects(const Core::Span &span) const
{
    QList<QRectF> rects;
    const int from = m_built.toDocumentPosition(span.start);
    const int to = m_built.toDocumentPosition(span.end);
    if (from < 0 || to <= from)
        return rects;
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    for (QTextBlock block = document()->findBlock(from); block.isValid() && block.position() <= to;
         block = block.next()) {
        const QTextLayout *text = block.layout();
        const QPointF origin = layout->blockBoundingRect(block).topLeft() - scroll;
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            const int lineStart = block.position() + line.textStart();
            const int lineEnd = lineStart + line.textLength();
            const int a = std::max(from, lineStart);
            const int b = std::min(to, lineEnd);
            if (a >= b)
                continue;
            const qreal x1 = line.cursorToX(a - block.position());
            const qreal x2 = line.cursorToX(b - block.position());
            rects.append(QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()));
        }
    }
    return rects;
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (m_annotationMarks.isEmpty())
        return;
    // Annotations: an outline around the span (entity highlights stay visible inside it) and a
    // marker in the left margin, vermilion while open, grey once settled.
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto &[span, settled] : std::as_const(m_annotationMarks)) {
        const QColor colour = settled ? QColor(0x99, 0x99, 0x99) : QColor(0xd5, 0x5e, 0x00);
        const QList<QRectF> rects = spanRects(span);
        if (rects.isEmpty())
            continue;
        painter.setPen(QPen(colour, 1.5, settled ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
        for (const QRectF &r : rects)
            painter.drawRoundedRect(r.adjusted(-1.5, 0.5, 1.5, -0.5), 3, 3);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        const QRectF first = rects.first();
        painter.drawRoundedRect(QRectF(4, first.top() + 2, 6, first.height() - 4), 2, 2);
    }
}

qsizetype ArticleView::bodyOffsetAt(const QPoint &viewportPos) const
{
    const int pos = document()->documentLayout()->hitTest(
        viewportPos + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()), Qt::ExactHit);
    if (pos < 0)
        return -1;
    return m_built.toBodyOffset(pos);
}

QString ArticleView::toolTipAt(qsizetype bodyOffset) const
{
    if (!m_document || bodyOffset < 0)
        return {};
    // The reviewers' comments on the passage first (what a colleague wrote is what the editor
    // looks for), then what Lectern found there.
    const QString comments = commentsToolTipAt(bodyOffset);
    const QString entity = entityToolTipAt(bodyOffset);
    if (comments.isEmpty() || entity.isEmpty())
        return comments + entity;
    return comments + QStringLiteral("<hr>") + entity;
}

QString ArticleView::commentsToolTipAt(qsizetype bodyOffset) const
{
    const QString text = m_document->text();
    QStringList parts;
    for (const Core::Annotation &a : m_document->annotations()->all()) {
        if (a.kind != Core::Annotation::Kind::Comment || a.orphan || a.comment.isEmpty())
            continue;
        const Core::Span span = Core::Anchoring::toUtf16Span(a.anchor, text);
        if (bodyOffset < span.start || bodyOffset >= span.end)
            continue;
        const QString who = a.author.isEmpty() ? tr("Comment") : a.author;
        QString part = QStringLiteral("<b>%1</b>").arg(who.toHtmlEscaped());
        if (a.status != Core::Annotation::Status::Open)
            part += QStringLiteral(" · ") + (a.status == Core::Annotation::Status::Resolved ? tr("resolved") : tr("won't fix"));
        part += QStringLiteral("<br>") + a.comment.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        parts << part;
    }
    return parts.join(QStringLiteral("<br><br>"));
}

QString ArticleView::entityToolTipAt(qsizetype bodyOffset) const
{
    const Core::EntityRef ref = m_document->entityAt(bodyOffset);
    if (!ref.isValid())
        return {};
    const Core::ExtractionResult &r = m_document->entities();
    if (ref.category == Core::EntityKind::Metric) {
        const Core::Metric &m = r.metrics.at(ref.index);
        QString tip = QStringLiteral("<b>%1</b> · %2<br>%3")
                          .arg(tr("Figure"), Core::MetricModel::kindName(m.kind).toHtmlEscaped(),
                               Core::MetricModel::formatValue(m).toHtmlEscaped());
        if (!m.unit.isEmpty() && m.kind != Core::MetricKind::Money && m.kind != Core::MetricKind::Percent)
            tip += QStringLiteral(" ") + m.unit.toHtmlEscaped();
        for (const Core::MetricCheck &c : m.checks)
            tip += QStringLiteral("<br>%1 %2").arg(c.consistent ? QStringLiteral("✓") : QStringLiteral("⚠"),
                                                  c.description.toHtmlEscaped());
        return tip;
    }
    const Core::Entity &e = m_document->entityList(ref.category)->at(ref.index);
    QString kind;
    QStringList details;
    switch (ref.category) {
    case Core::EntityKind::Person:
        kind = tr("Person");
        details = e.roles;
        break;
    case Core::EntityKind::Organization:
        kind = tr("Organization");
        details = e.aliases;
        break;
    default:
        kind = tr("Place");
        details = e.aliases;
        break;
    }
    QString tip = QStringLiteral("<b>%1</b> · %2").arg(e.name.toHtmlEscaped(), kind);
    for (const QString &d : details)
        tip += QStringLiteral("<br>") + d.toHtmlEscaped();
    tip += QStringLiteral("<br><i>%1</i>").arg(tr("%n mention(s)", nullptr, int(e.mentions.size())));
    for (const Core::Mention &m : e.mentions)
        if (m.span.start <= bodyOffset && bodyOffset < m.span.end && m.confidence < Core::HighlightStyle::lowConfidence)
            tip += QStringLiteral("<br>%1").arg(tr("Unsure (confidence %1%): check this name.").arg(qRound(m.confidence * 100)));
    return tip;
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(bodyOffsetAt(help->pos()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QTextBrowser::viewportEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection() || !m_document)
        return;
    const Core::EntityRef ref = m_document->entityAt(bodyOffsetAt(event->position().toPoint()));
    if (ref.isValid())
        Q_EMIT entityClicked(ref);
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = m_menuActions.isEmpty() ? createStandardContextMenu() : new QMenu(this);
    for (QAction *action : std::as_const(m_menuActions)) {
        if (action)
            menu->addAction(action);
        else
            menu->addSeparator();
    }
    menu->setObjectName(QStringLiteral("articleContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const qsizetype offset = event->reason() == QContextMenuEvent::Mouse
                                 ? bodyOffsetAt(event->pos())
                                 : m_built.toBodyOffset(textCursor().position());
    Q_EMIT contextMenuAboutToShow(menu, offset);
    menu->popup(event->globalPos());
}

void ArticleView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    else if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Article text"));
        rebuild(); // the byline's date follows the interface language
    }
}

} // namespace Lectern::Gui
