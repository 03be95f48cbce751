#pragma once

#include <QStringView>

namespace Lectern::Core {

// Shape tests for Vietnamese personal names as they appear in bylines and photo credits.
class PersonName final
{
public:
    // True for 2–5 capitalised words that are each a possible Vietnamese syllable
    // ("Hoàng Tùng", "Nguyễn Thị Minh Khai"); false for "Google Maps", "TTXVN", "Hội nghị".
    static bool looksLikeName(QStringView text);

    // "MINH TRANG" -> "Minh Trang" (bylines are often printed in capitals); other text unchanged.
    static QString fromCapitals(QStringView text);

    // True when the word (any case, any tone mark) has the shape of a Vietnamese syllable.
    static bool isVietnameseSyllable(QStringView word);
};

} // namespace Lectern::Core
