#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Lectern::Core {
class BatchImporter;
}

namespace Lectern::Gui {

// Library > Import…: choose folders and files, import them in the background with a progress
// bar, the speed and the time left, and a Cancel button; files that fail are listed with their
// reason while the rest go on.
// The import runs on the BatchImporter's worker thread with its own database connection.
class BatchImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit BatchImportDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~BatchImportDialog() override;

    void setPaths(const QStringList &paths);
    QStringList paths() const { return m_paths; }
    Core::BatchImporter *importer() const { return m_importer; }
    int failureCount() const;

public Q_SLOTS:
    void startImport();
    void cancelImport();

Q_SIGNALS:
    void importFinished(int added, int updated, int failed);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void addFolder();
    void addFiles();
    void onStarted(int total);
    void onProgress(int done, int total, const QString &path);
    void onFailed(const QString &path, const QString &reason);
    void onRate(double articlesPerSecond, double megabytesPerSecond, qint64 msecsLeft);
    void onFinished();
    void updateButtons();

    QString m_databasePath;
    QStringList m_paths;
    Core::BatchImporter *m_importer;
    QListWidget *m_pathList;
    QPushButton *m_addFolder;
    QPushButton *m_addFiles;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_rate;     // speed and time left while importing
    QTableWidget *m_failures;
};

} // namespace Lectern::Gui
