#pragma once

#include "extract/token.h"

#include <QList>
#include <QString>

namespace Lectern::Core {

// Splits NFC text into word and punctuation tokens (see Token) in one linear pass.
// Words are runs of letters, digits and combining marks; '.', '&', '-', '\'' and '’' stay
// inside a word when letters or digits stand on both sides ("TP.HCM", "TT&TT", "Hang-seo",
// "Moody's"); a trailing '+' stays on a word ("Vietnam+"). Each distinct surface is folded
// with TextFold::matchKey once per call. Thread-safe (no shared state).
class Tokenizer final
{
public:
    static QList<Token> tokenize(const QString &text);
};

} // namespace Lectern::Core
