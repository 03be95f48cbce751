#pragma once

#include "extract/token.h"

#include <QList>
#include <QString>
#include <QStringView>

#include "util/textfold.h"

// The match key (TextFold::matchKey) of a string literal, computed once per use site:
// token keys are compared with LKEY(u"thành"), never with the literal (keys move the tone mark).
#define LKEY(literal)                                                                              \
    ([]() -> const QString & {                                                                     \
        static const QString folded = ::Lectern::Core::TextFold::matchKey(QStringView(literal));   \
        return folded;                                                                             \
    }())

namespace Lectern::Core::TokenRules {

// Small shared predicates over tokens, used by every recogniser.

// A capitalised word that can be part of a proper name ("Hà", "Hang-seo"; not "UBND", "2021").
bool isNameWord(const Token &t);
// Word tokens[i] directly follows tokens[i - 1] on the same line (white space only between).
bool continuesLine(const QList<Token> &tokens, qsizetype i);
// An administrative level word that introduces a place: "tỉnh", "thành phố", "TP", "huyện",
// "quận", "thị xã", "thị trấn", "xã", "phường", "thôn", "ấp". Returns its length in tokens (0 if none).
int adminWordAt(const QList<Token> &tokens, qsizetype i);
// A lower-case function word that never sits inside an organization or person name.
bool isStopWord(QStringView key);
// Verbs of saying that follow a speaker's name ("cho biết", "nói"). Returns length (0 if none).
int quoteVerbAt(const QList<Token> &tokens, qsizetype i);
// The word could be a Vietnamese syllable: an initial consonant from the Vietnamese set, one to
// three vowels and an optional final (c, ch, m, n, ng, nh, p, t), with or without diacritics.
// False for "Prawit", "Messi", "Gardens", "Bale": words no Vietnamese name is made of.
bool isVietnameseSyllable(QStringView key);
// A lower-case word naming a kind of place before its proper name: "đường", "phố", "làng",
// "hồ", "đền", "cầu", "chợ"… ("tuyến đường Lê Văn Lương" is a street, not a person).
bool isPlaceFeature(QStringView key);
// Particles inside foreign names ("da" in "Lula da Silva").
bool isNameParticle(QStringView key);
// Modifiers of a title: before it ("Phó", "nguyên", "cựu", "Quyền") and after it ("Thường trực").
bool isTitlePrefix(QStringView key);
int titleSuffixAt(const QList<Token> &tokens, qsizetype i);

} // namespace Lectern::Core::TokenRules
