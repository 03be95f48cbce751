#pragma once

#include "review/annotation.h"

#include <QList>
#include <QPair>
#include <QUuid>

#include <optional>

namespace Lectern::Core::AnnotationImport {

// The one rule for annotations that come from elsewhere (a library file, a W3C collection, a
// review file, one's own export read back). AnnotationStore::importAnnotations() applies it for
// every import path; an import adds, it never silently moves or rewrites what is stored.
//
// For each incoming annotation, in order:
// - the article already holds an annotation with the same content (under this id or another) →
//   skipped (importing the same file twice changes nothing);
// - its id is unknown → inserted as it is;
// - its id belongs to an annotation of this article with the same note (kind, span, comment,
//   status, author, correction) that lacks some of the incoming tags or replies → those are added
//   to it (nothing is removed);
// - its id belongs to another article, or to an annotation of this article with another note →
//   inserted under a new id (a conflict the editor resolves; both versions are kept). With
//   Mode::Replace (only when the user asks) an annotation of this article is replaced instead,
//   keeping the union of both tag lists and both reply threads; an annotation of another article
//   is never replaced or moved.
// Reply ids already used by other annotations are renewed. Tags and replies are never dropped.
// Anchors are compared as stored: re-anchor incoming annotations on the article's text first.
enum class Mode { Add, Replace };

enum class Action { Insert, Skip, AddThreads, InsertAsNew, Replace };

struct Report
{
    int added = 0;      // inserted with their own id
    int unchanged = 0;  // already there
    int merged = 0;     // tags or replies added to the stored annotation
    int renamed = 0;    // conflicts: inserted under a new id
    int replaced = 0;   // Mode::Replace
    QList<QPair<QUuid, QUuid>> renames; // (incoming id, id it was stored under), in import order
    int total() const { return added + unchanged + merged + renamed + replaced; }
};

// Equal as notes: kind, exact quote and code-point span, comment, tags, status, author,
// correction and the replies' authors and texts. Ids, times, context and orphan flag are ignored.
bool sameContent(const Annotation &a, const Annotation &b);
// Same note apart from tags and replies.
bool sameNote(const Annotation &a, const Annotation &b);
// True when b has every tag and every reply (by id, or author and text) of a.
bool covers(const Annotation &b, const Annotation &a);

// stored: the stored annotation with the incoming id, and whether it belongs to the target article.
// articleAnnotations: what the target article holds now.
Action decide(const Annotation &incoming, const std::optional<Annotation> &stored, bool storedInArticle,
              const QList<Annotation> &articleAnnotations, Mode mode);

// stored with the tags and replies of incoming it lacks appended (AddThreads).
Annotation withThreads(const Annotation &stored, const Annotation &incoming);
// incoming's note, with the union of both tags and replies, the stored creation time (Replace).
Annotation replacement(const Annotation &stored, const Annotation &incoming);

} // namespace Lectern::Core::AnnotationImport
