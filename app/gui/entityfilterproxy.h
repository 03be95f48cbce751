#pragma once

#include <QSortFilterProxyModel>

namespace Lectern::Gui {

// Filters a panel model by a diacritic-insensitive query ("tran luu quang" finds "Trần Lưu Quang")
// over its SearchKeyRole, and sorts by first appearance or by mention count.
class EntityFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Order { Appearance, Count };

    EntityFilterProxy(int searchKeyRole, int firstOffsetRole, int countRole, QObject *parent = nullptr);

    void setQuery(const QString &query);
    void setOrder(Order order);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_searchKeyRole;
    int m_firstOffsetRole;
    int m_countRole;
    QString m_key;
    Order m_order = Order::Appearance;
};

} // namespace Lectern::Gui
