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
};

ModelLearner::ModelLearner(const QString &databasePath, const QString &modelPath, QObject *parent)
    : QObject(parent), m_databasePath(databasePath), m_modelPath(modelPath)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200); // a burst of edits (a rename with its type change) is one job
    connect(&m_debounce, &QTimer::timeout, this, &ModelLearner::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ModelLearner::finished);
    if (QFileInfo::exists(m_modelPath)) {
        QString error;
        m_learned = Core::TaggerModel::load(m_modelPath, &error);
        if (!m_learned)
            qCWarning(lcExtract) << "learned model ignored:" << m_modelPath << error;
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
    m_watcher.setFuture(QtConcurrent::run([generation, database, path] {
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
        Q_EMIT modelLearned(outcome->examples);
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
    QFile::remove(m_modelPath);
    Q_EMIT modelReset();
}

} // namespace Lectern::Gui
