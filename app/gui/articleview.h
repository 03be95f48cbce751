#pragma once

#include "document/articledocument.h"

#include "render/documentbuilder.h"

#include <QPointer>
#include <QTextBrowser>

class QAction;
class QMenu;


namespace Lectern::Gui {

// The read-only reader view of one ArticleDocument: typesets it through the core's
// DocumentBuilder (the same path as printing) and shows entity highlights as character formats.
class ArticleView final : public QTextBrowser
{
    Q_OBJECT
public:
    // prebuilt: the document typeset on a worker thread with documentOptions(zoomSteps, hidden, …)
    // and moved to the GUI thread; when empty the view typesets the document itself.
    explicit ArticleView(Core::ArticleDocument *document, QWidget *parent = nullptr,
                         Core::BuiltDocument prebuilt = {}, int zoomSteps = 0,
                         const QSet<Core::EntityKind> &hidden = {});

    // The typesetting options for a zoom level, hidden categories and palette.
    static Core::DocumentOptions documentOptions(int zoomSteps, const QSet<Core::EntityKind> &hidden,
                                                 bool darkPalette);

    Core::ArticleDocument *articleDocument() const { return m_document; }

    // A progressive open's first screen (issue 21): the view shows a provisional document (the
    // article's first blocks, owned by the view, unknown to the DocumentManager) until the window
    // replaces it with the whole article's view. The window offers no action on it.
    void setProvisional(bool provisional) { m_provisional = provisional; }
    bool isProvisional() const { return m_provisional; }
    // Scrolls to value as soon as the (lazily laid out) document is tall enough for it, so the
    // text stays where it was when this view replaces another of the same beginning.
    void scrollWhenLaidOut(int value);

    void setZoomSteps(int steps);
    int zoomSteps() const { return m_zoomSteps; }
    void setHiddenCategories(const QSet<Core::EntityKind> &hidden);

    // Selects a span of the body (UTF-16 offsets into Article::text()) and scrolls to it.
    void selectBodySpan(const Core::Span &span);
    // The body span currently selected; start == end == -1 when none.
    Core::Span selectedBodySpan() const;

    const Core::BuiltDocument &built() const { return m_built; }

    // Find's matches (body spans), every one drawn as an extra selection (the current one is the
    // text selection); kept when the article is typeset again (zoom, palette, categories).
    void setFindMatches(const QList<Core::Span> &spans);
    QList<Core::Span> findMatches() const { return m_findMatches; }
    // Where a search starts (a body offset): the cursor when it is on screen, else the first
    // text visible in the viewport, so Find after Ctrl+End does not go back to the top.
    qsizetype searchOrigin() const;
    // Characters of the body font a line of the article keeps at least, however narrow the
    // window: the side panels give way first (issue 19).
    static constexpr int readableCharacters = 45;
    // The view's width for readableCharacters average characters of the current body font
    // (document margins, frame and scroll bar included); its minimum width.
    int readableWidth() const;
    // The same for the default body font at zoom 0 (before any article is open).
    static int defaultReadableWidth();

    // The context menu's own actions (null = a separator); without any, Qt's standard menu.
    // Receivers of contextMenuAboutToShow() add the entity corrections after them.
    void setContextMenuActions(const QList<QAction *> &actions) { m_menuActions = actions; }

    // The tooltip text at a body offset: the comments on the passage (author, status, text), then
    // the entity or metric there; empty when none.
    QString toolTipAt(qsizetype bodyOffset) const;
    // Body offset under a point in viewport coordinates; -1 outside the body.
    qsizetype bodyOffsetAt(const QPoint &viewportPos) const;

    // Body spans (UTF-16) of the annotations drawn as outlines with a margin marker; the flag is
    // true for settled (resolved / won't fix) annotations, drawn quieter.
    QList<QPair<Core::Span, bool>> annotationMarks() const { return m_annotationMarks; }

Q_SIGNALS:
    void zoomChanged(int steps);
    // A click (without dragging a selection) on a highlighted mention.
    void entityClicked(const Lectern::Core::EntityRef &ref);
    // The context menu (Copy, Select All) is about to pop up for the body offset under the mouse
    // (or the cursor, from the keyboard; -1 outside the body): receivers may add entries.
    // Emitted synchronously; the menu deletes itself when closed.
    void contextMenuAboutToShow(QMenu *menu, qsizetype bodyOffset);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QString commentsToolTipAt(qsizetype bodyOffset) const;
    QString entityToolTipAt(qsizetype bodyOffset) const;
    void rebuild();
    void updateMinimumWidth();
    bool isDarkPalette() const;
    void refreshAnnotationMarks();
    QList<QRectF> spanRects(const Core::Span &span) const; // viewport coordinates

    QPointer<Core::ArticleDocument> m_document;
    Core::BuiltDocument m_built;
    Core::DocumentOptions m_options;
    int m_zoomSteps = 0;
    bool m_provisional = false;
    QList<QPair<Core::Span, bool>> m_annotationMarks;
    QList<QAction *> m_menuActions;
    QList<Core::Span> m_findMatches;
    void applyFindMatches();
};

} // namespace Lectern::Gui
