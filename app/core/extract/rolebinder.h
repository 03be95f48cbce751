#pragma once

#include "extract/scanspan.h"
#include "extract/token.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern::Core {

// Binds titles to the people they describe, from the spans of one text:
//  - before the name: "Bí thư Tỉnh ủy Hồ Quốc Dũng", "Tổng thống Brazil Michel Temer",
//    "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Nguyễn Văn A" (comma-separated titles);
//  - after the name, after ',', '–', '-' or '(': "Trần Lưu Quang, Ủy viên Trung ương Đảng,
//    Bí thư Thành ủy", "ông X – Phó Giám đốc Sở Y tế", "X (Chủ tịch UBND tỉnh)".
//  - with a copula: "Trưởng đoàn … là ông X", "ông X là Giám đốc Sở Y";
//  - after a dash and an honorific of its own: "Pháp chủ Giáo hội … - Trưởng lão Hòa thượng X";
//  - a descriptor in apposition: "X (tài xế taxi)", "X (SN 1994, ở …), tài xế taxi".
// A role is the title (with "Phó", "nguyên", "Thường trực" …) and the organizations and places
// that follow it, and the words of its unit or portfolio that no recogniser claimed: lower-case
// words after a unit head ("Trưởng Trạm nghiên cứu …"), capitalised words ("Trợ lý Công tác Quần
// chúng Bộ CHQS tỉnh"), a locality's name and number ("Trưởng thôn … 2"); a descriptor takes up
// to three lower-case qualifiers ("chiến sĩ cách mạng X"). A role stops at punctuation, a verb
// of saying, a name, another title, and at a lower-case verb after a named body. Titles bound to nobody are returned as references ("Đồng chí Bí thư Thành ủy
// đề nghị …") for the grouper to link when one person holds that role.
// Thread-safe (pure function of its inputs).
class RoleBinder final
{
public:
    struct Reference
    {
        qsizetype first = 0; // token range of the whole role phrase
        qsizetype last = 0;
        QString role;
    };
    struct Result
    {
        QHash<qsizetype, QStringList> roles; // person span index -> roles in text order
        QList<Reference> references;
    };

    static Result bind(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &spans);
};

} // namespace Lectern::Core
