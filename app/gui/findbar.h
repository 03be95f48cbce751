#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Lectern::Gui {

class ArticleView;

// Find in article (Ctrl+F): next/previous, optionally ignoring diacritics, tone placement and
// case ("tran luu quang" finds "Trần Lưu Quang"). Searches the article body of the given view.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void setView(ArticleView *view);
    void activate(); // show, focus and select the query
    QLineEdit *queryEdit() const { return m_query; }
    void setIgnoreDiacritics(bool ignore);
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // index into the matches; -1 before the first

public Q_SLOTS:
    bool findNext();
    bool findPrevious();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool forward);
    void retranslate();
    void updateMatches();

    QPointer<ArticleView> m_view;
    QLineEdit *m_query;
    QCheckBox *m_ignoreDiacritics;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_status;
    QList<qsizetype> m_matches; // body offsets of every match of the current query
    qsizetype m_matchLength = 0;
    int m_current = -1;
};

} // namespace Lectern::Gui
