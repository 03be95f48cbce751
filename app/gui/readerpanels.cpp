#include "readerpanels.h"

#include "actionregistry.h"
#include "articleview.h"
#include "entitypanel.h"
#include "models/entitylistmodel.h"
#include "models/metricmodel.h"
#include "util/settings.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QToolBar>
#include <QTreeView>

namespace Lectern::Gui {

using Core::EntityKind;

namespace {

// A legend swatch: the kind's background with its underline style beneath (paler for a
// low-confidence mention).
QIcon legendIcon(EntityKind category, bool lowConfidence = false)
{
    const Core::HighlightStyle base = Core::HighlightStyle::forKind(category);
    const Core::HighlightStyle style = lowConfidence ? base.lowConfidenceStyle() : base;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(style.background);
    p.setPen(QPen(style.underline, 1));
    p.drawRoundedRect(QRectF(3, 4, 26, 18), 3, 3);
    QPen pen(style.underline, 3);
    switch (style.underlineStyle) {
    case QTextCharFormat::DashUnderline: pen.setStyle(Qt::DashLine); break;
    case QTextCharFormat::DotLine: pen.setStyle(Qt::DotLine); break;
    default: break;
    }
    p.setPen(pen);
    if (style.underlineStyle == QTextCharFormat::WaveUnderline) {
        QPainterPath wave(QPointF(3, 27));
        for (int x = 3; x < 29; x += 4)
            wave.quadTo(QPointF(x + 1, x % 8 == 3 ? 24 : 30), QPointF(x + 4, 27));
        p.setBrush(Qt::NoBrush);
        p.drawPath(wave);
    } else {
        p.drawLine(QPointF(3, 27), QPointF(29, 27));
    }
    return QIcon(pixmap);
}

QString categoryTitle(EntityKind category)
{
    switch (category) {
    case EntityKind::Person: return ReaderPanels::tr("People");
    case EntityKind::Organization: return ReaderPanels::tr("Organizations");
    case EntityKind::Place: return ReaderPanels::tr("Places");
    case EntityKind::Metric: return ReaderPanels::tr("Metrics");
    }
    return {};
}

QString toggleId(EntityKind category)
{
    return QStringLiteral("view.highlight.") + Core::entityKindId(category);
}

} // namespace

ReaderPanels::ReaderPanels(QMainWindow *window, ActionRegistry *actions)
    : QObject(window)
    , m_window(window)
    , m_actions(actions)
{
    m_toolBar = new QToolBar(window);
    m_toolBar->setObjectName(QStringLiteral("highlightToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const Core::Settings settings;
    for (EntityKind c : Core::allEntityKinds()) {
        createDock(c);
        QAction *toggle = actions->add(toggleId(c), [c] { return tr("Highlight %1").arg(categoryTitle(c)); });
        toggle->setCheckable(true);
        toggle->setChecked(settings.categoryVisible(Core::entityKindId(c)));
        toggle->setIcon(legendIcon(c));
        toggle->setIconText(categoryTitle(c));
        connect(toggle, &QAction::toggled, this, [this, c](bool on) {
            Core::Settings().setCategoryVisible(Core::entityKindId(c), on);
            applyVisibility(m_view);
        });
        m_toolBar->addAction(toggle);
    }
    // Legend only: names the extractor is unsure of are paler.
    QAction *unsure = m_toolBar->addAction(legendIcon(EntityKind::Person, true), QString());
    unsure->setObjectName(QStringLiteral("lowConfidenceLegend"));
    QAction *next = actions->add(QStringLiteral("view.nextMention"), [] { return tr("&Next Mention"); },
                                 QKeySequence::keyBindings(QKeySequence::FindNext), QStringLiteral("go-down"));
    QAction *previous = actions->add(QStringLiteral("view.previousMention"), [] { return tr("&Previous Mention"); },
                                     QKeySequence::keyBindings(QKeySequence::FindPrevious), QStringLiteral("go-up"));
    connect(next, &QAction::triggered, this, &ReaderPanels::nextMention);
    connect(previous, &QAction::triggered, this, &ReaderPanels::previousMention);
    window->addToolBar(m_toolBar);
    retranslate();
}

void ReaderPanels::createDock(EntityKind category)
{
    QAbstractItemModel *model = nullptr;
    int searchRole, offsetRole, countRole, indexRole;
    if (category == EntityKind::Metric) {
        m_metricModel = new Core::MetricModel(this);
        model = m_metricModel;
        searchRole = Core::MetricModel::SearchKeyRole;
        offsetRole = Core::MetricModel::FirstOffsetRole;
        countRole = -1;
        indexRole = Core::MetricModel::EntityIndexRole;
    } else {
        auto *m = new Core::EntityListModel(category, this);
        m_entityModels.insert(int(category), m);
        model = m;
        searchRole = Core::EntityListModel::SearchKeyRole;
        offsetRole = Core::EntityListModel::FirstOffsetRole;
        countRole = Core::EntityListModel::MentionCountRole;
        indexRole = Core::EntityListModel::EntityIndexRole;
    }
    auto *dock = new QDockWidget(m_window);
    dock->setObjectName(Core::entityKindId(category) + QStringLiteral("Dock"));
    auto *panel = new EntityPanel(model, searchRole, offsetRole, countRole, indexRole, dock);
    panel->setObjectName(Core::entityKindId(category) + QStringLiteral("Panel"));
    dock->setWidget(panel);
    m_window->addDockWidget(category == EntityKind::Metric ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea, dock);
    m_docks.insert(int(category), dock);
    m_panels.insert(int(category), panel);
    connect(panel, &EntityPanel::entryActivated, this, [this, category](int index) { activate({category, index}); });
    connect(panel, &EntityPanel::nextMentionRequested, this, &ReaderPanels::nextMention);
    m_indexRoles.insert(int(category), indexRole);
    // Several entries can be chosen (Merge needs two); the context menu offers the corrections.
    panel->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    panel->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(panel->view(), &QWidget::customContextMenuRequested, this,
            [this, category](const QPoint &pos) { requestContextMenu(category, pos); });
    connect(panel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, category] { Q_EMIT entriesSelected(category, selectedEntries(category)); });
    connect(panel, &EntityPanel::previousMentionRequested, this, &ReaderPanels::previousMention);
    // People and Organizations share the left side as tabs; Places sit under them.
    if (category == EntityKind::Organization)
        m_window->tabifyDockWidget(m_docks.value(int(EntityKind::Person)), dock);
    if (category == EntityKind::Organization)
        m_docks.value(int(EntityKind::Person))->raise();
}

QList<int> ReaderPanels::selectedEntries(EntityKind category) const
{
    QList<int> entries;
    const EntityPanel *panel = m_panels.value(int(category));
    const int role = m_indexRoles.value(int(category));
    for (const QModelIndex &row : panel->view()->selectionModel()->selectedRows())
        entries.append(row.data(role).toInt());
    std::sort(entries.begin(), entries.end());
    return entries;
}

void ReaderPanels::requestContextMenu(EntityKind category, const QPoint &pos)
{
    QTreeView *view = m_panels.value(int(category))->view();
    const QModelIndex at = view->indexAt(pos);
    if (at.isValid() && !view->selectionModel()->isRowSelected(at.row(), at.parent())) {
        // A right click outside the selection chooses that row alone, as in a file manager.
        view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    const QList<int> entries = selectedEntries(category);
    if (!entries.isEmpty())
        Q_EMIT entryContextMenuRequested(category, entries, view->viewport()->mapToGlobal(pos));
}

void ReaderPanels::addToViewMenu(QMenu *menu) const
{
    for (EntityKind c : Core::allEntityKinds())
        menu->addAction(m_actions->action(toggleId(c)));
    menu->addSeparator();
    menu->addAction(m_actions->action(QStringLiteral("view.nextMention")));
    menu->addAction(m_actions->action(QStringLiteral("view.previousMention")));
    menu->addSeparator();
    QMenu *panels = menu->addMenu(tr("&Panels"));
    panels->setObjectName(QStringLiteral("menuPanels"));
    for (EntityKind c : Core::allEntityKinds())
        panels->addAction(m_docks.value(int(c))->toggleViewAction());
    menu->addAction(m_toolBar->toggleViewAction());
}

void ReaderPanels::retranslate()
{
    m_toolBar->setWindowTitle(tr("Highlights"));
    for (EntityKind c : Core::allEntityKinds()) {
        m_docks.value(int(c))->setWindowTitle(categoryTitle(c));
        m_panels.value(int(c))->setAccessibleName(categoryTitle(c));
        m_actions->action(toggleId(c))->setIconText(categoryTitle(c));
    }
    if (QMenu *panels = m_window->findChild<QMenu *>(QStringLiteral("menuPanels")))
        panels->setTitle(tr("&Panels"));
    for (QAction *a : m_toolBar->actions())
        if (a->objectName() == u"lowConfidenceLegend") {
            a->setText(tr("Unsure"));
            a->setToolTip(tr("A paler highlight marks a name Lectern is unsure of (confidence below %1%): check it first.")
                              .arg(qRound(Core::HighlightStyle::lowConfidence * 100)));
        }
}

QSet<EntityKind> ReaderPanels::hiddenCategories() const
{
    QSet<EntityKind> hidden;
    for (EntityKind c : Core::allEntityKinds())
        if (!m_actions->action(toggleId(c))->isChecked())
            hidden.insert(c);
    return hidden;
}

void ReaderPanels::applyVisibility(ArticleView *view) const
{
    if (view)
        view->setHiddenCategories(hiddenCategories());
}

void ReaderPanels::setView(ArticleView *view)
{
    if (m_view) {
        disconnect(m_view, nullptr, this, nullptr);
        if (m_view->articleDocument())
            disconnect(m_view->articleDocument(), nullptr, this, nullptr);
    }
    m_view = view;
    Core::ArticleDocument *document = view ? view->articleDocument() : nullptr;
    for (Core::EntityListModel *m : std::as_const(m_entityModels))
        m->setDocument(document);
    m_metricModel->setDocument(document);
    m_current = {};
    m_mention = -1;
    if (view) {
        connect(view, &ArticleView::entityClicked, this, &ReaderPanels::onEntityClicked);
        // Corrections renumber the entries: forget the one being cycled.
        connect(document, &Core::ArticleDocument::entitiesChanged, this, [this] {
            m_current = {};
            m_mention = -1;
        });
        applyVisibility(view);
    }
}

void ReaderPanels::activate(const Core::EntityRef &ref)
{
    if (!m_view)
        return;
    const QList<Core::Span> spans = m_view->articleDocument()->mentionSpans(ref);
    if (spans.isEmpty())
        return;
    m_current = ref;
    m_mention = 0;
    m_view->selectBodySpan(spans.first());
    // The entry the user went to is what Review > Entity Corrections acts on, even when the
    // view only moved its current row (keyboard) without selecting it.
    QList<int> chosen = selectedEntries(ref.category);
    if (!chosen.contains(ref.index))
        chosen = {ref.index};
    Q_EMIT entriesSelected(ref.category, chosen);
}

void ReaderPanels::onEntityClicked(const Core::EntityRef &ref)
{
    for (EntityKind c : Core::allEntityKinds())
        if (c != ref.category)
            m_panels.value(int(c))->clearSelection();
    m_panels.value(int(ref.category))->selectEntity(ref.index);
    m_docks.value(int(ref.category))->raise();
    m_current = ref;
    // Continue cycling from the clicked mention.
    const QList<Core::Span> spans = m_view->articleDocument()->mentionSpans(ref);
    const qsizetype at = m_view->bodyOffsetAt(m_view->viewport()->mapFromGlobal(QCursor::pos()));
    m_mention = 0;
    for (int i = 0; i < spans.size(); ++i)
        if (spans.at(i).start <= at && at < spans.at(i).end)
            m_mention = i;
}

void ReaderPanels::nextMention() { stepMention(1); }
void ReaderPanels::previousMention() { stepMention(-1); }

void ReaderPanels::stepMention(int delta)
{
    if (!m_view || !m_current.isValid())
        return;
    const QList<Core::Span> spans = m_view->articleDocument()->mentionSpans(m_current);
    if (spans.isEmpty())
        return;
    const int n = int(spans.size());
    m_mention = ((m_mention + delta) % n + n) % n;
    m_view->selectBodySpan(spans.at(m_mention));
}

} // namespace Lectern::Gui
