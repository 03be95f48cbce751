#include "teamserverform.h"

#include "storage/databaselocation.h"
#include "teamserverconnection.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Lectern::Gui {

namespace {

const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
                               QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
constexpr int kDefaultPort = 5432;

} // namespace

TeamServerForm::TeamServerForm(QWidget *parent)
    : QWidget(parent)
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_databaseLabel(new QLabel(this))
    , m_database(new QLineEdit(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_tlsLabel(new QLabel(this))
    , m_tls(new QComboBox(this))
    , m_test(new QPushButton(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("teamServerForm"));
    m_host->setObjectName(QStringLiteral("teamServerHost"));
    m_port->setObjectName(QStringLiteral("teamServerPort"));
    m_database->setObjectName(QStringLiteral("teamServerDatabase"));
    m_user->setObjectName(QStringLiteral("teamServerUser"));
    m_tls->setObjectName(QStringLiteral("teamServerTls"));
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_result->setObjectName(QStringLiteral("testConnectionResult"));

    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    for (const QString &mode : kSslModes)
        m_tls->addItem(QString(), mode);
    m_tls->setCurrentIndex(int(kSslModes.indexOf(QStringLiteral("prefer"))));
    m_result->setTextFormat(Qt::PlainText); // the server's words may follow Lectern's
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_databaseLabel, m_database);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_tlsLabel, m_tls);
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_hostLabel, m_host}, {m_portLabel, m_port},
                                {m_databaseLabel, m_database}, {m_userLabel, m_user}, {m_tlsLabel, m_tls}})
        label->setBuddy(field);
    auto *test = new QHBoxLayout;
    test->addWidget(m_test);
    test->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(test);
    layout->addWidget(m_result);
    connect(m_test, &QPushButton::clicked, this, &TeamServerForm::testConnection);
    retranslate();
}

void TeamServerForm::retranslate()
{
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("server name, address or socket folder"));
    m_portLabel->setText(tr("&Port:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_userLabel->setText(tr("&User:"));
    m_user->setPlaceholderText(tr("your login name"));
    m_tlsLabel->setText(tr("&TLS:"));
    const QStringList labels = {tr("Off (disable)"), tr("When the server offers it (prefer)"),
                                tr("Required (require)"), tr("Required, certificate checked (verify-ca)"),
                                tr("Required, certificate and name checked (verify-full)")};
    for (int i = 0; i < int(labels.size()); ++i)
        m_tls->setItemText(i, labels.at(i));
    m_test->setText(tr("Test &Connection"));
    m_test->setToolTip(tr("Connect to the server now and check its review database; a password is asked for "
                          "when ~/.pgpass or PGPASSWORD has none"));
}

QString TeamServerForm::location() const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    if (host.isEmpty() || database.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    QMap<QString, QString> options = m_otherOptions;
    if (host.startsWith(QLatin1Char('/'))) { // a Unix socket folder goes in ?host=
        url.setHost(QStringLiteral("localhost"));
        options.insert(QStringLiteral("host"), host);
    } else {
        url.setHost(host);
        options.remove(QStringLiteral("host"));
    }
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + database);
    options.insert(QStringLiteral("sslmode"), m_tls->currentData().toString());
    QUrlQuery query;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    return url.toString();
}

void TeamServerForm::setLocation(const QString &uri)
{
    const auto location = Core::DatabaseLocation::parse(uri);
    if (!location || location->backend() != Core::DatabaseLocation::Backend::PostgreSql)
        return;
    QMap<QString, QString> options = location->options();
    const QString host = options.take(QStringLiteral("host"));
    const QString sslMode = options.take(QStringLiteral("sslmode"));
    m_otherOptions = options;
    setFields(host.isEmpty() ? location->host() : host, location->port() > 0 ? location->port() : kDefaultPort,
              location->databaseName(), location->userName(), sslMode.isEmpty() ? QStringLiteral("prefer") : sslMode);
}

void TeamServerForm::setFields(const QString &host, int port, const QString &database, const QString &user,
                               const QString &sslMode)
{
    m_host->setText(host);
    m_port->setValue(port);
    m_database->setText(database);
    m_user->setText(user);
    m_tls->setCurrentIndex(std::max(0, m_tls->findData(sslMode)));
}

QString TeamServerForm::resultText() const
{
    return m_result->text();
}

void TeamServerForm::testConnection()
{
    const QString address = location();
    if (address.isEmpty()) {
        m_result->setText(tr("Fill in the host and the database first."));
        Q_EMIT tested(false, m_result->text());
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1…").arg(address));
    TeamServerConnection::test(address, this, [this](bool ok, const QString &message) {
        m_test->setEnabled(true);
        m_result->setText(message);
        Q_EMIT tested(ok, message);
    });
}

void TeamServerForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace Lectern::Gui
