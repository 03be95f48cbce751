#include "qr/qrencoder.h"

#include "util/logging.h"

#include <qrcodegen.hpp>

#include <exception>

namespace Lectern::Core {

namespace {

qrcodegen::QrCode::Ecc toQrcodegen(QrEcc ecc)
{
    switch (ecc) {
    case QrEcc::Low: return qrcodegen::QrCode::Ecc::LOW;
    case QrEcc::Medium: return qrcodegen::QrCode::Ecc::MEDIUM;
    case QrEcc::Quartile: return qrcodegen::QrCode::Ecc::QUARTILE;
    case QrEcc::High: return qrcodegen::QrCode::Ecc::HIGH;
    }
    return qrcodegen::QrCode::Ecc::MEDIUM;
}

// Version 40 capacities (ISO/IEC 18004 table 7), indexed by QrEcc.
constexpr qsizetype numericCapacity[] = {7089, 5596, 3993, 3057};
constexpr qsizetype alphanumericCapacity[] = {4296, 3391, 2420, 1852};
constexpr qsizetype byteCapacities[] = {2953, 2331, 1663, 1273};

} // namespace

qsizetype QrEncoder::byteCapacity(QrEcc ecc)
{
    return byteCapacities[int(ecc)];
}

QString QrEncoder::eccName(QrEcc ecc)
{
    switch (ecc) {
    case QrEcc::Low: return QStringLiteral("L");
    case QrEcc::Medium: return QStringLiteral("M");
    case QrEcc::Quartile: return QStringLiteral("Q");
    case QrEcc::High: return QStringLiteral("H");
    }
    return {};
}

std::optional<QrEcc> QrEncoder::eccFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("l") || n == QLatin1String("low"))
        return QrEcc::Low;
    if (n == QLatin1String("m") || n == QLatin1String("medium"))
        return QrEcc::Medium;
    if (n == QLatin1String("q") || n == QLatin1String("quartile"))
        return QrEcc::Quartile;
    if (n == QLatin1String("h") || n == QLatin1String("high"))
        return QrEcc::High;
    return std::nullopt;
}

namespace {

enum class Mode { Numeric, Alphanumeric, Ascii, Utf8 };

Mode modeOf(const QByteArray &utf8)
{
    if (qrcodegen::QrSegment::isNumeric(utf8.constData()))
        return Mode::Numeric;
    if (qrcodegen::QrSegment::isAlphanumeric(utf8.constData()))
        return Mode::Alphanumeric;
    for (const char c : utf8)
        if (uchar(c) >= 0x80)
            return Mode::Utf8;
    return Mode::Ascii;
}

qsizetype capacityOf(Mode mode, QrEcc ecc)
{
    switch (mode) {
    case Mode::Numeric: return numericCapacity[int(ecc)];
    case Mode::Alphanumeric: return alphanumericCapacity[int(ecc)];
    case Mode::Ascii: return byteCapacities[int(ecc)];
    case Mode::Utf8: return byteCapacities[int(ecc)] - 1; // the 12-bit ECI header
    }
    return 0;
}

constexpr long eciUtf8 = 26;

} // namespace

qsizetype QrEncoder::capacity(const QString &payload, QrEcc ecc)
{
    return capacityOf(modeOf(payload.normalized(QString::NormalizationForm_C).toUtf8()), ecc);
}

QrEncodeResult QrEncoder::encode(const QString &payload, QrEcc ecc)
{
    QrEncodeResult result;
    const QByteArray utf8 = payload.normalized(QString::NormalizationForm_C).toUtf8();
    if (utf8.isEmpty()) {
        result.error = tr("The QR code payload is empty.");
        return result;
    }
    if (utf8.contains('\0')) {
        result.error = tr("The QR code payload contains a NUL character.");
        return result;
    }
    const Mode mode = modeOf(utf8);
    result.capacity = capacityOf(mode, ecc);
    result.payloadLength = utf8.size();
    const QString unit = mode == Mode::Numeric ? tr("digits")
        : mode == Mode::Alphanumeric           ? tr("characters")
                                               : tr("bytes of UTF-8");
    try {
        const auto level = toQrcodegen(ecc);
        const qrcodegen::QrCode qr = mode == Mode::Utf8
            ? qrcodegen::QrCode::encodeSegments(
                {qrcodegen::QrSegment::makeEci(eciUtf8),
                 qrcodegen::QrSegment::makeBytes(std::vector<std::uint8_t>(utf8.cbegin(), utf8.cend()))},
                level)
            : qrcodegen::QrCode::encodeText(utf8.constData(), level);
        const int size = qr.getSize();
        QList<bool> modules;
        modules.reserve(qsizetype(size) * size);
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x)
                modules.append(qr.getModule(x, y));
        result.code = QrMatrix(size, std::move(modules));
    } catch (const qrcodegen::data_too_long &) {
        result.error = tr("The payload is too long for a QR code: it is %1 %2, and at error-correction "
                          "level %3 a QR code holds at most %4 %2.")
                           .arg(result.payloadLength)
                           .arg(unit, eccName(ecc))
                           .arg(result.capacity);
        qCDebug(lcQr) << result.error;
    } catch (const std::exception &e) {
        result.error = tr("The QR code could not be encoded: %1.").arg(QString::fromUtf8(e.what()));
    }
    return result;
}

} // namespace Lectern::Core
