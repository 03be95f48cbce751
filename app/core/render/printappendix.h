#pragma once

#include "article/article.h"
#include "extract/entity.h"
#include "render/printnote.h"

#include <QCoreApplication>
#include <QList>

class QTextCursor;

namespace Lectern::Core {

// The printout's optional appendices, typeset at the end of the printed QTextDocument:
// the entity index and the numbered notes. Headings carry userState keepWithNextState so the
// page loop never leaves one alone at the bottom of a page.
class PrintAppendix final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::PrintAppendix)

public:
    static constexpr int keepWithNextState = 1;

    // People with roles and mention counts, organizations with aliases, places, metrics with
    // their normalised values and failed checks. Empty categories are left out.
    static void appendEntityIndex(QTextCursor &cursor, const QFont &base, const ExtractionResult &entities,
                                  bool grayscale);
    // notes in print order, numbered 1..n or, when given, by numbers (one per note: the end notes
    // left over by the margin); quotes the spanned text from body.
    static void appendNotes(QTextCursor &cursor, const QFont &base, const QString &body,
                            const QList<PrintNote> &notes, const QList<int> &numbers = {});
    // "12,5 %", "90.000.000.000 VND", "44/41", "8,5–9 %": a metric's normalised value for print.
    static QString formatMetricValue(const Metric &metric);
};

} // namespace Lectern::Core
