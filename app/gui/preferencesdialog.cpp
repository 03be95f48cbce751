#include "preferencesdialog.h"

#include "languagemanager.h"
#include "teamserverform.h"
#include "util/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Lectern::Gui {

namespace {

QString fileFilter()
{
    return PreferencesDialog::tr("Lectern library (*.sqlite *.lectern-library);;All files (*)");
}

} // namespace

PreferencesDialog::PreferencesDialog(LanguageManager *languages, QWidget *parent)
    : QDialog(parent)
    , m_languages(languages)
    , m_maintenance(new LibraryMaintenance(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_authorLabel(new QLabel(this))
    , m_author(new QLineEdit(this))
    , m_learn(new QCheckBox(this))
    , m_resetModel(new QPushButton(this))
    , m_libraryBox(new QGroupBox(this))
    , m_localChoice(new QRadioButton(this))
    , m_serverChoice(new QRadioButton(this))
    , m_where(new QStackedWidget(this))
    , m_server(new TeamServerForm(this))
    , m_databaseLabel(new QLabel(this))
    , m_database(new QLabel(this))
    , m_changeDatabase(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_compact(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_learn->setObjectName(QStringLiteral("learnFromCorrectionsCheck"));
    m_resetModel->setObjectName(QStringLiteral("resetLearnedModelButton"));
    m_database->setObjectName(QStringLiteral("databasePathLabel"));
    m_changeDatabase->setObjectName(QStringLiteral("changeDatabaseButton"));
    m_export->setObjectName(QStringLiteral("exportLibraryButton"));
    m_import->setObjectName(QStringLiteral("importLibraryButton"));
    m_compact->setObjectName(QStringLiteral("compactDatabaseButton"));
    m_status->setObjectName(QStringLiteral("libraryStatusLabel"));
    m_localChoice->setObjectName(QStringLiteral("localFileChoice"));
    m_serverChoice->setObjectName(QStringLiteral("teamServerChoice"));

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_authorLabel, m_author);
    m_languageLabel->setBuddy(m_language);
    m_authorLabel->setBuddy(m_author);
    auto *learning = new QHBoxLayout;
    learning->addWidget(m_learn, 1);
    learning->addWidget(m_resetModel);
    form->addRow(learning);

    // The database: where it is, and what can be done with it.
    m_database->setTextFormat(Qt::PlainText); // a path
    m_status->setTextFormat(Qt::PlainText);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_database->setWordWrap(true);
    m_status->setWordWrap(true);
    m_busy->setRange(0, 0); // busy indicator: the jobs report no fraction
    m_busy->setVisible(false);
    auto *where = new QHBoxLayout;
    where->addWidget(m_database, 1);
    where->addWidget(m_changeDatabase);
    auto *jobs = new QHBoxLayout;
    jobs->addWidget(m_export);
    jobs->addWidget(m_import);
    jobs->addWidget(m_compact);
    jobs->addStretch(1);
    auto *localPage = new QWidget(m_where);
    auto *local = new QVBoxLayout(localPage);
    local->setContentsMargins(0, 0, 0, 0);
    local->addWidget(m_databaseLabel);
    local->addLayout(where);
    local->addLayout(jobs);
    local->addStretch(1);
    m_where->addWidget(localPage);
    m_where->addWidget(m_server);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_localChoice);
    choice->addWidget(m_serverChoice);
    choice->addStretch(1);
    auto *box = new QVBoxLayout(m_libraryBox);
    box->addLayout(choice);
    box->addWidget(m_where);
    box->addWidget(m_busy);
    box->addWidget(m_status);
    connect(m_serverChoice, &QRadioButton::toggled, this, [this](bool server) {
        m_where->setCurrentIndex(server ? 1 : 0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_libraryBox);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_changeDatabase, &QPushButton::clicked, this, &PreferencesDialog::chooseDatabase);
    connect(m_export, &QPushButton::clicked, this, &PreferencesDialog::chooseExport);
    connect(m_import, &QPushButton::clicked, this, &PreferencesDialog::chooseImport);
    connect(m_compact, &QPushButton::clicked, this, &PreferencesDialog::compactDatabase);
    connect(m_resetModel, &QPushButton::clicked, this, [this] {
        Q_EMIT resetLearnedModelRequested();
        m_status->setText(tr("The learned model was deleted; articles opened from now on are read with the bundled model."));
    });
    connect(m_maintenance, &LibraryMaintenance::finished, this, &PreferencesDialog::jobFinished);

    const Core::Settings settings;
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    m_author->setText(settings.authorName());
    m_learn->setChecked(settings.learnFromCorrections());
    setDatabasePath(settings.localDatabasePath());
    m_server->setLocation(settings.teamServer());
    m_localChoice->setChecked(true);
    setUseTeamServer(settings.useTeamServer() && !settings.teamServer().isEmpty());
    retranslate();
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_authorLabel->setText(tr("&Reviewer name:"));
    m_learn->setText(tr("Lear&n from my corrections"));
    m_learn->setToolTip(tr("Entity corrections teach your own model, used for the articles you open next"));
    m_resetModel->setText(tr("Reset Learned &Model"));
    m_resetModel->setToolTip(tr("Delete the model learned from your corrections and use the bundled one again"));
    m_libraryBox->setTitle(tr("Review database and library"));
    m_localChoice->setText(tr("Local &file"));
    m_localChoice->setToolTip(tr("Your own reviews and library, in a file on this computer"));
    m_serverChoice->setText(tr("&Team server"));
    m_serverChoice->setToolTip(tr("Reviews shared with your team on a PostgreSQL server"));
    m_databaseLabel->setText(tr("Annotations and the library are kept in:"));
    m_changeDatabase->setText(tr("C&hange…"));
    m_changeDatabase->setToolTip(tr("Use another database file; articles opened afterwards use it"));
    m_export->setText(tr("&Export Library…"));
    m_export->setToolTip(tr("Write the whole library, annotations included, to one file"));
    m_import->setText(tr("&Import Library…"));
    m_import->setToolTip(tr("Add the articles of an exported library that are not here yet"));
    m_compact->setText(tr("&Compact Database"));
    m_compact->setToolTip(tr("Reclaim unused space and optimise the search index"));
}

QString PreferencesDialog::statusText() const
{
    return m_status->text();
}

void PreferencesDialog::setDatabasePath(const QString &path)
{
    m_databasePath = QDir::cleanPath(path);
    m_database->setText(QDir::toNativeSeparators(m_databasePath));
}

bool PreferencesDialog::usesTeamServer() const
{
    return m_serverChoice->isChecked();
}

void PreferencesDialog::setUseTeamServer(bool use)
{
    (use ? m_serverChoice : m_localChoice)->setChecked(true);
}

void PreferencesDialog::chooseDatabase()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Review Database"), m_databasePath, fileFilter(),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    setDatabasePath(file);
    m_status->setText(QFileInfo::exists(file)
                          ? tr("Lectern will use this database from now on; articles already open keep theirs until they are opened again.")
                          : tr("A new, empty database will be created there; the current one stays where it is."));
}

void PreferencesDialog::chooseExport()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("lectern-library.sqlite"));
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Library"), suggested, fileFilter());
    if (!file.isEmpty())
        exportLibraryTo(file);
}

void PreferencesDialog::chooseImport()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Library"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      fileFilter());
    if (!file.isEmpty())
        importLibraryFrom(file);
}

bool PreferencesDialog::exportLibraryTo(const QString &file)
{
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(m_databasePath).absoluteFilePath()) {
        m_status->setText(tr("Choose another file: the library cannot be exported onto itself."));
        return false;
    }
    const bool started = m_maintenance->exportLibrary(m_databasePath, file);
    if (started)
        setBusy(true);
    return started;
}

bool PreferencesDialog::importLibraryFrom(const QString &file)
{
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(m_databasePath).absoluteFilePath()) {
        m_status->setText(tr("This is the library in use; choose an exported library file."));
        return false;
    }
    const bool started = m_maintenance->importLibrary(m_databasePath, file);
    if (started)
        setBusy(true);
    return started;
}

bool PreferencesDialog::compactDatabase()
{
    const bool started = m_maintenance->vacuumLibrary(m_databasePath);
    if (started)
        setBusy(true);
    return started;
}

void PreferencesDialog::jobFinished(LibraryMaintenance::Job job, bool ok, const QString &message)
{
    setBusy(false);
    m_status->setText(message);
    if (ok && job == LibraryMaintenance::Job::Import)
        Q_EMIT libraryChanged();
}

void PreferencesDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget *w : {static_cast<QWidget *>(m_changeDatabase), static_cast<QWidget *>(m_export),
                       static_cast<QWidget *>(m_import), static_cast<QWidget *>(m_compact)})
        w->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Working…"));
}

void PreferencesDialog::accept()
{
    if (usesTeamServer() && m_server->location().isEmpty()) {
        m_status->setText(tr("Fill in the team server's host and database, or choose Local file."));
        return;
    }
    Core::Settings settings;
    const QString code = m_language->currentData().toString();
    settings.setLanguage(code);
    settings.setAuthorName(m_author->text().trimmed());
    settings.setLearnFromCorrections(m_learn->isChecked());
    const QString before = settings.databasePath();
    if (usesTeamServer()) {
        const QString address = m_server->location();
        if (settings.setTeamServer(address)) // an address from the fields never holds a password
            settings.setUseTeamServer(true);
    } else {
        if (QDir::cleanPath(settings.localDatabasePath()) != m_databasePath)
            settings.setDatabasePath(m_databasePath);
        settings.setUseTeamServer(false);
    }
    const QString after = settings.databasePath();
    const bool moved = after != before;
    settings.sync();
    m_languages->apply(code);
    if (moved)
        Q_EMIT databaseChanged(after);
    QDialog::accept();
}

void PreferencesDialog::reject()
{
    // Closing does not abandon a running job (its result would be lost); the destructor of
    // LibraryMaintenance waits for it in any case.
    if (m_maintenance->isBusy())
        return;
    QDialog::reject();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace Lectern::Gui
