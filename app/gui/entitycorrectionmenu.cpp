#include "entitycorrectionmenu.h"

#include "actionregistry.h"
#include "article/articledocument.h"
#include "articleview.h"
#include "entitycorrectiondialog.h"
#include "entitycorrector.h"
#include "util/settings.h"
#include "util/textfold.h"

#include <QAction>
#include <QMenu>

namespace Lectern::Gui {

using Core::EntityCorrection;
using Core::HighlightCategory;
using Action = Core::EntityCorrection::Action;

namespace {

const QList<HighlightCategory> &categories()
{
    static const QList<HighlightCategory> all{HighlightCategory::Person, HighlightCategory::Organization,
                                              HighlightCategory::Place, HighlightCategory::Metric};
    return all;
}

QString typeLabel(HighlightCategory c)
{
    switch (c) {
    case HighlightCategory::Person: return EntityCorrectionMenu::tr("&Person");
    case HighlightCategory::Organization: return EntityCorrectionMenu::tr("&Organization");
    case HighlightCategory::Place: return EntityCorrectionMenu::tr("P&lace");
    case HighlightCategory::Metric: return EntityCorrectionMenu::tr("&Metric");
    }
    return {};
}

QString addAsLabel(HighlightCategory c)
{
    switch (c) {
    case HighlightCategory::Person: return EntityCorrectionMenu::tr("Add as &Person…");
    case HighlightCategory::Organization: return EntityCorrectionMenu::tr("Add as &Organization…");
    case HighlightCategory::Place: return EntityCorrectionMenu::tr("Add as P&lace…");
    case HighlightCategory::Metric: return EntityCorrectionMenu::tr("Add as &Metric");
    }
    return {};
}

Core::EntityType toEntityType(HighlightCategory c)
{
    switch (c) {
    case HighlightCategory::Organization: return Core::EntityType::Organization;
    case HighlightCategory::Place: return Core::EntityType::Place;
    default: return Core::EntityType::Person;
    }
}

QString changeTypeId(HighlightCategory c)
{
    return QStringLiteral("entity.changeType.") + Core::HighlightStyle::categoryId(c);
}

QString addAsId(HighlightCategory c)
{
    return QStringLiteral("entity.addAs.") + Core::HighlightStyle::categoryId(c);
}

const QString kReject = QStringLiteral("entity.reject");
const QString kRename = QStringLiteral("entity.rename");
const QString kMergeWith = QStringLiteral("entity.mergeWith");
const QString kMergeSelected = QStringLiteral("entity.mergeSelected");
const QString kSplitAlias = QStringLiteral("entity.splitAlias");
const QString kVerify = QStringLiteral("entity.verify");
const QString kApplyToAll = QStringLiteral("entity.applyToAllArticles");

} // namespace

EntityCorrectionMenu::EntityCorrectionMenu(QWidget *window, ActionRegistry *actions, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_actions(actions)
{
    connect(actions->add(kReject, [] { return tr("&Reject (False Positive)"); },
                         {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)}, QStringLiteral("edit-delete")),
            &QAction::triggered, this, &EntityCorrectionMenu::reject);
    connect(actions->add(kRename, [] { return tr("Re&name Canonical Name…"); }, {QKeySequence(Qt::Key_F2)},
                         QStringLiteral("edit-rename")),
            &QAction::triggered, this, &EntityCorrectionMenu::rename);
    connect(actions->add(kMergeWith, [] { return tr("&Merge With…"); }), &QAction::triggered, this,
            &EntityCorrectionMenu::mergeWith);
    connect(actions->add(kMergeSelected, [] { return tr("&Merge Selected Entries"); }), &QAction::triggered, this,
            &EntityCorrectionMenu::mergeSelected);
    connect(actions->add(kSplitAlias, [] { return tr("&Split Alias Off…"); }), &QAction::triggered, this,
            &EntityCorrectionMenu::splitAlias);
    connect(actions->add(kVerify, [] { return tr("Mark &Verified"); }, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_V)},
                         QStringLiteral("dialog-ok")),
            &QAction::triggered, this, &EntityCorrectionMenu::verify);
    for (HighlightCategory c : categories()) {
        connect(actions->add(changeTypeId(c), [c] { return typeLabel(c); }), &QAction::triggered, this,
                [this, c] { changeType(c); });
        QList<QKeySequence> keys;
        if (c == HighlightCategory::Person)
            keys = {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P)};
        else if (c == HighlightCategory::Organization)
            keys = {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O)};
        connect(actions->add(addAsId(c), [c] { return addAsLabel(c); }, keys), &QAction::triggered, this,
                [this, c] { addAs(c); });
    }
    QAction *all = actions->add(kApplyToAll, [] { return tr("Apply to &All Articles"); });
    all->setCheckable(true);
    all->setToolTip(tr("Also remember one-click corrections in the user gazetteer, for every article opened later"));
    updateActions();
}

void EntityCorrectionMenu::setView(ArticleView *view)
{
    if (m_view) {
        disconnect(m_view, nullptr, this, nullptr);
        if (Core::ArticleDocument *d = m_view->articleDocument())
            disconnect(d, nullptr, this, nullptr);
    }
    m_view = view;
    m_target = {};
    if (view) {
        connect(view, &ArticleView::contextMenuAboutToShow, this, &EntityCorrectionMenu::extendViewMenu);
        connect(view, &ArticleView::entityClicked, this, [this](const Core::EntityRef &ref) {
            const qsizetype at = m_view->built().toBodyOffset(m_view->textCursor().position());
            setTarget(ref.category, {ref.index}, {at, at + 1});
        });
        connect(view, &QTextEdit::selectionChanged, this, &EntityCorrectionMenu::updateActions);
        // Indices are stale once the entities change (a correction, a reload).
        connect(view->articleDocument(), &Core::ArticleDocument::entitiesChanged, this, &EntityCorrectionMenu::clearTarget);
    }
    updateActions();
}

void EntityCorrectionMenu::setTarget(HighlightCategory category, const QList<int> &entries, Core::Span span)
{
    m_target = {category, entries, span};
    updateActions();
}

void EntityCorrectionMenu::clearTarget()
{
    m_target = {};
    updateActions();
}

Core::ArticleDocument *EntityCorrectionMenu::document() const
{
    return m_view ? m_view->articleDocument() : nullptr;
}

const Core::Entity *EntityCorrectionMenu::entity(int index) const
{
    Core::ArticleDocument *d = document();
    const QList<Core::Entity> *list = d ? d->entityList(m_target.category) : nullptr;
    return list && index >= 0 && index < list->size() ? &list->at(index) : nullptr;
}

QString EntityCorrectionMenu::entryName(int index) const
{
    if (isMetric()) {
        Core::ArticleDocument *d = document();
        return d && index >= 0 && index < d->entities().metrics.size() ? d->entities().metrics.at(index).text : QString();
    }
    const Core::Entity *e = entity(index);
    return e ? e->name : QString();
}

Core::Span EntityCorrectionMenu::entrySpan(int index) const
{
    Core::ArticleDocument *d = document();
    if (!d)
        return {-1, -1};
    const QList<Core::Span> spans = d->mentionSpans({m_target.category, index});
    if (m_target.span.start >= 0) {
        for (const Core::Span &s : spans)
            if (s.overlaps(m_target.span))
                return s;
    }
    return spans.isEmpty() ? Core::Span{0, 0} : spans.first();
}

void EntityCorrectionMenu::updateActions()
{
    // Drop entries that no longer exist (the document changed under the target).
    QList<int> valid;
    for (int i : std::as_const(m_target.entries))
        if (!entryName(i).isEmpty())
            valid.append(i);
    m_target.entries = valid;
    const qsizetype n = valid.size();
    const bool metric = isMetric();
    const Core::Entity *one = n == 1 ? entity(valid.first()) : nullptr;
    m_actions->action(kReject)->setEnabled(n > 0);
    m_actions->action(kVerify)->setEnabled(n > 0);
    m_actions->action(kRename)->setEnabled(one != nullptr);
    m_actions->action(kMergeWith)->setEnabled(one && document()->entityList(m_target.category)->size() > 1);
    m_actions->action(kMergeSelected)->setEnabled(!metric && n > 1);
    bool splittable = false;
    if (one) {
        const QString key = Core::TextFold::matchKey(one->name);
        splittable = !one->aliases.isEmpty();
        for (const Core::Mention &m : one->mentions)
            splittable = splittable || Core::TextFold::matchKey(m.text) != key;
    }
    m_actions->action(kSplitAlias)->setEnabled(splittable);
    for (HighlightCategory c : categories()) {
        QAction *a = m_actions->action(changeTypeId(c));
        a->setEnabled(n > 0 && c != m_target.category);
        a->setVisible(n == 0 || c != m_target.category);
    }
    const Core::Span selection = m_view ? m_view->selectedBodySpan() : Core::Span{-1, -1};
    const bool hasSelection = selection.start >= 0 && selection.end > selection.start;
    for (HighlightCategory c : categories())
        m_actions->action(addAsId(c))->setEnabled(hasSelection);
}

void EntityCorrectionMenu::fillContextMenu(QMenu *menu, bool forSelection)
{
    if (!m_target.entries.isEmpty()) {
        if (m_target.entries.size() > 1)
            menu->addSection(tr("%n selected entries", nullptr, int(m_target.entries.size())));
        else
            menu->addSection(entryName(m_target.entries.first()));
        m_actions->fill(menu, {kReject});
        QMenu *types = menu->addMenu(tr("Change &Type"));
        types->setObjectName(QStringLiteral("menuChangeType"));
        for (HighlightCategory c : categories())
            if (c != m_target.category)
                types->addAction(m_actions->action(changeTypeId(c)));
        if (!isMetric()) {
            m_actions->fill(menu, {kRename, m_target.entries.size() > 1 ? kMergeSelected : kMergeWith, kSplitAlias});
        }
        m_actions->fill(menu, {kVerify});
    }
    if (forSelection) {
        menu->addSeparator();
        for (HighlightCategory c : categories())
            menu->addAction(m_actions->action(addAsId(c)));
    }
    if (!m_target.entries.isEmpty() || forSelection)
        m_actions->fill(menu, {QStringLiteral("-"), kApplyToAll});
}

void EntityCorrectionMenu::showPanelMenu(HighlightCategory category, const QList<int> &entries, const QPoint &globalPos)
{
    setTarget(category, entries);
    if (m_target.entries.isEmpty())
        return;
    auto *menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("entityContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    fillContextMenu(menu, false);
    menu->popup(globalPos);
}

void EntityCorrectionMenu::extendViewMenu(QMenu *menu, qsizetype bodyOffset)
{
    Core::ArticleDocument *d = document();
    if (!d)
        return;
    const Core::EntityRef ref = d->entityAt(bodyOffset);
    if (ref.isValid())
        setTarget(ref.category, {ref.index}, {bodyOffset, bodyOffset + 1});
    else
        clearTarget();
    const Core::Span selection = m_view->selectedBodySpan();
    const bool hasSelection = selection.start >= 0 && selection.end > selection.start;
    if (!ref.isValid() && !hasSelection)
        return;
    menu->addSeparator();
    fillContextMenu(menu, hasSelection);
}

void EntityCorrectionMenu::fillReviewMenu(QMenu *menu)
{
    m_reviewMenu = menu->addMenu(QString());
    m_reviewMenu->setObjectName(QStringLiteral("menuEntityCorrections"));
    m_actions->fill(m_reviewMenu, {kReject});
    m_changeTypeMenu = m_reviewMenu->addMenu(QString());
    for (HighlightCategory c : categories())
        m_changeTypeMenu->addAction(m_actions->action(changeTypeId(c)));
    m_actions->fill(m_reviewMenu, {kRename, kMergeWith, kMergeSelected, kSplitAlias, kVerify, QStringLiteral("-")});
    for (HighlightCategory c : categories())
        m_reviewMenu->addAction(m_actions->action(addAsId(c)));
    m_actions->fill(m_reviewMenu, {QStringLiteral("-"), kApplyToAll});
    connect(m_reviewMenu, &QMenu::aboutToShow, this, &EntityCorrectionMenu::updateActions);
    retranslate();
}

void EntityCorrectionMenu::retranslate()
{
    if (m_reviewMenu)
        m_reviewMenu->setTitle(tr("&Entity Corrections"));
    if (m_changeTypeMenu)
        m_changeTypeMenu->setTitle(tr("Change &Type"));
}

EntityCorrection EntityCorrectionMenu::base(Action action, int index) const
{
    EntityCorrection c;
    c.action = action;
    c.type = toEntityType(m_target.category);
    c.metric = isMetric();
    c.name = entryName(index);
    c.applyToAllArticles = !c.metric && m_actions->action(kApplyToAll)->isChecked();
    return c;
}

void EntityCorrectionMenu::commit(const QList<EntityCorrection> &corrections, const Core::Span &span)
{
    Core::ArticleDocument *d = document();
    if (!d || corrections.isEmpty())
        return;
    const Core::Settings settings;
    const EntityCorrector::Outcome outcome =
        EntityCorrector::apply(d, corrections, span, settings.authorName(), settings.userGazetteerPath());
    if (!outcome.error.isEmpty())
        Q_EMIT message(tr("The user gazetteer could not be written: %1").arg(outcome.error));
    else if (!outcome.gazetteerLines.isEmpty())
        Q_EMIT message(tr("Remembered for all articles: %1").arg(outcome.gazetteerLines.join(QStringLiteral("; "))));
}

void EntityCorrectionMenu::reject()
{
    QList<EntityCorrection> list;
    for (int i : std::as_const(m_target.entries))
        list.append(base(Action::Reject, i));
    if (!list.isEmpty())
        commit(list, entrySpan(m_target.entries.first()));
}

void EntityCorrectionMenu::verify()
{
    QList<EntityCorrection> list;
    for (int i : std::as_const(m_target.entries))
        list.append(base(Action::Verify, i));
    if (!list.isEmpty())
        commit(list, entrySpan(m_target.entries.first()));
}

void EntityCorrectionMenu::changeType(HighlightCategory to)
{
    if (m_target.entries.isEmpty() || to == m_target.category)
        return;
    Core::ArticleDocument *d = document();
    QList<EntityCorrection> list;
    const int first = m_target.entries.first();
    const Core::Span span = entrySpan(first);
    if (!isMetric() && to != HighlightCategory::Metric) {
        for (int i : std::as_const(m_target.entries)) {
            EntityCorrection c = base(Action::ChangeType, i);
            c.newType = toEntityType(to);
            list.append(c);
        }
        commit(list, span);
        return;
    }
    // Between figures and names there is no common identity: drop the entry and add the span
    // as the other kind (one undo step).
    list.append(base(Action::Reject, first));
    EntityCorrection added;
    added.action = Action::AddMissed;
    added.metric = to == HighlightCategory::Metric;
    added.newType = toEntityType(to);
    added.newName = d->text().mid(span.start, span.length()).simplified();
    added.applyToAllArticles = !added.metric && m_actions->action(kApplyToAll)->isChecked();
    list.append(added);
    commit(list, span);
}

void EntityCorrectionMenu::rename()
{
    if (m_target.entries.size() != 1)
        return;
    const int index = m_target.entries.first();
    const QString name = entryName(index);
    auto *dialog = new EntityCorrectionDialog(EntityCorrectionDialog::Mode::EnterName, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Canonical Name"));
    dialog->setPrompt(tr("New canonical name for “%1” (the old name stays an alias):").arg(name));
    dialog->setName(name);
    dialog->setApplyToAll(m_actions->action(kApplyToAll)->isChecked());
    const Target target = m_target;
    connect(dialog, &QDialog::accepted, this, [this, dialog, target, name] {
        m_target = target;
        EntityCorrection c = base(Action::Rename, target.entries.first());
        c.name = name;
        c.newName = dialog->name();
        c.applyToAllArticles = dialog->applyToAll();
        if (c.newName != name)
            commit({c}, entrySpan(target.entries.first()));
    });
    dialog->open();
}

void EntityCorrectionMenu::mergeWith()
{
    const Core::Entity *e = m_target.entries.size() == 1 ? entity(m_target.entries.first()) : nullptr;
    if (!e)
        return;
    QStringList others;
    for (const Core::Entity &o : *document()->entityList(m_target.category))
        if (o.name != e->name)
            others.append(o.name);
    if (others.isEmpty())
        return;
    auto *dialog = new EntityCorrectionDialog(EntityCorrectionDialog::Mode::ChooseName, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Merge Entries"));
    dialog->setPrompt(tr("Merge into “%1” (the other entry's name becomes an alias):").arg(e->name));
    dialog->setChoices(others);
    dialog->setApplyToAll(m_actions->action(kApplyToAll)->isChecked());
    const Target target = m_target;
    const QString name = e->name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, target, name] {
        m_target = target;
        EntityCorrection c = base(Action::Merge, target.entries.first());
        c.name = name;
        c.otherName = dialog->name();
        c.applyToAllArticles = dialog->applyToAll();
        commit({c}, entrySpan(target.entries.first()));
    });
    dialog->open();
}

int EntityCorrectionMenu::mergeSurvivor() const
{
    // The entry with most mentions keeps its name; ties go to the longer (more complete) name.
    int best = -1;
    for (int i : m_target.entries) {
        const Core::Entity *e = entity(i);
        const Core::Entity *b = best >= 0 ? entity(best) : nullptr;
        if (e && (!b || e->mentions.size() > b->mentions.size()
                  || (e->mentions.size() == b->mentions.size() && e->name.size() > b->name.size())))
            best = i;
    }
    return best;
}

void EntityCorrectionMenu::mergeSelected()
{
    if (isMetric() || m_target.entries.size() < 2)
        return;
    const int survivor = mergeSurvivor();
    QList<EntityCorrection> list;
    for (int i : std::as_const(m_target.entries)) {
        if (i == survivor)
            continue;
        EntityCorrection c = base(Action::Merge, survivor);
        c.otherName = entryName(i);
        list.append(c);
    }
    commit(list, entrySpan(survivor));
}

void EntityCorrectionMenu::splitAlias()
{
    const Core::Entity *e = m_target.entries.size() == 1 ? entity(m_target.entries.first()) : nullptr;
    if (!e)
        return;
    const QString nameKey = Core::TextFold::matchKey(e->name);
    QStringList choices;
    QStringList keys;
    auto offer = [&](const QString &s) {
        const QString key = Core::TextFold::matchKey(s);
        if (key != nameKey && !keys.contains(key)) {
            keys.append(key);
            choices.append(s);
        }
    };
    // The clicked mention first, when it is written differently from the name.
    const Core::Span span = entrySpan(m_target.entries.first());
    if (m_target.span.start >= 0)
        offer(document()->text().mid(span.start, span.length()));
    for (const QString &a : e->aliases)
        offer(a);
    for (const Core::Mention &m : e->mentions)
        offer(m.text);
    if (choices.isEmpty())
        return;
    auto *dialog = new EntityCorrectionDialog(EntityCorrectionDialog::Mode::ChooseName, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Split Alias Off"));
    dialog->setPrompt(tr("Make this alias of “%1” an entry of its own:").arg(e->name));
    dialog->setChoices(choices);
    dialog->setApplyToAll(m_actions->action(kApplyToAll)->isChecked());
    const Target target = m_target;
    const QString name = e->name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, target, name] {
        m_target = target;
        EntityCorrection c = base(Action::SplitAlias, target.entries.first());
        c.name = name;
        c.otherName = dialog->name();
        c.applyToAllArticles = dialog->applyToAll();
        commit({c}, entrySpan(target.entries.first()));
    });
    dialog->open();
}

void EntityCorrectionMenu::addAs(HighlightCategory type)
{
    Core::ArticleDocument *d = document();
    const Core::Span selection = m_view ? m_view->selectedBodySpan() : Core::Span{-1, -1};
    if (!d || selection.start < 0 || selection.end <= selection.start)
        return;
    const QString surface = d->text().mid(selection.start, selection.length()).simplified();
    EntityCorrection c;
    c.action = Action::AddMissed;
    c.newType = toEntityType(type);
    c.metric = type == HighlightCategory::Metric;
    c.newName = surface;
    if (c.metric) {
        commit({c}, selection);
        return;
    }
    auto *dialog = new EntityCorrectionDialog(EntityCorrectionDialog::Mode::EnterName, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Add Missed Entity"));
    dialog->setPrompt(type == HighlightCategory::Person         ? tr("Canonical name of the person “%1”:").arg(surface)
                      : type == HighlightCategory::Organization ? tr("Canonical name of the organization “%1”:").arg(surface)
                                                                : tr("Canonical name of the place “%1”:").arg(surface));
    dialog->setName(surface);
    dialog->setApplyToAll(m_actions->action(kApplyToAll)->isChecked());
    connect(dialog, &QDialog::accepted, this, [this, dialog, c, selection]() mutable {
        c.newName = dialog->name();
        c.applyToAllArticles = dialog->applyToAll();
        commit({c}, selection);
    });
    dialog->open();
}

} // namespace Lectern::Gui
