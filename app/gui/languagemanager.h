#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QTranslator;

namespace Lectern::Gui {

// Loads Lectern's translations from :/i18n (and Qt's own where the system has them) and swaps
// them at run time; every widget then receives QEvent::LanguageChange and retranslates itself.
class LanguageManager final : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "" follows the system locale; "en" and "vi" force a language. Returns the code applied.
    QString apply(const QString &code);
    QString current() const { return m_current; }
    QString savedLanguage() const;
    void saveLanguage(const QString &code);

    // Codes with a translation bundled: {"en", "vi"}.
    static QStringList available();
    // "" -> the code the system locale selects.
    static QString resolve(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current;
};

} // namespace Lectern::Gui
