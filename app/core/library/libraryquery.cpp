#include "library/libraryquery.h"

#include "util/textfold.h"

namespace Lectern::Core::LibraryQuery {

namespace {

// The words of a folded string as FTS5's unicode61 tokenizer sees them (letters and digits).
QStringList words(const QString &folded)
{
    QStringList out;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QString quoted(const QStringList &terms)
{
    // The terms hold letters and digits only, so no quote can appear inside.
    return QLatin1Char('"') + terms.join(QLatin1Char(' ')) + QLatin1Char('"');
}

} // namespace

QString toFtsQuery(const QString &userQuery)
{
    QStringList parts;        // FTS5 expressions, ANDed by juxtaposition
    bool pendingOr = false;
    auto append = [&](const QString &expression) {
        if (pendingOr && !parts.isEmpty())
            parts.last() = parts.last() + QStringLiteral(" OR ") + expression;
        else
            parts.append(expression);
        pendingOr = false;
    };

    const QString q = userQuery;
    qsizetype i = 0;
    while (i < q.size()) {
        const QChar c = q.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D)) {
            qsizetype end = i + 1;
            while (end < q.size() && q.at(end) != QLatin1Char('"') && q.at(end) != QChar(0x201D)
                   && q.at(end) != QChar(0x201C))
                ++end;
            const QStringList terms = words(TextFold::searchKey(q.mid(i + 1, end - i - 1)));
            if (!terms.isEmpty())
                append(quoted(terms));
            i = end + 1;
            continue;
        }
        qsizetype end = i;
        while (end < q.size() && !q.at(end).isSpace() && q.at(end) != QLatin1Char('"'))
            ++end;
        const QString raw = q.mid(i, end - i);
        i = end;
        if (raw == QStringLiteral("OR")) {
            pendingOr = !parts.isEmpty();
            continue;
        }
        const bool prefix = raw.endsWith(QLatin1Char('*'));
        const QStringList terms = words(TextFold::searchKey(raw));
        if (terms.isEmpty())
            continue;
        // "Hà-Nội" or "12,5%" split into several words: keep them together as a phrase.
        QString expression = quoted(terms);
        if (prefix)
            expression += QLatin1Char('*');
        append(expression);
    }
    return parts.join(QLatin1Char(' '));
}

QList<QPair<int, int>> takeMarkers(const QString &marked, QChar open, QChar close, QString *plain)
{
    QList<QPair<int, int>> ranges;
    QString out;
    out.reserve(marked.size());
    int start = -1;
    for (const QChar c : marked) {
        if (c == open) {
            start = int(out.size());
        } else if (c == close) {
            if (start >= 0 && out.size() > start)
                ranges.append({start, int(out.size())});
            start = -1;
        } else {
            out.append(c);
        }
    }
    if (plain)
        *plain = out;
    return ranges;
}

QString snippet(const QString &text, const QList<QPair<int, int>> &ranges, int width,
                QList<QPair<int, int>> *snippetRanges)
{
    const int anchor = ranges.isEmpty() ? 0 : ranges.first().first;
    int from = std::max(0, anchor - width / 3);
    int to = std::min(int(text.size()), from + width);
    from = std::max(0, std::min(from, to - width));
    // Cut at white space so no word is halved; paragraphs end a snippet.
    if (from > 0) {
        const int space = int(text.indexOf(QLatin1Char(' '), from));
        if (space >= 0 && space < anchor)
            from = space + 1;
    }
    const int paragraphStart = int(text.lastIndexOf(QLatin1Char('\n'), std::max(0, anchor - 1)));
    if (paragraphStart >= from)
        from = paragraphStart + 1;
    const int paragraphEnd = int(text.indexOf(QLatin1Char('\n'), anchor));
    if (paragraphEnd >= 0 && paragraphEnd < to)
        to = paragraphEnd;
    else if (to < text.size()) {
        const int space = int(text.lastIndexOf(QLatin1Char(' '), to));
        if (space > anchor)
            to = space;
    }
    QString out = text.mid(from, to - from);
    int shift = -from;
    if (from > 0) {
        out.prepend(QChar(0x2026));
        shift += 1;
    }
    if (to < text.size())
        out.append(QChar(0x2026));
    if (snippetRanges) {
        snippetRanges->clear();
        for (const auto &r : ranges) {
            if (r.first >= from && r.second <= to)
                snippetRanges->append({r.first + shift, r.second + shift});
        }
    }
    return out;
}

} // namespace Lectern::Core::LibraryQuery
