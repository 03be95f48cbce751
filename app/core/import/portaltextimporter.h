#pragma once

#include "import/importresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Lectern::Core {

// Text saved from a news portal page: chrome on top (interface words around a date), the body,
// a byline, and a footer block ("Tiện ích thông tin", "QR CODE: <title>", "Tin khác", …).
//
// Chrome lines are dropped (listed in Article::removedChrome); the date line gives published;
// the "QR CODE:" line, or else a title-like first body line, gives the title (a first body line
// used as title stays in the body as a Heading); a source prefix on the first paragraph
// ("(binhdinh.gov.vn) - ", "(BĐ) - ") gives site and is removed from the paragraph. The rest is
// classified by TextBodyClassifier with loose captions. Only the body and metadata are filled in.
class PortalTextImporter final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::PortalTextImporter)

public:
    // True when the cleaned lines carry portal chrome: a date line with interface words or a
    // weekday name among the first lines, a "QR CODE:" line, or a footer block at the end.
    static bool looksLikePortal(const QStringList &lines);

    static ImportResult import(const QString &text);
};

} // namespace Lectern::Core
