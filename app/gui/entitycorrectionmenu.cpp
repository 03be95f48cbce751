#include "entitycorrectionmenu.h"

#include "actionregistry.h"
#include "document/articledocument.h"
#include "articleview.h"
#include "entitycorrectiondialog.h"
#include "entitycorrectiontarget.h"
#include "entitycorrector.h"
#include "util/settings.h"
#include "util/textfold.h"

#include <QAction>
#include <QMenu>

namespace Lectern::Gui {

using Core::EntityCorrection;
using Core::EntityKind;
using Action = Core::EntityCorrection::Action;

namespace {

const QList<EntityKind> &categories()
{
    static const QList<EntityKind> all{EntityKind::Person, EntityKind::Organization,
                                              EntityKind::Place, EntityKind::Metric};
    return all;
}

QString typeLabel(EntityKind c)
{
    switch (c) {
    case EntityKind::Person: return EntityCorrectionMenu::tr("&Person");
    case EntityKind::Organization: return EntityCorrectionMenu::tr("&Organization");
    case EntityKind::Place: return EntityCorrectionMenu::tr("P&lace");
    case EntityKind::Metric: return EntityCorrectionMenu::tr("&Metric");
    }
    return {};
}

QString addAsLabel(EntityKind c)
{
    switch (c) {
    case EntityKind::Person: return EntityCorrectionMenu::tr("Add as &Person…");
    case EntityKind::Organization: return EntityCorrectionMenu::tr("Add as &Organization…");
    case EntityKind::Place: return EntityCorrectionMenu::tr("Add as P&lace…");
    case EntityKind::Metric: return EntityCorrectionMenu::tr("Add as &Metric");
    }
    return {};
}

QString changeTypeId(EntityKind c)
{
    return QStringLiteral("entity.changeType.") + Core::entityKindId(c);
}

QString addAsId(EntityKind c)
{
    return QStringLiteral("entity.addAs.") + Core::entityKindId(c);
}

// A selection made with the mouse often cuts a word or takes a space or comma along: widen it
// to whole words, and drop spaces (and, for names, punctuation) at its ends.
Core::Span wholeWords(const QString &text, Core::Span s, bool trimPunctuation)
{
    auto word = [&](qsizetype i) {
        return i >= 0 && i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i).isMark());
    };
    auto junk = [&](qsizetype i) { return text.at(i).isSpace() || (trimPunctuation && !word(i)); };
    s.start = std::clamp<qsizetype>(s.start, 0, text.size());
    s.end = std::clamp<qsizetype>(s.end, s.start, text.size());
    while (s.start < s.end && junk(s.start))
        ++s.start;
    while (s.end > s.start && junk(s.end - 1))
        --s.end;
    if (s.start == s.end)
        return s;
    while (s.start > 0 && word(s.start - 1) && word(s.start))
        --s.start;
    while (s.end < text.size() && word(s.end) && word(s.end - 1))
        ++s.end;
    return s;
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
    for (EntityKind c : categories()) {
        connect(actions->add(changeTypeId(c), [c] { return typeLabel(c); }), &QAction::triggered, this,
                [this, c] { changeType(c); });
        QList<QKeySequence> keys;
        if (c == EntityKind::Person)
            keys = {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P)};
        else if (c == EntityKind::Organization)
            keys = {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O)};
        connect(actions->add(addAsId(c), [c] { return addAsLabel(c); }, keys), &QAction::triggered, this,
                [this, c] { addAs(c); });
    }
    actions->add(kApplyToAll, [] { return tr("Apply to &All Articles"); })->setCheckable(true);
    retranslate();
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

void EntityCorrectionMenu::setTarget(EntityKind category, const QList<int> &entries, Core::Span span)
{
    m_target = EntityCorrectionTarget(m_view ? m_view->articleDocument() : nullptr, category, entries, span);
    updateActions();
}

void EntityCorrectionMenu::clearTarget()
{
    m_target = {};
    updateActions();
}

Core::Span EntityCorrectionMenu::selection() const
{
    const Core::Span span = m_view ? m_view->selectedBodySpan() : Core::Span{-1, -1};
    return span.start >= 0 && span.end > span.start ? span : Core::Span{-1, -1};
}

void EntityCorrectionMenu::updateActions()
{
    const qsizetype n = m_target.entries().size();
    const Core::Entity *one = m_target.singleEntity();
    bool splittable = false;
    if (one) {
        const QString key = Core::TextFold::matchKey(one->name);
        splittable = !one->aliases.isEmpty();
        for (const Core::Mention &m : one->mentions)
            splittable = splittable || Core::TextFold::matchKey(m.text) != key;
    }
    m_actions->action(kReject)->setEnabled(n > 0);
    m_actions->action(kVerify)->setEnabled(n > 0);
    m_actions->action(kRename)->setEnabled(one != nullptr);
    m_actions->action(kMergeWith)->setEnabled(!m_target.mergeChoices().isEmpty());
    m_actions->action(kMergeSelected)->setEnabled(!m_target.isMetric() && n > 1);
    m_actions->action(kSplitAlias)->setEnabled(splittable);
    for (EntityKind c : categories()) {
        QAction *a = m_actions->action(changeTypeId(c));
        a->setEnabled(n > 0 && c != m_target.category());
        a->setVisible(n == 0 || c != m_target.category());
    }
    const bool hasSelection = selection().start >= 0;
    for (EntityKind c : categories())
        m_actions->action(addAsId(c))->setEnabled(hasSelection);
}

void EntityCorrectionMenu::fillContextMenu(QMenu *menu, bool forSelection)
{
    const QList<int> entries = m_target.entries();
    if (!entries.isEmpty()) {
        if (entries.size() > 1)
            menu->addSection(tr("%n selected entries", nullptr, int(entries.size())));
        else
            menu->addSection(m_target.name(entries.first()).replace(QLatin1Char('&'), QStringLiteral("&&")));
        m_actions->fill(menu, {kReject});
        QMenu *types = menu->addMenu(tr("Change &Type"));
        types->setObjectName(QStringLiteral("menuChangeType"));
        for (EntityKind c : categories())
            if (c != m_target.category())
                types->addAction(m_actions->action(changeTypeId(c)));
        if (!m_target.isMetric())
            m_actions->fill(menu, {kRename, entries.size() > 1 ? kMergeSelected : kMergeWith, kSplitAlias});
        m_actions->fill(menu, {kVerify});
    }
    if (forSelection) {
        menu->addSeparator();
        for (EntityKind c : categories())
            menu->addAction(m_actions->action(addAsId(c)));
    }
    if (!entries.isEmpty() || forSelection)
        m_actions->fill(menu, {QStringLiteral("-"), kApplyToAll});
}

void EntityCorrectionMenu::showPanelMenu(EntityKind category, const QList<int> &entries, const QPoint &globalPos)
{
    setTarget(category, entries);
    if (m_target.isEmpty())
        return;
    auto *menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("entityContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    fillContextMenu(menu, false);
    menu->popup(globalPos);
}

void EntityCorrectionMenu::extendViewMenu(QMenu *menu, qsizetype bodyOffset)
{
    Core::ArticleDocument *d = m_view ? m_view->articleDocument() : nullptr;
    if (!d)
        return;
    const Core::EntityRef ref = d->entityAt(bodyOffset);
    if (ref.isValid())
        setTarget(ref.category, {ref.index}, {bodyOffset, bodyOffset + 1});
    else
        clearTarget();
    const bool hasSelection = selection().start >= 0;
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
    for (EntityKind c : categories())
        m_changeTypeMenu->addAction(m_actions->action(changeTypeId(c)));
    m_actions->fill(m_reviewMenu, {kRename, kMergeWith, kMergeSelected, kSplitAlias, kVerify, QStringLiteral("-")});
    for (EntityKind c : categories())
        m_reviewMenu->addAction(m_actions->action(addAsId(c)));
    m_actions->fill(m_reviewMenu, {QStringLiteral("-"), kApplyToAll});
    connect(m_reviewMenu, &QMenu::aboutToShow, this, &EntityCorrectionMenu::updateActions);
    retranslate();
}

void EntityCorrectionMenu::retranslate()
{
    m_actions->action(kApplyToAll)
        ->setToolTip(tr("Also write one-click corrections to the user gazetteer, for every article opened later"));
    if (m_reviewMenu)
        m_reviewMenu->setTitle(tr("&Entity Corrections"));
    if (m_changeTypeMenu)
        m_changeTypeMenu->setTitle(tr("Change &Type"));
}

bool EntityCorrectionMenu::applyToAll() const
{
    return m_actions->action(kApplyToAll)->isChecked();
}

EntityCorrection EntityCorrectionMenu::decision(Action action, int index) const
{
    EntityCorrection c = m_target.correction(action, index);
    c.applyToAllArticles = !c.metric && applyToAll();
    return c;
}

void EntityCorrectionMenu::commit(Core::ArticleDocument *document, const QList<EntityCorrection> &corrections,
                                  const Core::Span &span)
{
    if (!document || corrections.isEmpty())
        return;
    const Core::Settings settings;
    const EntityCorrector::Outcome outcome =
        EntityCorrector::apply(document, corrections, span, settings.authorName(), settings.userGazetteerPath());
    if (!outcome.error.isEmpty())
        Q_EMIT message(tr("The user gazetteer could not be written: %1").arg(outcome.error));
    else if (!outcome.gazetteerLines.isEmpty())
        Q_EMIT message(tr("Remembered for all articles: %1").arg(outcome.gazetteerLines.join(QStringLiteral("; "))));
}

EntityCorrectionDialog *EntityCorrectionMenu::openDialog(bool enterName, const QString &title, const QString &prompt)
{
    auto *dialog = new EntityCorrectionDialog(enterName ? EntityCorrectionDialog::Mode::EnterName
                                                        : EntityCorrectionDialog::Mode::ChooseName,
                                              m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setPrompt(prompt);
    dialog->setApplyToAll(applyToAll());
    return dialog;
}

void EntityCorrectionMenu::reject()
{
    QList<EntityCorrection> list;
    for (int i : m_target.entries())
        list.append(decision(Action::Reject, i));
    if (!list.isEmpty())
        commit(m_target.document(), list, m_target.span(m_target.first()));
}

void EntityCorrectionMenu::verify()
{
    QList<EntityCorrection> list;
    for (int i : m_target.entries())
        list.append(decision(Action::Verify, i));
    if (!list.isEmpty())
        commit(m_target.document(), list, m_target.span(m_target.first()));
}

void EntityCorrectionMenu::changeType(EntityKind to)
{
    const int first = m_target.first();
    if (first < 0 || to == m_target.category())
        return;
    QList<EntityCorrection> list;
    const Core::Span span = m_target.span(first);
    if (!m_target.isMetric() && to != EntityKind::Metric) {
        for (int i : m_target.entries()) {
            EntityCorrection c = decision(Action::ChangeType, i);
            c.newType = entityTypeOf(to);
            list.append(c);
        }
        commit(m_target.document(), list, span);
        return;
    }
    // Between figures and names there is no common identity: drop the entry and add its span
    // as the other kind, in one undo step.
    list.append(decision(Action::Reject, first));
    EntityCorrection added;
    added.action = Action::AddMissed;
    added.metric = to == EntityKind::Metric;
    added.newType = entityTypeOf(to);
    added.newName = m_target.document()->text().mid(span.start, span.length()).simplified();
    added.applyToAllArticles = !added.metric && applyToAll();
    list.append(added);
    commit(m_target.document(), list, span);
}

void EntityCorrectionMenu::rename()
{
    const Core::Entity *e = m_target.singleEntity();
    if (!e)
        return;
    auto *dialog = openDialog(true, tr("Rename Canonical Name"),
                              tr("New canonical name for “%1” (the old name stays an alias):").arg(e->name));
    dialog->setName(e->name);
    const EntityCorrectionTarget target = m_target;
    connect(dialog, &QDialog::accepted, this, [this, dialog, target] {
        EntityCorrection c = target.correction(Action::Rename, target.first());
        c.newName = dialog->name();
        c.applyToAllArticles = dialog->applyToAll();
        if (!c.name.isEmpty() && c.newName != c.name)
            commit(target.document(), {c}, target.span(target.first()));
    });
    dialog->open();
}

void EntityCorrectionMenu::mergeWith()
{
    const Core::Entity *e = m_target.singleEntity();
    const QStringList others = m_target.mergeChoices();
    if (!e || others.isEmpty())
        return;
    auto *dialog = openDialog(false, tr("Merge Entries"),
                              tr("Merge into “%1” (the other entry's name becomes an alias):").arg(e->name));
    dialog->setChoices(others);
    const EntityCorrectionTarget target = m_target;
    connect(dialog, &QDialog::accepted, this, [this, dialog, target] {
        EntityCorrection c = target.correction(Action::Merge, target.first());
        c.otherName = dialog->name();
        c.applyToAllArticles = dialog->applyToAll();
        if (!c.name.isEmpty())
            commit(target.document(), {c}, target.span(target.first()));
    });
    dialog->open();
}

void EntityCorrectionMenu::mergeSelected()
{
    const int survivor = m_target.mergeSurvivor();
    if (m_target.isMetric() || m_target.entries().size() < 2 || survivor < 0)
        return;
    QList<EntityCorrection> list;
    for (int i : m_target.entries()) {
        if (i == survivor)
            continue;
        EntityCorrection c = decision(Action::Merge, survivor);
        c.otherName = m_target.name(i);
        list.append(c);
    }
    commit(m_target.document(), list, m_target.span(survivor));
}

void EntityCorrectionMenu::splitAlias()
{
    const Core::Entity *e = m_target.singleEntity();
    const QStringList choices = m_target.splitChoices();
    if (!e || choices.isEmpty())
        return;
    auto *dialog = openDialog(false, tr("Split Alias Off"),
                              tr("Make this alias of “%1” an entry of its own:").arg(e->name));
    dialog->setChoices(choices);
    const EntityCorrectionTarget target = m_target;
    connect(dialog, &QDialog::accepted, this, [this, dialog, target] {
        EntityCorrection c = target.correction(Action::SplitAlias, target.first());
        c.otherName = dialog->name();
        c.applyToAllArticles = dialog->applyToAll();
        if (!c.name.isEmpty())
            commit(target.document(), {c}, target.span(target.first()));
    });
    dialog->open();
}

void EntityCorrectionMenu::addAs(EntityKind type)
{
    Core::ArticleDocument *document = m_view ? m_view->articleDocument() : nullptr;
    if (!document || selection().start < 0)
        return;
    const bool figure = type == EntityKind::Metric;
    const Core::Span span = wholeWords(document->text(), selection(), !figure);
    if (span.length() <= 0)
        return;
    const QString surface = document->text().mid(span.start, span.length()).simplified();
    EntityCorrection c;
    c.action = Action::AddMissed;
    c.newType = entityTypeOf(type);
    c.metric = figure;
    c.newName = surface;
    if (c.metric) {
        commit(document, {c}, span); // a figure has no name to ask for
        return;
    }
    const QString prompt = type == EntityKind::Person ? tr("Canonical name of the person “%1”:")
                           : type == EntityKind::Organization ? tr("Canonical name of the organization “%1”:")
                                                                      : tr("Canonical name of the place “%1”:");
    auto *dialog = openDialog(true, tr("Add Missed Entity"), prompt.arg(surface));
    dialog->setName(surface);
    const QPointer<Core::ArticleDocument> guarded = document;
    connect(dialog, &QDialog::accepted, this, [this, dialog, c, span, guarded]() mutable {
        c.newName = dialog->name();
        c.applyToAllArticles = dialog->applyToAll();
        commit(guarded, {c}, span);
    });
    dialog->open();
}

} // namespace Lectern::Gui
