#include "library/librarytypes.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Lectern::Core {

QString LibraryEntry::shownTitle() const
{
    if (!title.trimmed().isEmpty())
        return title;
    // The first paragraph's first sentence: up to a sentence end followed by white space.
    QString sentence = lead.section(QLatin1Char('\n'), 0, 0).simplified();
    static const QRegularExpression end(QStringLiteral("[.!?…](?=\\s|$)"));
    if (const auto m = end.match(sentence); m.hasMatch())
        sentence.truncate(m.capturedEnd());
    constexpr qsizetype maxLength = 120;
    if (sentence.size() > maxLength) {
        qsizetype cut = sentence.lastIndexOf(QLatin1Char(' '), maxLength);
        if (cut < maxLength / 2)
            cut = maxLength;
        sentence = sentence.left(cut).trimmed() + QStringLiteral("…");
    }
    if (!sentence.isEmpty())
        return sentence;
    if (!path.isEmpty())
        return QFileInfo(path).fileName();
    return url;
}

QString SearchHit::snippetMarked(const QString &open, const QString &close) const
{
    QString out;
    int at = 0;
    for (const auto &r : highlights) {
        if (r.first < at || r.second > snippet.size())
            continue;
        out += snippet.mid(at, r.first - at) + open + snippet.mid(r.first, r.second - r.first) + close;
        at = r.second;
    }
    return out + snippet.mid(at);
}

QString SearchHit::snippetHtml() const
{
    QString out;
    int at = 0;
    for (const auto &r : highlights) {
        if (r.first < at || r.second > snippet.size())
            continue;
        out += snippet.mid(at, r.first - at).toHtmlEscaped() + QStringLiteral("<b>")
            + snippet.mid(r.first, r.second - r.first).toHtmlEscaped() + QStringLiteral("</b>");
        at = r.second;
    }
    return out + snippet.mid(at).toHtmlEscaped();
}

} // namespace Lectern::Core
