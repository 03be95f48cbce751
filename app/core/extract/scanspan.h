#pragma once

#include <QString>
#include <QtGlobal>

namespace Lectern::Core {

// What the recognisers found over a range of tokens (internal to the extractor).
// first/last are token indices, last exclusive; nameFirst/nameLast delimit the proper name
// inside the range ("tỉnh Quảng Nam" -> the place name "Quảng Nam").
struct ScanSpan
{
    enum class Kind : quint8 { None, Place, Organization, Person, Title, PersonCue, Honorific };

    Kind kind = Kind::None;
    qsizetype first = 0;
    qsizetype last = 0;
    qsizetype nameFirst = 0;
    qsizetype nameLast = 0;
    int gazetteerIndex = -1; // known organization / place index, or -1
    QString canonical;       // a name forced by the gazetteer (user or built-in), or empty
    bool strong = false;     // person: backed by a surname (not only by a cue)

    bool isValid() const { return kind != Kind::None && last > first; }
    qsizetype length() const { return last - first; }
    static ScanSpan make(Kind kind, qsizetype first, qsizetype last, int index = -1)
    {
        ScanSpan s;
        s.kind = kind;
        s.first = s.nameFirst = first;
        s.last = s.nameLast = last;
        s.gazetteerIndex = index;
        return s;
    }
};

} // namespace Lectern::Core
