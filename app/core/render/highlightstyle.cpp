#include "render/highlightstyle.h"

namespace Lectern::Core {

HighlightStyle HighlightStyle::forKind(EntityKind kind, bool dark)
{
    // Okabe–Ito: blue #0072B2, orange #E69F00, bluish green #009E73, reddish purple #CC79A7.
    switch (kind) {
    case EntityKind::Person:
        return {dark ? QColor(0x1d, 0x3f, 0x5e) : QColor(0xd2, 0xe6, 0xf7), QColor(0x00, 0x72, 0xb2),
                QTextCharFormat::SingleUnderline};
    case EntityKind::Organization:
        return {dark ? QColor(0x5a, 0x42, 0x12) : QColor(0xfc, 0xe7, 0xc0), QColor(0xb3, 0x7a, 0x00),
                QTextCharFormat::DashUnderline};
    case EntityKind::Place:
        return {dark ? QColor(0x17, 0x4d, 0x3d) : QColor(0xd0, 0xef, 0xe3), QColor(0x00, 0x9e, 0x73),
                QTextCharFormat::DotLine};
    case EntityKind::Metric:
        return {dark ? QColor(0x5a, 0x2d, 0x4e) : QColor(0xf5, 0xd9, 0xea), QColor(0xcc, 0x79, 0xa7),
                QTextCharFormat::WaveUnderline};
    }
    return {};
}

HighlightStyle HighlightStyle::lowConfidenceStyle(bool dark) const
{
    const QColor page = dark ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
    auto halfway = [&](const QColor &c) {
        return QColor((c.red() + 2 * page.red()) / 3, (c.green() + 2 * page.green()) / 3, (c.blue() + 2 * page.blue()) / 3);
    };
    HighlightStyle s = *this;
    s.background = halfway(background);
    return s;
}

QTextCharFormat HighlightStyle::charFormat(bool grayscale) const
{
    QTextCharFormat f;
    const QColor bg = grayscale ? QColor(qGray(background.rgb()), qGray(background.rgb()), qGray(background.rgb()))
                                : background;
    const QColor ul = grayscale ? QColor(Qt::black) : underline;
    f.setBackground(bg);
    f.setUnderlineStyle(underlineStyle);
    f.setUnderlineColor(ul);
    return f;
}

} // namespace Lectern::Core
