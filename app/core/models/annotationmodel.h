#pragma once

#include "document/articledocument.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Lectern::Core {

// The annotations of one document as a table, in text order:
// quote | comment | tags | status | author | modified | page.
// Follows the document's annotation signals with precise row inserts/removes/changes (it keeps
// its own copy of the rows so begin/end notifications always describe a consistent state);
// never edits the document.
class AnnotationModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // PageColumn: the page the annotated text starts on, for paged sources (PDF); empty otherwise.
    enum Column { QuoteColumn, CommentColumn, TagsColumn, StatusColumn, AuthorColumn, ModifiedColumn, PageColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QUuid
        StatusRole,                // int(Annotation::Status)
        TagsRole,                  // QStringList
        AuthorRole,                // QString
        OrphanRole,                // bool
        KindRole,                  // int(Annotation::Kind)
        SearchKeyRole,             // TextFold::searchKey of quote, comment, tags, replies, author
        Utf16StartRole,            // span in ArticleDocument::text() (UTF-16), for jumping
        Utf16EndRole,
        ContextRole,               // "…prefix[exact]suffix…" for orphans' original context
    };

    explicit AnnotationModel(QObject *parent = nullptr);

    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexForId(const QUuid &id, int column = 0) const;
    const Annotation *annotationAt(int row) const;
    // Rows per status (index = int(Annotation::Status)), orphans included.
    QList<int> statusCounts() const;
    // Every tag and author in use, sorted, for filter choices.
    QStringList tags() const;
    QStringList authors() const;

    static QString statusLabel(Annotation::Status status); // translated "Open", "Resolved", "Won't fix"

Q_SIGNALS:
    void countsChanged();

private:
    void reload();
    void onAdded(const QUuid &id);
    void onChanged(const QUuid &id);
    void onRemoved(const QUuid &id);
    int rowOf(const QUuid &id) const;

    QPointer<ArticleDocument> m_document;
    QList<Annotation> m_rows;
    QList<QString> m_searchKeys;
};

} // namespace Lectern::Core
