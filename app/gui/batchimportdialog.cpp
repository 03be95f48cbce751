#include "batchimportdialog.h"

#include "document/articleloader.h"
#include "import/importformats.h"
#include "library/batchimporter.h"
#include "util/literaltext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Lectern::Gui {

BatchImportDialog::BatchImportDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_importer(new Core::BatchImporter(this))
    , m_pathList(new QListWidget(this))
    , m_addFolder(new QPushButton(this))
    , m_addFiles(new QPushButton(this))
    , m_start(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_failures(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("batchImportDialog"));
    m_start->setObjectName(QStringLiteral("batchImportStart"));
    m_cancel->setObjectName(QStringLiteral("batchImportCancel"));
    m_progress->setObjectName(QStringLiteral("batchImportProgress"));
    m_failures->setObjectName(QStringLiteral("batchImportFailures"));
    m_status->setObjectName(QStringLiteral("batchImportStatus"));
    m_status->setTextFormat(Qt::PlainText); // shows file names
    m_rate->setObjectName(QStringLiteral("batchImportRate"));
    m_rate->setTextFormat(Qt::PlainText);
    m_failures->horizontalHeader()->setStretchLastSection(true);
    m_failures->verticalHeader()->hide();
    m_failures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_addFolder);
    pickers->addWidget(m_addFiles);
    pickers->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pathList);
    layout->addLayout(pickers);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_rate);
    layout->addWidget(m_failures, 1);
    layout->addLayout(buttons);

    connect(m_addFolder, &QPushButton::clicked, this, &BatchImportDialog::addFolder);
    connect(m_addFiles, &QPushButton::clicked, this, &BatchImportDialog::addFiles);
    connect(m_start, &QPushButton::clicked, this, &BatchImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &BatchImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &BatchImportDialog::reject);
    connect(m_importer, &Core::BatchImporter::started, this, &BatchImportDialog::onStarted);
    connect(m_importer, &Core::BatchImporter::progressed, this, &BatchImportDialog::onProgress);
    connect(m_importer, &Core::BatchImporter::fileFailed, this, &BatchImportDialog::onFailed);
    connect(m_importer, &Core::BatchImporter::rateChanged, this, &BatchImportDialog::onRate);
    connect(m_importer, &Core::BatchImporter::finished, this, &BatchImportDialog::onFinished);
    retranslateUi();
    updateButtons();
    resize(640, 480);
}

BatchImportDialog::~BatchImportDialog() = default;

void BatchImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import into the Library"));
    m_addFolder->setText(tr("Add &Folder…"));
    m_addFiles->setText(tr("Add F&iles…"));
    m_start->setText(tr("&Import"));
    m_cancel->setText(tr("&Cancel Import"));
    m_close->setText(tr("Close"));
    m_failures->setHorizontalHeaderLabels({tr("File"), tr("Reason")});
}

void BatchImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BatchImportDialog::reject()
{
    // Closing while importing cancels; the worker stops after its current file.
    if (m_importer->isRunning()) {
        m_importer->cancel();
        m_importer->wait();
    }
    QDialog::reject();
}

void BatchImportDialog::setPaths(const QStringList &paths)
{
    m_paths = paths;
    m_pathList->clear();
    m_pathList->addItems(paths);
    updateButtons();
}

int BatchImportDialog::failureCount() const
{
    return m_failures->rowCount();
}

void BatchImportDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder"));
    if (!folder.isEmpty())
        setPaths(m_paths + QStringList{folder});
}

void BatchImportDialog::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), {}, Core::ImportFormats::nameFilters(false).join(QStringLiteral(";;")));
    if (!files.isEmpty())
        setPaths(m_paths + files);
}

void BatchImportDialog::startImport()
{
    if (m_paths.isEmpty() || m_importer->isRunning())
        return;
    m_failures->setRowCount(0);
    m_importer->setExtractor(Core::libraryExtractor());
    m_importer->start(m_databasePath, m_paths);
    updateButtons();
}

void BatchImportDialog::cancelImport()
{
    m_importer->cancel();
    m_status->setText(tr("Cancelling: storing the files read so far…"));
}

void BatchImportDialog::onStarted(int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(0);
    m_status->setText(tr("%n file(s) to import", nullptr, total));
    m_rate->clear();
}

void BatchImportDialog::onProgress(int done, int total, const QString &path)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
    m_status->setText(tr("%1 of %2: %3").arg(done).arg(total).arg(QFileInfo(path).fileName()));
}

void BatchImportDialog::onRate(double articlesPerSecond, double megabytesPerSecond, qint64 msecsLeft)
{
    QString text = tr("%1 articles/s, %2 MB/s").arg(articlesPerSecond, 0, 'f', 0).arg(megabytesPerSecond, 0, 'f', 1);
    if (msecsLeft >= 0 && m_importer->isRunning()) {
        const qint64 seconds = (msecsLeft + 999) / 1000;
        text += QStringLiteral(", ")
            + (seconds < 60 ? tr("about %n second(s) left", nullptr, int(seconds))
                            : tr("about %1:%2 left").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    }
    m_rate->setText(text);
}

void BatchImportDialog::onFailed(const QString &path, const QString &reason)
{
    const int row = m_failures->rowCount();
    m_failures->insertRow(row);
    auto *file = new QTableWidgetItem(QFileInfo(path).fileName());
    file->setToolTip(Core::LiteralText::forRichTextContext(path));
    m_failures->setItem(row, 0, file);
    m_failures->setItem(row, 1, new QTableWidgetItem(reason));
}

void BatchImportDialog::onFinished()
{
    const Core::BatchImporter::Report report = m_importer->report();
    // A database that could not be opened fails every file without per-file signals.
    if (m_failures->rowCount() < report.failures.size()) {
        m_failures->setRowCount(0);
        for (const auto &failure : report.failures)
            onFailed(failure.path, failure.reason);
    }
    QString summary = tr("%1 added, %2 updated, %3 unchanged, %4 failed")
                          .arg(report.added)
                          .arg(report.updated)
                          .arg(report.unchanged)
                          .arg(report.failures.size());
    if (report.cancelled)
        summary = tr("Cancelled: %1").arg(summary);
    m_status->setText(summary);
    updateButtons();
    Q_EMIT importFinished(report.added, report.updated, int(report.failures.size()));
}

void BatchImportDialog::updateButtons()
{
    const bool running = m_importer->isRunning();
    m_start->setEnabled(!running && !m_paths.isEmpty());
    m_cancel->setEnabled(running);
    m_addFolder->setEnabled(!running);
    m_addFiles->setEnabled(!running);
}

} // namespace Lectern::Gui
