#pragma once

#include "library/librarytypes.h"

#include <QAbstractTableModel>

#include <functional>

namespace Lectern::Core {

// The Library window's table: one row per article (a list() result or a search() result).
// Display texts are English source strings marked for translation (QT_TR_NOOP); sorting uses
// SortRole, which gives dates as ISO text and counts as numbers.
//
// With setSource() the rows are loaded a page at a time as a view scrolls (canFetchMore /
// fetchMore), so a library of 100,000 articles opens without reading them all; sort() then asks
// the source for the rows in the new order (the store sorts, not the loaded rows).
class LibraryListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Published, Site, State, OpenAnnotations, People, Figures, Snippet, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, PathRole, SortRole, SnippetHtmlRole };

    explicit LibraryListModel(QObject *parent = nullptr);

    void setEntries(const QList<LibraryEntry> &entries);
    // Lazy rows: `total` rows, fetched by fetch(offset, limit, column, order) pageSize at a time
    // (column: a Column to sort by, -1 the source's own order). The first page is loaded now.
    using PageFetcher = std::function<QList<LibraryEntry>(int offset, int limit, int column, Qt::SortOrder order)>;
    void setSource(int total, PageFetcher fetch, int pageSize = 256);
    int totalRows() const { return m_lazy ? m_total : int(m_entries.size()); } // loaded or not
    void setHits(const QList<SearchHit> &hits);   // search mode: the Snippet column is filled
    const LibraryEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Lazy rows: reloaded from the source in this order; else nothing (a proxy sorts them).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QList<LibraryEntry> m_entries;
    QList<SearchHit> m_hits;  // parallel to m_entries in search mode, else empty
    bool m_lazy = false;
    int m_total = 0;
    int m_pageSize = 256;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    PageFetcher m_fetch;
};

} // namespace Lectern::Core
