#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace Lectern::Core {

// An encoded QR symbol: a square of dark/light modules, plus the quiet zone every output
// adds around it (4 modules, as ISO/IEC 18004 requires). A plain value type; no smoothing
// anywhere: every output keeps module edges exact.
class QrMatrix final
{
public:
    static constexpr int quietZone = 4;

    QrMatrix() = default;
    // modules: size * size values, row-major, true = dark.
    QrMatrix(int size, QList<bool> modules);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }                     // modules per side, without quiet zone
    int sizeWithQuietZone() const { return m_size + 2 * quietZone; }
    bool module(int x, int y) const;                        // outside the symbol: light

    // A pixelSize x pixelSize grayscale image (quiet zone included). Each module is exactly
    // pixelSize / sizeWithQuietZone() pixels wide (at least 1); the remainder is extra light margin
    // split evenly. A pixelSize below sizeWithQuietZone() gives one pixel per module.
    QImage toImage(int pixelSize) const;
    // A standalone SVG: a viewBox in modules, one light rect and one dark <path> (horizontal runs).
    // pixelSize > 0 sets the width/height attributes; 0 leaves the size to the viewer.
    QString toSvg(int pixelSize = 0) const;
    // Paints the symbol with its quiet zone into target (a square) as vector rectangles:
    // light background, then one dark path. For PDF and printers: never a bitmap.
    void paint(QPainter *painter, const QRectF &target, const QColor &dark = Qt::black,
               const QColor &light = Qt::white) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace Lectern::Core
