#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace Lectern::Core {

// Filters an AnnotationModel for the Annotations panel: by status, tag, author, free text
// (compared as TextFold::searchKey, so "kiem tra" finds "Kiểm tra") and orphan state.
class AnnotationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Orphans { Include, Exclude, Only };

    explicit AnnotationFilterProxy(QObject *parent = nullptr);

    void setStatusFilter(std::optional<int> status); // int(Annotation::Status); nullopt = any
    void setTagFilter(const QString &tag);            // empty = any
    void setAuthorFilter(const QString &author);      // empty = any
    void setTextFilter(const QString &text);
    void setOrphans(Orphans mode);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<int> m_status;
    QString m_tag;
    QString m_author;
    QString m_textKey;
    Orphans m_orphans = Orphans::Include;
};

} // namespace Lectern::Core
