#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Lectern::Gui {

// Asks the reviewer's name the first time a comment needs one (AnnotationsPanel::addComment),
// prefilled from the system account's full name (Core::SystemUser). OK is enabled only for a
// non-blank name; the caller saves it (Settings::setAuthorName) and never asks again.
class ReviewerNameDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReviewerNameDialog(QWidget *parent = nullptr);

    QString name() const; // trimmed

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_prompt;
    QLineEdit *m_name;
    QDialogButtonBox *m_buttons;
};

} // namespace Lectern::Gui
