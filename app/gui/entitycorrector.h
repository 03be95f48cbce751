#pragma once

#include "extract/entity.h"
#include "review/entitycorrection.h"

#include <QList>
#include <QString>

namespace Lectern::Core {
class ArticleDocument;
}

namespace Lectern::Gui {

// Turns editor decisions into undoable changes of a document: each correction becomes a
// correction annotation (author, now) anchored on span, pushed onto the document's undo stack;
// corrections marked applyToAllArticles also append their lines to the user gazetteer, inside the
// same undo step (undo removes them again). Several corrections form one step.
class EntityCorrector final
{
public:
    struct Outcome
    {
        bool applied = false;
        QStringList gazetteerLines; // written to the user gazetteer
        QString error;              // the user gazetteer could not be written (the corrections stand)
    };

    // span: UTF-16 body span the decision was made on (a mention, the selection); gazetteerPath:
    // Settings::userGazetteerPath() (a parameter for tests).
    static Outcome apply(Core::ArticleDocument *document, const QList<Core::EntityCorrection> &corrections,
                         const Core::Span &span, const QString &author, const QString &gazetteerPath);
};

} // namespace Lectern::Gui
