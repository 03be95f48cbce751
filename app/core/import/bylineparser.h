#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Lectern::Core {

// What a byline or photo credit line says.
struct Byline
{
    QStringList authors;
    QStringList photographers;
    QString site; // outlet named in the byline ("TTXVN", "VOV-TP.HCM"), empty if none
};

// Recognises bylines and photo credits as Vietnamese news sites write them:
//   "Hoàng Tùng. Ảnh: Đàm Thanh", "Ảnh: Lê Minh", "(ảnh: Lê Minh)", "Bài, ảnh: Lê Minh",
//   "Theo TTXVN", "PV", "Nhóm PV", "Vinh Quang/VOV-TP.HCM", "(TTXVN/Vietnam+)", "Minh Anh - Thu Hà",
//   "Lê Minh (tổng hợp)", and a bare personal name ("Thanh Thủy").
// Only the shape of the whole line is judged: a sentence that mentions a name is not a byline.
class BylineParser final
{
public:
    // The byline the whole line is, or nullopt. A bare outlet ("TTXVN") is accepted only when
    // allowBareOutlet is set (for the last line of an article).
    static std::optional<Byline> parse(QStringView line, bool allowBareOutlet = false);

    // A photo credit at the end of a caption ("… tại Hội nghị. Ảnh: Lê Minh", "… (Ảnh: TTXVN)").
    // Returns the credited names (only those shaped like personal names) and sets *creditStart to
    // the UTF-16 index where the credit begins; nullopt when the line carries no credit.
    static std::optional<QStringList> photoCredit(QStringView line, qsizetype *creditStart = nullptr);

    // Splits "Minh Anh - Thu Hà", "Minh Anh, Thu Hà và Lê Minh" into names.
    static QStringList splitNames(const QString &names);
};

} // namespace Lectern::Core
