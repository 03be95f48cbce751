#pragma once

#include "extract/token.h"

#include <QList>

#include <vector>

namespace Lectern::Core::TaggerDecoder {

// Decoding over one sequence of n tokens with TaggerLabel::count labels: emissions[i * L + l] is
// the score of label l at token i, transitions[(from) * L + to] with from == L for the start.
// The BIO constraint (TaggerLabel::allowed) is enforced. Both are O(n * L * L).

// edges (or nullptr): per token i, TaggerLabel::pairCount() scores added to the transitions from
// token i - 1 to token i, one per allowed label pair in TaggerLabel::pairs() order
// (edges[i * pairCount + j]; token 0's are not read).

// The best label sequence into labels[0..n).
void viterbi(const float *emissions, qsizetype n, const float *transitions, int *labels, const float *edges = nullptr);

// Per-token label marginals (forward-backward over exp(score)) into probs[i * L + l].
void marginals(const float *emissions, qsizetype n, const float *transitions, float *probs, const float *edges = nullptr);

// Where sequences start: token 0, every line start and every word after '.', '!', '?', '…'.
// The list ends with tokens.size().
std::vector<qsizetype> sequenceStarts(const QList<Token> &tokens);

} // namespace Lectern::Core::TaggerDecoder
