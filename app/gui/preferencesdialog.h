#pragma once

#include "librarymaintenance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace Lectern::Gui {

class LanguageManager;
class TeamServerForm;

// Edit > Preferences: interface language (applied at once, remembered), reviewer name, learning
// from the editor's corrections (on/off, and a reset to the bundled model), and the
// review/library database: its location (changeable; articles opened afterwards use the new
// file), export to one file, import of an exported library, and compaction; or a team server
// instead (TeamServerForm: a postgresql:// address without password, saved on OK; the local file
// is kept for when Local file is chosen again). The database jobs run in the background
// (LibraryMaintenance) with a busy bar; their outcome shows in the dialog.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(LanguageManager *languages, QWidget *parent = nullptr);

    void accept() override;
    void reject() override;

    QString databasePath() const { return m_databasePath; }   // the local file shown, saved on OK
    bool usesTeamServer() const;                              // "Team server" is chosen
    TeamServerForm *teamServerForm() const { return m_server; }
    QString statusText() const;
    LibraryMaintenance *maintenance() const { return m_maintenance; }

public Q_SLOTS:
    // What the buttons do once a file is chosen (tests call these directly).
    void setDatabasePath(const QString &path);
    void setUseTeamServer(bool use);
    bool exportLibraryTo(const QString &file);
    bool importLibraryFrom(const QString &file);
    bool compactDatabase();

Q_SIGNALS:
    void databaseChanged(const QString &path);   // after OK, when the location changed (file or address)
    void libraryChanged();                       // articles were imported into the library
    void resetLearnedModelRequested();           // "Reset learned model" was clicked

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseDatabase();
    void chooseExport();
    void chooseImport();
    void jobFinished(LibraryMaintenance::Job job, bool ok, const QString &message);
    void setBusy(bool busy);

    LanguageManager *m_languages;
    LibraryMaintenance *m_maintenance;
    QString m_databasePath;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_authorLabel;
    QLineEdit *m_author;
    QCheckBox *m_learn;
    QPushButton *m_resetModel;
    QGroupBox *m_libraryBox;
    QRadioButton *m_localChoice;
    QRadioButton *m_serverChoice;
    QStackedWidget *m_where;
    TeamServerForm *m_server;
    QLabel *m_databaseLabel;
    QLabel *m_database;
    QPushButton *m_changeDatabase;
    QPushButton *m_export;
    QPushButton *m_import;
    QPushButton *m_compact;
    QProgressBar *m_busy;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace Lectern::Gui
