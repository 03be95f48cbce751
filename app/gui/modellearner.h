#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

namespace Lectern::Core {
class ArticleDocument;
class TaggerModel;
} // namespace Lectern::Core

namespace Lectern::Gui {

// "Learn from my corrections": after each change to an open document's annotations (a
// correction made, undone or redone; the review session has written it to the database by
// then), the user's own model is rebuilt in the background from the corrections as they are now
// in the review database (Core::CorrectionLearner, on a worker thread; the GUI never waits) and
// written to modelPath through QSaveFile. With no correction left the file is removed. The next
// article opened is read with model() (the learned model, else the bundled one).
// A model file in modelPath that cannot be used (written by an older format, or damaged) is
// rebuilt at once in the background from the corrections in the database, on the bundled model
// (what `lectern model learn --db` does); the unusable file is first moved aside to
// "<modelPath>.old" (".old.2"… if taken), never deleted, and modelRebuilt tells the user once.
// A file of a newer format, or one that cannot be read, is left alone until the next learning,
// which moves it aside the same way before writing.
// Lives on the GUI thread; jobs run one at a time, a change during a job queues one more.
class ModelLearner final : public QObject
{
    Q_OBJECT
public:
    ModelLearner(const QString &databasePath, const QString &modelPath, QObject *parent = nullptr);
    ~ModelLearner() override;

    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    QString modelPath() const { return m_modelPath; }
    bool isBusy() const { return m_running || m_debounce.isActive(); }

    // Learning follows this document's annotation changes (until it is destroyed).
    void watch(Core::ArticleDocument *document);
    // The model the next article is read with: the learned one when there is one, else bundled.
    std::shared_ptr<const Core::TaggerModel> model() const;
    bool hasLearnedModel() const { return m_learned != nullptr; }

public Q_SLOTS:
    void scheduleLearning();
    // Deletes the learned model (a running job's result is discarded): back to the bundled one.
    void reset();

Q_SIGNALS:
    void modelLearned(int examples);  // the file was written (examples > 0) or removed (0)
    void learningFailed(const QString &reason);
    void modelReset();
    // An unusable model file was replaced (rebuilt, or removed for want of corrections) and moved
    // to oldPath; message says so to the user in one line (translated, plain text, names the file).
    void modelRebuilt(const QString &message, const QString &oldPath);

private:
    struct Outcome;
    void start();
    void finished();
    QString rebuildMessage(int examples, const QString &keptAs) const;

    QString m_databasePath;
    QString m_modelPath;
    bool m_enabled = true;
    bool m_running = false;
    bool m_again = false;
    quint64 m_generation = 0; // bumped by reset(): a job started before it is stale
    // The file at m_modelPath is the user's but unusable (why): moved aside before it is replaced.
    bool m_unusable = false;
    int m_unusableReason = 0; // a Core::TaggerModel::LoadError
    QTimer m_debounce;
    std::shared_ptr<const Core::TaggerModel> m_learned;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
};

} // namespace Lectern::Gui
