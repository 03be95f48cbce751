#pragma once

#include "document/articledocument.h"
#include "review/annotation.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Lectern::Core {
class AnnotationFilterProxy;
class AnnotationModel;
} // namespace Lectern::Core

namespace Lectern::Gui {

class AnnotationDialog;

// The Annotations dock's content: the document's annotations in text order with filters
// (status, tag, author, text), counts per status, an Orphans section (annotations whose text
// is gone, with their original context) and buttons to edit, resolve/reopen, delete and
// re-attach. Every change goes through the document's undo stack (AnnotationCommand).
//
// Wiring (MainWindow): setDocument(document); setAuthor(Settings().authorName());
//   spanActivated(start, end)  -> select/scroll the article view to that UTF-16 span;
//   reattachRequested(id)      -> ReviewSession::reattach(id, view selection start, end);
//   "Add Comment" action       -> addComment(selection start, selection end) (UTF-16 offsets).
class AnnotationsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationsPanel(QWidget *parent = nullptr);
    ~AnnotationsPanel() override;

    void setDocument(Core::ArticleDocument *document);
    void setAuthor(const QString &author) { m_author = author; }

    QUuid currentAnnotation() const; // selected annotation (list or orphans), null if none
    bool selectAnnotation(const QUuid &id);
    // The dialog opened by addComment()/editAnnotation(), while it is open (for tests/scripts).
    AnnotationDialog *openDialog() const { return m_dialog; }
    Core::AnnotationModel *model() const { return m_model; }
    int visibleCount() const; // rows the filters let through (orphans excluded)

public Q_SLOTS:
    // Opens the comment dialog for a new annotation on [start, end) of the document text (UTF-16).
    void addComment(qsizetype utf16Start, qsizetype utf16End);
    void editAnnotation(const QUuid &id);
    void setStatus(const QUuid &id, Core::Annotation::Status status);
    void deleteAnnotation(const QUuid &id);
    void editSelected();
    void toggleResolvedSelected();
    void deleteSelected();
    void setTextFilter(const QString &text);

Q_SIGNALS:
    void spanActivated(qsizetype utf16Start, qsizetype utf16End);
    void annotationSelected(const QUuid &id);
    void reattachRequested(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshCounts();
    void refreshFilterChoices();
    void applyFilters();
    void activate(const QModelIndex &proxyIndex);
    void updateButtons();
    void openDialog(const Core::Annotation &annotation, bool isNew);

    QPointer<Core::ArticleDocument> m_document;
    QString m_author;
    Core::AnnotationModel *m_model;
    Core::AnnotationFilterProxy *m_proxy;
    Core::AnnotationFilterProxy *m_orphanProxy;
    QLineEdit *m_filter;
    QComboBox *m_status;
    QComboBox *m_tag;
    QComboBox *m_authorFilter;
    QLabel *m_counts;
    QTreeView *m_view;
    QLabel *m_orphanLabel;
    QTreeView *m_orphanView;
    QPushButton *m_edit;
    QPushButton *m_resolve;
    QPushButton *m_delete;
    QPushButton *m_reattach;
    QPointer<AnnotationDialog> m_dialog;
};

} // namespace Lectern::Gui
