#pragma once

#include <QStringList>

namespace Lectern::Cli {

// `lectern model train --spans FILE.jsonl [--split-file F --split NAME] [--base MODEL] -o MODEL`
// trains the entity tagger (deterministic: same data and options, same bytes);
// `lectern model info MODEL` prints a model's provenance, feature count and hash.
// Exit 0 done, 1 failed (unreadable data, malformed model), 2 usage errors.
int runModel(const QStringList &arguments);

} // namespace Lectern::Cli
