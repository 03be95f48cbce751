#include "review/reviewschema.h"

namespace Lectern::Core::ReviewSchema {

namespace {

QStringList articlesAndAnnotations()
{
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
}

QStringList reviewStateAndVersions()
{
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
}

} // namespace

QList<Migration> migrations()
{
    // legacyUserVersion: the PRAGMA user_version from which a file made before per-module
    // versions already has the step (see Migration).
    return {
        {QString::fromLatin1(module), 1, QStringLiteral("articles, annotations, tags and replies"),
         articlesAndAnnotations(), {}, 1},
        {QString::fromLatin1(module), 2, QStringLiteral("review state and article versions"), reviewStateAndVersions(),
         {}, 2},
    };
}

} // namespace Lectern::Core::ReviewSchema
