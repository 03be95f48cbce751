#pragma once

#include "extract/phrasetable.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Lectern::Core {

// The word lists the recognisers use: the built-in gazetteers (resources/gazetteers, embedded
// under :/gazetteers) plus the user's gazetteer, which overrides them.
//
// Built-in files (UTF-8, '#' starts a comment line, one entry a line):
//   surnames.txt, given-names.txt          one name (syllable) a line
//   honorifics.txt                         cues before a name that are not roles ("ông", "PGS.TS")
//   person-cues.txt                        occupations before a name, kept as roles ("HLV", "luật sư")
//   titles.txt                             positions bound as roles ("Bí thư", "Thứ trưởng")
//   organization-heads.txt                 HEAD[|place]: words opening an organization name
//   organizations.txt                      NAME|ALIAS|…: known organizations
//   abbreviations.txt                      ABBR|expansion
//   places.txt                             NAME|KIND|ALIAS|…; KIND ending in '?' = ambiguous
//
// User gazetteer (a path the caller passes: the application's is Settings::userGazetteerPath(),
// loaded by the document layer's currentGazetteer()), UTF-8, optional, one directive a line:
//   person: NAME             always a person
//   organization: NAME|ALIAS…  always an organization (aliases grouped with it)
//   place: NAME              always a place
//   block: PHRASE            never an entity (a false positive to suppress)
// A user line wins over every built-in list for the same phrase.
//
// Immutable after construction; builtIn() is created once (thread-safe) and may be read from
// any thread. Reads no settings: whoever extracts passes the gazetteers.
class Gazetteer final
{
public:
    enum class UserKind { Block = 0, Person = 1, Organization = 2, Place = 3 };
    enum class PlaceKind { Province, City, District, Country, Region, Other };

    struct PlaceEntry
    {
        QString name;
        PlaceKind kind = PlaceKind::Other;
        bool ambiguous = false; // also a common word or given name: needs a place cue
    };

    // Loads the built-in lists from dir (":/gazetteers" in the application) and the user file
    // (may be empty or missing). Unreadable files are skipped with a warning in lcExtract.
    Gazetteer(const QString &dir, const QString &userPath);

    // The built-in lists alone (":/gazetteers", no user file), loaded once.
    static std::shared_ptr<const Gazetteer> builtIn();

    bool isSurname(const QString &key) const { return m_surnames.contains(key); }
    // True when some list has a phrase starting with this key (or it is a title modifier or an
    // admin word): the scanner skips every other lower-case word without further lookups.
    bool canStartPhrase(const QString &key) const { return m_starters.contains(key); }
    bool isGivenName(const QString &key) const { return m_givenNames.contains(key); }

    const PhraseTable &honorifics() const { return m_honorifics; }
    const PhraseTable &personCues() const { return m_personCues; }
    const PhraseTable &titles() const { return m_titles; }
    const PhraseTable &organizationHeads() const { return m_orgHeads; } // value 1 = complete with a place
    const PhraseTable &organizations() const { return m_orgs; }         // value = organization index
    const PhraseTable &places() const { return m_places; }             // value = place index
    const PhraseTable &user() const { return m_user; }                 // value = user index

    QString organizationName(int index) const { return m_orgNames.value(index); }
    const PlaceEntry &place(int index) const { return m_placeEntries.at(index); }
    UserKind userKind(int index) const { return m_userEntries.at(index).kind; }
    QString userName(int index) const { return m_userEntries.at(index).name; }

    // Keys of the expansion of an abbreviation key ("ubnd" -> {"ủy","ban","nhân","dân"}), or empty.
    QStringList expansion(const QString &key) const { return m_abbreviations.value(key); }

    // Differs between gazetteers loaded separately (a cache of lookups keys on it).
    quint64 serial() const { return m_serial; }

private:
    void loadLines(const QString &path, const std::function<void(const QString &)> &take);
    void loadUser(const QString &path);

    struct UserEntry
    {
        UserKind kind;
        QString name;
    };
    QSet<QString> m_surnames;
    QSet<QString> m_givenNames;
    QSet<QString> m_starters;
    PhraseTable m_honorifics;
    PhraseTable m_personCues;
    PhraseTable m_titles;
    PhraseTable m_orgHeads;
    PhraseTable m_orgs;
    PhraseTable m_places;
    PhraseTable m_user;
    QStringList m_orgNames;
    QList<PlaceEntry> m_placeEntries;
    QList<UserEntry> m_userEntries;
    QHash<QString, QStringList> m_abbreviations;
    inline static std::atomic<quint64> s_serials{0};
    quint64 m_serial = ++s_serials;
};

} // namespace Lectern::Core
