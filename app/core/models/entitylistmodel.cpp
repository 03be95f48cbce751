#include "models/entitylistmodel.h"

#include "review/applycorrections.h"
#include "util/textfold.h"

namespace Lectern::Core {

namespace {
const QList<Entity> &emptyList()
{
    static const QList<Entity> empty;
    return empty;
}
} // namespace

EntityListModel::EntityListModel(EntityKind category, QObject *parent)
    : QAbstractTableModel(parent)
    , m_category(category)
{
    Q_ASSERT(category != EntityKind::Metric);
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
        m_verified.clear();
        const QStringList verified =
            m_document ? verifiedEntityKeys(correctionSteps(m_document->annotations()->corrections(), m_document->text()))
                       : QStringList();
        for (const Entity &e : entities()) {
            m_searchKeys.append(TextFold::searchKey(QStringList{e.name, e.aliases.join(QLatin1Char(' ')),
                                                                e.roles.join(QLatin1Char(' '))}
                                                        .join(QLatin1Char(' '))));
            m_verified.append(verified.contains(entityKindId(e.type) + QLatin1Char('|') + TextFold::matchKey(e.name)));
        }
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
    const QStringList details = m_category == EntityKind::Person ? e.roles : e.aliases;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return m_verified.value(index.row()) ? e.name + QStringLiteral(" \u2713") : e.name;
        case DetailColumn: return details.join(QStringLiteral("; "));
        case MentionsColumn: return int(e.mentions.size());
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(e.name.toHtmlEscaped());
        for (const QString &d : details)
            tip += QStringLiteral("<br>") + d.toHtmlEscaped();
        if (m_verified.value(index.row()))
            tip += QStringLiteral("<br><i>%1</i>").arg(tr("Verified by an editor"));
        if (e.mixedScripts)
            tip += QStringLiteral("<br>\u26A0 %1").arg(tr("The name mixes alphabets (a foreign letter that looks Latin): it may imitate another name."));
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
    case VerifiedRole: return m_verified.value(index.row());
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
        return m_category == EntityKind::Person ? tr("Roles")
             : m_category == EntityKind::Organization ? tr("Aliases") : tr("Also written");
    case MentionsColumn: return tr("Mentions");
    }
    return {};
}

QModelIndex EntityListModel::indexForEntity(int entityIndex) const
{
    return index(entityIndex, NameColumn);
}

} // namespace Lectern::Core
