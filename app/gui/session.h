#pragma once

#include <QObject>
#include <QStringList>

namespace Lectern::Gui {

class MainWindow;

// The window's open tabs across restarts: which files, in which order, each reader's scroll
// position and the current tab, kept in the settings (Settings::openTabs) whenever a tab opens or
// closes and when the window closes. restore() reopens them one after another, so the tabs come
// back in their order whatever the loading threads do. Owned by the window.
class Session final : public QObject
{
    Q_OBJECT
public:
    explicit Session(MainWindow *window);

    // Reopens the saved tabs (files that are gone are skipped); finished() when the last is in.
    void restore();
    void save() const;

Q_SIGNALS:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Pending {
        QString path;
        int scroll = 0;
    };
    void openNext();
    void onOpened(const QString &path);
    void onFailed(const QString &path);

    MainWindow *m_window;
    QList<Pending> m_pending;
    QString m_waitingFor;
    int m_current = 0;
    int m_restored = 0;
    bool m_restoring = false;
};

} // namespace Lectern::Gui
