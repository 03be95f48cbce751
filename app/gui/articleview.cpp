#include "articleview.h"

#include "article/articledocument.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextDocument>

namespace Lectern::Gui {

ArticleView::ArticleView(Core::ArticleDocument *document, QWidget *parent)
    : QTextBrowser(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("articleView"));
    setReadOnly(true);
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Article text"));
    m_options.bodyFont = Core::DocumentBuilder::defaultBodyFont();
    connect(document, &Core::ArticleDocument::articleLoaded, this, &ArticleView::rebuild);
    connect(document, &Core::ArticleDocument::entitiesChanged, this, [this] {
        Core::DocumentBuilder::applyHighlights(m_built, m_document->entities(), m_options);
    });
    rebuild();
}

bool ArticleView::isDarkPalette() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void ArticleView::rebuild()
{
    if (!m_document)
        return;
    m_options.darkPalette = isDarkPalette();
    QFont font = Core::DocumentBuilder::defaultBodyFont();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * (1.0 + 0.1 * m_zoomSteps)));
    m_options.bodyFont = font;
    const int scroll = verticalScrollBar()->value();
    Core::BuiltDocument fresh = Core::DocumentBuilder::build(m_document->article(), m_document->entities(), m_options);
    // Hand the document to the view; the view does not own it, m_built keeps it alive.
    setDocument(fresh.document.get());
    m_built = std::move(fresh);
    verticalScrollBar()->setValue(scroll);
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

void ArticleView::setHiddenCategories(const QSet<Core::HighlightCategory> &hidden)
{
    m_options.hiddenCategories = hidden;
    if (m_document)
        Core::DocumentBuilder::applyHighlights(m_built, m_document->entities(), m_options);
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
    ensureCursorVisible();
}

Core::Span ArticleView::selectedBodySpan() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return {-1, -1};
    return {m_built.toBodyOffset(cursor.selectionStart()), m_built.toBodyOffset(cursor.selectionEnd())};
}

void ArticleView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    else if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Article text"));
}

} // namespace Lectern::Gui
