#include "library/correctionlearner.h"

#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/taggermodel.h"
#include "extract/taggertrainer.h"
#include "library/librarystore.h"
#include "review/applycorrections.h"

#include <QFileInfo>

namespace Lectern::Core {

std::optional<QList<CorrectionExample>> CorrectionLearner::collect(LibraryStore &store, const Extractor &extractor,
                                                                   Report *report, QString *error)
{
    Report local;
    Report &r = report ? *report : local;
    r = Report{};
    QList<CorrectionExample> examples;
    const QList<qint64> ids = store.articleIds();
    if (!store.errorString().isEmpty()) {
        *error = store.errorString();
        return std::nullopt;
    }
    AnnotationStore &review = store.reviewStore();
    for (const qint64 id : ids) {
        ++r.articles;
        const QList<Annotation> notes = review.annotations(id);
        if (!review.errorString().isEmpty()) {
            *error = review.errorString();
            return std::nullopt;
        }
        QString newest;
        bool any = false;
        for (const Annotation &a : notes) {
            if (a.kind != Annotation::Kind::EntityCorrection || a.status == Annotation::Status::WontFix
                || !CorrectionExamples::isLearnable(a.correction))
                continue;
            any = true;
            const QString when = a.modified.toUTC().toString(Qt::ISODateWithMs);
            if (when > newest)
                newest = when;
        }
        if (!any)
            continue;
        const std::optional<QString> text = store.storedText(id);
        if (!text) {
            const auto record = review.articleById(id);
            const QString title = record ? record->title : QString();
            r.skipped << QStringLiteral("article %1 “%2”: no stored text (import it into the library)").arg(id).arg(title);
            continue;
        }
        const ExtractionResult extracted = extractor.extract(*text);
        if (auto example = CorrectionExamples::build(*text, extracted, notes)) {
            ++r.examples;
            r.corrections += example->corrections;
            if (newest > r.newest)
                r.newest = newest;
            examples.append(std::move(*example));
        }
    }
    return examples;
}

std::shared_ptr<TaggerModel> CorrectionLearner::train(const QList<CorrectionExample> &examples, const TaggerModel *base,
                                                      const QJsonObject &provenance, int epochs)
{
    // Built-in gazetteers only, as `model train`: the features must not depend on the user's list.
    const Gazetteer gazetteer(QStringLiteral(":/gazetteers"), QString());
    TaggerTrainer trainer(gazetteer);
    for (const CorrectionExample &e : examples)
        trainer.addDocument(e.text, e.spans);
    TaggerTrainer::Options options;
    options.epochs = epochs;
    options.minCount = 1; // a handful of corrections: every feature they show counts
    return trainer.train(options, provenance, base);
}

std::shared_ptr<TaggerModel> CorrectionLearner::learn(const QString &dbPath, std::shared_ptr<const Gazetteer> gazetteer,
                                                      std::shared_ptr<const TaggerModel> base, Report *report,
                                                      QString *error)
{
    if (!QFileInfo(dbPath).isFile()) {
        *error = QStringLiteral("%1: no such review database").arg(dbPath);
        return nullptr;
    }
    LibraryStore store;
    if (!store.open(dbPath)) {
        *error = QStringLiteral("%1: %2").arg(dbPath, store.errorString());
        return nullptr;
    }
    const Extractor extractor(std::move(gazetteer), base);
    Report local;
    Report &r = report ? *report : local;
    const auto examples = collect(store, extractor, &r, error);
    store.close();
    if (!examples) {
        *error = QStringLiteral("%1: %2").arg(dbPath, *error);
        return nullptr;
    }
    const QJsonObject provenance{
        {QStringLiteral("format"), QStringLiteral("Lectern entity tagger: averaged structured perceptron, BIOES over PER/ORG/LOC/MISC with edge features")},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("source"), QStringLiteral("entity corrections of a review database")},
                     {QStringLiteral("database"), QFileInfo(dbPath).fileName()},
                     {QStringLiteral("articles"), r.examples},
                     {QStringLiteral("corrections"), r.corrections}}},
        {QStringLiteral("terms"), QStringLiteral("the editors' own corrections; the base model's terms apply")},
        {QStringLiteral("command"), QStringLiteral("lectern model learn")},
        {QStringLiteral("date"), r.newest}};
    return train(*examples, base.get(), provenance);
}

} // namespace Lectern::Core
