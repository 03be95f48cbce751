#include "library/librarylistmodel.h"

#include "util/datetext.h"
#include "util/literaltext.h"

#include <QCoreApplication>

namespace Lectern::Core {

namespace {

QString stateText(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft: return QCoreApplication::translate("LibraryListModel", "Draft");
    case ReviewState::InReview: return QCoreApplication::translate("LibraryListModel", "In review");
    case ReviewState::Approved: return QCoreApplication::translate("LibraryListModel", "Approved");
    }
    return {};
}

} // namespace

LibraryListModel::LibraryListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LibraryListModel::setEntries(const QList<LibraryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_hits.clear();
    m_lazy = false;
    m_fetch = {};
    endResetModel();
}

void LibraryListModel::setSource(int total, PageFetcher fetch, int pageSize)
{
    beginResetModel();
    m_entries.clear();
    m_hits.clear();
    m_lazy = true;
    m_total = std::max(0, total);
    m_pageSize = std::max(1, pageSize);
    m_fetch = std::move(fetch);
    endResetModel();
    fetchMore({});
}

bool LibraryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_lazy && m_entries.size() < m_total;
}

void LibraryListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_fetch)
        return;
    const int offset = int(m_entries.size());
    QList<LibraryEntry> page = m_fetch(offset, std::min(m_pageSize, m_total - offset), m_sortColumn, m_sortOrder);
    if (page.isEmpty()) {
        m_total = offset; // the library shrank meanwhile: nothing more to fetch
        return;
    }
    if (page.size() > m_total - offset)
        page.resize(m_total - offset);
    beginInsertRows({}, offset, offset + int(page.size()) - 1);
    m_entries += page;
    endInsertRows();
}

void LibraryListModel::sort(int column, Qt::SortOrder order)
{
    if (!m_lazy || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    fetchMore({});
}

void LibraryListModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    m_lazy = false;
    m_fetch = {};
    m_entries.clear();
    for (const SearchHit &hit : hits)
        m_entries.append(hit.entry);
    endResetModel();
}

int LibraryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LibraryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const LibraryEntry &e = m_entries.at(index.row());
    const SearchHit *hit = m_hits.isEmpty() ? nullptr : &m_hits.at(index.row());
    switch (role) {
    case ArticleIdRole: return e.id;
    case PathRole: return e.path;
    case SnippetHtmlRole: return hit ? hit->snippetHtml() : QString();
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return LiteralText::forRichTextContext(e.path.isEmpty() ? e.url : e.path);
        if (index.column() == Snippet && hit)
            return hit->snippetHtml();
        return {};
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Title: return e.shownTitle();
        case Published:
            if (role == SortRole)
                return e.published;
            return DateText::formatIso(e.published);
        case Site: return e.site;
        case State: return role == SortRole ? QVariant(int(e.state)) : QVariant(stateText(e.state));
        case OpenAnnotations: return e.openAnnotations;
        case People: return e.people;
        case Figures: return e.figures;
        case Snippet: return hit ? hit->snippet : QString();
        default: return {};
        }
    default:
        return {};
    }
}

QVariant LibraryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Title");
    case Published: return tr("Date");
    case Site: return tr("Source");
    case State: return tr("State");
    case OpenAnnotations: return tr("Open notes");
    case People: return tr("People");
    case Figures: return tr("Figures");
    case Snippet: return tr("Match");
    default: return {};
    }
}

} // namespace Lectern::Core
