#pragma once

#include "review/correctionexamples.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Lectern::Core {

class Extractor;
class Gazetteer;
class LibraryStore;
class TaggerModel;

// Learning from the editors' corrections: the one service behind `lectern model learn` and the
// reader's "Learn from my corrections". Reads every article of a review database with its
// stored text and its entity corrections, makes one example per corrected article
// (CorrectionExamples) and continues training a base model on them. The example set is rebuilt
// from the corrections as they are now, so an undone or deleted correction teaches nothing.
//
// Deterministic: the same database contents, base and gazetteers give a byte-identical model
// (articles in id order, the provenance's date is the newest correction's). Runs on the calling
// thread (one LibraryStore per thread); no UI, errors as values.
class CorrectionLearner final
{
public:
    struct Report
    {
        int articles = 0;     // articles in the database
        int examples = 0;     // articles that gave an example
        int corrections = 0;  // learnable corrections in them
        QStringList skipped;  // "article 3 “Title”: no stored text", in id order
        QString newest;       // ISO date of the newest learnable correction (empty: none)
    };

    // extractor gives the current spans the corrections apply to (normally the base model's).
    // nullopt with *error when the database cannot be read.
    static std::optional<QList<CorrectionExample>> collect(LibraryStore &store, const Extractor &extractor,
                                                           Report *report, QString *error);

    // Continues training base (may be null: from scratch) on the examples. provenance is
    // recorded in the model (the trainer adds its own fields). Never null.
    static std::shared_ptr<TaggerModel> train(const QList<CorrectionExample> &examples, const TaggerModel *base,
                                              const QJsonObject &provenance, int epochs = 8);

    // collect() + train() from the database at dbPath (which must exist), with these gazetteers
    // and base as the current extraction's model; the provenance names the database.
    // nullptr with *error on failure; *report (optional) says what was read and skipped.
    static std::shared_ptr<TaggerModel> learn(const QString &dbPath, std::shared_ptr<const Gazetteer> gazetteer,
                                              std::shared_ptr<const TaggerModel> base, Report *report,
                                              QString *error);
};

} // namespace Lectern::Core
