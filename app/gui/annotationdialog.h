#pragma once

#include "review/annotation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;

namespace Lectern::Gui {

// Edits one annotation: the comment (plain text with line breaks), tags (built-ins as check
// boxes plus comma-separated custom tags), status, and the reply thread (read-only) with a box
// for a new reply. Works on a copy: annotation() returns the edited value; the caller turns it
// into an undo command. Non-modal use: open() and react to accepted().
class AnnotationDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AnnotationDialog(QWidget *parent = nullptr);

    void setAnnotation(const Core::Annotation &annotation);
    // The edited annotation; a non-empty reply box becomes a new reply by author() (now).
    Core::Annotation annotation() const;
    void setAuthor(const QString &author) { m_author = author; }
    QString author() const { return m_author; }

    // Direct access for scripts and tests (the same as typing in the widgets).
    void setComment(const QString &text);
    void setTags(const QStringList &tags);
    QStringList tags() const;
    void setStatus(Core::Annotation::Status status);
    void setReplyText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showReplies();

    Core::Annotation m_annotation;
    QString m_author;
    QLabel *m_quoteLabel;
    QLabel *m_quote;
    QLabel *m_commentLabel;
    QPlainTextEdit *m_comment;
    QLabel *m_tagsLabel;
    QListWidget *m_builtinTags;
    QLineEdit *m_customTags;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_repliesLabel;
    QTextBrowser *m_replies;
    QPlainTextEdit *m_reply;
};

} // namespace Lectern::Gui
