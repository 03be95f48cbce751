#include "preferencesdialog.h"

#include "languagemanager.h"
#include "util/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Lectern::Gui {

PreferencesDialog::PreferencesDialog(LanguageManager *languages, QWidget *parent)
    : QDialog(parent)
    , m_languages(languages)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_authorLabel(new QLabel(this))
    , m_author(new QLineEdit(this))
    , m_databaseLabel(new QLabel(this))
    , m_database(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_author->setObjectName(QStringLiteral("authorEdit"));
    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_authorLabel, m_author);
    form->addRow(m_databaseLabel, m_database);
    m_languageLabel->setBuddy(m_language);
    m_authorLabel->setBuddy(m_author);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const Core::Settings settings;
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_author->setText(settings.authorName());
    m_database->setText(settings.databasePath());
    retranslate();
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_authorLabel->setText(tr("&Reviewer name:"));
    m_databaseLabel->setText(tr("Review database:"));
}

void PreferencesDialog::accept()
{
    Core::Settings settings;
    const QString code = m_language->currentData().toString();
    settings.setLanguage(code);
    settings.setAuthorName(m_author->text().trimmed());
    settings.sync();
    m_languages->apply(code);
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace Lectern::Gui
