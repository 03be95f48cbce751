#include "languagemanager.h"

#include "util/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Lectern::Gui {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("en"), QStringLiteral("vi")};
}

QString LanguageManager::resolve(const QString &code)
{
    if (available().contains(code))
        return code;
    const QLocale system;
    for (const QString &ui : system.uiLanguages()) {
        const QString lang = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available().contains(lang))
            return lang;
    }
    return QStringLiteral("en");
}

QString LanguageManager::savedLanguage() const
{
    return Core::Settings().language();
}

void LanguageManager::saveLanguage(const QString &code)
{
    Core::Settings().setLanguage(code);
}

QString LanguageManager::apply(const QString &code)
{
    const QString lang = resolve(code);
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
        m_appTranslator.reset();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
    // The locale first: widgets re-format their dates when the translators below send LanguageChange.
    QLocale::setDefault(QLocale(lang == QStringLiteral("vi") ? QLocale::Vietnamese : QLocale::English,
                                lang == QStringLiteral("vi") ? QLocale::Vietnam : QLocale::UnitedStates));
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/lectern_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(app.get());
        m_appTranslator = std::move(app);
    }
    // Qt's own dialogs (qt6-translations-l10n). Debian's Qt 6.4 ships no qtbase_vi.qm: Lectern's own
    // catalogue translates the standard buttons and Qt's other common strings (qtstrings.cpp).
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    }
    const bool changed = lang != m_current;
    m_current = lang;
    if (changed)
        Q_EMIT languageChanged(lang);
    return lang;
}

} // namespace Lectern::Gui
