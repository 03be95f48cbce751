#include "models/annotationfilterproxy.h"

#include "models/annotationmodel.h"
#include "util/textfold.h"

namespace Lectern::Core {

AnnotationFilterProxy::AnnotationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void AnnotationFilterProxy::setStatusFilter(std::optional<int> status)
{
    m_status = status;
    invalidateFilter();
}

void AnnotationFilterProxy::setTagFilter(const QString &tag)
{
    m_tag = tag;
    invalidateFilter();
}

void AnnotationFilterProxy::setAuthorFilter(const QString &author)
{
    m_author = author;
    invalidateFilter();
}

void AnnotationFilterProxy::setTextFilter(const QString &text)
{
    m_textKey = TextFold::searchKey(text).trimmed();
    invalidateFilter();
}

void AnnotationFilterProxy::setOrphans(Orphans mode)
{
    m_orphans = mode;
    invalidateFilter();
}

bool AnnotationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool orphan = i.data(AnnotationModel::OrphanRole).toBool();
    if ((m_orphans == Orphans::Exclude && orphan) || (m_orphans == Orphans::Only && !orphan))
        return false;
    if (m_status && i.data(AnnotationModel::StatusRole).toInt() != *m_status)
        return false;
    if (!m_tag.isEmpty() && !i.data(AnnotationModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (!m_author.isEmpty() && i.data(AnnotationModel::AuthorRole).toString() != m_author)
        return false;
    if (!m_textKey.isEmpty() && !i.data(AnnotationModel::SearchKeyRole).toString().contains(m_textKey))
        return false;
    return true;
}

} // namespace Lectern::Core
