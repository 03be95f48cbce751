#pragma once

#include "article/article.h"
#include "extract/entity.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Lectern::Core {

class Gazetteer;
class TaggerModel;

// Finds people, organizations, places and metrics in an article body.
//
// Pipeline (all linear in the text length): Tokenizer -> EntityScanner (places, organizations,
// titles, cues, names) -> byline names -> MentionPropagator (further occurrences, parenthesised
// abbreviations, short forms) -> RoleBinder -> EntityGrouper; metrics come from MetricRecognizer.
//
// With a TaggerModel, the learned tagger (EntityTagger) reads the scanner's spans as features
// and decides people, organizations and places where it is confident (TaggedSpanMerger); titles,
// roles, aliases, metrics and checks stay rules. Every mention carries a confidence and a source.
//
// The caller passes the gazetteers and the model (the application's, with the user's gazetteer
// and the user's choice of tagger, come from the document layer: currentExtractor()); the
// extractor reads no settings.
//
// Thread-safe: extract() is const and may run on any thread; gazetteers and model are immutable
// and shared.
class Extractor final
{
public:
    // These gazetteers and the rules alone.
    explicit Extractor(std::shared_ptr<const Gazetteer> gazetteer);
    // These gazetteers and this tagger model (null: the rules alone).
    Extractor(std::shared_ptr<const Gazetteer> gazetteer, std::shared_ptr<const TaggerModel> model);
    ~Extractor();

    // At most this many people, organizations, places and metrics each; the rest are dropped
    // with a warning in ExtractionResult::warnings (no article has that many; a hostile file may).
    static constexpr qsizetype maxPerKind = 10'000;

    // Bumped whenever a change makes the rules find other entities in the same text: the library
    // records it with each article it stores and re-reads older ones (LibraryReindexer).
    static constexpr int revision = 1;

    // text: the article's NFC body (Article::text()). Offsets in the result index it (UTF-16).
    ExtractionResult extract(const QString &text) const;

    // As above on article.text(), and the article's authors and photographers (its byline)
    // are people too, with their mentions in the text when they appear there.
    ExtractionResult extract(const Article &article) const;

    // As extract(article), tokenizing and scanning chunks of about chunkChars UTF-16 units (cut at
    // line starts) on several threads, the metrics meanwhile on another; the passes over the whole
    // article (tagger, mentions, roles, grouping) run after. The result is identical to the one
    // chunk's (chunkChars == 0) whatever the chunking: tests compare the two. chunkChars < 0:
    // defaultChunkChars().
    ExtractionResult extract(const Article &article, qsizetype chunkChars) const;

    // extract() uses chunks from texts this long (on a machine with more than one core).
    static constexpr qsizetype parallelFromChars = 256 * 1024;
    static constexpr qsizetype chunkChars = 64 * 1024;
    // The chunk size extract() uses for a text of this length: chunkChars or 0 (one chunk).
    static qsizetype defaultChunkChars(qsizetype textChars);

    const std::shared_ptr<const Gazetteer> &gazetteer() const { return m_gazetteer; }
    // Null: the rules alone.
    const std::shared_ptr<const TaggerModel> &model() const { return m_model; }

private:
    ExtractionResult extract(const QString &text, const QStringList &extraPeople, qsizetype chunkChars) const;

    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::shared_ptr<const TaggerModel> m_model;
};

} // namespace Lectern::Core
