#include "util/settings.h"
#include "util/systemuser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace Lectern::Core {

namespace {
// Keys and their defaults, in one place.
const QString kVersion = QStringLiteral("version");
const QString kLanguage = QStringLiteral("ui/language");                 // ""
const QString kGeometry = QStringLiteral("window/geometry");             // empty
const QString kState = QStringLiteral("window/state");                   // empty
const QString kLastOpenFolder = QStringLiteral("recent/openFolder");       // empty
const QString kRecent = QStringLiteral("recent/files");                  // empty
const QString kZoom = QStringLiteral("reader/zoomSteps");                // 0
const QString kCategoryPrefix = QStringLiteral("reader/show/");          // true
const QString kAuthor = QStringLiteral("review/author");                 // OS user
const QString kUseTaggerModel = QStringLiteral("extract/useTaggerModel"); // true
const QString kDatabase = QStringLiteral("storage/databasePath");        // data dir
const QString kTeamServer = QStringLiteral("storage/teamServer");        // "" (postgresql://…, no password)
const QString kUseTeamServer = QStringLiteral("storage/useTeamServer");  // false
const QString kLearn = QStringLiteral("extract/learnFromCorrections");   // true
const QString kPrintPaper = QStringLiteral("print/paper");               // "" (PdfExporter's A4 default)
const QString kPrintOrientation = QStringLiteral("print/orientation");   // "portrait"
const QString kPrintMargins = QStringLiteral("print/marginsMm");         // left, top, right, bottom
const QString kTheme = QStringLiteral("view/theme");                     // "system"
const QString kLastExportFolder = QStringLiteral("recent/exportFolder"); // empty
const QString kOpenTabs = QStringLiteral("session/tabs");                // none
const QString kOpenTabPath = QStringLiteral("path");
const QString kOpenTabScroll = QStringLiteral("scroll");
const QString kCurrentTab = QStringLiteral("session/currentTab");        // 0

constexpr QFile::Permissions kOwnerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;

void restrict(const QString &path, QFile::Permissions permissions)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isSymLink() && info.permissions() != permissions)
        QFile::setPermissions(path, permissions);
}

// An older Lectern kept its data one folder deeper (…/Lectern/Lectern): what is there and not
// yet in the new folder moves up, so an existing database keeps working.
void moveLegacyData(const QString &legacy, const QString &dir)
{
    QDir old(legacy);
    if (!old.exists())
        return;
    for (const QString &name : old.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString target = dir + QLatin1Char('/') + name;
        if (!QFileInfo::exists(target))
            QFile::rename(old.filePath(name), target);
    }
    QDir().rmdir(legacy); // only when empty
}

// AppDataLocation is <base>/<organization>/<application> on Linux and Windows; Lectern's
// organization and application are both "Lectern", which named the folder twice. Returns the
// doubled folder older versions used (empty when the names differ).
QString legacyDataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    const QString doubled = QLatin1Char('/') + organization + QLatin1Char('/') + application;
    if (!organization.isEmpty() && organization == application && dir.endsWith(doubled))
        return dir;
    return {};
}

QString dataDir()
{
    const QString legacy = legacyDataDir();
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!legacy.isEmpty())
        dir.chop(QCoreApplication::applicationName().size() + 1);
    QDir().mkpath(dir);
    restrict(dir, kOwnerOnlyDir); // the editor's reviews: not for other users of the machine
    if (!legacy.isEmpty())
        moveLegacyData(legacy, dir);
    return dir;
}
} // namespace

Settings::Settings()
    : m_settings(new QSettings())
{
    migrate();
}

Settings::~Settings()
{
    const QString file = m_settings->fileName();
    delete m_settings; // writes the file
    restrict(file, kOwnerOnlyFile);
    // The folder is Lectern's own only when it is named after the organization (never ~/.config).
    const QFileInfo folder(QFileInfo(file).absolutePath());
    if (!QCoreApplication::organizationName().isEmpty() && folder.fileName() == QCoreApplication::organizationName())
        restrict(folder.absoluteFilePath(), kOwnerOnlyDir);
}

void Settings::migrate()
{
    const int stored = m_settings->value(kVersion, 0).toInt();
    if (stored == currentVersion)
        return;
    // Version 0 -> 1: nothing to convert yet; future renames of keys go here.
    m_settings->setValue(kVersion, currentVersion);
}

QString Settings::language() const { return m_settings->value(kLanguage, QString()).toString(); }
void Settings::setLanguage(const QString &code) { m_settings->setValue(kLanguage, code); }

QByteArray Settings::windowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray &g) { m_settings->setValue(kGeometry, g); }
QByteArray Settings::windowState() const { return m_settings->value(kState).toByteArray(); }
void Settings::setWindowState(const QByteArray &s) { m_settings->setValue(kState, s); }

QString Settings::lastOpenFolder() const { return m_settings->value(kLastOpenFolder).toString(); }
void Settings::setLastOpenFolder(const QString &folder) { m_settings->setValue(kLastOpenFolder, folder); }
QStringList Settings::recentFiles() const { return m_settings->value(kRecent).toStringList(); }

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings->setValue(kRecent, files);
}

void Settings::clearRecentFiles() { m_settings->remove(kRecent); }

int Settings::zoomSteps() const { return m_settings->value(kZoom, 0).toInt(); }
void Settings::setZoomSteps(int steps) { m_settings->setValue(kZoom, steps); }

bool Settings::categoryVisible(const QString &category) const
{
    return m_settings->value(kCategoryPrefix + category, true).toBool();
}

void Settings::setCategoryVisible(const QString &category, bool visible)
{
    m_settings->setValue(kCategoryPrefix + category, visible);
}

QString Settings::authorName() const
{
    const QString chosen = m_settings->value(kAuthor).toString().trimmed();
    if (!chosen.isEmpty())
        return chosen;
    const QString system = SystemUser::fullName();
    return system.isEmpty() ? QStringLiteral("Lectern") : system;
}

bool Settings::authorNameChosen() const { return !m_settings->value(kAuthor).toString().trimmed().isEmpty(); }

void Settings::setAuthorName(const QString &name) { m_settings->setValue(kAuthor, name.trimmed()); }

QString Settings::databasePath() const
{
    const QString server = teamServer();
    return useTeamServer() && !server.isEmpty() ? server : localDatabasePath();
}

QString Settings::teamServer() const { return m_settings->value(kTeamServer).toString(); }

bool Settings::setTeamServer(const QString &uri)
{
    const QString trimmed = uri.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!trimmed.isEmpty()
        && (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
            || !url.password().isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("password"))))
        return false; // not a server address, or one with a password: never written
    m_settings->setValue(kTeamServer, trimmed);
    return true;
}

bool Settings::useTeamServer() const { return m_settings->value(kUseTeamServer, false).toBool(); }
void Settings::setUseTeamServer(bool use) { m_settings->setValue(kUseTeamServer, use); }

QString Settings::localDatabasePath() const
{
    const QString dir = dataDir();
    const QString path = m_settings->value(kDatabase, QString(dir + QStringLiteral("/lectern.sqlite"))).toString();
    // A path saved by an older version into the doubled folder: the database moved up.
    const QString legacy = legacyDataDir();
    if (!legacy.isEmpty() && path.startsWith(legacy + QLatin1Char('/')) && !QFileInfo::exists(path))
        return dir + path.mid(legacy.size());
    return path;
}

void Settings::setDatabasePath(const QString &path)
{
    m_settings->setValue(kDatabase, path);
    m_settings->setValue(kUseTeamServer, false);
}

bool Settings::useTaggerModel() const { return m_settings->value(kUseTaggerModel, true).toBool(); }

void Settings::setUseTaggerModel(bool use) { m_settings->setValue(kUseTaggerModel, use); }

QString Settings::userGazetteerPath() const
{
    return dataDir() + QStringLiteral("/user-gazetteer.txt");
}

QString Settings::userModelPath() const
{
    return dataDir() + QStringLiteral("/user-model.ltm");
}

bool Settings::learnFromCorrections() const { return m_settings->value(kLearn, true).toBool(); }

void Settings::setLearnFromCorrections(bool on) { m_settings->setValue(kLearn, on); }

QString Settings::theme() const
{
    const QString theme = m_settings->value(kTheme).toString();
    return theme == QLatin1String("light") || theme == QLatin1String("dark") ? theme : QStringLiteral("system");
}

void Settings::setTheme(const QString &theme) { m_settings->setValue(kTheme, theme); }

QString Settings::lastExportFolder() const { return m_settings->value(kLastExportFolder).toString(); }
void Settings::setLastExportFolder(const QString &folder) { m_settings->setValue(kLastExportFolder, folder); }

QList<Settings::OpenTab> Settings::openTabs() const
{
    QList<OpenTab> tabs;
    const int n = m_settings->beginReadArray(kOpenTabs);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        const QString path = m_settings->value(kOpenTabPath).toString();
        if (!path.isEmpty())
            tabs.append({path, std::max(0, m_settings->value(kOpenTabScroll).toInt())});
    }
    m_settings->endArray();
    return tabs;
}

int Settings::currentOpenTab() const { return m_settings->value(kCurrentTab, 0).toInt(); }

void Settings::setOpenTabs(const QList<OpenTab> &tabs, int current)
{
    m_settings->remove(kOpenTabs);
    m_settings->beginWriteArray(kOpenTabs, int(tabs.size()));
    for (int i = 0; i < int(tabs.size()); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(kOpenTabPath, tabs.at(i).path);
        m_settings->setValue(kOpenTabScroll, tabs.at(i).scroll);
    }
    m_settings->endArray();
    m_settings->setValue(kCurrentTab, current);
}

void Settings::sync() { m_settings->sync(); }
QString Settings::fileName() const { return m_settings->fileName(); }

QPageLayout Settings::printPageLayout() const
{
    const QString key = m_settings->value(kPrintPaper).toString();
    const QStringList margins = m_settings->value(kPrintMargins).toStringList();
    if (key.isEmpty() || margins.size() != 4)
        return {};
    QPageSize size;
    for (int id = 0; id <= int(QPageSize::LastPageSize); ++id) {
        if (QPageSize::key(QPageSize::PageSizeId(id)) == key) {
            size = QPageSize(QPageSize::PageSizeId(id));
            break;
        }
    }
    if (!size.isValid())
        return {};
    const auto orientation = m_settings->value(kPrintOrientation).toString() == QLatin1String("landscape")
        ? QPageLayout::Landscape
        : QPageLayout::Portrait;
    const QMarginsF m(margins.at(0).toDouble(), margins.at(1).toDouble(), margins.at(2).toDouble(),
                      margins.at(3).toDouble());
    return QPageLayout(size, orientation, m, QPageLayout::Millimeter);
}

void Settings::setPrintPageLayout(const QPageLayout &layout)
{
    const QMarginsF m = layout.margins(QPageLayout::Millimeter);
    m_settings->setValue(kPrintPaper, layout.pageSize().key());
    m_settings->setValue(kPrintOrientation, layout.orientation() == QPageLayout::Landscape
                                                ? QStringLiteral("landscape")
                                                : QStringLiteral("portrait"));
    m_settings->setValue(kPrintMargins, QStringList{QString::number(m.left()), QString::number(m.top()),
                                                    QString::number(m.right()), QString::number(m.bottom())});
}

} // namespace Lectern::Core
