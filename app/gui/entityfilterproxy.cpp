#include "entityfilterproxy.h"

#include "util/textfold.h"

namespace Lectern::Gui {

EntityFilterProxy::EntityFilterProxy(int searchKeyRole, int firstOffsetRole, int countRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_searchKeyRole(searchKeyRole)
    , m_firstOffsetRole(firstOffsetRole)
    , m_countRole(countRole)
{
    setDynamicSortFilter(true);
}

void EntityFilterProxy::setQuery(const QString &query)
{
    const QString key = Core::TextFold::searchKey(query);
    if (key == m_key)
        return;
    m_key = key;
    invalidateFilter();
}

void EntityFilterProxy::setOrder(Order order)
{
    m_order = order;
    invalidate();
    sort(0, order == Order::Count ? Qt::DescendingOrder : Qt::AscendingOrder);
}

bool EntityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_key.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(m_searchKeyRole).toString().contains(m_key);
}

bool EntityFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const qlonglong leftOffset = left.data(m_firstOffsetRole).toLongLong();
    const qlonglong rightOffset = right.data(m_firstOffsetRole).toLongLong();
    if (m_order == Order::Count && m_countRole >= 0) {
        const int a = left.data(m_countRole).toInt();
        const int b = right.data(m_countRole).toInt();
        if (a != b)
            return a < b;
        return leftOffset > rightOffset; // descending sort: earlier first among equals
    }
    return leftOffset < rightOffset;
}

} // namespace Lectern::Gui
