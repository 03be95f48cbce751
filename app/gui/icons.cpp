#include "icons.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>

namespace Lectern::Gui::Icons {

namespace {

// Draws one of Lectern's stroke SVGs: "currentColor" becomes the palette's text colour for the mode
// (disabled, selected), then the SVG image plug-in (libqt6svg6) renders it at the size asked for.
class TintedSvgEngine final : public QIconEngine
{
public:
    TintedSvgEngine(QString name, QByteArray svg)
        : m_name(std::move(name))
        , m_svg(std::move(svg))
    {
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_name, m_svg); }
    QString key() const override { return QStringLiteral("LecternTintedSvg"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return m_svg.isEmpty(); }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return {side, side};
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {{16, 16}, {22, 22}, {24, 24}, {32, 32}, {48, 48}};
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QSize device = actualSize(rect.size(), mode, state) * ratio;
        QPixmap image = pixmap(device, mode, state);
        image.setDevicePixelRatio(ratio);
        const QSize logical = actualSize(rect.size(), mode, state);
        painter->drawPixmap(QRect(rect.topLeft() + QPoint((rect.width() - logical.width()) / 2,
                                                          (rect.height() - logical.height()) / 2),
                                  logical),
                            image);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const QSize side = actualSize(size, mode, state);
        if (side.isEmpty())
            return {};
        const QColor colour = colourFor(mode);
        const QString cacheKey = QStringLiteral("lectern-icon/%1/%2/%3").arg(m_name).arg(side.width()).arg(colour.rgba(), 8, 16);
        QPixmap result;
        if (QPixmapCache::find(cacheKey, &result))
            return result;
        QByteArray svg = m_svg;
        svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        QBuffer buffer(&svg);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(side);
        const QImage image = reader.read();
        if (image.isNull())
            return {};
        result = QPixmap::fromImage(image);
        QPixmapCache::insert(cacheKey, result);
        return result;
    }

private:
    static QColor colourFor(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QString m_name;
    QByteArray m_svg;
};

} // namespace

QIcon own(const QString &name)
{
    QFile file(QStringLiteral(":/icons/actions/%1.svg").arg(name));
    if (name.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new TintedSvgEngine(name, file.readAll()));
}

QIcon themed(const QString &name)
{
    return QIcon::fromTheme(name, own(name));
}

QString nameForAction(const QString &actionId)
{
    // One table for the actions created without an icon name (the core of the registry's promise
    // that every plain action has an icon); per-category actions share their verb's icon.
    static const QHash<QString, QString> names = {
        {QStringLiteral("file.clearRecent"), QStringLiteral("edit-clear-history")},
        {QStringLiteral("file.exportQr"), QStringLiteral("lectern-qr")},
        {QStringLiteral("file.exportReviewToDraft"), QStringLiteral("document-send")},
        {QStringLiteral("edit.selectAll"), QStringLiteral("edit-select-all")},
        {QStringLiteral("help.sample"), QStringLiteral("text-x-generic")},
        {QStringLiteral("entity.rename"), QStringLiteral("edit-rename")},
        {QStringLiteral("entity.mergeWith"), QStringLiteral("entity-merge")},
        {QStringLiteral("entity.mergeSelected"), QStringLiteral("entity-merge")},
        {QStringLiteral("entity.splitAlias"), QStringLiteral("entity-split")},
    };
    if (const auto it = names.constFind(actionId); it != names.cend())
        return it.value();
    if (actionId.startsWith(QLatin1String("entity.changeType")))
        return QStringLiteral("entity-change-type");
    if (actionId.startsWith(QLatin1String("entity.addAs")))
        return QStringLiteral("list-add");
    return {};
}

} // namespace Lectern::Gui::Icons
