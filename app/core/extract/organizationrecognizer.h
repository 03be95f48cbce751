#pragma once

#include "extract/gazetteer.h"
#include "extract/placerecognizer.h"
#include "extract/scanspan.h"
#include "extract/token.h"

#include <QList>

namespace Lectern::Core {

// Recognises organizations at a token position:
//  - known organizations and their short forms (organizations.txt), optionally followed by
//    the place they belong to ("Manulife Việt Nam");
//  - a head word (organization-heads.txt) followed by a proper name ("Sở Y tế", "Công ty CP
//    Phân đạm và Hóa chất Hà Bắc", "Trường THPT Chu Văn An") and/or by its place
//    ("UBND tỉnh Bình Định", "Đảng bộ thành phố", "Sở Y tế Hà Nội").
// The name part accepts capitalised words, abbreviations, at most two lower-case syllables
// after a capitalised one ("Y tế", "Kế hoạch") and "và"/"&"/"-" between capitalised words.
// afterTitle: a title or occupation stands right before; a person's name that follows the
// organization ("Giám đốc Sở Y tế Nguyễn Văn A") is then left out of it.
// Thread-safe (reads the immutable gazetteer only).
class OrganizationRecognizer final
{
public:
    OrganizationRecognizer(const Gazetteer &gazetteer, const PlaceRecognizer &places)
        : m_gazetteer(gazetteer), m_places(places) {}

    ScanSpan matchAt(const QList<Token> &tokens, qsizetype index, bool afterTitle) const;

private:
    qsizetype nameEnd(const QList<Token> &tokens, qsizetype from, bool afterTitle, bool standalone) const;
    qsizetype placeContinuation(const QList<Token> &tokens, qsizetype from, bool afterTitle) const;
    bool personStartsAt(const QList<Token> &tokens, qsizetype index) const;

    const Gazetteer &m_gazetteer;
    const PlaceRecognizer &m_places;
};

} // namespace Lectern::Core
