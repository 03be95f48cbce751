#include "render/bundledfonts.h"

#include "util/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>

#include <mutex>

namespace Lectern::Core {

namespace {

QFont family(const QString &name, qreal pointSize)
{
    BundledFonts::ensureRegistered();
    QFont font(name);
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace

QStringList BundledFonts::files()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/fonts"));
    const QStringList names = dir.entryList({QStringLiteral("*.ttf")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths.append(dir.filePath(name));
    return paths;
}

QStringList BundledFonts::postScriptNames()
{
    QStringList names;
    for (const QString &path : files())
        names.append(QFileInfo(path).completeBaseName());
    return names;
}

bool BundledFonts::ensureRegistered()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            qCWarning(lcRender) << "bundled fonts need a QGuiApplication; none registered";
            return;
        }
        const QStringList paths = files();
        ok = !paths.isEmpty();
        for (const QString &path : paths) {
            if (QFontDatabase::addApplicationFont(path) < 0) {
                qCWarning(lcRender) << "bundled font could not be loaded:" << path;
                ok = false;
            }
        }
        qCDebug(lcRender) << "registered" << paths.size() << "bundled font files";
    });
    return ok;
}

QString BundledFonts::serifFamily()
{
    return QStringLiteral("Noto Serif");
}

QString BundledFonts::sansFamily()
{
    return QStringLiteral("Noto Sans");
}

QString BundledFonts::monoFamily()
{
    return QStringLiteral("Noto Sans Mono");
}

QFont BundledFonts::serif(qreal pointSize)
{
    return family(serifFamily(), pointSize);
}

QFont BundledFonts::sans(qreal pointSize, bool bold)
{
    QFont font = family(sansFamily(), pointSize);
    font.setBold(bold);
    return font;
}

QFont BundledFonts::mono(qreal pointSize)
{
    QFont font = family(monoFamily(), pointSize);
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    return font;
}

} // namespace Lectern::Core
