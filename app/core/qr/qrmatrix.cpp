#include "qr/qrmatrix.h"

#include <QPainter>
#include <QPainterPath>

namespace Lectern::Core {

QrMatrix::QrMatrix(int size, QList<bool> modules)
    : m_size(size)
    , m_modules(std::move(modules))
{
    if (m_size <= 0 || m_modules.size() != qsizetype(m_size) * m_size) {
        m_size = 0;
        m_modules.clear();
    }
}

bool QrMatrix::module(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}

QImage QrMatrix::toImage(int pixelSize) const
{
    if (isNull())
        return {};
    const int total = sizeWithQuietZone();
    const int modulePx = qMax(1, pixelSize / total);
    const int side = qMax(pixelSize, modulePx * total);
    const int offset = (side - modulePx * total) / 2 + quietZone * modulePx;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!module(x, y))
                continue;
            for (int dy = 0; dy < modulePx; ++dy) {
                uchar *line = image.scanLine(offset + y * modulePx + dy);
                std::fill(line + offset + x * modulePx, line + offset + (x + 1) * modulePx, uchar(0));
            }
        }
    }
    return image;
}

QString QrMatrix::toSvg(int pixelSize) const
{
    if (isNull())
        return {};
    const int total = sizeWithQuietZone();
    QString path;
    path.reserve(m_size * m_size * 4);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!module(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && module(x, y))
                ++x;
            path += QStringLiteral("M%1,%2h%3v1h-%3z").arg(start + quietZone).arg(y + quietZone).arg(x - start);
        }
    }
    const QString size = pixelSize > 0 ? QStringLiteral(" width=\"%1\" height=\"%1\"").arg(pixelSize) : QString();
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 %1 %1\"%2 "
                          "shape-rendering=\"crispEdges\">\n"
                          "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
                          "<path d=\"%3\" fill=\"#000000\"/>\n"
                          "</svg>\n")
        .arg(total)
        .arg(size, path);
}

void QrMatrix::paint(QPainter *painter, const QRectF &target, const QColor &dark, const QColor &light) const
{
    if (isNull() || !painter)
        return;
    const qreal unit = qMin(target.width(), target.height()) / sizeWithQuietZone();
    const QPointF origin = target.topLeft() + QPointF(quietZone * unit, quietZone * unit);
    // Runs of dark modules per row, merged into one outline so rasterisers show no seams.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!module(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && module(x, y))
                ++x;
            path.addRect(QRectF(origin.x() + start * unit, origin.y() + y * unit, (x - start) * unit, unit));
        }
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(QRectF(target.topLeft(), QSizeF(unit * sizeWithQuietZone(), unit * sizeWithQuietZone())), light);
    painter->setPen(Qt::NoPen);
    painter->setBrush(dark);
    painter->drawPath(path.simplified());
    painter->restore();
}

} // namespace Lectern::Core
