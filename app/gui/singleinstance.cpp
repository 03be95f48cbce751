#include "singleinstance.h"

#include "util/settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace Lectern::Gui {

namespace {

constexpr int kConnectMs = 1000;
constexpr int kAnswerMs = 5000;
constexpr int kMaxFiles = 1000;
const QByteArray kOk = QByteArrayLiteral("ok\n");

QString userName()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    return QDir::homePath();
}

} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    // The data folder is the one the settings' files live in (the review database's default home).
    const QString data = QFileInfo(QFileInfo(Core::Settings().userModelPath()).absolutePath()).absoluteFilePath();
    const QByteArray key = QCryptographicHash::hash((userName() + QLatin1Char('\n') + data).toUtf8(),
                                                    QCryptographicHash::Sha256)
                               .toHex()
                               .left(16);
    const QString base = QStringLiteral("lectern-") + QString::fromLatin1(key);
#if defined(Q_OS_UNIX)
    // A socket file in the user's own runtime folder (0700) rather than the shared /tmp.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(base);
#endif
    return base;
}

QByteArray SingleInstance::encode(const Request &request)
{
    QJsonObject object;
    object.insert(QStringLiteral("open"), QJsonArray::fromStringList(request.files));
    object.insert(QStringLiteral("sample"), request.sample);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

bool SingleInstance::decode(const QByteArray &line, Request *request)
{
    if (line.size() > maxMessageBytes)
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    const QJsonValue open = object.value(QStringLiteral("open"));
    if (!open.isUndefined() && !open.isArray())
        return false;
    Request r;
    for (const QJsonValue &v : open.toArray()) {
        // Only absolute paths: the other launch's working folder means nothing here.
        if (!v.isString() || !QDir::isAbsolutePath(v.toString()) || r.files.size() >= kMaxFiles)
            return false;
        r.files.append(QDir::cleanPath(v.toString()));
    }
    r.sample = object.value(QStringLiteral("sample")).toBool(false);
    *request = r;
    return true;
}

bool SingleInstance::handOver(const Request &request)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kConnectMs))
        return false; // nobody behind the name (or a socket file left by a crash)
    socket.write(encode(request));
    if (!socket.waitForBytesWritten(kAnswerMs))
        return false;
    QByteArray answer;
    while (!answer.contains('\n') && answer.size() < 16) {
        if (!socket.waitForReadyRead(kAnswerMs))
            break;
        answer += socket.readAll();
    }
    socket.disconnectFromServer();
    return answer == kOk;
}

bool SingleInstance::listen()
{
    if (m_server)
        return m_server->isListening();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (m_server->listen(m_name))
        return true;
    // A socket file with no server behind it (a crash): remove it and try once more. A live
    // server that did not answer keeps its name.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (!probe.waitForConnected(kConnectMs) && QLocalServer::removeServer(m_name) && m_server->listen(m_name))
            return true;
    }
    m_error = m_server->errorString();
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A client that never finishes its line is dropped.
        QTimer::singleShot(kAnswerMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    QByteArray buffer = socket->property("lecternBuffer").toByteArray() + socket->readAll();
    if (buffer.size() > maxMessageBytes) {
        socket->abort();
        return;
    }
    const qsizetype end = buffer.indexOf('\n');
    if (end < 0) {
        socket->setProperty("lecternBuffer", buffer);
        return;
    }
    Request request;
    if (!decode(buffer.left(end), &request)) {
        socket->abort();
        return;
    }
    socket->write(kOk);
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT requestReceived(request);
}

} // namespace Lectern::Gui
