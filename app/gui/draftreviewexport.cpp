#include "draftreviewexport.h"

#include "exportfolder.h"
#include "document/articledocument.h"
#include "plainmessagebox.h"
#include "review/officereviewexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>

namespace Lectern::Gui {

namespace {
bool isOdt(const Core::ArticleDocument *document)
{
    return document && document->article().format == QLatin1String("odt");
}
} // namespace

bool DraftReviewExport::available(const Core::ArticleDocument *document)
{
    return document && !document->article().originalBytes.isEmpty()
        && (document->article().format == QLatin1String("docx") || isOdt(document));
}

QString DraftReviewExport::actionText(const Core::ArticleDocument *document)
{
    return isOdt(document) ? tr("Export Review to &OpenDocument…") : tr("Export Review to &Word…");
}

QString DraftReviewExport::run(QWidget *window, Core::ArticleDocument *document)
{
    if (!available(document))
        return {};
    const bool odt = isOdt(document);
    const QString suffix = odt ? QStringLiteral(".odt") : QStringLiteral(".docx");
    const QString source = document->filePath();
    const QString suggested = ExportFolder::suggest(QFileInfo(source).completeBaseName()
                                                        + tr("-review", "file name suffix") + suffix, source);
    const QString path = QFileDialog::getSaveFileName(
        window, odt ? tr("Export Review to OpenDocument") : tr("Export Review to Word"), suggested,
        odt ? tr("OpenDocument text (*.odt)") : tr("Word document (*.docx)"));
    if (path.isEmpty())
        return {};
    const QList<Core::Annotation> annotations = document->annotations()->all();
    QString error;
    const auto bytes = Core::OfficeReviewExport::write(
        document->article().originalBytes, annotations,
        odt ? Core::OfficeReviewExport::Format::Odt : Core::OfficeReviewExport::Format::Docx, &error);
    QSaveFile file(path);
    if (bytes && (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()))
        error = file.errorString();
    if (!bytes || !error.isEmpty()) {
        warnPlainText(window, tr("Cannot export the review"),
                      tr("Lectern could not write “%1”.\n\n%2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    ExportFolder::remember(path);
    return tr("The review (%n annotation(s)) was written into %1", nullptr, int(annotations.size()))
        .arg(QDir::toNativeSeparators(path));
}

} // namespace Lectern::Gui
