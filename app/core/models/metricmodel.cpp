#include "models/metricmodel.h"

#include "review/applycorrections.h"
#include "util/literaltext.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <cmath>

namespace Lectern::Core {

namespace {

const QList<Metric> &emptyMetrics()
{
    static const QList<Metric> empty;
    return empty;
}

bool isVietnamese(const QLocale &locale)
{
    return locale.language() == QLocale::Vietnamese;
}

// A number scaled to a short word: 9e10 -> (90, "tỷ"/"billion").
QString scaledNumber(double v, const QLocale &locale)
{
    struct Scale { double factor; const char *vi; const char *en; };
    static const Scale scales[] = {{1e12, "nghìn tỷ", "trillion"}, {1e9, "tỷ", "billion"},
                                   {1e6, "triệu", "million"}};
    for (const Scale &s : scales) {
        if (std::fabs(v) >= s.factor) {
            const QString n = locale.toString(v / s.factor, 'g', 6);
            return n + QLatin1Char(' ') + QString::fromUtf8(isVietnamese(locale) ? s.vi : s.en);
        }
    }
    return locale.toString(v, 'g', 12);
}

QString plainNumber(double v, const QLocale &locale)
{
    if (std::fabs(v) < 1e15 && v == std::floor(v))
        return locale.toString(qlonglong(v));
    return locale.toString(v, 'g', 12);
}

} // namespace

MetricModel::MetricModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MetricModel::setDocument(ArticleDocument *document)
{
    if (m_document == document)
        return;
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ArticleDocument::entitiesChanged, this, [this] {
            beginResetModel();
            refreshVerified();
            endResetModel();
        });
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    refreshVerified();
    endResetModel();
}

void MetricModel::refreshVerified()
{
    m_verified.clear();
    if (!m_document)
        return;
    const QList<Span> verified =
        verifiedMetricSpans(correctionSteps(m_document->annotations()->corrections(), m_document->text()));
    for (const Metric &m : metrics())
        m_verified.append(verified.contains(m.span));
}

const QList<Metric> &MetricModel::metrics() const
{
    return m_document ? m_document->entities().metrics : emptyMetrics();
}

int MetricModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(metrics().size());
}

int MetricModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MetricModel::kindName(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Count: return tr("count");
    case MetricKind::Percent: return tr("percent");
    case MetricKind::Money: return tr("money");
    case MetricKind::Ratio: return tr("ratio");
    case MetricKind::Quantity: return tr("quantity");
    }
    return {};
}

QString MetricModel::formatValue(const Metric &m, const QLocale &locale)
{
    const bool vi = isVietnamese(locale);
    auto one = [&](double v) -> QString {
        switch (m.kind) {
        case MetricKind::Percent:
            return locale.toString(v, 'g', 10) + (vi ? QStringLiteral(" %") : QStringLiteral("%"));
        case MetricKind::Money: {
            const QString amount = scaledNumber(v, locale);
            if (m.currency == QStringLiteral("VND") || m.currency.isEmpty())
                return vi ? amount + QStringLiteral(" đồng") : QStringLiteral("VND ") + amount;
            return vi ? amount + QLatin1Char(' ') + m.currency : m.currency + QLatin1Char(' ') + amount;
        }
        default:
            return plainNumber(v, locale);
        }
    };
    if (m.kind == MetricKind::Ratio)
        return plainNumber(m.value, locale) + QLatin1Char('/') + plainNumber(m.high, locale);
    if (m.isRange)
        return one(m.value) + QStringLiteral(" – ") + one(m.high);
    return one(m.value);
}

QVariant MetricModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= metrics().size())
        return {};
    const Metric &m = metrics().at(index.row());
    bool failed = false;
    QStringList checkTexts;
    for (const MetricCheck &c : m.checks) {
        failed = failed || !c.consistent;
        checkTexts.append((c.consistent ? tr("Consistent: %1") : tr("Inconsistent: %1")).arg(c.description));
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FigureColumn: return m_verified.value(index.row()) ? m.text + QStringLiteral(" \u2713") : m.text;
        case KindColumn: return kindName(m.kind);
        case ValueColumn: return formatValue(m);
        case UnitColumn: return m.kind == MetricKind::Money ? m.currency : m.unit;
        case QualifierColumn: return QStringList{m.qualifier, m.direction}.join(QLatin1Char(' ')).trimmed();
        case CheckColumn: return m.checks.isEmpty() ? QString() : failed ? tr("check failed") : tr("consistent");
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = checkTexts.isEmpty() ? formatValue(m) : checkTexts.join(QLatin1Char('\n'));
        if (m_verified.value(index.row()))
            tip += QLatin1Char('\n') + tr("Verified by an editor");
        return LiteralText::forRichTextContext(tip);
    }
    case SearchKeyRole: return TextFold::searchKey(m.text);
    case FirstOffsetRole: return qlonglong(m.span.start);
    case EntityIndexRole: return index.row();
    case CheckFailedRole: return failed;
    case VerifiedRole: return m_verified.value(index.row());
    }
    return {};
}

QVariant MetricModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FigureColumn: return tr("Figure");
    case KindColumn: return tr("Kind");
    case ValueColumn: return tr("Value");
    case UnitColumn: return tr("Unit");
    case QualifierColumn: return tr("Qualifier");
    case CheckColumn: return tr("Check");
    }
    return {};
}

} // namespace Lectern::Core
