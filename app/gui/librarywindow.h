#pragma once

#include "library/librarystore.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace Lectern::Core {
class LibraryListModel;
class LibraryReindexer;
}

namespace Lectern::Gui {

// The Library: every article imported into the review database, sortable and filterable by
// review state, source, date range and annotation tag; a search box (diacritic-insensitive,
// ranked, with the matching passage); People and Organizations across the library, each
// listing the articles that name them. Activating an article emits openArticleRequested()
// with its file; the main window opens it. Owns its own LibraryStore connection. The article
// table loads its rows as it scrolls. Articles read by an older extractor or model are re-read
// in the background when the window opens (LibraryReindexer), with progress in the status line.
class LibraryWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryWindow(QWidget *parent = nullptr);                       // Settings' database
    explicit LibraryWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~LibraryWindow() override;

    QString databasePath() const { return m_databasePath; }
    QString errorString() const { return m_error; }
    int rowCount() const;                       // rows shown in the article table
    QString titleAt(int row) const;             // in the table's current (sorted) order

public Q_SLOTS:
    void reload();                              // re-reads the library (after an import)
    void setSearchText(const QString &text);    // as if typed; runs the search at once
    void openImportDialog();
    void openRow(int row);                      // as a double-click on the row

Q_SIGNALS:
    void openArticleRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Emits openArticleRequested(path) when path is a regular file; else says why in the status line.
    void requestOpen(const QString &path);
    void buildUi();
    // The steps of buildUi(), in this order.
    void setUpFilterWidgets(); // object names, date edits
    void setUpViews();         // table and entity views over their models
    void layOutWidgets();      // filters on top, tabs (articles, names), status line
    void connectReindexer();   // re-index progress and result in the status line
    void connectFilters();     // a changed search or filter refreshes the list
    void connectViews();       // activating a row or a mention opens the article
    void retranslateUi();
    void refreshArticles();
    void refreshEntities();
    void refreshFilters();
    void showEntityArticles(const QModelIndex &index);
    void fitMentionColumns();
    void setUpNameColumns();
    void startReindexIfStale();
    void onReindexProgress(int done, int total, qint64 msecsLeft);
    Core::LibraryFilter currentFilter() const;

    QString m_databasePath;
    QString m_error;
    Core::LibraryStore m_store;
    Core::LibraryListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_state;
    QComboBox *m_site;
    QComboBox *m_tag;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_import;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QTableView *m_table;
    QTreeView *m_people;
    QTreeView *m_organizations;
    QTreeView *m_mentions;
    QStandardItemModel *m_peopleModel;
    QStandardItemModel *m_organizationModel;
    QStandardItemModel *m_mentionModel;
    QTimer *m_searchTimer;
    // Re-reads, in the background, the articles an older extractor or model read (issue 21).
    Core::LibraryReindexer *m_reindexer;
    QLabel *m_reindexStatus;
    bool m_namesBalanced = false; // the names/mentions splitter got its first sizes
};

} // namespace Lectern::Gui
