#pragma once

#include <QString>
#include <QStringView>

namespace Lectern::Core::TextFold {

// Text as Lectern displays it: NFC, with 'Ð'/'ð' (U+00D0/U+00F0, Icelandic eth) typed for
// 'Đ'/'đ' corrected when they stand in a Vietnamese word. Tone placement is kept as written.
// Length may change (NFD input becomes shorter); callers that need offsets work on the result.
QString normalizeText(const QString &text);

// Matching key of a word or phrase: NFC, case-folded, tone mark moved to the end of each
// syllable ("Hoà" == "Hòa", "Uỷ" == "Ủy"), invisible characters dropped and white space folded
// to one space. Used everywhere names are compared (extractor, panels, gazetteers).
QString matchKey(QStringView text);

// Search key: matchKey() without any diacritics and with 'đ' folded to 'd' ("Trần" -> "tran").
// Used by find-in-article and the library search.
QString searchKey(QStringView text);

// A same-length fold of the text for searching with offsets that stay valid: every UTF-16 unit
// is replaced by the lower-case base letter of its character (diacritics dropped, 'đ' -> 'd'),
// invisible characters by a space. foldForSearch(text).indexOf(searchKey(query)) finds the query
// ignoring diacritics, tone placement and case, at an offset valid in the original text.
// White space in the query must match one white-space character in the text.
QString foldForSearch(QStringView text);

// True for characters that are invisible in running text (ZWSP, ZWNJ, ZWJ, soft hyphen, BOM,
// word joiner) and can be ignored for matching.
bool isInvisible(QChar c);

// True for the five Vietnamese tone marks as combining characters.
bool isToneMark(char16_t c);

} // namespace Lectern::Core::TextFold
