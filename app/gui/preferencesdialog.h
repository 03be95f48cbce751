#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace Lectern::Gui {

class LanguageManager;

// Edit > Preferences: interface language (applied at once, remembered) and reviewer name.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(LanguageManager *languages, QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LanguageManager *m_languages;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_authorLabel;
    QLineEdit *m_author;
    QLabel *m_databaseLabel;
    QLabel *m_database;
    QDialogButtonBox *m_buttons;
};

} // namespace Lectern::Gui
