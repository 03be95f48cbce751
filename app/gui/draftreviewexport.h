#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Lectern::Core {
class ArticleDocument;
}

namespace Lectern::Gui {

// File > Export Review to Word…: asks where to save the article's draft (.docx, or .odt for an
// OpenDocument draft) with the review as comments (Core::OfficeReviewExport), writes it through
// QSaveFile and says what happened. Only for articles opened from a .docx or .odt.
class DraftReviewExport final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Gui::DraftReviewExport)

public:
    // True when the document came from a draft the review can be written back into.
    static bool available(const Core::ArticleDocument *document);
    // The menu text for the document's kind of draft.
    static QString actionText(const Core::ArticleDocument *document);
    // Returns the status-bar message on success, an empty string when cancelled or failed (a
    // failure is shown in a message box).
    static QString run(QWidget *window, Core::ArticleDocument *document);
};

} // namespace Lectern::Gui
