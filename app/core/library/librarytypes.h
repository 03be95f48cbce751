#pragma once

#include "extract/entity.h"
#include "review/reviewstate.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lectern::Core {

// One article of the library as the Library window lists it.
struct LibraryEntry
{
    qint64 id = 0;           // articles.id in the review database
    QString title;
    QString path;            // the file it was imported from (absolute), may be empty
    QString url;
    QString site;
    QString published;       // ISO 8601 as Article::publishedIso(), empty when unknown
    ReviewState state = ReviewState::Draft;
    int openAnnotations = 0;
    int people = 0;
    int organizations = 0;
    int figures = 0;
    QString lead;            // the body's first characters when the article has no title

    // The title to show: the title, else the body's first sentence (shortened), else the file
    // name, else the URL (issue 19: an untitled article is never an empty row).
    QString shownTitle() const;
};

// Filters of list() and search(); empty members do not filter.
struct LibraryFilter
{
    std::optional<ReviewState> state;
    QString site;
    QDate from;              // inclusive, on the published date
    QDate to;                // inclusive
    QString tag;             // an annotation tag of the article
};

// A search result: the entry, where the best match is, and a snippet of the ORIGINAL text
// (diacritics kept) with the matched ranges (UTF-16 offsets into snippet, end exclusive).
struct SearchHit
{
    LibraryEntry entry;
    double score = 0;        // bm25: lower is better; 0 when listed newest first (LibraryStore::search)
    QString field;           // "title", "body" or "comments"
    QString snippet;
    QList<QPair<int, int>> highlights;

    QString snippetHtml() const;  // escaped, matches in <b>…</b>
    QString snippetMarked(const QString &open, const QString &close) const;
};

// A person or organization over the whole library.
struct LibraryEntity
{
    qint64 id = 0;
    EntityKind type = EntityKind::Person;
    QString name;            // canonical (the longest form seen)
    int articleCount = 0;
    int mentionCount = 0;
};

// One article in which an entity appears, with how it was named and the roles given there.
struct LibraryEntityArticle
{
    LibraryEntry entry;
    QString surface;
    QStringList aliases;
    QStringList roles;
    int mentionCount = 0;
    QString context;         // the sentence-ish stretch around the first mention
};

} // namespace Lectern::Core
