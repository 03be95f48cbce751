#pragma once

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Lectern::Gui {

// Edit > Preferences > Team server: host (a name, an address, or a socket folder starting with
// "/"), port, database, user and TLS mode (libpq's sslmode), made into a postgresql:// address
// that holds no password; and Test Connection, which connects off the GUI thread
// (TeamServerConnection, with the password prompt) and shows the outcome in plain words.
class TeamServerForm final : public QWidget
{
    Q_OBJECT
public:
    explicit TeamServerForm(QWidget *parent = nullptr);

    // The address of the fields; empty when the host or the database is missing.
    QString location() const;
    // Fills the fields from an address (anything not postgresql:// leaves them as they are).
    void setLocation(const QString &uri);
    QString resultText() const;

    // Direct access for tests (the same as typing in the widgets).
    void setFields(const QString &host, int port, const QString &database, const QString &user,
                   const QString &sslMode);

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    void tested(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_databaseLabel;
    QLineEdit *m_database;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_tlsLabel;
    QComboBox *m_tls;
    QPushButton *m_test;
    QLabel *m_result;
    QMap<QString, QString> m_otherOptions; // of the address read (connect_timeout…), kept
};

} // namespace Lectern::Gui
