#include "entitypanel.h"

#include "elidingdelegate.h"
#include "entityfilterproxy.h"
#include "icons.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lectern::Gui {

EntityPanel::EntityPanel(QAbstractItemModel *model, int searchKeyRole, int firstOffsetRole, int countRole,
                         int entityIndexRole, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new EntityFilterProxy(searchKeyRole, firstOffsetRole, countRole, this))
    , m_entityIndexRole(entityIndexRole)
    , m_filter(new QLineEdit(this))
    , m_order(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_order->setObjectName(QStringLiteral("order"));
    m_order->addItem(QString());
    m_order->addItem(QString());
    m_order->setVisible(countRole >= 0);
    // Sized for the language shown (Vietnamese is the longer): never narrower than its items.
    m_order->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_view->setObjectName(QStringLiteral("entries"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // A long name is elided in the middle, the whole of it in the tool tip (issue 19).
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setItemDelegate(new ElidingDelegate(m_view));
    if (model->columnCount() <= 3) // people, organizations, places (the figures' table scrolls)
        keepFirstColumnReadable(m_view);
    m_previous->setIcon(Icons::themed(QStringLiteral("go-up")));
    m_next->setIcon(Icons::themed(QStringLiteral("go-down")));
    m_previous->setObjectName(QStringLiteral("previousMention"));
    m_next->setObjectName(QStringLiteral("nextMention"));
    m_previous->setAutoRaise(true);
    m_next->setAutoRaise(true);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_order); // below the list, so the filter keeps the row for its placeholder
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_previous);
    bottom->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EntityFilterProxy::setQuery);
    connect(m_order, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_proxy->setOrder(i == 1 ? EntityFilterProxy::Order::Count : EntityFilterProxy::Order::Appearance);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EntityPanel::onCurrentChanged);
    connect(m_view, &QTreeView::clicked, this, [this] {
        if (const int e = currentEntity(); e >= 0)
            Q_EMIT entryActivated(e); // a click on the current row jumps again
    });
    connect(m_previous, &QToolButton::clicked, this, &EntityPanel::previousMentionRequested);
    connect(m_next, &QToolButton::clicked, this, &EntityPanel::nextMentionRequested);
    auto updateCount = [this] {
        m_count->setText(tr("%n entries", nullptr, m_proxy->rowCount()));
        m_view->resizeColumnToContents(m_model->columnCount() - 1);
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateCount);
    m_proxy->setOrder(EntityFilterProxy::Order::Appearance);
    retranslate();
    updateCount();
}

void EntityPanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter (diacritics optional)"));
    m_order->setItemText(0, tr("By appearance"));
    m_order->setItemText(1, tr("By mentions"));
    m_previous->setToolTip(tr("Previous mention (Shift+F3)"));
    m_next->setToolTip(tr("Next mention (F3)"));
    m_count->setText(tr("%n entries", nullptr, m_proxy->rowCount()));
}

void EntityPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

int EntityPanel::currentEntity() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(m_entityIndexRole).toInt() : -1;
}

void EntityPanel::onCurrentChanged()
{
    if (m_syncing)
        return;
    if (const int e = currentEntity(); e >= 0)
        Q_EMIT entryActivated(e);
}

void EntityPanel::selectEntity(int entityIndex)
{
    const QModelIndex source = m_model->index(entityIndex, 0);
    QModelIndex proxyIndex = m_proxy->mapFromSource(source);
    if (!proxyIndex.isValid() && !m_filter->text().isEmpty()) {
        m_filter->clear(); // the entry was filtered out: show it
        proxyIndex = m_proxy->mapFromSource(source);
    }
    if (!proxyIndex.isValid())
        return;
    m_syncing = true;
    m_view->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxyIndex);
    m_syncing = false;
}

void EntityPanel::clearSelection()
{
    m_syncing = true;
    m_view->selectionModel()->clearSelection();
    m_view->setCurrentIndex({});
    m_syncing = false;
}

} // namespace Lectern::Gui
