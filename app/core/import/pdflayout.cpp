#include "import/pdflayout.h"

#include "import/textcleaner.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Lectern::Core {

namespace {

constexpr double kMarginZone = 0.12;   // share of the page height where running lines live
constexpr double kRunningShare = 0.4;  // share of the pages a running line comes back on
constexpr double kWideLine = 0.6;      // a line this wide (of the text width) spans columns
constexpr double kMinGutter = 6.0;     // points of empty space between two columns
constexpr double kMaxPageWidth = 14400; // points: the largest page PDF allows (200 inches)
constexpr qsizetype kMaxColumnLines = 4000; // lines on a page beyond which columns are not looked for

double median(QList<double> values, double fallback)
{
    if (values.isEmpty())
        return fallback;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// A running line's identity: lower case, digits and white space folded.
QString runningKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            space = !key.isEmpty();
            continue;
        }
        if (space)
            key += QLatin1Char(' ');
        space = false;
        key += c.isDigit() ? QLatin1Char('#') : c.toLower();
    }
    return key;
}

bool inMarginZone(const PdfLine &line, const QSizeF &page)
{
    if (page.height() <= 0)
        return false;
    const double y = line.box.center().y();
    return y < page.height() * kMarginZone || y > page.height() * (1.0 - kMarginZone);
}

// Drops running headers, footers and page numbers; returns how many lines went.
int removeRunningLines(QList<PdfPage> &pages)
{
    QMap<QString, int> pagesWithKey;
    for (const PdfPage &page : std::as_const(pages)) {
        QSet<QString> seen;
        for (const PdfLine &line : page.lines)
            if (inMarginZone(line, page.size))
                seen.insert(runningKey(line.text));
        for (const QString &key : std::as_const(seen))
            ++pagesWithKey[key];
    }
    const int needed = std::max(2, int(std::ceil(pages.size() * kRunningShare)));
    int removed = 0;
    for (PdfPage &page : pages) {
        const qsizetype before = page.lines.size();
        page.lines.removeIf([&](const PdfLine &line) {
            if (!inMarginZone(line, page.size))
                return false;
            return PdfLayout::isPageNumberLine(line.text) || pagesWithKey.value(runningKey(line.text)) >= needed;
        });
        removed += int(before - page.lines.size());
    }
    return removed;
}

bool overlapVertically(const QRectF &a, const QRectF &b)
{
    const double overlap = std::min(a.bottom(), b.bottom()) - std::max(a.top(), b.top());
    return overlap > 0.5 * std::min(a.height(), b.height());
}

// The x positions of the gutters between columns, left to right (empty: one column).
QList<double> findGutters(const QList<PdfLine> &lines)
{
    if (lines.size() < 6)
        return {};
    double minX = lines.first().box.left(), maxX = lines.first().box.right();
    for (const PdfLine &l : lines) {
        minX = std::min(minX, l.box.left());
        maxX = std::max(maxX, l.box.right());
    }
    const double width = maxX - minX;
    // Too narrow for columns, or a page no article has (a hostile file's coordinates): one column.
    if (width < 4 * kMinGutter || width > kMaxPageWidth || lines.size() > kMaxColumnLines)
        return {};
    const int bins = int(std::ceil(width)) + 1;
    QList<int> coverage(bins, 0);
    QList<const PdfLine *> narrow;
    for (const PdfLine &l : lines) {
        if (l.box.width() >= kWideLine * width)
            continue;
        narrow.append(&l);
        const int from = std::clamp(int(std::floor(l.box.left() - minX)), 0, bins - 1);
        const int to = std::clamp(int(std::ceil(l.box.right() - minX)), 0, bins - 1);
        for (int b = from; b <= to; ++b)
            ++coverage[b];
    }
    QList<double> gutters;
    int b = 0;
    while (b < bins && coverage.at(b) == 0)
        ++b;
    while (b < bins) {
        if (coverage.at(b) != 0) {
            ++b;
            continue;
        }
        const int start = b;
        while (b < bins && coverage.at(b) == 0)
            ++b;
        if (b >= bins || b - start < kMinGutter) // a gap at the right edge is no gutter
            continue;
        const double x = minX + (start + b) / 2.0;
        // Columns stand side by side: lines on both sides at the same height, more than once.
        QList<const PdfLine *> left, right;
        for (const PdfLine *l : std::as_const(narrow)) {
            if (l->box.right() <= x)
                left.append(l);
            else if (l->box.left() >= x)
                right.append(l);
        }
        int pairs = 0;
        if (left.size() >= 3 && right.size() >= 3) {
            for (const PdfLine *l : std::as_const(left)) {
                for (const PdfLine *r : std::as_const(right))
                    if (overlapVertically(l->box, r->box)) {
                        ++pairs;
                        break;
                    }
                if (pairs >= 2)
                    break;
            }
        }
        if (pairs >= 2)
            gutters.append(x);
    }
    return gutters;
}

bool topThenLeft(const PdfLine &a, const PdfLine &b)
{
    if (std::abs(a.box.top() - b.box.top()) > 0.5 * std::min(a.box.height(), b.box.height()))
        return a.box.top() < b.box.top();
    return a.box.left() < b.box.left();
}

const QRegularExpression &pageNumberPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^[\\-\u2013\u2014\\s]*(?:(?:page|trang|p\\.|tr\\.)\\s*)?\\d{1,4}"
                       "(?:\\s*(?:/|of|trên|của)\\s*\\d{1,4})?[\\-\u2013\u2014\\s]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool isLower(QChar c)
{
    return c.isLetter() && c.isLower();
}

bool endsSentence(const QString &text)
{
    static const QString closers = QStringLiteral(".!?:;\u2026\"\u201d\u00bb)");
    const QString t = text.trimmed();
    return !t.isEmpty() && closers.contains(t.back());
}

// Stricter than endsSentence: a paragraph cut by a column or page end may stop at ':' or ';'.
bool endsParagraph(const QString &text)
{
    QString t = text.trimmed();
    static const QString closers = QStringLiteral("\"\u201d\u00bb)\u2019'");
    while (t.size() > 1 && closers.contains(t.back()))
        t.chop(1);
    static const QString finals = QStringLiteral(".!?\u2026");
    return !t.isEmpty() && finals.contains(t.back());
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010);
}

// The words a document writes on one line, to tell a compound from a word broken at a line end.
struct Vocabulary
{
    QSet<QString> hyphenated; // "well-known", lower case
    QSet<QString> plain;      // "computer"

    void add(const QString &line)
    {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < words.size(); ++i) {
            QString w = words.at(i);
            while (!w.isEmpty() && !w.front().isLetterOrNumber())
                w.remove(0, 1);
            while (!w.isEmpty() && !w.back().isLetterOrNumber())
                w.chop(1);
            if (w.isEmpty())
                continue;
            // The last word of a line may be a broken one: it teaches nothing.
            if (i == words.size() - 1 && words.at(i).endsWith(QLatin1Char('-')))
                continue;
            const QString lower = w.toLower();
            if (lower.contains(QLatin1Char('-')) || lower.contains(QChar(0x2010)))
                hyphenated.insert(QString(lower).replace(QChar(0x2010), QLatin1Char('-')));
            else
                plain.insert(lower);
        }
    }
};

QString lastWord(const QString &text)
{
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
    return text.mid(space + 1);
}

QString firstWord(const QString &text)
{
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    QString w = space < 0 ? text : text.left(space);
    while (!w.isEmpty() && !w.back().isLetterOrNumber())
        w.chop(1);
    return w;
}

// Joins a paragraph's lines, undoing hyphenation at line ends (see the class comment).
QString joinLines(const QStringList &lines, const Vocabulary &vocabulary)
{
    QString out;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (out.isEmpty()) {
            out = line;
            continue;
        }
        if (out.endsWith(QChar(0x00AD))) { // a soft hyphen is always a break inside a word
            out.chop(1);
            out += line;
            continue;
        }
        const bool hyphenEnd = out.size() >= 2 && isHyphen(out.back()) && out.at(out.size() - 2).isLetter();
        if (!hyphenEnd) {
            out += QLatin1Char(' ') + line;
            continue;
        }
        const QChar next = line.front();
        if (!isLower(next)) { // "COVID-" + "19", "Việt-" + "Nam": a compound; no space either way
            out += line;
            continue;
        }
        QString before = lastWord(out);
        before.chop(1);
        while (!before.isEmpty() && !before.front().isLetterOrNumber())
            before.remove(0, 1);
        const QString after = firstWord(line);
        const QString compound = (before + QLatin1Char('-') + after).toLower();
        const QString joined = (before + after).toLower();
        const bool keep = before.contains(QLatin1Char('-')) || before.contains(QChar(0x2010))
            || (vocabulary.hyphenated.contains(compound) && !vocabulary.plain.contains(joined));
        if (!keep)
            out.chop(1);
        out += line;
    }
    return out;
}

// One line in reading order, with where it stands.
struct FlowLine
{
    const PdfLine *line;
    int page;
    int column;   // -1: spans the columns
    int band;     // bands are separated by spanning lines
    double columnLeft;
    double columnRight;
};

QList<FlowLine> flowOf(const PdfPage &page)
{
    QList<FlowLine> out;
    const QList<qsizetype> order = PdfLayout::readingOrder(page.lines);
    const QList<double> gutters = findGutters(page.lines);
    // Column edges, for indents and short lines.
    QList<double> lefts(gutters.size() + 1, 1e9), rights(gutters.size() + 1, -1e9);
    double pageLeft = 1e9, pageRight = -1e9;
    auto columnOf = [&](const PdfLine &l) {
        for (qsizetype g = 0; g <= gutters.size(); ++g) {
            const double lo = g == 0 ? -1e9 : gutters.at(g - 1);
            const double hi = g == gutters.size() ? 1e9 : gutters.at(g);
            if (l.box.left() >= lo && l.box.right() <= hi)
                return int(g);
        }
        return -1;
    };
    for (const PdfLine &l : page.lines) {
        pageLeft = std::min(pageLeft, l.box.left());
        pageRight = std::max(pageRight, l.box.right());
        if (const int c = columnOf(l); c >= 0) {
            lefts[c] = std::min(lefts.at(c), l.box.left());
            rights[c] = std::max(rights.at(c), l.box.right());
        }
    }
    int band = 0;
    int previousColumn = 0;
    for (const qsizetype i : order) {
        const PdfLine &l = page.lines.at(i);
        const int c = gutters.isEmpty() ? 0 : columnOf(l);
        if (c != previousColumn && (c < 0 || previousColumn < 0))
            ++band;
        previousColumn = c;
        out.append(FlowLine{&l, page.number, c, band, c >= 0 ? lefts.at(c) : pageLeft, c >= 0 ? rights.at(c) : pageRight});
    }
    return out;
}

} // namespace

bool PdfLayout::isPageNumberLine(const QString &text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && t.size() <= 24 && pageNumberPattern().match(t).hasMatch();
}

QList<qsizetype> PdfLayout::readingOrder(const QList<PdfLine> &lines)
{
    QList<qsizetype> byPosition(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        byPosition[i] = i;
    std::stable_sort(byPosition.begin(), byPosition.end(),
                     [&](qsizetype a, qsizetype b) { return topThenLeft(lines.at(a), lines.at(b)); });
    const QList<double> gutters = findGutters(lines);
    if (gutters.isEmpty())
        return byPosition;
    auto columnOf = [&](const PdfLine &l) {
        for (qsizetype g = 0; g <= gutters.size(); ++g) {
            const double lo = g == 0 ? -1e9 : gutters.at(g - 1);
            const double hi = g == gutters.size() ? 1e9 : gutters.at(g);
            if (l.box.left() >= lo && l.box.right() <= hi)
                return int(g);
        }
        return -1;
    };
    // Bands between spanning lines; inside a band, column after column.
    QList<qsizetype> out;
    QList<QList<qsizetype>> columns(gutters.size() + 1);
    auto flush = [&] {
        for (QList<qsizetype> &c : columns) {
            out += c;
            c.clear();
        }
    };
    for (const qsizetype i : std::as_const(byPosition)) {
        const int c = columnOf(lines.at(i));
        if (c < 0) {
            flush();
            out.append(i);
        } else {
            columns[c].append(i);
        }
    }
    flush();
    return out;
}

PdfLayout::Result PdfLayout::layout(QList<PdfPage> pages)
{
    Result result;
    for (PdfPage &page : pages)
        page.lines.removeIf([](const PdfLine &l) {
            const QRectF &b = l.box;
            return TextCleaner::isBlank(l.text) || !(b.height() > 0) || !std::isfinite(b.left()) || !std::isfinite(b.top())
                || !std::isfinite(b.width()) || !std::isfinite(b.height());
        });
    result.runningLinesRemoved = removeRunningLines(pages);

    QList<FlowLine> flow;
    QList<double> heights;
    Vocabulary vocabulary;
    for (const PdfPage &page : std::as_const(pages)) {
        for (const PdfLine &l : page.lines) {
            heights.append(l.box.height());
            vocabulary.add(l.text);
        }
        flow += flowOf(page);
    }
    const double bodyHeight = median(heights, 10.0);
    QList<double> gaps;
    for (qsizetype i = 1; i < flow.size(); ++i) {
        const FlowLine &a = flow.at(i - 1), &b = flow.at(i);
        if (a.page == b.page && a.column == b.column && a.band == b.band) {
            const double gap = b.line->box.top() - a.line->box.bottom();
            if (gap > -0.5 * bodyHeight && gap < 3 * bodyHeight)
                gaps.append(gap);
        }
    }
    const double lineGap = std::max(0.0, median(gaps, 0.2 * bodyHeight));

    QStringList current;
    QList<double> currentHeights;
    int currentPage = 0;
    auto finish = [&] {
        if (current.isEmpty())
            return;
        const QString text = TextCleaner::cleanLine(joinLines(current, vocabulary));
        if (!text.isEmpty()) {
            const double height = median(currentHeights, bodyHeight);
            const bool heading = height >= 1.2 * bodyHeight && current.size() <= 3 && text.size() <= 200;
            result.blocks.append(Block{heading ? Block::Kind::Heading : Block::Kind::Paragraph, text, currentPage});
        }
        current.clear();
        currentHeights.clear();
    };
    for (qsizetype i = 0; i < flow.size(); ++i) {
        const FlowLine &f = flow.at(i);
        const PdfLine &line = *f.line;
        bool breakHere = current.isEmpty();
        if (!breakHere) {
            const FlowLine &p = flow.at(i - 1);
            const PdfLine &prev = *p.line;
            const bool sameHeight = std::abs(line.box.height() - prev.box.height()) <= 0.2 * std::max(line.box.height(), prev.box.height());
            const bool sameColumn = p.page == f.page && p.column == f.column && p.band == f.band;
            if (!sameColumn) {
                // A paragraph cut by the end of a column or a page goes on in lower case.
                breakHere = !(sameHeight && !endsParagraph(prev.text) && isLower(line.text.trimmed().front()));
            } else {
                const double gap = line.box.top() - prev.box.bottom();
                const double h = std::max(line.box.height(), prev.box.height());
                const bool wideGap = gap > std::max(1.6 * lineGap, lineGap + 0.45 * h) || gap < -0.5 * h;
                const bool indented = line.box.left() - f.columnLeft > 0.8 * h && prev.box.left() - f.columnLeft < 0.5 * h;
                const double columnWidth = f.columnRight - f.columnLeft;
                const bool shortEnd = prev.box.right() < f.columnRight - 0.15 * columnWidth && endsSentence(prev.text);
                breakHere = wideGap || !sameHeight || indented || shortEnd;
            }
        }
        if (breakHere) {
            finish();
            currentPage = f.page;
        }
        current.append(line.text);
        currentHeights.append(line.box.height());
    }
    finish();
    return result;
}

} // namespace Lectern::Core
