#pragma once

#include "article/block.h"

#include <QList>
#include <QStringList>

namespace Lectern::Core {

// The body of a text article split into blocks, with what the bylines and credits said.
struct ClassifiedBody
{
    QList<Block> blocks;
    QStringList authors;
    QStringList photographers;
    QString site;
};

// Turns the body lines of a plain-text or portal-text article (one paragraph per line, already
// cleaned, none empty) into blocks: paragraphs, photo captions and bylines. Nothing is dropped:
// every line becomes exactly one block with the same text.
//
// Captions: a line with a photo credit ("… Ảnh: Lê Minh"), or a short line without final
// punctuation between two paragraphs; with looseCaptions (portal dumps, which always carry
// photos) also a single short sentence between two long paragraphs.
// Bylines: the last line (and the one before it when the last is one too) when BylineParser
// accepts it, and any line that is only a photo credit ("Ảnh: Lê Minh").
class TextBodyClassifier final
{
public:
    static ClassifiedBody classify(const QStringList &lines, bool looseCaptions);

    // True when the line ends like a sentence (. ! ? … : ; or a closing quote/bracket after one).
    static bool endsLikeSentence(const QString &line);
    // Number of sentences, roughly (final punctuation followed by a space and a capital).
    static int sentenceCount(const QString &line);
};

} // namespace Lectern::Core
