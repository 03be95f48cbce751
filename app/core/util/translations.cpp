#include "util/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace Lectern::Core::Translations {

QStringList available()
{
    return { QStringLiteral("en"), QStringLiteral("vi") };
}

QString resolve(const QString &code)
{
    if (available().contains(code))
        return code;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString lang = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available().contains(lang))
            return lang;
    }
    return QStringLiteral("en");
}

QString install(const QString &code)
{
    static std::unique_ptr<QTranslator> installed;
    const QString lang = resolve(code);
    if (installed) {
        QCoreApplication::removeTranslator(installed.get());
        installed.reset();
    }
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/lectern_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(translator.get());
        installed = std::move(translator);
    }
    QLocale::setDefault(lang == QStringLiteral("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                     : QLocale(QLocale::English, QLocale::UnitedStates));
    return lang;
}

} // namespace Lectern::Core::Translations
