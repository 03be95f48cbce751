#include "reviewernamedialog.h"

#include "util/systemuser.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lectern::Gui {

ReviewerNameDialog::ReviewerNameDialog(QWidget *parent)
    : QDialog(parent)
    , m_prompt(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reviewerNameDialog"));
    m_prompt->setWordWrap(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56); // the prompt in two or three lines
    m_prompt->setBuddy(m_name);
    m_name->setObjectName(QStringLiteral("reviewerNameEdit"));
    m_name->setText(Core::SystemUser::fullName());
    m_name->selectAll();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_name);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty()); };
    connect(m_name, &QLineEdit::textChanged, this, update);
    update();
    retranslate();
}

QString ReviewerNameDialog::name() const
{
    return m_name->text().simplified();
}

void ReviewerNameDialog::retranslate()
{
    setWindowTitle(tr("Your Name"));
    m_prompt->setText(tr("Comments carry the reviewer's name. Which name should yours carry? "
                         "You can change it later in Preferences."));
}

void ReviewerNameDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace Lectern::Gui
