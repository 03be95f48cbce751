#include "library/librarytypes.h"

namespace Lectern::Core {

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
