#include "librarywindow.h"

#include "batchimportdialog.h"
#include "document/articleloader.h"
#include "extract/extractor.h"
#include "library/librarylistmodel.h"
#include "review/annotation.h"
#include "library/libraryreindexer.h"
#include "library/readerversion.h"
#include "import/metadatarules.h"
#include "util/literaltext.h"
#include "util/settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Lectern::Gui {

using Core::LibraryListModel;

namespace {
constexpr int kEntityIdRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 2;

// The store's order for a column of the table (-1 or the snippet: newest first).
Core::LibraryStore::SortKey sortKey(int column)
{
    using Key = Core::LibraryStore::SortKey;
    switch (column) {
    case LibraryListModel::Title: return Key::Title;
    case LibraryListModel::Published: return Key::Published;
    case LibraryListModel::Site: return Key::Site;
    case LibraryListModel::State: return Key::State;
    case LibraryListModel::OpenAnnotations: return Key::OpenAnnotations;
    case LibraryListModel::People: return Key::People;
    case LibraryListModel::Figures: return Key::Figures;
    default: return Key::Newest;
    }
}
} // namespace

LibraryWindow::LibraryWindow(QWidget *parent)
    : LibraryWindow(Core::Settings().databasePath(), parent)
{
}

LibraryWindow::LibraryWindow(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(databasePath)
    , m_model(new LibraryListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_useDates(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_import(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_people(new QTreeView(this))
    , m_organizations(new QTreeView(this))
    , m_mentions(new QTreeView(this))
    , m_peopleModel(new QStandardItemModel(this))
    , m_organizationModel(new QStandardItemModel(this))
    , m_mentionModel(new QStandardItemModel(this))
    , m_searchTimer(new QTimer(this))
    , m_reindexer(new Core::LibraryReindexer(this))
    , m_reindexStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("libraryWindow"));
    // Esc and Ctrl+W close it, as they close other tool windows.
    auto *closeAction = new QAction(this);
    closeAction->setObjectName(QStringLiteral("libraryClose"));
    closeAction->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)});
    closeAction->setShortcutContext(Qt::WindowShortcut);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);
    buildUi();
    retranslateUi();
    if (!m_store.open(m_databasePath)) {
        m_error = m_store.errorString();
        m_status->setText(m_error);
    }
    reload();
    startReindexIfStale();
}

LibraryWindow::~LibraryWindow() = default;

void LibraryWindow::buildUi()
{
    setUpFilterWidgets();
    setUpViews();
    layOutWidgets();
    connectReindexer();
    connectFilters();
    connectViews();
}

// Names the widgets (tests and saved state find them by name) and sets up the filter inputs.
void LibraryWindow::setUpFilterWidgets()
{
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_state->setObjectName(QStringLiteral("libraryStateFilter"));
    m_site->setObjectName(QStringLiteral("librarySiteFilter"));
    m_tag->setObjectName(QStringLiteral("libraryTagFilter"));
    m_status->setObjectName(QStringLiteral("libraryWindowStatus"));
    m_status->setTextFormat(Qt::PlainText); // errors name the database file
    m_useDates->setObjectName(QStringLiteral("libraryDateFilter"));
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_people->setObjectName(QStringLiteral("libraryPeople"));
    m_organizations->setObjectName(QStringLiteral("libraryOrganizations"));
    m_mentions->setObjectName(QStringLiteral("libraryMentions"));
    m_import->setObjectName(QStringLiteral("libraryImport"));
    m_search->setClearButtonEnabled(true);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addMonths(-1));
    m_to->setDate(QDate::currentDate());
}

// Puts the article table and the entity views over their models.
void LibraryWindow::setUpViews()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LibraryListModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(LibraryListModel::Title, QHeaderView::Stretch);
    // The matching passage (shown while searching) shares the width with the title: readable.
    m_table->horizontalHeader()->setSectionResizeMode(LibraryListModel::Snippet, QHeaderView::Stretch);
    for (int column : {LibraryListModel::Published, LibraryListModel::Site, LibraryListModel::State,
                       LibraryListModel::OpenAnnotations, LibraryListModel::People, LibraryListModel::Figures})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    // A lazy list is sorted by the store (the proxy then orders the rows loaded so far the same way).
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model, &LibraryListModel::sort);

    for (QTreeView *view : {m_people, m_organizations, m_mentions}) {
        view->setRootIsDecorated(false);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
    }
    m_people->setModel(m_peopleModel);
    m_organizations->setModel(m_organizationModel);
    m_mentions->setModel(m_mentionModel);
}

// Lays out the filters on top, the tabs (articles; people and organizations with their mentions) and the status line.
void LibraryWindow::layOutWidgets()
{
    // The search has a row of its own: its Vietnamese placeholder is long (issue 19).
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_import);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_site);
    filters->addWidget(m_tag);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addStretch();

    auto *entityTabs = new QTabWidget(this);
    entityTabs->setObjectName(QStringLiteral("libraryEntityTabs"));
    entityTabs->addTab(m_people, QString());
    entityTabs->addTab(m_organizations, QString());
    auto *names = new QSplitter(Qt::Horizontal, this);
    names->addWidget(entityTabs);
    names->addWidget(m_mentions);
    names->setObjectName(QStringLiteral("libraryNamesSplitter"));
    names->setStretchFactor(0, 1);
    names->setStretchFactor(1, 3);
    names->setChildrenCollapsible(false);
    m_tabs->addTab(m_table, QString());
    m_tabs->addTab(names, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    auto *statusLine = new QHBoxLayout;
    statusLine->addWidget(m_status, 1);
    statusLine->addWidget(m_reindexStatus);
    layout->addLayout(statusLine);
}

// Shows the re-index progress and result in the status line; a finished re-index refreshes the lists.
void LibraryWindow::connectReindexer()
{
    m_reindexStatus->setObjectName(QStringLiteral("libraryReindexStatus"));
    m_reindexStatus->setTextFormat(Qt::PlainText);
    connect(m_reindexer, &Core::LibraryReindexer::progressed, this, &LibraryWindow::onReindexProgress);
    connect(m_reindexer, &Core::LibraryReindexer::finished, this, [this] {
        const Core::LibraryReindex::Report report = m_reindexer->report();
        m_reindexStatus->setText(report.total > 0 ? tr("%n article(s) re-read", nullptr, report.done) : QString());
        refreshEntities();
        refreshArticles();
    });
}

// A changed search text (after a pause), filter or date range refreshes the article list.
void LibraryWindow::connectFilters()
{
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryWindow::refreshArticles);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &LibraryWindow::refreshArticles);
    for (QComboBox *box : {m_state, m_site, m_tag})
        connect(box, &QComboBox::currentIndexChanged, this, &LibraryWindow::refreshArticles);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refreshArticles();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &LibraryWindow::refreshArticles);
    connect(m_to, &QDateEdit::dateChanged, this, &LibraryWindow::refreshArticles);
    connect(m_import, &QPushButton::clicked, this, &LibraryWindow::openImportDialog);
}

// Activating an article row or a mention opens the article; clicking a name lists its articles.
void LibraryWindow::connectViews()
{
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    for (QTreeView *view : {m_people, m_organizations})
        connect(view, &QTreeView::clicked, this, &LibraryWindow::showEntityArticles);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            fitMentionColumns();
    });
    connect(m_mentions, &QTreeView::activated, this, [this](const QModelIndex &index) {
        requestOpen(m_mentionModel->index(index.row(), 0).data(kPathRole).toString());
    });
}

void LibraryWindow::retranslateUi()
{
    setWindowTitle(tr("Library"));
    m_search->setPlaceholderText(tr("Search titles, text and comments (diacritics optional)"));
    m_useDates->setText(tr("Dates"));
    m_import->setText(tr("&Import…"));
    m_tabs->setTabText(0, tr("Articles"));
    m_tabs->setTabText(1, tr("People and Organizations"));
    if (auto *entityTabs = findChild<QTabWidget *>(QStringLiteral("libraryEntityTabs"))) {
        entityTabs->setTabText(0, tr("People"));
        entityTabs->setTabText(1, tr("Organizations"));
    }
    m_peopleModel->setHorizontalHeaderLabels({tr("Name"), tr("Articles"), tr("Mentions")});
    m_organizationModel->setHorizontalHeaderLabels({tr("Name"), tr("Articles"), tr("Mentions")});
    m_mentionModel->setHorizontalHeaderLabels({tr("Article"), tr("Date"), tr("Named as"), tr("Roles"), tr("Context")});
    setUpNameColumns(); // the columns exist now
    refreshFilters();
}

void LibraryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LibraryWindow::refreshFilters()
{
    // Rebuilding the boxes must not fire a query per item.
    const QSignalBlocker b1(m_state), b2(m_site), b3(m_tag);
    const int state = std::max(0, m_state->currentIndex());
    m_state->clear();
    m_state->addItem(tr("All states"));
    m_state->addItem(tr("Draft"), QStringLiteral("draft"));
    m_state->addItem(tr("In review"), QStringLiteral("in-review"));
    m_state->addItem(tr("Approved"), QStringLiteral("approved"));
    m_state->setCurrentIndex(state);
    const QString site = m_site->currentData().toString();
    m_site->clear();
    m_site->addItem(tr("All sources"));
    const QString tag = m_tag->currentData().toString();
    m_tag->clear();
    m_tag->addItem(tr("All tags"));
    if (m_store.isOpen()) {
        for (const QString &s : m_store.sites())
            m_site->addItem(s, s);
        for (const QString &t : m_store.tags())
            m_tag->addItem(Core::Annotation::tagLabel(t), t);
    }
    m_site->setCurrentIndex(std::max(0, m_site->findData(site)));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
}

Core::LibraryFilter LibraryWindow::currentFilter() const
{
    Core::LibraryFilter filter;
    Core::ReviewState state;
    if (Core::reviewStateFromName(m_state->currentData().toString(), &state))
        filter.state = state;
    filter.site = m_site->currentData().toString();
    filter.tag = m_tag->currentData().toString();
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    return filter;
}

void LibraryWindow::reload()
{
    refreshFilters();
    refreshArticles();
    refreshEntities();
}

void LibraryWindow::refreshArticles()
{
    m_searchTimer->stop();
    if (!m_store.isOpen())
        return;
    const QString query = m_search->text().trimmed();
    const bool searching = !query.isEmpty();
    if (searching) {
        const QList<Core::SearchHit> hits = m_store.search(query, 200, currentFilter());
        m_model->setHits(hits);
        // Ranked: keep the store's order until the user sorts by a column.
        m_proxy->sort(-1);
        m_status->setText(tr("%n match(es)", nullptr, int(hits.size())));
    } else {
        // Rows are read a page at a time as the table scrolls (LibraryListModel::setSource).
        const Core::LibraryFilter filter = currentFilter();
        const int total = int(m_store.count(filter));
        m_model->setSource(total, [this, filter](int offset, int limit, int column, Qt::SortOrder order) {
            return m_store.listPage(filter, offset, limit, sortKey(column), order);
        });
        m_model->sort(m_proxy->sortColumn(), m_proxy->sortOrder());
        m_status->setText(tr("%n article(s)", nullptr, total));
    }
    m_table->setColumnHidden(LibraryListModel::Snippet, !searching);
}

void LibraryWindow::refreshEntities()
{
    if (!m_store.isOpen())
        return;
    auto fill = [this](QStandardItemModel *model, Core::EntityKind type) {
        model->removeRows(0, model->rowCount());
        for (const Core::LibraryEntity &e : m_store.entities(type)) {
            auto *name = new QStandardItem(e.name);
            name->setData(e.id, kEntityIdRole);
            auto *articles = new QStandardItem;
            articles->setData(e.articleCount, Qt::DisplayRole);
            auto *mentions = new QStandardItem;
            mentions->setData(e.mentionCount, Qt::DisplayRole);
            model->appendRow({name, articles, mentions});
        }
    };
    fill(m_peopleModel, Core::EntityKind::Person);
    fill(m_organizationModel, Core::EntityKind::Organization);
    m_mentionModel->removeRows(0, m_mentionModel->rowCount());
}

void LibraryWindow::showEntityArticles(const QModelIndex &index)
{
    const auto *model = qobject_cast<const QStandardItemModel *>(index.model());
    if (!model)
        return;
    const qint64 id = model->index(index.row(), 0).data(kEntityIdRole).toLongLong();
    m_mentionModel->removeRows(0, m_mentionModel->rowCount());
    for (const Core::LibraryEntityArticle &a : m_store.entityArticles(id)) {
        auto *title = new QStandardItem(a.entry.shownTitle());
        title->setData(a.entry.path, kPathRole);
        title->setToolTip(Core::LiteralText::forRichTextContext(a.entry.path));
        QStringList named{a.surface};
        named += a.aliases;
        auto *context = new QStandardItem(a.context);
        context->setToolTip(Core::LiteralText::forRichTextContext(a.context));
        m_mentionModel->appendRow({title, new QStandardItem(a.entry.published.left(10)),
                                   new QStandardItem(named.join(QStringLiteral(", "))),
                                   new QStandardItem(a.roles.join(QStringLiteral("; "))), context});
    }
    fitMentionColumns();
}

void LibraryWindow::setUpNameColumns()
{
    // The mentions of a name: the date and the short columns take what they need, the article
    // and the context around the mention (the passage to read) share the rest.
    QHeaderView *mentionHeader = m_mentions->header();
    mentionHeader->setStretchLastSection(true);
    mentionHeader->setMinimumSectionSize(QFontMetrics(font()).averageCharWidth() * 6);
    mentionHeader->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (QTreeView *view : {m_people, m_organizations}) {
        view->header()->setStretchLastSection(false);
        view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        view->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        view->setTextElideMode(Qt::ElideMiddle);
    }
}

void LibraryWindow::fitMentionColumns()
{
    // The first time the names are shown at a real width: a third for the names, the rest for
    // their mentions (the splitter alone would give each half of what they ask for).
    auto *splitter = findChild<QSplitter *>(QStringLiteral("libraryNamesSplitter"));
    if (splitter && !m_namesBalanced && splitter->isVisible() && splitter->width() > 0) {
        m_namesBalanced = true;
        splitter->setSizes({splitter->width() / 3, splitter->width() - splitter->width() / 3});
    }
    // The "named as" and roles columns at their contents up to 16 characters each, the article
    // at its contents up to what is left of half the view: the context (the last column,
    // stretched) keeps the other half to be read.
    const int half = std::max(1, m_mentions->viewport()->width() / 2);
    const int shortMax = QFontMetrics(m_mentions->font()).averageCharWidth() * 16;
    int used = 0;
    for (int column : {2, 3}) {
        m_mentions->resizeColumnToContents(column);
        m_mentions->setColumnWidth(column, std::min(m_mentions->columnWidth(column), shortMax));
        used += m_mentions->columnWidth(column);
    }
    m_mentions->resizeColumnToContents(0);
    m_mentions->setColumnWidth(0, std::max(m_mentions->header()->minimumSectionSize(),
                                           std::min(m_mentions->columnWidth(0), half - used)));
}

void LibraryWindow::startReindexIfStale()
{
    if (!m_store.isOpen() || m_store.reviewStore().isReadOnly() || m_reindexer->isRunning())
        return;
    const std::shared_ptr<const Core::Extractor> reader = Core::libraryExtractor();
    if (m_store.staleCount(Core::ReaderVersion::of(reader->model().get())) == 0)
        return;
    Core::LibraryReindex::Options options;
    options.extractor = reader;
    options.threads = 1; // the reader and the search stay responsive
    m_reindexer->start(m_databasePath, options);
}

void LibraryWindow::onReindexProgress(int done, int total, qint64 msecsLeft)
{
    QString text = tr("Re-reading with the new extractor: %1 of %2").arg(done).arg(total);
    if (msecsLeft >= 0 && done < total)
        text += QStringLiteral(", ") + tr("about %n second(s) left", nullptr, int((msecsLeft + 999) / 1000));
    m_reindexStatus->setText(text);
}

int LibraryWindow::rowCount() const
{
    return m_proxy->rowCount();
}

QString LibraryWindow::titleAt(int row) const
{
    return m_proxy->index(row, LibraryListModel::Title).data().toString();
}

void LibraryWindow::setSearchText(const QString &text)
{
    m_search->setText(text);
    refreshArticles();
}

void LibraryWindow::openRow(int row)
{
    requestOpen(m_proxy->index(row, 0).data(LibraryListModel::PathRole).toString());
}

void LibraryWindow::requestOpen(const QString &path)
{
    if (path.isEmpty())
        return;
    // A library may come from someone else: its paths get the same rule as any file opened (a FIFO
    // would block for ever, a device never ends).
    if (QString reason; !Core::MetadataRules::isReadableFile(path, &reason)) {
        m_status->setText(tr("“%1” cannot be opened: %2").arg(QDir::toNativeSeparators(path), reason));
        return;
    }
    Q_EMIT openArticleRequested(path);
}

void LibraryWindow::openImportDialog()
{
    auto *dialog = new BatchImportDialog(m_databasePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BatchImportDialog::importFinished, this, &LibraryWindow::reload);
    dialog->open();
}

} // namespace Lectern::Gui
