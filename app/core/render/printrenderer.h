#pragma once

#include "article/article.h"
#include "extract/entity.h"
#include "render/printnote.h"
#include "render/printoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace Lectern::Core {

// The one printout renderer: paints an article onto any paged device (QPrinter for paper and
// print preview, QPdfWriter for PDF export and the CLI), so every output shows the same pages.
//
// Each page: a running header (title, source, date), the body typeset by DocumentBuilder (entity
// highlights as character formats, note numbers at the end of their spans), and a footer with
// "Page X of Y", the content hash, the highlight legend (first page) and the QR code (first page,
// or every page). Optional appendices follow the body (PrintAppendix).
//
// The paper, orientation and margins come from the device's page layout; the renderer draws
// inside its paintable area. Fonts: Noto Serif / Noto Sans (DocumentBuilder::defaultBodyFont()),
// chosen explicitly so Vietnamese never falls back to other glyphs; QPdfWriter embeds them.
// GUI thread or any thread with a QGuiApplication (text layout needs one).
class PrintRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::PrintRenderer)

public:
    PrintRenderer(const Article &article, const ExtractionResult &entities, const QList<PrintNote> &notes = {},
                  const PrintOptions &options = {});

    // Paints every page. device must have no active painter. Returns false when the device
    // cannot be painted on; errorString() then says why (a complete sentence).
    bool render(QPagedPaintDevice *device);

    int pageCount() const { return m_pageCount; } // pages of the last render()
    QString errorString() const { return m_error; }
    // The QR payload (options.qrPayload or ArticlePayload::forArticle()) and, when it could not be
    // encoded, why; the printout is then made without a QR code.
    QString qrPayload() const { return m_qrPayload; }
    QString qrError() const { return m_qrError; }

private:
    Article m_article;
    ExtractionResult m_entities;
    QList<PrintNote> m_notes;
    PrintOptions m_options;
    QString m_qrPayload;
    QString m_qrError;
    QString m_error;
    int m_pageCount = 0;
};

} // namespace Lectern::Core
