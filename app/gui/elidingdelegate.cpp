#include "elidingdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTreeView>
#include <QStyle>
#include <QTextDocument>
#include <QToolTip>

namespace Lectern::Gui {

namespace {

// The width the style leaves for a cell's text (its icon and margins off).
int textWidth(const QStyleOptionViewItem &option, const QWidget *widget)
{
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return style->subElementRect(QStyle::SE_ItemViewItemText, &option, widget).width()
        - 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1);
}

// A tool tip the model wrote as markup (<b>name</b>…) or as plain text, as the body of a
// rich-text tool tip.
QString asRichText(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    QString body = tip;
    if (body.startsWith(QLatin1String("<qt>")) && body.endsWith(QLatin1String("</qt>")))
        body = body.mid(4, body.size() - 9);
    return body;
}

} // namespace

ElidingDelegate::ElidingDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QString ElidingDelegate::shownText(const QString &text, const QFont &font, int width)
{
    return QFontMetrics(font).elidedText(text, Qt::ElideMiddle, width);
}

QString ElidingDelegate::toolTip(const QModelIndex &index, const QFont &font, int width)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString tip = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty() || shownText(text, font, width) == text)
        return tip;
    // The model's tool tip may already lead with the name (people, places): not twice.
    const QString escaped = text.toHtmlEscaped();
    QString name = text;
    if (name.endsWith(QStringLiteral(" \u2713"))) // the verified mark the list adds
        name.chop(2);
    if (!tip.isEmpty() && (tip.contains(escaped) || tip.contains(name.toHtmlEscaped())))
        return tip;
    QString out = QStringLiteral("<qt><b>%1</b>").arg(escaped);
    if (!tip.isEmpty())
        out += QStringLiteral("<br>") + asRichText(tip);
    return out + QStringLiteral("</qt>");
}

void ElidingDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideMiddle;
}

bool ElidingDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString tip = toolTip(index, opt.font, textWidth(opt, view));
    if (tip.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), tip, view, option.rect);
    return true;
}

namespace {

class ColumnShare final : public QObject
{
public:
    ColumnShare(QTreeView *view, double share)
        : QObject(view)
        , m_view(view)
        , m_share(share)
    {
        view->viewport()->installEventFilter(this);
        // After the panel's own column sizing on a new article (queued: it runs first).
        if (QAbstractItemModel *model = view->model()) {
            connect(model, &QAbstractItemModel::modelReset, this, &ColumnShare::apply, Qt::QueuedConnection);
            connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnShare::apply, Qt::QueuedConnection);
        }
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == m_view->viewport())
            apply();
        return false;
    }

    void apply()
    {
        QHeaderView *header = m_view->header();
        const int columns = header->count();
        const int available = m_view->viewport()->width();
        if (columns < 2 || available <= 0)
            return;
        // What the other columns want (their contents), squeezed together into the share.
        QList<int> wanted;
        int total = 0;
        for (int c = 1; c < columns; ++c) {
            const int want = m_view->isColumnHidden(c) ? 0 : std::max(static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(c), header->sectionSizeHint(c));
            wanted << want;
            total += want;
        }
        const int limit = int(available * m_share);
        for (int c = 1; c < columns; ++c) {
            const int want = wanted.at(c - 1);
            if (want > 0 && header->sectionResizeMode(c) == QHeaderView::Interactive)
                header->resizeSection(c, total <= limit ? want : std::max(24, want * limit / total));
        }
    }

private:
    QTreeView *m_view;
    double m_share;
};

} // namespace

void keepFirstColumnReadable(QTreeView *view, double share)
{
    new ColumnShare(view, share);
}

} // namespace Lectern::Gui
