#pragma once

#include "library/librarytypes.h"

#include <QAbstractTableModel>

namespace Lectern::Core {

// The Library window's table: one row per article (a list() result or a search() result).
// Display texts are English source strings marked for translation (QT_TR_NOOP); sorting uses
// SortRole, which gives dates as ISO text and counts as numbers.
class LibraryListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Published, Site, State, OpenAnnotations, People, Figures, Snippet, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, PathRole, SortRole, SnippetHtmlRole };

    explicit LibraryListModel(QObject *parent = nullptr);

    void setEntries(const QList<LibraryEntry> &entries);
    void setHits(const QList<SearchHit> &hits);   // search mode: the Snippet column is filled
    const LibraryEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LibraryEntry> m_entries;
    QList<SearchHit> m_hits;  // parallel to m_entries in search mode, else empty
};

} // namespace Lectern::Core
