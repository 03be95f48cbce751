#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace Lectern::Gui {

// One Lectern per user and data folder: a launch first offers its files to the running instance
// over a local socket (QLocalServer/QLocalSocket: a per-user socket file or pipe, never the
// network); when none answers it becomes that instance and listens for the next launches.
//
// The message is one line of JSON, {"open": [absolute paths], "sample": bool}, at most 1 MiB; the
// server answers "ok" once it took the files. Only the user's own processes can connect
// (QLocalServer::UserAccessOption). Used from the GUI thread; handOver() blocks for at most a few
// seconds (a running instance that does not answer is left alone and this launch runs on its own).
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QStringList files; // absolute paths
        bool sample = false;
    };

    // name: the server's name; defaultName() for the application.
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Derived from the user and the data folder: two data folders (--portable setups, tests with
    // their own XDG folders) are two instances. On Unix a socket in the user's runtime folder.
    static QString defaultName();
    QString name() const { return m_name; }

    // Offers the request to a running instance; true when it took it (this launch should end).
    bool handOver(const Request &request);
    // Becomes the running instance. False (and errorString()) when the name is taken by an
    // instance that did not answer, or the socket cannot be made.
    bool listen();
    bool isListening() const;
    QString errorString() const { return m_error; }

    static QByteArray encode(const Request &request);
    // The request in a message; nullopt-like: ok=false for anything malformed or too large.
    static bool decode(const QByteArray &line, Request *request);
    static constexpr qsizetype maxMessageBytes = 1 << 20;

Q_SIGNALS:
    // Another launch asked for these files (and to come to the front).
    void requestReceived(const Lectern::Gui::SingleInstance::Request &request);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace Lectern::Gui
