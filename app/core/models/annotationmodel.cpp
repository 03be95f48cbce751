#include "models/annotationmodel.h"

#include "review/anchoring.h"
#include "util/datetext.h"
#include "util/literaltext.h"
#include "util/textfold.h"

#include <QLocale>

namespace Lectern::Core {

namespace {
QString searchKeyOf(const Annotation &a)
{
    QStringList parts{a.anchor.exact, a.comment, a.author, a.tags.join(QLatin1Char(' ')), Annotation::tagLabels(a.tags).join(QLatin1Char(' '))};
    for (const AnnotationReply &r : a.replies)
        parts << r.text << r.author;
    if (a.kind == Annotation::Kind::EntityCorrection)
        parts << a.correction.describe();
    return TextFold::searchKey(parts.join(QLatin1Char(' ')));
}
} // namespace

AnnotationModel::AnnotationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString AnnotationModel::statusLabel(Annotation::Status status)
{
    switch (status) {
    case Annotation::Status::Open: return tr("Open");
    case Annotation::Status::Resolved: return tr("Resolved");
    case Annotation::Status::WontFix: return tr("Won't fix");
    }
    return {};
}

void AnnotationModel::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ArticleDocument::annotationAdded, this, &AnnotationModel::onAdded);
        connect(document, &ArticleDocument::annotationChanged, this, &AnnotationModel::onChanged);
        connect(document, &ArticleDocument::annotationRemoved, this, &AnnotationModel::onRemoved);
        connect(document, &ArticleDocument::annotationsReset, this, &AnnotationModel::reload);
    }
    reload();
}

void AnnotationModel::reload()
{
    beginResetModel();
    m_rows = m_document ? m_document->annotations()->all() : QList<Annotation>();
    m_searchKeys.clear();
    for (const Annotation &a : std::as_const(m_rows))
        m_searchKeys << searchKeyOf(a);
    endResetModel();
    Q_EMIT countsChanged();
}

int AnnotationModel::rowOf(const QUuid &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void AnnotationModel::onAdded(const QUuid &id)
{
    const qsizetype row = m_document->annotations()->indexOf(id);
    if (row < 0 || rowOf(id) >= 0) {
        reload();
        return;
    }
    beginInsertRows({}, int(row), int(row));
    m_rows.insert(row, *m_document->annotations()->find(id));
    m_searchKeys.insert(row, searchKeyOf(m_rows.at(row)));
    endInsertRows();
    Q_EMIT countsChanged();
}

void AnnotationModel::onChanged(const QUuid &id)
{
    const int oldRow = rowOf(id);
    const qsizetype newRow = m_document->annotations()->indexOf(id);
    if (oldRow < 0 || newRow < 0) {
        reload();
        return;
    }
    if (oldRow != newRow) {
        onRemoved(id);
        onAdded(id);
        return;
    }
    m_rows[oldRow] = *m_document->annotations()->find(id);
    m_searchKeys[oldRow] = searchKeyOf(m_rows.at(oldRow));
    Q_EMIT dataChanged(index(oldRow, 0), index(oldRow, ColumnCount - 1));
    Q_EMIT countsChanged();
}

void AnnotationModel::onRemoved(const QUuid &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_searchKeys.removeAt(row);
    endRemoveRows();
    Q_EMIT countsChanged();
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Annotation &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuoteColumn: return QString(a.anchor.exact).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case CommentColumn:
            return a.kind == Annotation::Kind::EntityCorrection
                       ? a.correction.describe()
                       : QString(a.comment).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case TagsColumn: return Annotation::tagLabels(a.tags).join(QStringLiteral(", "));
        case StatusColumn: return statusLabel(a.status);
        case AuthorColumn: return a.author;
        case ModifiedColumn: return DateText::format(a.modified.toLocalTime(), true);
        case PageColumn: {
            if (!m_document || a.orphan)
                return {};
            const int page = m_document->article().pageAt(Anchoring::toUtf16Span(a.anchor, m_document->text()).start);
            return page > 0 ? QVariant(page) : QVariant();
        }
        }
        return {};
    case Qt::ToolTipRole:
        return LiteralText::forRichTextContext(a.comment.isEmpty() ? a.anchor.exact : a.comment);
    case IdRole: return a.id;
    case StatusRole: return int(a.status);
    case TagsRole: return a.tags;
    case AuthorRole: return a.author;
    case OrphanRole: return a.orphan;
    case KindRole: return int(a.kind);
    case SearchKeyRole: return m_searchKeys.value(index.row());
    case Utf16StartRole:
    case Utf16EndRole: {
        if (!m_document || a.orphan)
            return -1;
        const Span span = Anchoring::toUtf16Span(a.anchor, m_document->text());
        return qlonglong(role == Utf16StartRole ? span.start : span.end);
    }
    case ContextRole:
        return QStringLiteral("\u2026%1[%2]%3\u2026").arg(a.anchor.prefix, a.anchor.exact, a.anchor.suffix);
    default:
        return {};
    }
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn: return tr("Text");
    case CommentColumn: return tr("Comment");
    case TagsColumn: return tr("Tags");
    case StatusColumn: return tr("Status");
    case AuthorColumn: return tr("Author");
    case ModifiedColumn: return tr("Modified");
    case PageColumn: return tr("Page");
    }
    return {};
}

QModelIndex AnnotationModel::indexForId(const QUuid &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

const Annotation *AnnotationModel::annotationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QList<int> AnnotationModel::statusCounts() const
{
    QList<int> counts(3, 0);
    for (const Annotation &a : m_rows)
        ++counts[int(a.status)];
    return counts;
}

QStringList AnnotationModel::tags() const
{
    QStringList out;
    for (const Annotation &a : m_rows)
        out << a.tags;
    out.removeDuplicates();
    out.sort(Qt::CaseInsensitive);
    return out;
}

QStringList AnnotationModel::authors() const
{
    QStringList out;
    for (const Annotation &a : m_rows) {
        if (!a.author.trimmed().isEmpty()) // rows stored blank before issue 19 offer no blank choice
            out << a.author;
    }
    out.removeDuplicates();
    out.sort(Qt::CaseInsensitive);
    return out;
}

} // namespace Lectern::Core
