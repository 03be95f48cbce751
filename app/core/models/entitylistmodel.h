#pragma once

#include "document/articledocument.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Lectern::Core {

// The People, Organizations or Places of one document as a table:
// name | roles (people) or aliases (organizations) | mentions.
// Follows the document's entitiesChanged() signal; never edits the document.
class EntityListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DetailColumn, MentionsColumn, ColumnCount };
    enum Role {
        SearchKeyRole = Qt::UserRole + 1, // TextFold::searchKey of name, aliases and roles
        FirstOffsetRole,                  // body offset of the first mention (sort by appearance)
        MentionCountRole,
        EntityIndexRole,                  // index in the document's list (EntityRef::index)
        VerifiedRole,                     // bool: an editor marked it verified (shown as " ✓")
    };

    explicit EntityListModel(EntityKind category, QObject *parent = nullptr);

    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }
    EntityKind category() const { return m_category; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Row of an entity index (rows and entity indices are the same; kept for clarity).
    QModelIndex indexForEntity(int entityIndex) const;

private:
    const QList<Entity> &entities() const;

    EntityKind m_category;
    QPointer<ArticleDocument> m_document;
    QList<QString> m_searchKeys; // cached per row
    QList<bool> m_verified;      // cached per row
};

} // namespace Lectern::Core
