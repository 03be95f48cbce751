#include "library/libraryschema.h"

#include "review/reviewschema.h"

namespace Lectern::Core::LibrarySchema {

namespace {

QStringList libraryTables()
{
    // The library (app/core/library): per-article metadata and counts, a full-text index over
    // folded text (TextFold::foldForSearch, same length as the original so snippets map back),
    // and people/organizations across articles. Triggers mark an article's comment index stale
    // when its annotations change; LibraryStore refolds stale rows before searching.
    return {
        QStringLiteral("CREATE TABLE library_articles ("
                       " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                       " published TEXT NOT NULL DEFAULT '',"
                       " site TEXT NOT NULL DEFAULT '',"
                       " format TEXT NOT NULL DEFAULT '',"
                       " authors TEXT NOT NULL DEFAULT '',"
                       " file_path TEXT,"
                       " file_hash TEXT NOT NULL DEFAULT '',"
                       " file_mtime INTEGER NOT NULL DEFAULT 0,"
                       " file_size INTEGER NOT NULL DEFAULT 0,"
                       " people_count INTEGER NOT NULL DEFAULT 0,"
                       " organization_count INTEGER NOT NULL DEFAULT 0,"
                       " figure_count INTEGER NOT NULL DEFAULT 0,"
                       " comments_stale INTEGER NOT NULL DEFAULT 1,"
                       " indexed TEXT NOT NULL,"
                       " body TEXT NOT NULL DEFAULT '')"), // last: listing rows never reads it
        QStringLiteral("CREATE INDEX library_articles_stale ON library_articles(article_id)"
                       " WHERE comments_stale = 1"),
        QStringLiteral("CREATE INDEX library_articles_path ON library_articles(file_path)"),
        QStringLiteral("CREATE INDEX library_articles_published ON library_articles(published)"),
        QStringLiteral("CREATE VIRTUAL TABLE library_fts USING fts5(title, body, comments,"
                       " tokenize = 'unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TABLE library_entities ("
                       " id INTEGER PRIMARY KEY,"
                       " type TEXT NOT NULL,"
                       " key TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " UNIQUE (type, key))"),
        QStringLiteral("CREATE TABLE library_mentions ("
                       " entity_id INTEGER NOT NULL REFERENCES library_entities(id) ON DELETE CASCADE,"
                       " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                       " surface TEXT NOT NULL,"
                       " aliases TEXT NOT NULL DEFAULT '',"
                       " roles TEXT NOT NULL DEFAULT '',"
                       " mention_count INTEGER NOT NULL,"
                       " first_offset INTEGER NOT NULL,"
                       " PRIMARY KEY (entity_id, article_id))"),
        QStringLiteral("CREATE INDEX library_mentions_article ON library_mentions(article_id)"),
        QStringLiteral("CREATE TRIGGER library_comments_insert AFTER INSERT ON annotations BEGIN"
                       " UPDATE library_articles SET comments_stale = 1 WHERE article_id = NEW.article_id; END"),
        QStringLiteral("CREATE TRIGGER library_comments_update AFTER UPDATE ON annotations BEGIN"
                       " UPDATE library_articles SET comments_stale = 1"
                       " WHERE article_id IN (OLD.article_id, NEW.article_id); END"),
        QStringLiteral("CREATE TRIGGER library_comments_delete AFTER DELETE ON annotations BEGIN"
                       " UPDATE library_articles SET comments_stale = 1 WHERE article_id = OLD.article_id; END"),
        QStringLiteral("CREATE TRIGGER library_fts_delete AFTER DELETE ON library_articles BEGIN"
                       " DELETE FROM library_fts WHERE rowid = OLD.article_id; END"),
    };
}

} // namespace

QList<Migration> migrations()
{
    return {
        {QString::fromLatin1(module), 1, QStringLiteral("library rows, full-text index, people and organizations"),
         libraryTables(), {}, 3},
        // Issue 21: which reader (extractor revision, tagger model) read each row; '' (rows
        // stored before) differs from every reader, so they are re-read once (LibraryReindexer).
        {QString::fromLatin1(module), 2, QStringLiteral("the reader version of each library row"),
         {QStringLiteral("ALTER TABLE library_articles ADD COLUMN reader_version TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("CREATE INDEX library_articles_reader ON library_articles(reader_version, published)")},
         {}, 0},
        // Issue 21: the people index's counts, kept by triggers on every change of a mention row
        // (the writer's inserts and upserts, deletes, cascades from a deleted article), so
        // listing the people of 100,000 articles reads one row per name instead of every mention.
        // A row may stay at zero for an entity that left the index; its id is only reused by an
        // entity that starts from zero too.
        {QString::fromLatin1(module), 3, QStringLiteral("people and organization counts kept by triggers"),
         {QStringLiteral("CREATE TABLE library_entity_counts ("
                         " entity_id INTEGER PRIMARY KEY,"
                         " article_count INTEGER NOT NULL,"
                         " mention_count INTEGER NOT NULL)"),
          QStringLiteral("INSERT INTO library_entity_counts (entity_id, article_count, mention_count)"
                         " SELECT entity_id, COUNT(*), SUM(mention_count) FROM library_mentions GROUP BY entity_id"),
          QStringLiteral("CREATE TRIGGER library_counts_insert AFTER INSERT ON library_mentions BEGIN"
                         " INSERT INTO library_entity_counts (entity_id, article_count, mention_count)"
                         " VALUES (NEW.entity_id, 1, NEW.mention_count) ON CONFLICT(entity_id) DO UPDATE SET"
                         " article_count = article_count + 1, mention_count = mention_count + NEW.mention_count; END"),
          QStringLiteral("CREATE TRIGGER library_counts_delete AFTER DELETE ON library_mentions BEGIN"
                         " UPDATE library_entity_counts SET article_count = article_count - 1,"
                         " mention_count = mention_count - OLD.mention_count WHERE entity_id = OLD.entity_id; END"),
          QStringLiteral("CREATE TRIGGER library_counts_update AFTER UPDATE OF entity_id, mention_count ON library_mentions BEGIN"
                         " UPDATE library_entity_counts SET article_count = article_count - 1,"
                         " mention_count = mention_count - OLD.mention_count WHERE entity_id = OLD.entity_id;"
                         " INSERT INTO library_entity_counts (entity_id, article_count, mention_count)"
                         " VALUES (NEW.entity_id, 1, NEW.mention_count) ON CONFLICT(entity_id) DO UPDATE SET"
                         " article_count = article_count + 1, mention_count = mention_count + NEW.mention_count; END")},
         {}, 0},
    };
}

QList<Migration> withDependencies()
{
    return ReviewSchema::migrations() + migrations();
}

} // namespace Lectern::Core::LibrarySchema
