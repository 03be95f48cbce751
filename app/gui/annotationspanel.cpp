#include "annotationspanel.h"

#include "annotationdialog.h"
#include "reviewernamedialog.h"
#include "models/annotationfilterproxy.h"
#include "models/annotationmodel.h"
#include "review/anchoring.h"
#include "review/annotationcommand.h"
#include "util/settings.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lectern::Gui {

using Core::Annotation;
using Core::AnnotationCommand;
using Core::AnnotationFilterProxy;
using Core::AnnotationModel;

namespace {
QTreeView *makeView(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(AnnotationModel::CommentColumn, QHeaderView::Stretch);
    return view;
}
} // namespace

AnnotationsPanel::AnnotationsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AnnotationModel(this))
    , m_proxy(new AnnotationFilterProxy(this))
    , m_orphanProxy(new AnnotationFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_authorFilter(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_orphanLabel(new QLabel(this))
    , m_edit(new QPushButton(this))
    , m_resolve(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_reattach(new QPushButton(this))
{
    setObjectName(QStringLiteral("annotationsPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setOrphans(AnnotationFilterProxy::Orphans::Exclude);
    m_orphanProxy->setSourceModel(m_model);
    m_orphanProxy->setOrphans(AnnotationFilterProxy::Orphans::Only);
    m_view = makeView(this, m_proxy, QStringLiteral("annotationsView"));
    m_orphanView = makeView(this, m_orphanProxy, QStringLiteral("orphansView"));
    m_orphanView->setMaximumHeight(120);
    m_filter->setObjectName(QStringLiteral("annotationsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_authorFilter->setObjectName(QStringLiteral("authorFilter"));
    m_counts->setObjectName(QStringLiteral("annotationCounts"));
    m_status->addItem(QString(), -1);
    for (int s = 0; s < 3; ++s)
        m_status->addItem(QString(), s);

    // The text filter has a row of its own and the choices are sized for the language shown
    // (Vietnamese is the longer): in a narrow dock nothing is cut ("Tất cả trạng", "Lọc …").
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *box : {m_tag, m_authorFilter})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // tags and names can be long
    auto *filters = new QVBoxLayout;
    auto *choices = new QHBoxLayout;
    filters->addWidget(m_filter);
    filters->addLayout(choices);
    choices->addWidget(m_status);
    choices->addWidget(m_tag, 1);
    choices->addWidget(m_authorFilter, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_resolve);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *orphanRow = new QHBoxLayout;
    orphanRow->addWidget(m_orphanLabel);
    orphanRow->addStretch();
    orphanRow->addWidget(m_reattach);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_counts);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(orphanRow);
    layout->addWidget(m_orphanView);

    connect(m_filter, &QLineEdit::textChanged, this, &AnnotationsPanel::applyFilters);
    for (QComboBox *box : {m_status, m_tag, m_authorFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &AnnotationsPanel::applyFilters);
    connect(m_model, &AnnotationModel::countsChanged, this, &AnnotationsPanel::refreshCounts);
    connect(m_model, &AnnotationModel::countsChanged, this, &AnnotationsPanel::refreshFilterChoices);
    connect(m_view, &QTreeView::activated, this, &AnnotationsPanel::activate);
    connect(m_view, &QTreeView::clicked, this, &AnnotationsPanel::activate);
    connect(m_view, &QTreeView::doubleClicked, this, [this] { editSelected(); });
    connect(m_orphanView, &QTreeView::doubleClicked, this, [this] { editSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AnnotationsPanel::updateButtons);
    connect(m_orphanView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
        if (i.isValid())
            m_view->clearSelection();
        updateButtons();
    });
    connect(m_edit, &QPushButton::clicked, this, &AnnotationsPanel::editSelected);
    connect(m_resolve, &QPushButton::clicked, this, &AnnotationsPanel::toggleResolvedSelected);
    connect(m_delete, &QPushButton::clicked, this, &AnnotationsPanel::deleteSelected);
    connect(m_reattach, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_orphanView->currentIndex();
        if (i.isValid())
            Q_EMIT reattachRequested(i.data(AnnotationModel::IdRole).toUuid());
    });
    retranslate();
    refreshCounts();
    refreshFilterChoices();
    updateButtons();
}

AnnotationsPanel::~AnnotationsPanel() = default;

void AnnotationsPanel::setDocument(Core::ArticleDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
    // The page column only for paged sources (PDF).
    const bool paged = document && document->article().hasPages();
    m_view->setColumnHidden(AnnotationModel::PageColumn, !paged);
    m_orphanView->setColumnHidden(AnnotationModel::PageColumn, true);
}

QUuid AnnotationsPanel::currentAnnotation() const
{
    QModelIndex i = m_view->selectionModel()->currentIndex();
    if (!i.isValid() || !m_view->selectionModel()->isSelected(i))
        i = m_orphanView->currentIndex();
    return i.isValid() ? i.data(AnnotationModel::IdRole).toUuid() : QUuid();
}

bool AnnotationsPanel::selectAnnotation(const QUuid &id)
{
    const QModelIndex source = m_model->indexForId(id);
    if (!source.isValid())
        return false;
    const bool orphan = source.data(AnnotationModel::OrphanRole).toBool();
    QTreeView *view = orphan ? m_orphanView : m_view;
    AnnotationFilterProxy *proxy = orphan ? m_orphanProxy : m_proxy;
    const QModelIndex i = proxy->mapFromSource(source);
    if (!i.isValid())
        return false; // filtered out
    view->setCurrentIndex(i);
    view->selectionModel()->select(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(i);
    updateButtons();
    return true;
}

int AnnotationsPanel::visibleCount() const
{
    return m_proxy->rowCount();
}

void AnnotationsPanel::addComment(qsizetype utf16Start, qsizetype utf16End)
{
    if (!m_document || utf16End <= utf16Start)
        return;
    const Core::TextAnchor anchor = Core::Anchoring::anchorAt(m_document->text(), utf16Start, utf16End);
    if (!m_author.trimmed().isEmpty()) {
        openDialog(Annotation::create(anchor, m_author), true);
        return;
    }
    // The first comment: ask the reviewer's name once, then remember it.
    auto *ask = new ReviewerNameDialog(this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QDialog::accepted, this, [this, ask, anchor] {
        m_author = ask->name();
        Core::Settings().setAuthorName(m_author);
        if (m_document)
            openDialog(Annotation::create(anchor, m_author), true);
    });
    ask->open();
}

void AnnotationsPanel::editAnnotation(const QUuid &id)
{
    if (!m_document)
        return;
    if (const Annotation *a = m_document->annotations()->find(id))
        openDialog(*a, false);
}

void AnnotationsPanel::openDialog(const Annotation &annotation, bool isNew)
{
    if (m_dialog)
        m_dialog->reject();
    auto *dialog = new AnnotationDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAuthor(m_author);
    dialog->setAnnotation(annotation);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, isNew] {
        if (!m_document)
            return;
        const Annotation edited = dialog->annotation();
        if (isNew) {
            m_document->undoStack()->push(m_document->makeAddCommand(edited));
        } else if (const Annotation *current = m_document->annotations()->find(edited.id);
                   current && !(*current == edited)) {
            if (AnnotationCommand *command = m_document->makeEditCommand(edited))
                m_document->undoStack()->push(command);
        }
        selectAnnotation(edited.id);
    });
    dialog->open();
}

void AnnotationsPanel::setStatus(const QUuid &id, Annotation::Status status)
{
    if (!m_document)
        return;
    const Annotation *a = m_document->annotations()->find(id);
    if (!a || a->status == status)
        return;
    if (AnnotationCommand *command = m_document->makeStatusCommand(id, status))
        m_document->undoStack()->push(command);
}

void AnnotationsPanel::deleteAnnotation(const QUuid &id)
{
    if (!m_document)
        return;
    if (AnnotationCommand *command = m_document->makeRemoveCommand(id))
        m_document->undoStack()->push(command);
}

void AnnotationsPanel::editSelected()
{
    const QUuid id = currentAnnotation();
    if (!id.isNull())
        editAnnotation(id);
}

void AnnotationsPanel::toggleResolvedSelected()
{
    const QUuid id = currentAnnotation();
    if (id.isNull() || !m_document)
        return;
    const Annotation *a = m_document->annotations()->find(id);
    if (!a)
        return;
    setStatus(id, a->status == Annotation::Status::Open ? Annotation::Status::Resolved : Annotation::Status::Open);
    selectAnnotation(id);
}

void AnnotationsPanel::deleteSelected()
{
    const QUuid id = currentAnnotation();
    if (!id.isNull())
        deleteAnnotation(id);
}

void AnnotationsPanel::setTextFilter(const QString &text)
{
    m_filter->setText(text);
}

void AnnotationsPanel::activate(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QUuid id = proxyIndex.data(AnnotationModel::IdRole).toUuid();
    Q_EMIT annotationSelected(id);
    const qlonglong start = proxyIndex.data(AnnotationModel::Utf16StartRole).toLongLong();
    const qlonglong end = proxyIndex.data(AnnotationModel::Utf16EndRole).toLongLong();
    if (start >= 0 && end >= start)
        Q_EMIT spanActivated(start, end);
}

void AnnotationsPanel::applyFilters()
{
    const int status = m_status->currentData().toInt();
    const std::optional<int> statusFilter = status < 0 ? std::nullopt : std::optional<int>(status);
    for (AnnotationFilterProxy *proxy : {m_proxy, m_orphanProxy}) {
        proxy->setStatusFilter(statusFilter);
        proxy->setTagFilter(m_tag->currentData().toString());
        proxy->setAuthorFilter(m_authorFilter->currentData().toString());
        proxy->setTextFilter(m_filter->text());
    }
    updateButtons();
}

void AnnotationsPanel::refreshCounts()
{
    const QList<int> counts = m_model->statusCounts();
    m_counts->setText(tr("Open: %1 · Resolved: %2 · Won't fix: %3")
                          .arg(counts.at(0))
                          .arg(counts.at(1))
                          .arg(counts.at(2)));
    const int orphans = m_orphanProxy->rowCount();
    m_orphanLabel->setText(tr("Orphans (%1): text no longer in the article").arg(orphans));
    m_orphanLabel->setVisible(orphans > 0);
    m_orphanView->setVisible(orphans > 0);
    m_reattach->setVisible(orphans > 0);
}

void AnnotationsPanel::refreshFilterChoices()
{
    auto refill = [](QComboBox *box, const QString &allText, const QStringList &values, bool tags) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(allText, QString());
        for (const QString &v : values) {
            if (!v.trimmed().isEmpty()) // never a blank choice
                box->addItem(tags ? Annotation::tagLabel(v) : v, v);
        }
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_tag, tr("All tags"), m_model->tags(), true);
    refill(m_authorFilter, tr("All authors"), m_model->authors(), false);
    for (QComboBox *box : {m_tag, m_authorFilter}) // room for the "All …" choice at least
        box->setMinimumContentsLength(int(box->itemText(0).size()));
}

void AnnotationsPanel::updateButtons()
{
    const QUuid id = currentAnnotation();
    const Annotation *a = (m_document && !id.isNull()) ? m_document->annotations()->find(id) : nullptr;
    m_edit->setEnabled(a);
    m_delete->setEnabled(a);
    m_resolve->setEnabled(a);
    m_resolve->setText(a && a->status != Annotation::Status::Open ? tr("Reopen") : tr("Resolve"));
    m_reattach->setEnabled(m_orphanView->currentIndex().isValid());
}

void AnnotationsPanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter comments"));
    m_status->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, AnnotationModel::statusLabel(Annotation::Status(m_status->itemData(i).toInt())));
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_reattach->setText(tr("Re-attach to Selection"));
    setAccessibleName(tr("Annotations"));
    refreshCounts();
    refreshFilterChoices();
    updateButtons();
}

void AnnotationsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace Lectern::Gui
