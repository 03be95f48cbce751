#pragma once

#include "import/vietnamesedate.h"

#include <QString>

namespace Lectern::Core {

// The vocabulary of news-portal chrome: the words around the date on top of an article, the
// buttons ("Print", "Gốc", "Chia sẻ"), and the footer ("Tiện ích thông tin", "Tin khác", …).
// Lines are compared case-insensitively after cleaning.
class PortalChrome final
{
public:
    // True for a line that is only interface words ("Print", "Gốc", "Chia sẻ", "A+ A-").
    static bool isUiLine(const QString &line);

    // True for a line that starts or belongs to a footer ("Tin khác", "QR Code", "Từ khóa: …").
    static bool isFooterLine(const QString &line);

    // The title carried by a "QR CODE: <title>" line, or empty.
    static QString qrTitle(const QString &line);

    // When the line is a date line ("Print Thứ Bảy, 04/12/2021 19:21 Gốc", "Cập nhật: 22/4/2025
    // 10:15 (GMT+7)"): the date; otherwise an invalid FoundDate. *strong is set when the line had
    // interface words or a weekday name around the date (a sign of a portal dump, not a dateline).
    static FoundDate dateLine(const QString &line, bool *strong = nullptr);
};

} // namespace Lectern::Core
