#include "entitycorrector.h"

#include "document/articledocument.h"
#include "review/anchoring.h"
#include "review/annotationcommand.h"
#include "review/applycorrections.h"
#include "review/usergazetteercommand.h"

namespace Lectern::Gui {

EntityCorrector::Outcome EntityCorrector::apply(Core::ArticleDocument *document,
                                                const QList<Core::EntityCorrection> &corrections,
                                                const Core::Span &span, const QString &author,
                                                const QString &gazetteerPath)
{
    Outcome outcome;
    if (!document || corrections.isEmpty())
        return outcome;
    const QString text = document->text();
    const qsizetype start = std::clamp<qsizetype>(span.start, 0, text.size());
    const qsizetype end = std::clamp<qsizetype>(span.end, start, text.size());
    const Core::TextAnchor anchor = Core::Anchoring::anchorAt(text, start, end);

    QList<Core::AnnotationCommand *> commands;
    QList<Core::CorrectionStep> steps;
    for (const Core::EntityCorrection &c : corrections) {
        commands.append(document->makeAddCommand(Core::Annotation::createCorrection(anchor, author, c)));
        steps.append({c, {start, end}});
    }
    const QStringList lines = Core::gazetteerLines(steps);

    QUndoStack *stack = document->undoStack();
    const bool macro = commands.size() > 1 || !lines.isEmpty();
    if (macro)
        stack->beginMacro(commands.first()->text());
    for (Core::AnnotationCommand *command : std::as_const(commands))
        stack->push(command);
    if (!lines.isEmpty()) {
        auto *gazetteer = new Core::UserGazetteerCommand(gazetteerPath, lines);
        stack->push(gazetteer); // runs redo(): the lines are written now
        outcome.gazetteerLines = lines;
        outcome.error = gazetteer->errorString();
    }
    if (macro)
        stack->endMacro();
    outcome.applied = true;
    return outcome;
}

} // namespace Lectern::Gui
