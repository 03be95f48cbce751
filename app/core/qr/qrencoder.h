#pragma once

#include "qr/qrmatrix.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Lectern::Core {

// Error-correction level: the share of the symbol that may be damaged (7, 15, 25, 30 %).
enum class QrEcc { Low, Medium, Quartile, High };

// The outcome of encoding: a symbol, or a reason (a complete English sentence) why not.
struct QrEncodeResult
{
    std::optional<QrMatrix> code;
    QString error;
    qsizetype payloadLength = 0; // in the units of the chosen mode (digits, characters or UTF-8 bytes)
    qsizetype capacity = 0;      // the most that fits at the ECC level, same units

    bool ok() const { return code.has_value(); }
};

// Encodes text as a QR code with Nayuki's qrcodegen. The payload is normalised to NFC and
// encoded as UTF-8 (byte mode), or in numeric / alphanumeric mode when it only has those
// characters; the smallest version (1–40) that fits is used, mask chosen automatically.
// Non-ASCII payloads start with an ECI designator for UTF-8 (ECI 26), so readers never guess
// Shift JIS or Latin-1 for Vietnamese text; that costs one byte of capacity.
// qrcodegen's exceptions never leave this class. Thread-safe (no state).
class QrEncoder final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::QrEncoder)

public:
    static QrEncodeResult encode(const QString &payload, QrEcc ecc = QrEcc::Medium);

    // The largest payload that fits a version 40 symbol at ecc, in UTF-8 bytes (byte mode).
    static qsizetype byteCapacity(QrEcc ecc);
    // The largest payload like this one (same mode: digits, alphanumeric, ASCII bytes or UTF-8
    // bytes with ECI) that fits at ecc, in the units of QrEncodeResult::payloadLength.
    static qsizetype capacity(const QString &payload, QrEcc ecc);

    static QString eccName(QrEcc ecc); // "L", "M", "Q", "H"
    // Accepts "L"/"M"/"Q"/"H" (any case) and "low"/"medium"/"quartile"/"high".
    static std::optional<QrEcc> eccFromName(const QString &name);
};

} // namespace Lectern::Core
