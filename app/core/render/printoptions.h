#pragma once

#include "qr/qrencoder.h"

#include <QDateTime>
#include <QString>

namespace Lectern::Core {

// What the printout contains. The defaults are the editorial printout: highlights in colour,
// a QR code on the first page, no appendices.
struct PrintOptions
{
    bool highlights = true;     // entity highlights as character formats
    bool grayscale = false;     // everything in gray levels; categories keep their underline styles
    bool legend = true;         // the highlight legend in the first page's footer
    bool entityIndex = false;   // appendix: people, organizations, places, metrics
    bool notes = false;         // numbered marks in the text, with the notes beside them or at the end
    bool marginNotes = true;    // notes in a column beside their lines where they fit; the rest, and
                                // all of them when false, in the "Notes" appendix
    bool qrCode = true;
    bool qrOnEveryPage = false; // otherwise only on the first page
    QString qrPayload;          // empty: ArticlePayload::forArticle()
    QrEcc qrEcc = QrEcc::Medium;
    QString bodyFamily;         // empty: DocumentBuilder::defaultBodyFont() (Noto Serif)
    qreal bodyPointSize = 10.5;
    QDateTime printedAt;        // the footer's "Printed …" time; invalid: now
};

} // namespace Lectern::Core
