#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Lectern::Core {

// The result of turning a file's bytes into text.
// On success error is empty and text holds the decoded text (not yet normalised, BOM removed).
struct DecodedText
{
    QString text;
    QString encoding;     // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1258"
    QStringList warnings; // non-fatal problems (invalid bytes replaced)
    QString error;        // complete English sentence without the file name; empty on success

    bool ok() const { return error.isEmpty(); }
};

// Detects the encoding of an article file and decodes it.
//
// Recognised: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, Windows-1258 (decoded with ICU;
// chosen when the bytes are not UTF-8 and invalid bytes outnumber valid multi-byte UTF-8
// sequences more than four to one, or when an HTML/XML charset declaration names it).
// Invalid UTF-8 (including overlong forms and encoded surrogates) and invalid UTF-16 (an odd
// byte count, unpaired surrogates) are decoded with U+FFFD and a warning: the text never holds
// a lone surrogate.
// Refused with an error: empty input, binary data (NUL bytes, or NUL characters in UTF-16,
// control bytes, image/PDF/archive magic numbers). Thread-safe; no state.
class TextDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::TextDecoder)

public:
    static DecodedText decode(const QByteArray &bytes);

    // Name of a well-known binary format recognised from the first bytes ("PNG image"), or empty.
    static QString binaryFormatName(const QByteArray &bytes);

    // Windows-1258 bytes to text with ICU, composed to NFC. Empty string on ICU failure.
    static QString decodeWindows1258(const QByteArray &bytes, bool *ok = nullptr);
};

} // namespace Lectern::Core
