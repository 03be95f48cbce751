#include "import/textdecoder.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>

#include <cctype>
#include <memory>

#include <limits>

namespace Lectern::Core {

namespace {

struct Magic
{
    const char *bytes;
    int size;
    const char *name;
};

constexpr Magic magics[] = {
    {"\x89PNG\r\n\x1a\n", 8, "PNG image"},
    {"\xff\xd8\xff", 3, "JPEG image"},
    {"GIF87a", 6, "GIF image"},
    {"GIF89a", 6, "GIF image"},
    {"%PDF-", 5, "PDF document"},
    {"PK\x03\x04", 4, "ZIP archive (or an office document)"},
    {"\x1f\x8b", 2, "gzip archive"},
    {"BM", 0, "BMP image"}, // checked separately: "BM" alone is too common in text
    {"\xd0\xcf\x11\xe0", 4, "legacy Office document"},
    {"\x7f" "ELF", 4, "program"},
};

// Counts valid multi-byte UTF-8 sequences and invalid bytes.
void scanUtf8(const QByteArray &bytes, qsizetype *validMulti, qsizetype *invalid)
{
    *validMulti = 0;
    *invalid = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int len = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        bool good = len > 0 && i + len <= n;
        for (int k = 1; good && k < len; ++k)
            good = (p[i + k] & 0xC0) == 0x80;
        // Overlong forms, UTF-16 surrogates (CESU-8) and code points past U+10FFFF are invalid
        // too: the second byte's range is narrower after E0, ED, F0 and F4.
        if (good && len >= 3) {
            const unsigned char c1 = p[i + 1];
            good = !((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90)
                     || (c == 0xF4 && c1 > 0x8F));
        }
        if (good) {
            ++*validMulti;
            i += len;
        } else {
            ++*invalid;
            ++i;
        }
    }
}

// A charset named in an HTML <meta> or XML declaration near the start, lower case, or empty.
QByteArray declaredCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096).toLower();
    qsizetype at = head.indexOf("charset=");
    qsizetype skip = 8;
    if (at < 0) {
        at = head.indexOf("encoding=");
        skip = 9;
    }
    if (at < 0)
        return {};
    qsizetype i = at + skip;
    while (i < head.size() && (head.at(i) == '"' || head.at(i) == '\'' || head.at(i) == ' '))
        ++i;
    qsizetype j = i;
    while (j < head.size() && (std::isalnum(static_cast<unsigned char>(head.at(j))) || head.at(j) == '-' || head.at(j) == '_'))
        ++j;
    return head.mid(i, j - i);
}

// Replaces UTF-16 surrogates that are not part of a pair with U+FFFD (Qt's UTF-16 decoder keeps
// them; they would break code-point offsets and every UTF-8 output). Returns how many.
qsizetype replaceLoneSurrogates(QString &text)
{
    qsizetype replaced = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            text[i] = QChar(QChar::ReplacementCharacter);
            ++replaced;
        }
    }
    return replaced;
}

bool hasControlBytes(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f' && u != 0x1b)
            ++controls;
    }
    return controls > 0 && controls * 100 > text.size(); // more than 1 %: not a text file
}

} // namespace

QString TextDecoder::binaryFormatName(const QByteArray &bytes)
{
    for (const Magic &m : magics) {
        if (m.size > 0 && bytes.startsWith(QByteArray::fromRawData(m.bytes, m.size)))
            return QString::fromLatin1(m.name);
    }
    // BMP: "BM" then a little-endian file size that matches.
    if (bytes.size() >= 14 && bytes.startsWith("BM")) {
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
        const quint32 size = p[2] | (p[3] << 8) | (p[4] << 16) | (quint32(p[5]) << 24);
        if (size == quint32(bytes.size()))
            return QStringLiteral("BMP image");
    }
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("WebP image");
    return {};
}

QString TextDecoder::decodeWindows1258(const QByteArray &bytes, bool *ok)
{
    if (ok)
        *ok = false;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("windows-1258", &status), &ucnv_close);
    if (U_FAILURE(status) || !conv)
        return {};
    // Windows-1258 is one byte per character; combining tone marks never expand it.
    QString out(bytes.size() + 1, Qt::Uninitialized);
    const int32_t written = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()),
                                          int32_t(out.size()), bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return {};
    out.truncate(written);
    if (ok)
        *ok = true;
    // CP1258 writes tones as combining marks after the vowel: compose them.
    return out.normalized(QString::NormalizationForm_C);
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText out;
    if (bytes.isEmpty()) {
        out.error = tr("The file is empty.");
        return out;
    }
    const QString magic = binaryFormatName(bytes);
    if (!magic.isEmpty()) {
        out.error = tr("The file is a %1, not an article in text, HTML or Markdown.").arg(magic);
        return out;
    }
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        const bool le = bytes.startsWith("\xff\xfe");
        out.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        out.text = decoder.decode(bytes.mid(2));
        if (out.text.contains(QChar(0))) {
            out.error = tr("The file is binary (it contains NUL characters), not text.");
            out.text.clear();
            return out;
        }
        const qsizetype lone = replaceLoneSurrogates(out.text);
        if (decoder.hasError() || bytes.size() % 2 != 0 || lone > 0)
            out.warnings << tr("Some bytes are not valid UTF-16 and were replaced with �.");
    } else {
        const bool bom = bytes.startsWith("\xef\xbb\xbf");
        const QByteArray body = bom ? bytes.mid(3) : bytes;
        if (body.contains('\0')) {
            out.error = tr("The file is binary (it contains NUL bytes), not text.");
            return out;
        }
        qsizetype validMulti = 0, invalid = 0;
        scanUtf8(body, &validMulti, &invalid);
        const QByteArray charset = declaredCharset(body);
        const bool declared1258 = charset == "windows-1258" || charset == "cp1258" || charset == "x-cp1258";
        // Valid UTF-8 with multi-byte characters is UTF-8, whatever the page declares: Windows-1258
        // text practically never forms valid UTF-8 sequences, and a wrong declaration is common.
        const bool validUtf8 = invalid == 0 && validMulti > 0;
        if (declared1258 && validUtf8)
            out.warnings << QStringLiteral("The file declares %1 but is valid UTF-8; it was read as UTF-8.")
                                .arg(QString::fromLatin1(charset));
        if (!bom && ((declared1258 && !validUtf8) || (invalid > 0 && invalid > 4 * validMulti))) {
            bool ok = false;
            out.text = decodeWindows1258(body, &ok);
            if (!ok) {
                out.error = tr("The text could not be decoded as Windows-1258.");
                return out;
            }
            out.encoding = QStringLiteral("windows-1258");
        } else {
            out.encoding = QStringLiteral("UTF-8");
            QStringDecoder decoder(QStringDecoder::Utf8);
            out.text = decoder.decode(body);
            if (invalid > 0 || decoder.hasError())
                out.warnings << tr("The file is not valid UTF-8: %n invalid byte(s) were replaced with �.", nullptr,
                    int(qMin<qint64>(invalid, std::numeric_limits<int>::max())));
        }
    }
    if (out.text.startsWith(QChar(0xFEFF)))
        out.text.remove(0, 1);
    if (hasControlBytes(out.text)) {
        out.error = tr("The file is binary (it contains control characters), not text.");
        out.text.clear();
    }
    return out;
}

} // namespace Lectern::Core
