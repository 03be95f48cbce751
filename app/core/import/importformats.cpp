#include "import/importformats.h"

#include <QFileInfo>

namespace Lectern::Core {

QString ImportFormats::Format::label() const
{
    if (id == QLatin1String("plain"))
        return tr("Text files");
    if (id == QLatin1String("html"))
        return tr("HTML pages");
    if (id == QLatin1String("markdown"))
        return tr("Markdown");
    if (id == QLatin1String("pdf"))
        return tr("PDF documents");
    if (id == QLatin1String("docx"))
        return tr("Word documents");
    if (id == QLatin1String("odt"))
        return tr("OpenDocument texts");
    return id;
}

const QList<ImportFormats::Format> &ImportFormats::all()
{
    static const QList<Format> formats = {
        {QStringLiteral("plain"), {QStringLiteral("txt"), QStringLiteral("text")}},
        {QStringLiteral("html"), {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")}},
        {QStringLiteral("markdown"), {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mdown")}},
        {QStringLiteral("pdf"), {QStringLiteral("pdf")}},
        {QStringLiteral("docx"), {QStringLiteral("docx")}},
        {QStringLiteral("odt"), {QStringLiteral("odt")}},
    };
    return formats;
}

QStringList ImportFormats::suffixes()
{
    QStringList out;
    for (const Format &f : all())
        out += f.suffixes;
    return out;
}

bool ImportFormats::isImportable(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return !suffix.isEmpty() && suffixes().contains(suffix);
}

QString ImportFormats::reviewSuffix()
{
    return QStringLiteral("lectern-review");
}

QString ImportFormats::patterns(const QStringList &suffixes)
{
    QStringList out;
    for (const QString &s : suffixes)
        out.append(QStringLiteral("*.") + s);
    return out.join(QLatin1Char(' '));
}

QStringList ImportFormats::nameFilters(bool withReviews)
{
    QStringList everything = suffixes();
    if (withReviews)
        everything.append(reviewSuffix());
    QStringList filters{(withReviews ? tr("Articles and reviews (%1)") : tr("Articles (%1)")).arg(patterns(everything))};
    for (const Format &f : all())
        filters.append(QStringLiteral("%1 (%2)").arg(f.label(), patterns(f.suffixes)));
    if (withReviews)
        filters.append(tr("Lectern reviews (%1)").arg(patterns({reviewSuffix()})));
    filters.append(tr("All files (*)"));
    return filters;
}

} // namespace Lectern::Core
