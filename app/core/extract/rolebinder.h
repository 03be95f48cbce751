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
// A role is the title (with "Phó", "nguyên", "Thường trực" …) and the organizations and places
// that follow it. Titles bound to nobody are returned as references ("Đồng chí Bí thư Thành ủy
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
