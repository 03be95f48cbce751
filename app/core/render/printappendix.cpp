#include "render/printappendix.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

namespace Lectern::Core {

namespace {

QFont scaled(const QFont &base, qreal factor, bool bold = false, bool italic = false)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

void heading(QTextCursor &cursor, const QFont &base, const QString &text, qreal factor, qreal topMargin)
{
    QTextBlockFormat bf;
    bf.setTopMargin(topMargin);
    bf.setBottomMargin(4);
    QTextCharFormat cf;
    cf.setFont(scaled(base, factor, true));
    cursor.insertBlock(bf, cf);
    cursor.block().setUserState(PrintAppendix::keepWithNextState);
    cursor.insertText(text, cf);
}

// One entry: a bold lead followed by plain detail, with a hanging indent.
void entry(QTextCursor &cursor, const QFont &base, const QString &lead, const QString &detail,
           const QColor &detailColor = QColor(0x33, 0x33, 0x33), int level = 0)
{
    QTextBlockFormat bf;
    bf.setLeftMargin(14 + level * 14);
    bf.setTextIndent(-14);
    bf.setBottomMargin(2);
    QTextCharFormat leadFormat;
    leadFormat.setFont(scaled(base, 0.9, true));
    QTextCharFormat detailFormat;
    detailFormat.setFont(scaled(base, 0.9));
    detailFormat.setForeground(detailColor);
    cursor.insertBlock(bf, leadFormat);
    cursor.insertText(lead, leadFormat);
    if (!detail.isEmpty())
        cursor.insertText((level > 0 ? QStringLiteral(" ") : QStringLiteral(" — ")) + detail, detailFormat);
}

// The printed name of a metric's kind (metricKindName() is the JSON's stable id).
QString kindLabel(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Count:
        return PrintAppendix::tr("count");
    case MetricKind::Percent:
        return PrintAppendix::tr("percent");
    case MetricKind::Money:
        return PrintAppendix::tr("money");
    case MetricKind::Ratio:
        return PrintAppendix::tr("ratio");
    case MetricKind::Quantity:
        return PrintAppendix::tr("quantity");
    }
    return {};
}

QString number(double value)
{
    // Vietnamese conventions: "." groups thousands, "," is the decimal comma.
    static const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    const bool whole = qFuzzyCompare(value, double(qint64(value)));
    return whole ? vi.toString(qint64(value)) : vi.toString(value, 'f', 2).remove(QRegularExpression(QStringLiteral(",?0+$")));
}

} // namespace

QString PrintAppendix::formatMetricValue(const Metric &metric)
{
    QString value;
    if (metric.kind == MetricKind::Ratio)
        value = number(metric.value) + QLatin1Char('/') + number(metric.high);
    else if (metric.isRange)
        value = number(metric.value) + QChar(0x2013) + number(metric.high);
    else
        value = number(metric.value);
    QString unit = metric.kind == MetricKind::Money ? metric.currency : metric.unit;
    if (metric.kind == MetricKind::Percent && unit.isEmpty())
        unit = QStringLiteral("%");
    if (!unit.isEmpty())
        value += QLatin1Char(' ') + unit;
    if (!metric.qualifier.isEmpty())
        value = metric.qualifier + QLatin1Char(' ') + value;
    return value;
}

void PrintAppendix::appendEntityIndex(QTextCursor &cursor, const QFont &base, const ExtractionResult &entities,
                                      bool grayscale)
{
    heading(cursor, base, tr("Index of names and figures"), 1.25, 22);
    auto mentions = [](const Entity &e) { return tr("%n mention(s)", nullptr, int(e.mentions.size())); };
    if (!entities.people.isEmpty()) {
        heading(cursor, base, tr("People"), 1.0, 8);
        for (const Entity &e : entities.people) {
            QStringList detail;
            if (!e.roles.isEmpty())
                detail << e.roles.join(QStringLiteral("; "));
            detail << mentions(e);
            entry(cursor, base, e.name, detail.join(QStringLiteral(" · ")));
        }
    }
    if (!entities.organizations.isEmpty()) {
        heading(cursor, base, tr("Organizations"), 1.0, 8);
        for (const Entity &e : entities.organizations) {
            QStringList detail;
            if (!e.aliases.isEmpty())
                detail << tr("also: %1").arg(e.aliases.join(QStringLiteral(", ")));
            detail << mentions(e);
            entry(cursor, base, e.name, detail.join(QStringLiteral(" · ")));
        }
    }
    if (!entities.places.isEmpty()) {
        heading(cursor, base, tr("Places"), 1.0, 8);
        for (const Entity &e : entities.places)
            entry(cursor, base, e.name, mentions(e));
    }
    if (!entities.metrics.isEmpty()) {
        heading(cursor, base, tr("Figures"), 1.0, 8);
        const QColor warn = grayscale ? QColor(0x20, 0x20, 0x20) : QColor(0xb0, 0x30, 0x00);
        for (const Metric &m : entities.metrics) {
            QStringList failed;
            for (const MetricCheck &c : m.checks)
                if (!c.consistent)
                    failed << c.description;
            QString detail = formatMetricValue(m) + QStringLiteral(" (") + kindLabel(m.kind) + QLatin1Char(')');
            entry(cursor, base, m.text, detail);
            if (!failed.isEmpty())
                entry(cursor, base, tr("Check failed:"), failed.join(QStringLiteral("; ")), warn, 1);
        }
    }
    if (entities.people.isEmpty() && entities.organizations.isEmpty() && entities.places.isEmpty()
        && entities.metrics.isEmpty())
        entry(cursor, base, tr("No names or figures were found in this article."), QString());
}

void PrintAppendix::appendNotes(QTextCursor &cursor, const QFont &base, const QString &body,
                                const QList<PrintNote> &notes, const QList<int> &numbers)
{
    heading(cursor, base, tr("Notes"), 1.25, 22);
    for (int i = 0; i < notes.size(); ++i) {
        const PrintNote &note = notes.at(i);
        const int n = numbers.value(i, i + 1);
        QString quote = body.mid(note.span.start, note.span.length()).simplified();
        if (quote.size() > 90)
            quote = quote.left(89).trimmed() + QChar(0x2026);
        QStringList detail;
        if (!quote.isEmpty())
            detail << QChar(0x201c) + quote + QChar(0x201d);
        if (!note.text.trimmed().isEmpty())
            detail << note.text.trimmed();
        QStringList by;
        if (!note.author.isEmpty())
            by << note.author;
        if (!note.status.isEmpty())
            by << note.status;
        if (!by.isEmpty())
            detail << QLatin1Char('(') + by.join(QStringLiteral(", ")) + QLatin1Char(')');
        for (const PrintNote::Reply &reply : note.replies)
            detail << QStringLiteral("\u00bb ") + (reply.author.isEmpty() ? QString() : reply.author + QStringLiteral(": "))
                          + reply.text.simplified();
        entry(cursor, base, QStringLiteral("[%1]").arg(n), detail.join(QLatin1Char(' ')));
    }
}

} // namespace Lectern::Core
