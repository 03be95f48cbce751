#pragma once

#include "document/articledocument.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QPointer>

namespace Lectern::Core {

// The Metrics of one document: figure as written | kind | value | unit or noun | qualifier | check.
// Values are formatted for the UI locale (QLocale default). Follows entitiesChanged().
class MetricModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FigureColumn, KindColumn, ValueColumn, UnitColumn, QualifierColumn, CheckColumn, ColumnCount };
    enum Role {
        SearchKeyRole = Qt::UserRole + 1,
        FirstOffsetRole,
        EntityIndexRole,
        CheckFailedRole, // bool: a consistency check failed
        VerifiedRole,    // bool: an editor marked the figure verified (shown as a check mark)
    };

    explicit MetricModel(QObject *parent = nullptr);
    void setDocument(ArticleDocument *document);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12,5 %" / "90 tỷ đồng" in Vietnamese, "12.5%" / "VND 90 billion" in English, ranges "8,5–9 %".
    static QString formatValue(const Metric &metric, const QLocale &locale = QLocale());
    static QString kindName(MetricKind kind); // translated

private:
    const QList<Metric> &metrics() const;
    void refreshVerified();
    QPointer<ArticleDocument> m_document;
    QList<bool> m_verified; // per row
};

} // namespace Lectern::Core
