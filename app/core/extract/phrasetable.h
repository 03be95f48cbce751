#pragma once

#include "extract/token.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern::Core {

// A dictionary of phrases (sequences of token keys) with an int payload, matched against a
// token list at a position: longest match wins. Lookup is one hash probe on the first key
// plus a scan of the (short) candidate list, so matching a whole text stays linear.
// Not synchronised: fill it once, then read it from any number of threads.
class PhraseTable final
{
public:
    // Adds the phrase (tokenized with Tokenizer, keys folded with TextFold::matchKey).
    // A later insertion of the same phrase replaces the payload. Empty phrases are ignored.
    void insert(const QString &phrase, int value);
    void insertKeys(const QStringList &keys, int value);

    struct Match
    {
        int length = 0; // tokens matched; 0 when nothing matches
        int value = -1;
    };
    // Longest phrase starting at tokens[index]; words must follow each other with only the
    // white space of the text between them.
    Match matchAt(const QList<Token> &tokens, qsizetype index) const;

    bool containsKeys(const QStringList &keys) const;
    // The first keys of every phrase (for a cheap "can anything start here" test).
    QList<QString> firstKeys() const { return m_byFirst.keys(); }
    bool isEmpty() const { return m_byFirst.isEmpty(); }
    // Some phrase starts with this key (matchAt can match only there).
    bool hasFirstKey(const QString &key) const { return m_byFirst.contains(key); }

    static QStringList keysOf(const QString &phrase);

private:
    struct Entry
    {
        QStringList keys;
        int value = -1;
    };
    QHash<QString, QList<Entry>> m_byFirst; // each list sorted longest first
};

} // namespace Lectern::Core
