#include "models/entitylistmodel.h"

#include "util/textfold.h"

namespace Lectern::Core {

namespace {
const QList<Entity> &emptyList()
{
    static const QList<Entity> empty;
    return empty;
}
} // namespace

EntityListModel::EntityListModel(HighlightCategory category, QObject *parent)
    : QAbstractTableModel(parent)
    , m_category(category)
{
    Q_ASSERT(category != HighlightCategory::Metric);
}

void EntityListModel::setDocument(ArticleDocument *document)
{
    if (m_document == document)
        return;
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    auto refresh = [this] {
        m_searchKeys.clear();
        for (const Entity &e : entities())
            m_searchKeys.append(TextFold::searchKey(QStringList{e.name, e.aliases.join(QLatin1Char(' ')),
                                                                e.roles.join(QLatin1Char(' '))}
                                                        .join(QLatin1Char(' '))));
    };
    if (m_document) {
        connect(m_document, &ArticleDocument::entitiesChanged, this, [this, refresh] {
            beginResetModel();
            refresh();
            endResetModel();
        });
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    refresh();
    endResetModel();
}

const QList<Entity> &EntityListModel::entities() const
{
    if (!m_document)
        return emptyList();
    return *m_document->entityList(m_category);
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(entities().size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= entities().size())
        return {};
    const Entity &e = entities().at(index.row());
    const QStringList details = m_category == HighlightCategory::Person ? e.roles : e.aliases;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return e.name;
        case DetailColumn: return details.join(QStringLiteral("; "));
        case MentionsColumn: return int(e.mentions.size());
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(e.name.toHtmlEscaped());
        for (const QString &d : details)
            tip += QStringLiteral("<br>") + d.toHtmlEscaped();
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == MentionsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SearchKeyRole: return m_searchKeys.value(index.row());
    case FirstOffsetRole: return qlonglong(e.firstOffset());
    case MentionCountRole: return int(e.mentions.size());
    case EntityIndexRole: return index.row();
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case DetailColumn:
        return m_category == HighlightCategory::Person ? tr("Roles")
             : m_category == HighlightCategory::Organization ? tr("Aliases") : tr("Also written");
    case MentionsColumn: return tr("Mentions");
    }
    return {};
}

QModelIndex EntityListModel::indexForEntity(int entityIndex) const
{
    return index(entityIndex, NameColumn);
}

} // namespace Lectern::Core
