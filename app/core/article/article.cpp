#include "article/article.h"

#include <QCryptographicHash>

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
