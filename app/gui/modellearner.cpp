#include "modellearner.h"

#include "document/articledocument.h"
#include "document/articleloader.h"
#include "extract/taggermodel.h"
#include "library/correctionlearner.h"
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Lectern::Gui {

struct ModelLearner::Outcome
{
    quint64 generation = 0;
    std::shared_ptr<const Core::TaggerModel> model; // null: nothing learned (or failed)
    int examples = 0;
    QString error;
    QString keptAs; // where the unusable file was moved (empty: there was none to move)
};

namespace {
// A free name for a file kept aside: "<path>.old", then "<path>.old.2", …
QString oldName(const QString &path)
{
    QString name = path + QStringLiteral(".old");
    for (int i = 2; QFileInfo::exists(name); ++i)
        name = path + QStringLiteral(".old.") + QString::number(i);
    return name;
}

// Moves the user's unusable model at path aside (never deletes it); the new name, or empty
// with *error when it cannot be moved (then nothing may be written over it).
QString keepAside(const QString &path, QString *error)
{
    if (!QFileInfo::exists(path))
        return {};
    const QString to = oldName(path);
    if (!QFile::rename(path, to)) {
        *error = QStringLiteral("%1: cannot move the unusable model aside to %2").arg(path, to);
        return {};
    }
    return to;
}
} // namespace

ModelLearner::ModelLearner(const QString &databasePath, const QString &modelPath, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_modelPath(modelPath)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200); // a burst of edits (a rename with its type change) is one job
    connect(&m_debounce, &QTimer::timeout, this, &ModelLearner::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ModelLearner::finished);
    if (QFileInfo::exists(m_modelPath)) {
        QString error;
        Core::TaggerModel::LoadError reason = Core::TaggerModel::LoadError::None;
        m_learned = Core::TaggerModel::load(m_modelPath, &error, &reason);
        if (!m_learned) {
            m_unusable = true;
            m_unusableReason = int(reason);
            const bool rebuild = reason == Core::TaggerModel::LoadError::OlderFormat
                || reason == Core::TaggerModel::LoadError::Corrupt;
            qCWarning(lcExtract) << "learned model ignored:" << m_modelPath << error
                                 << (rebuild ? "(rebuilding it from the corrections)" : "(left as it is)");
            if (rebuild)
                m_debounce.start(); // after the window has connected to modelRebuilt
        }
    }
}

ModelLearner::~ModelLearner()
{
    m_watcher.waitForFinished(); // the job writes the file; let it finish before the process goes
}

void ModelLearner::watch(Core::ArticleDocument *document)
{
    for (auto signal : {&Core::ArticleDocument::annotationAdded, &Core::ArticleDocument::annotationChanged,
                        &Core::ArticleDocument::annotationRemoved})
        connect(document, signal, this, &ModelLearner::scheduleLearning);
}

std::shared_ptr<const Core::TaggerModel> ModelLearner::model() const
{
    return m_learned ? m_learned : Core::TaggerModel::bundled();
}

void ModelLearner::scheduleLearning()
{
    if (m_enabled)
        m_debounce.start(); // queued: the review session saves the change first
}

void ModelLearner::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    const quint64 generation = m_generation;
    const QString database = m_databasePath;
    const QString path = m_modelPath;
    const bool unusable = m_unusable;
    m_watcher.setFuture(QtConcurrent::run([generation, database, path, unusable] {
        auto outcome = std::make_shared<Outcome>();
        outcome->generation = generation;
        Core::CorrectionLearner::Report report;
        QString error;
        const std::shared_ptr<Core::TaggerModel> model =
            QFileInfo::exists(database) ? Core::CorrectionLearner::learn(database, Core::currentGazetteer(), Core::TaggerModel::bundled(), &report, &error)
                                        : nullptr;
        if (!model && !error.isEmpty() && QFileInfo::exists(database)) {
            outcome->error = error;
            return outcome;
        }
        outcome->examples = report.examples;
        if (unusable) {
            outcome->keptAs = keepAside(path, &outcome->error);
            if (!outcome->error.isEmpty())
                return outcome;
        }
        if (report.examples == 0) {
            if (QFile::exists(path) && !QFile::remove(path))
                outcome->error = QStringLiteral("%1: cannot remove the learned model").arg(path);
            return outcome;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!model->save(path, &error)) {
            outcome->error = QStringLiteral("%1: %2").arg(path, error);
            return outcome;
        }
        outcome->model = model;
        return outcome;
    }));
}

void ModelLearner::finished()
{
    m_running = false;
    const std::shared_ptr<Outcome> outcome = m_watcher.result();
    if (outcome->generation != m_generation) {
        QFile::remove(m_modelPath); // reset while the job ran: its file does not count
    } else if (!outcome->error.isEmpty()) {
        qCWarning(lcExtract) << "learning from corrections failed:" << outcome->error;
        Q_EMIT learningFailed(outcome->error);
    } else {
        m_learned = outcome->model;
        const bool rebuilt = m_unusable && !outcome->keptAs.isEmpty();
        m_unusable = false;
        Q_EMIT modelLearned(outcome->examples);
        if (rebuilt)
            Q_EMIT modelRebuilt(rebuildMessage(outcome->examples, outcome->keptAs), outcome->keptAs);
    }
    if (m_again)
        start();
}

void ModelLearner::reset()
{
    ++m_generation;
    m_debounce.stop();
    m_again = false;
    m_learned.reset();
    if (m_unusable) { // the user's file that was never read: kept aside, not deleted
        QString error;
        keepAside(m_modelPath, &error);
        if (!error.isEmpty())
            qCWarning(lcExtract) << error;
        m_unusable = !error.isEmpty();
    } else {
        QFile::remove(m_modelPath);
    }
    Q_EMIT modelReset();
}

QString ModelLearner::rebuildMessage(int examples, const QString &keptAs) const
{
    // The file name only: the status bar is one line (the folder is the data folder, in the log).
    const QString old = QFileInfo(keptAs).fileName();
    qCInfo(lcExtract) << "unusable learned model kept as" << keptAs;
    if (examples == 0)
        return tr("Learned model unusable and no corrections to rebuild it from: the bundled model is used; "
                  "the old file is kept as %1.")
            .arg(old);
    if (m_unusableReason == int(Core::TaggerModel::LoadError::OlderFormat))
        return tr("Learned model from an older Lectern rebuilt from %n corrected article(s); the old file is kept as %1.",
                  nullptr, examples)
            .arg(old);
    if (m_unusableReason == int(Core::TaggerModel::LoadError::NewerFormat))
        return tr("Learned model from a newer Lectern rebuilt from %n corrected article(s); the old file is kept as %1.",
                  nullptr, examples)
            .arg(old);
    return tr("Damaged learned model rebuilt from %n corrected article(s); the old file is kept as %1.", nullptr, examples)
        .arg(old);
}

} // namespace Lectern::Gui
