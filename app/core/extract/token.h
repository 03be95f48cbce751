#pragma once

#include <QString>
#include <QtGlobal>

namespace Lectern::Core {

// One token of an article body: a word (a Vietnamese syllable, an abbreviation such as
// "TP.HCM", "GD&ĐT", a hyphenated foreign name part "Hang-seo", a number) or one punctuation
// character. Offsets are UTF-16 indices into the tokenized text, end exclusive.
struct Token
{
    enum Flag : quint16 {
        Word = 0x01,          // letters and/or digits
        Upper = 0x02,         // first letter is upper case ("Hà", "UBND", "iPhone" is not)
        AllCaps = 0x04,       // two or more letters, all upper case ("UBND", "TT&TT")
        HasDigit = 0x08,      // contains a digit ("U16", "2021")
        Punct = 0x10,         // a punctuation or symbol character
        SentenceStart = 0x20, // first word of a sentence, line or quotation
        LineStart = 0x40,     // first token of a line (a block of the article)
        SpaceBefore = 0x80,   // white space separates it from the previous token
    };

    qsizetype start = 0;
    qsizetype end = 0;
    QString key;        // TextFold::matchKey of the surface (case, NFC and tone placement folded)
    quint16 flags = 0;

    bool is(Flag f) const { return (flags & f) != 0; }
    bool isWord() const { return is(Word); }
    bool isUpper() const { return is(Upper); }
    bool isPunct(char16_t c) const { return is(Punct) && key.size() == 1 && key.at(0) == QChar(c); }
    qsizetype length() const { return end - start; }
};

} // namespace Lectern::Core
