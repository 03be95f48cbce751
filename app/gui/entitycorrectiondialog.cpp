#include "entitycorrectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lectern::Gui {

EntityCorrectionDialog::EntityCorrectionDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_prompt(new QLabel(this))
    , m_applyToAll(new QCheckBox(tr("Apply to &all articles (remember in the user gazetteer)"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("entityCorrectionDialog"));
    m_prompt->setTextFormat(Qt::PlainText); // the prompt quotes a name from the article
    m_prompt->setWordWrap(true);
    m_applyToAll->setObjectName(QStringLiteral("applyToAll"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    if (mode == Mode::EnterName) {
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(QStringLiteral("name"));
        m_prompt->setBuddy(m_edit);
        layout->addWidget(m_edit);
        connect(m_edit, &QLineEdit::textChanged, this, &EntityCorrectionDialog::updateOk);
    } else {
        m_combo = new QComboBox(this);
        m_combo->setObjectName(QStringLiteral("choice"));
        m_prompt->setBuddy(m_combo);
        layout->addWidget(m_combo);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &EntityCorrectionDialog::updateOk);
    }
    layout->addWidget(m_applyToAll);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    updateOk();
}

void EntityCorrectionDialog::setPrompt(const QString &prompt)
{
    m_prompt->setText(QString(prompt).replace(QLatin1Char('&'), QStringLiteral("&&"))); // names may hold '&'
}

void EntityCorrectionDialog::setName(const QString &name)
{
    if (m_edit) {
        m_edit->setText(name);
        m_edit->selectAll();
    }
}

void EntityCorrectionDialog::setChoices(const QStringList &names)
{
    if (m_combo) {
        m_combo->clear();
        m_combo->addItems(names);
    }
    updateOk();
}

void EntityCorrectionDialog::setApplyToAll(bool on)
{
    m_applyToAll->setChecked(on);
}

void EntityCorrectionDialog::setApplyToAllAvailable(bool available)
{
    m_applyToAll->setVisible(available);
    if (!available)
        m_applyToAll->setChecked(false);
}

QString EntityCorrectionDialog::name() const
{
    return m_edit ? m_edit->text().simplified() : m_combo->currentText();
}

bool EntityCorrectionDialog::applyToAll() const
{
    return m_applyToAll->isChecked();
}

void EntityCorrectionDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty());
}

} // namespace Lectern::Gui
