#pragma once

#include <QString>
#include <QStringList>

namespace Lectern::Core::Translations {

// Lectern's own catalogues are embedded under :/i18n (lectern_en.qm, lectern_vi.qm) by the
// application; the core, the CLI and the GUI all translate through QCoreApplication.

// Codes with a bundled catalogue: {"en", "vi"}.
QStringList available();
// A bundled code as is; anything else ("" = follow the system) -> the first of the system
// locale's UI languages that is bundled, else "en".
QString resolve(const QString &code);
// Installs the catalogue of resolve(code) for the whole process, in place of the one this
// function installed before, and makes the matching QLocale the default (dates, numbers).
// Returns the code applied. Main thread; a QCoreApplication must exist.
QString install(const QString &code);

} // namespace Lectern::Core::Translations
