#include "render/pdfexporter.h"

#include "render/printrenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPdfWriter>
#include <QSaveFile>

namespace Lectern::Core {

QPageLayout PdfExporter::defaultPageLayout(QPageSize::PageSizeId paper)
{
    return QPageLayout(QPageSize(paper), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
}

namespace {

// Qt's PDF engine keeps the embedded fonts in a QHash and writes them in its order, which follows
// the process's random hash seed: the same printout would come out with its objects in another
// order each run. Hashes made while this lives use the fixed seed (each QHash keeps the seed it
// was made with); the random seed is back for everything made afterwards.
class DeterministicHashes final
{
public:
    DeterministicHashes() { QHashSeed::setDeterministicGlobalSeed(); }
    ~DeterministicHashes() { QHashSeed::resetRandomGlobalSeed(); }
    DeterministicHashes(const DeterministicHashes &) = delete;
    DeterministicHashes &operator=(const DeterministicHashes &) = delete;
};

// The engine also stamps /CreationDate with the clock; the printout's own time (the footer's
// "Printed …") replaces it, with the same number of bytes so the cross-reference table holds.
void stampCreationDate(QByteArray &pdf, const QDateTime &printedAt)
{
    static const QByteArray key("/CreationDate (D:");
    const qsizetype at = pdf.indexOf(key);
    constexpr qsizetype digits = 14; // YYYYMMDDHHmmss
    if (at < 0 || at + key.size() + digits > pdf.size())
        return;
    const QByteArray stamp = printedAt.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    if (stamp.size() == digits)
        pdf.replace(at + key.size(), digits, stamp);
}

} // namespace

PdfExportResult PdfExporter::exportPdf(const QString &path, const QPageLayout &layout, const Article &article,
                                       const ExtractionResult &entities, const QList<PrintNote> &notes,
                                       const PrintOptions &options)
{
    PdfExportResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("The PDF cannot be written: %1.").arg(file.errorString());
        return result;
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        const DeterministicHashes sameOrder;
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setPageLayout(layout);
        writer.setTitle(article.title);
        writer.setCreator(QCoreApplication::applicationName().isEmpty()
                              ? QStringLiteral("Lectern")
                              : QCoreApplication::applicationName() + QLatin1Char(' ')
                                    + QCoreApplication::applicationVersion());
        PrintRenderer renderer(article, entities, notes, options);
        if (!renderer.render(&writer)) {
            file.cancelWriting();
            result.error = renderer.errorString();
            return result;
        }
        result.pages = renderer.pageCount();
        result.qrError = renderer.qrError();
    }
    QByteArray pdf = buffer.data();
    stampCreationDate(pdf, options.printedAt.isValid() ? options.printedAt : QDateTime::currentDateTimeUtc());
    if (file.write(pdf) != pdf.size() || !file.commit()) {
        result.error = tr("The PDF cannot be saved: %1.").arg(file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace Lectern::Core
