#pragma once

#include <QByteArray>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

class QSettings;

namespace Lectern::Core {

// The only class that knows QSettings keys. Each value has its default beside its key
// (settings.cpp). Window geometry, dock state and recent files are kept in separate groups.
// Not thread-safe: use from the GUI thread (or one instance per thread).
class Settings final
{
public:
    Settings();
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    static constexpr int currentVersion = 1;
    static constexpr int maxRecentFiles = 10;

    // UI language: "" follows the system, otherwise "en" or "vi".
    QString language() const;
    void setLanguage(const QString &code);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // The folder File > Open showed last (empty: none yet).
    QString lastOpenFolder() const;
    void setLastOpenFolder(const QString &folder);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path); // most recent first, de-duplicated, capped
    void clearRecentFiles();

    int zoomSteps() const; // reader zoom relative to the default font size
    void setZoomSteps(int steps);

    // Highlight categories shown in the reader ("person", "organization", "place", "metric").
    bool categoryVisible(const QString &category) const;
    void setCategoryVisible(const QString &category, bool visible);

    // The reviewer's name: the one chosen (asked for the first time a comment needs it), else the
    // system account's full name (SystemUser), else "Lectern"; never empty.
    QString authorName() const;
    bool authorNameChosen() const; // a non-blank name was saved
    void setAuthorName(const QString &name); // trimmed; blank forgets the choice


    // The review database in use: the team server's address when one is chosen
    // (useTeamServer()), else the local file (localDatabasePath()).
    QString databasePath() const;
    void setDatabasePath(const QString &path); // the local file; chooses it (useTeamServer() off)
    QString localDatabasePath() const; // defaults to <AppDataLocation>/lectern.sqlite

    // Edit > Preferences > Team server: a postgresql:// address (libpq's URI form, with sslmode),
    // never with a password in it: setTeamServer() refuses one (false, nothing stored). Empty
    // when none was ever set. useTeamServer(): whether databasePath() is the server (default off).
    QString teamServer() const;
    bool setTeamServer(const QString &uri);
    bool useTeamServer() const;
    void setUseTeamServer(bool use);

    QString userGazetteerPath() const; // <AppDataLocation>/user-gazetteer.txt
    QString userModelPath() const;     // <AppDataLocation>/user-model.ltm (learned from corrections)

    // Edit > Preferences > "Learn from my corrections" (on by default).
    bool learnFromCorrections() const;
    void setLearnFromCorrections(bool on);

    // Whether articles are read with the learned entity tagger (default) or the rules alone.
    bool useTaggerModel() const;
    void setUseTaggerModel(bool use);

    // Paper, orientation and margins for printing and PDF export; invalid when never set.
    QPageLayout printPageLayout() const;
    void setPrintPageLayout(const QPageLayout &layout);

    // View > Theme: "system" (default), "light" or "dark".
    QString theme() const;
    void setTheme(const QString &theme);

    // The folder an export (PDF, QR code, annotations, review) was last saved in (empty: none yet).
    QString lastExportFolder() const;
    void setLastExportFolder(const QString &folder);

    // The tabs open when the window closed, in order, each with its reader's scroll position
    // (vertical, in pixels), and the index of the current one; restored at the next start.
    struct OpenTab {
        QString path;
        int scroll = 0;
    };
    QList<OpenTab> openTabs() const;
    int currentOpenTab() const;
    void setOpenTabs(const QList<OpenTab> &tabs, int current);

    void sync();
    QString fileName() const; // where the settings are written (owner-only once written)

private:
    void migrate();
    QSettings *m_settings;
};

} // namespace Lectern::Core
