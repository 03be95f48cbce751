#include "review/storeschema.h"

namespace Lectern::Core::StoreSchema {

QStringList migration(int to)
{
    switch (to) {
    case 1:
        // Articles, annotations with their W3C selectors, tags and replies. Times are ISO 8601 UTC
        // with milliseconds; offsets are code points of the NFC text.
        return {
            QStringLiteral("CREATE TABLE articles ("
                           " id INTEGER PRIMARY KEY,"
                           " url TEXT,"
                           " source_path TEXT,"
                           " content_hash TEXT NOT NULL,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " first_seen TEXT NOT NULL,"
                           " last_seen TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX articles_url ON articles(url)"),
            QStringLiteral("CREATE INDEX articles_hash ON articles(content_hash)"),
            QStringLiteral("CREATE INDEX articles_path ON articles(source_path)"),
            QStringLiteral("CREATE TABLE annotations ("
                           " id INTEGER PRIMARY KEY,"
                           " uuid TEXT NOT NULL UNIQUE,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " kind TEXT NOT NULL,"
                           " exact TEXT NOT NULL,"
                           " prefix TEXT NOT NULL,"
                           " suffix TEXT NOT NULL,"
                           " start_cp INTEGER NOT NULL,"
                           " end_cp INTEGER NOT NULL,"
                           " orphan INTEGER NOT NULL DEFAULT 0,"
                           " comment TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " author TEXT NOT NULL,"
                           " created TEXT NOT NULL,"
                           " modified TEXT NOT NULL,"
                           " correction TEXT)"),
            QStringLiteral("CREATE INDEX annotations_article ON annotations(article_id, start_cp)"),
            QStringLiteral("CREATE TABLE annotation_tags ("
                           " annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " tag TEXT NOT NULL,"
                           " PRIMARY KEY (annotation_id, position))"),
            QStringLiteral("CREATE INDEX annotation_tags_tag ON annotation_tags(tag)"),
            QStringLiteral("CREATE TABLE replies ("
                           " id INTEGER PRIMARY KEY,"
                           " uuid TEXT NOT NULL UNIQUE,"
                           " annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " author TEXT NOT NULL,"
                           " created TEXT NOT NULL,"
                           " body TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX replies_annotation ON replies(annotation_id, position)"),
        };
    case 2:
        // Per-article review state, and the history of versions (hashes) seen of each article.
        return {
            QStringLiteral("ALTER TABLE articles ADD COLUMN review_state TEXT NOT NULL DEFAULT 'draft'"),
            QStringLiteral("CREATE TABLE article_versions ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " content_hash TEXT NOT NULL,"
                           " seen TEXT NOT NULL,"
                           " UNIQUE (article_id, content_hash))"),
            QStringLiteral("INSERT INTO article_versions (article_id, content_hash, seen)"
                           " SELECT id, content_hash, first_seen FROM articles"),
        };
    case 3:
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
    default:
        return {};
    }
}

} // namespace Lectern::Core::StoreSchema
