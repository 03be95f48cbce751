#include "import/officetext.h"

#include <QStringDecoder>

namespace Lectern::Core::OfficeXml {

namespace {
// Walks character data: calls step(sourceIndex, decodedLength) for each decoded unit group.
template<typename Step>
bool walk(QStringView s, Step step)
{
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('&')) {
            const qsizetype semi = s.indexOf(QLatin1Char(';'), i);
            if (semi < 0 || semi - i > 12)
                return false;
            const QStringView name = s.mid(i + 1, semi - i - 1);
            qsizetype units = 1;
            if (name.startsWith(QLatin1Char('#'))) {
                bool ok = false;
                const uint code = name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X"))
                    ? name.mid(2).toUInt(&ok, 16)
                    : name.mid(1).toUInt(&ok, 10);
                if (!ok || code > 0x10FFFF)
                    return false;
                units = code > 0xFFFF ? 2 : 1;
            } else if (name != QLatin1String("amp") && name != QLatin1String("lt") && name != QLatin1String("gt")
                       && name != QLatin1String("quot") && name != QLatin1String("apos")) {
                return false;
            }
            step(i, units, name);
            i = semi + 1;
        } else if (c == QLatin1Char('\r')) {
            step(i, 1, QStringView());
            i += (i + 1 < s.size() && s.at(i + 1) == QLatin1Char('\n')) ? 2 : 1;
        } else if (c == QLatin1Char('<')) {
            if (!s.mid(i).startsWith(QLatin1String("<![CDATA[")))
                return false;
            const qsizetype close = s.indexOf(QLatin1String("]]>"), i);
            if (close < 0)
                return false;
            for (qsizetype j = i + 9; j < close; ++j)
                step(j, 1, QStringView());
            i = close + 3;
        } else {
            step(i, 1, QStringView());
            ++i;
        }
    }
    return true;
}
} // namespace

qsizetype sourceOffset(QStringView source, qsizetype k)
{
    qsizetype decoded = 0;
    qsizetype found = -1;
    const bool ok = walk(source, [&](qsizetype at, qsizetype units, QStringView) {
        if (found < 0 && decoded == k)
            found = at;
        decoded += units;
    });
    if (!ok)
        return -1;
    if (found < 0 && decoded == k)
        found = source.size();
    return found;
}

QString decode(QStringView source)
{
    QString out;
    out.reserve(source.size());
    const bool ok = walk(source, [&](qsizetype at, qsizetype, QStringView entity) {
        if (entity.isNull()) {
            const QChar c = source.at(at);
            out += c == QLatin1Char('\r') ? QChar(u'\n') : c;
        } else if (entity == QLatin1String("amp")) {
            out += QLatin1Char('&');
        } else if (entity == QLatin1String("lt")) {
            out += QLatin1Char('<');
        } else if (entity == QLatin1String("gt")) {
            out += QLatin1Char('>');
        } else if (entity == QLatin1String("quot")) {
            out += QLatin1Char('"');
        } else if (entity == QLatin1String("apos")) {
            out += QLatin1Char('\'');
        } else {
            bool hex = entity.startsWith(QLatin1String("#x")) || entity.startsWith(QLatin1String("#X"));
            const uint code = hex ? entity.mid(2).toUInt(nullptr, 16) : entity.mid(1).toUInt(nullptr, 10);
            const char32_t ch = char32_t(code);
            out += QString::fromUcs4(&ch, 1);
        }
    });
    return ok ? out : QString();
}

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\t': case u'\n': case u'\r': out += QLatin1Char(' '); break;
        default:
            // XML 1.0 allows no other control characters.
            if (c.unicode() < 0x20 || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
                out += QLatin1Char(' ');
            else
                out += c;
        }
    }
    return out;
}

QDateTime parseDate(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

QString partText(const QByteArray &bytes)
{
    if (bytes.startsWith("\xff\xfe") || bytes.startsWith("\xfe\xff")) {
        auto decoder = QStringDecoder(bytes.startsWith("\xff\xfe") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return decoder(bytes.mid(2));
    }
    const QByteArray body = bytes.startsWith("\xef\xbb\xbf") ? bytes.mid(3) : bytes;
    return QString::fromUtf8(body);
}

} // namespace Lectern::Core::OfficeXml
