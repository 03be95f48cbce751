#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Lectern::Gui {

// The small dialog behind the entity corrections that need an answer: a new canonical name
// (Rename, Add as …) or a choice among names (Merge With…, Split Alias Off…), and the
// "Apply to all articles" choice. Opened with open(); the caller reads it on accepted().
class EntityCorrectionDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { EnterName, ChooseName };

    explicit EntityCorrectionDialog(Mode mode, QWidget *parent = nullptr);

    void setPrompt(const QString &prompt);
    void setName(const QString &name);        // EnterName: the initial text (selected)
    void setChoices(const QStringList &names); // ChooseName
    void setApplyToAll(bool on);
    void setApplyToAllAvailable(bool available); // figures never go to the gazetteer

    QString name() const; // the entered (trimmed, simplified) or chosen name
    bool applyToAll() const;

private:
    void updateOk();

    Mode m_mode;
    QLabel *m_prompt;
    QLineEdit *m_edit = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_applyToAll;
    QDialogButtonBox *m_buttons;
};

} // namespace Lectern::Gui
