#pragma once

#include <QString>

class QWidget;

namespace Lectern::Gui {

// A modal warning whose text carries document data or a path (a file may be named
// "<img src=x>.txt"): the text is shown as written (Qt::PlainText), never as markup.
void warnPlainText(QWidget *parent, const QString &title, const QString &text);

} // namespace Lectern::Gui
