#include "article/article.h"

#include <QCryptographicHash>

#include <algorithm>

namespace Lectern::Core {

QString Article::text() const
{
    QString out;
    qsizetype total = 0;
    for (const Block &b : blocks)
        total += b.text.size() + 2;
    out.reserve(total);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (i > 0)
            out += blockSeparator();
        out += blocks.at(i).text;
    }
    return out;
}

QList<qsizetype> Article::blockOffsets() const
{
    QList<qsizetype> offsets;
    offsets.reserve(blocks.size());
    qsizetype pos = 0;
    for (const Block &b : blocks) {
        offsets.append(pos);
        pos += b.text.size() + blockSeparator().size();
    }
    return offsets;
}

int Article::pageAt(qsizetype utf16Offset) const
{
    if (utf16Offset < 0)
        return 0;
    qsizetype pos = 0;
    for (const Block &b : blocks) {
        const qsizetype end = pos + b.text.size();
        if (utf16Offset <= end)
            return b.page; // an offset between two blocks counts for the next one
        pos = end + blockSeparator().size();
    }
    return 0;
}

bool Article::hasPages() const
{
    return std::any_of(blocks.cbegin(), blocks.cend(), [](const Block &b) { return b.page > 0; });
}

QString Article::contentHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text().toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Article::publishedIso() const
{
    if (!published.isValid())
        return {};
    if (!publishedHasTime)
        return published.date().toString(Qt::ISODate);
    return published.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace Lectern::Core
