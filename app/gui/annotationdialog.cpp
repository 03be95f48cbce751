#include "annotationdialog.h"

#include "models/annotationmodel.h"
#include "util/datetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Lectern::Gui {

using Core::Annotation;

AnnotationDialog::AnnotationDialog(QWidget *parent)
    : QDialog(parent)
    , m_quoteLabel(new QLabel(this))
    , m_quote(new QLabel(this))
    , m_commentLabel(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_tagsLabel(new QLabel(this))
    , m_builtinTags(new QListWidget(this))
    , m_customTags(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_repliesLabel(new QLabel(this))
    , m_replies(new QTextBrowser(this))
    , m_reply(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("annotationDialog"));
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_customTags->setObjectName(QStringLiteral("customTagsEdit"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_reply->setObjectName(QStringLiteral("replyEdit"));
    m_builtinTags->setFlow(QListView::LeftToRight);
    m_builtinTags->setWrapping(true);
    m_builtinTags->setMaximumHeight(72);
    for (const QString &tag : Annotation::builtinTags()) {
        auto *item = new QListWidgetItem(Annotation::tagLabel(tag), m_builtinTags);
        item->setData(Qt::UserRole, tag); // the id is stored; the label follows the language
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (int s = 0; s < 3; ++s)
        m_status->addItem(QString(), s);
    m_replies->setMaximumHeight(120);
    m_reply->setMaximumHeight(60);

    auto *form = new QFormLayout;
    form->addRow(m_quoteLabel, m_quote);
    form->addRow(m_commentLabel, m_comment);
    auto *tags = new QVBoxLayout;
    tags->addWidget(m_builtinTags);
    tags->addWidget(m_customTags);
    form->addRow(m_tagsLabel, tags);
    form->addRow(m_statusLabel, m_status);
    auto *thread = new QVBoxLayout;
    thread->addWidget(m_replies);
    thread->addWidget(m_reply);
    form->addRow(m_repliesLabel, thread);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    retranslate();
}

void AnnotationDialog::setAnnotation(const Annotation &annotation)
{
    m_annotation = annotation;
    m_quote->setText(annotation.anchor.exact);
    m_comment->setPlainText(annotation.comment);
    setTags(annotation.tags);
    setStatus(annotation.status);
    m_reply->clear();
    showReplies();
}

Annotation AnnotationDialog::annotation() const
{
    Annotation a = m_annotation;
    a.comment = m_comment->toPlainText();
    a.tags = tags();
    a.status = Annotation::Status(m_status->currentData().toInt());
    const QString reply = m_reply->toPlainText().trimmed();
    if (!reply.isEmpty())
        a.replies.append({QUuid::createUuid(), m_author, Annotation::now(), reply});
    return a;
}

void AnnotationDialog::setComment(const QString &text)
{
    m_comment->setPlainText(text);
}

void AnnotationDialog::setTags(const QStringList &tags)
{
    QStringList custom;
    for (int i = 0; i < m_builtinTags->count(); ++i)
        m_builtinTags->item(i)->setCheckState(tags.contains(m_builtinTags->item(i)->data(Qt::UserRole).toString())
                                                  ? Qt::Checked : Qt::Unchecked);
    for (const QString &t : tags) {
        if (!Annotation::builtinTags().contains(t))
            custom << t;
    }
    m_customTags->setText(custom.join(QStringLiteral(", ")));
}

QStringList AnnotationDialog::tags() const
{
    QStringList out;
    for (int i = 0; i < m_builtinTags->count(); ++i) {
        if (m_builtinTags->item(i)->checkState() == Qt::Checked)
            out << m_builtinTags->item(i)->data(Qt::UserRole).toString();
    }
    for (const QString &t : m_customTags->text().split(QLatin1Char(','))) {
        const QString tag = Annotation::tagId(t); // a built-in typed by hand, in either language
        if (!tag.isEmpty() && !out.contains(tag))
            out << tag;
    }
    return out;
}

void AnnotationDialog::setStatus(Annotation::Status status)
{
    m_status->setCurrentIndex(m_status->findData(int(status)));
}

void AnnotationDialog::setReplyText(const QString &text)
{
    m_reply->setPlainText(text);
}

void AnnotationDialog::showReplies()
{
    QString html;
    for (const Core::AnnotationReply &r : std::as_const(m_annotation.replies)) {
        html += QStringLiteral("<p><b>%1</b> <small>%2</small><br>%3</p>")
                    .arg(r.author.toHtmlEscaped(),
                         Core::DateText::format(r.created.toLocalTime(), true),
                         r.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    m_replies->setHtml(html);
    m_repliesLabel->setVisible(true);
}

void AnnotationDialog::retranslate()
{
    setWindowTitle(tr("Comment"));
    m_quoteLabel->setText(tr("Text:"));
    m_commentLabel->setText(tr("Comment:"));
    m_tagsLabel->setText(tr("Tags:"));
    m_customTags->setPlaceholderText(tr("Other tags, separated by commas"));
    m_statusLabel->setText(tr("Status:"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, Core::AnnotationModel::statusLabel(Annotation::Status(m_status->itemData(i).toInt())));
    for (int i = 0; i < m_builtinTags->count(); ++i)
        m_builtinTags->item(i)->setText(Annotation::tagLabel(m_builtinTags->item(i)->data(Qt::UserRole).toString()));
    m_repliesLabel->setText(tr("Replies:"));
    m_reply->setPlaceholderText(tr("Write a reply"));
}

void AnnotationDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showReplies(); // reply dates follow the interface language
    }
}

} // namespace Lectern::Gui
