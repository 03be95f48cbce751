#pragma once

#include "article/article.h"
#include "review/annotation.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Lectern::Core {

// The local journal of a team server (#17): the writes made while the server could not be
// reached, kept in an SQLite file of the user's (through the storage layer: WAL,
// synchronous=FULL, module "journal") until they are sent. Quitting keeps it; the next start sends
// it (TeamReviewWriter::replay()).
//
// One entry per annotation id, in the order of its first offline change: a later change of the
// same annotation replaces the entry's content (the last state is what is sent) and keeps the
// server version the first change was based on, so a colleague's save meanwhile is still seen as
// a conflict. Each entry carries the article it belongs to (text and identity), so the server
// can be given an article it has never seen.
//
// Durability: append() returns only after its transaction committed; an entry acknowledged once
// survives a crash or kill of the process.
// Threading: one instance per thread. Errors: false / nullopt and errorString().
class ReviewJournal final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::ReviewJournal)
public:
    enum class Operation { Save, Remove };
    struct Entry
    {
        qint64 sequence = 0;   // order of sending
        Operation operation = Operation::Save;
        Annotation annotation; // Remove: only the id is meaningful
        int basedOnVersion = 0; // the server version the change started from (0: a new one)
        QString articleHash;   // the article's content hash (article())
        QString refused;       // set once the server refused it (a role's limit): kept, not resent
    };

    ReviewJournal();
    ~ReviewJournal();
    ReviewJournal(const ReviewJournal &) = delete;
    ReviewJournal &operator=(const ReviewJournal &) = delete;

    // Opens (creating it and its folders) the journal file at `path`.
    bool open(const QString &path);
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    // The journal a server's writes go to by default: one file per server address under the
    // user's data folder (QStandardPaths::AppDataLocation/journals).
    static QString defaultPath(const QString &serverLocation);

    // Keeps a change durably (committed before it returns).
    bool append(const Article &article, Operation operation, const Annotation &annotation, int basedOnVersion);
    // The entries still to send, in order (refused ones left out).
    QList<Entry> pending() const;
    int pendingCount() const;   // -1 on error
    int refusedCount() const;   // -1 on error
    // Drops a sent entry (after the server committed it).
    bool remove(qint64 sequence);
    // Marks an entry the server refused for good (it stays, with the reason, and is not resent).
    bool markRefused(qint64 sequence, const QString &reason);
    // The article an entry belongs to, rebuilt from what was kept (its text, URL, path, title):
    // its content hash is the kept one.
    std::optional<Article> article(const QString &contentHash) const;

private:
    bool fail(const QString &what, const QString &detail) const;

    std::shared_ptr<Database> m_db;
    QString m_path;
    mutable QString m_error;
};

} // namespace Lectern::Core
