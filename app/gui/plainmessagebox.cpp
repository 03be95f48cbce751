#include "plainmessagebox.h"

#include <QMessageBox>

namespace Lectern::Gui {

void warnPlainText(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("plainWarning"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace Lectern::Gui
