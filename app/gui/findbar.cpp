#include "findbar.h"

#include "articleview.h"
#include "icons.h"
#include "util/textfold.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include <algorithm>

namespace Lectern::Gui {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_ignoreDiacritics(new QCheckBox(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_next->setObjectName(QStringLiteral("findNext"));
    m_close->setObjectName(QStringLiteral("findClose"));
    m_query->setObjectName(QStringLiteral("findQuery"));
    m_query->setClearButtonEnabled(true);
    m_ignoreDiacritics->setChecked(true);
    m_previous->setIcon(Icons::themed(QStringLiteral("go-up")));
    m_next->setIcon(Icons::themed(QStringLiteral("go-down")));
    m_close->setIcon(Icons::themed(QStringLiteral("window-close")));
    for (QToolButton *b : {m_previous, m_next, m_close})
        b->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_query, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_ignoreDiacritics);
    layout->addWidget(m_status);
    layout->addWidget(m_close);
    connect(m_query, &QLineEdit::textChanged, this, [this] {
        updateMatches();
        m_current = -1;
        findNext();
    });
    connect(m_query, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_ignoreDiacritics, &QCheckBox::toggled, this, [this] {
        updateMatches();
        m_current = -1;
        findNext();
    });
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    retranslate();
}

void FindBar::setView(ArticleView *view)
{
    if (m_view && m_view != view)
        m_view->setFindMatches({});
    m_view = view;
    updateMatches();
    m_current = -1;
}

void FindBar::activate()
{
    show();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void FindBar::setIgnoreDiacritics(bool ignore)
{
    m_ignoreDiacritics->setChecked(ignore);
}

void FindBar::updateMatches()
{
    m_matches.clear();
    m_matchLength = 0;
    const QString query = m_query->text();
    if (m_view)
        m_view->setFindMatches({});
    if (!m_view || query.trimmed().isEmpty() || isHidden()) {
        m_status->clear();
        return;
    }
    const QString text = m_view->articleDocument()->text();
    QString haystack;
    QString needle;
    if (m_ignoreDiacritics->isChecked()) {
        haystack = Core::TextFold::foldForSearch(text);
        needle = Core::TextFold::searchKey(query);
    } else {
        haystack = text.toCaseFolded();
        needle = query.normalized(QString::NormalizationForm_C).toCaseFolded();
    }
    if (needle.isEmpty())
        return;
    m_matchLength = needle.size();
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        m_matches.append(at);
    if (m_matches.isEmpty()) {
        m_status->setText(tr("Not found"));
        return;
    }
    // Every match highlighted, not only the current one.
    QList<Core::Span> spans;
    spans.reserve(m_matches.size());
    for (const qsizetype at : std::as_const(m_matches))
        spans.append({at, at + m_matchLength});
    m_view->setFindMatches(spans);
}

bool FindBar::findNext() { return find(true); }
bool FindBar::findPrevious() { return find(false); }

bool FindBar::find(bool forward)
{
    if (m_matches.isEmpty() || !m_view)
        return false;
    const int n = int(m_matches.size());
    if (m_current < 0) {
        // A new search starts where the reader is (the cursor on screen, else the first visible
        // line), not at the top: the first match from there on, or the last one before it.
        const qsizetype origin = m_view->searchOrigin();
        const auto after = std::lower_bound(m_matches.cbegin(), m_matches.cend(), origin);
        if (forward)
            m_current = after == m_matches.cend() ? 0 : int(after - m_matches.cbegin());
        else
            m_current = after == m_matches.cbegin() ? n - 1 : int(after - m_matches.cbegin()) - 1;
    } else {
        m_current = forward ? (m_current + 1) % n : (m_current <= 0 ? n - 1 : m_current - 1);
    }
    const qsizetype at = m_matches.at(m_current);
    m_view->selectBodySpan({at, at + m_matchLength});
    m_status->setText(tr("%1 of %2").arg(m_current + 1).arg(n));
    return true;
}

void FindBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateMatches();
    m_current = -1;
}

void FindBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // The highlights go with the bar; the next search starts where the reader is then.
    if (m_view)
        m_view->setFindMatches({});
    m_current = -1;
}

void FindBar::retranslate()
{
    m_query->setPlaceholderText(tr("Find in article"));
    m_query->setAccessibleName(tr("Find in article"));
    m_ignoreDiacritics->setText(tr("Ignore &diacritics"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_close->setToolTip(tr("Close (Esc)"));
}

void FindBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_view)
            m_view->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && (event->modifiers() & Qt::ShiftModifier)) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Lectern::Gui
