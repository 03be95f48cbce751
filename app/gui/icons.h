#pragma once

#include <QIcon>
#include <QString>

namespace Lectern::Gui::Icons {

// The icon named `name` (a freedesktop name such as "document-open", or one of Lectern's own such
// as "lectern-qr"): the desktop theme's when it has one, else Lectern's own drawing of it
// (resources/icons/actions/<name>.svg, under :/icons/actions). Lectern's icons are single-stroke
// SVGs drawn in the palette's text colour at paint time, so they follow a light or dark theme and
// look disabled when their action is. A null icon only when neither exists.
QIcon themed(const QString &name);

// Lectern's own drawing alone (no theme lookup); null when there is none.
QIcon own(const QString &name);

// The icon name an action id gets when its creator gave none ("file.exportQr" → "lectern-qr");
// empty for actions that show a check mark instead (toggles, radio items).
QString nameForAction(const QString &actionId);

} // namespace Lectern::Gui::Icons
