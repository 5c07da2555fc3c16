#include "connectdialog.h"

#include "administration.h"
#include "apipaths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QSslSocket>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectDialog::ConnectDialog(ServerProfiles &servers, QWidget *parent)
    : QDialog(parent)
    , m_servers(servers)
    , m_server(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_settingsFile(new QCheckBox(this))
    , m_testButton(new QPushButton(this))
    , m_trustButton(new QPushButton(this))
    , m_serverLabel(new QLabel(this))
    , m_tokenLabel(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_result(new QLabel(this))
{
    setObjectName(u"connectDialog"_s);
    m_server->setEditable(true);
    m_server->setObjectName(u"server"_s);
    m_server->setMinimumWidth(360);
    for (const ServerProfile &profile : m_servers.list())
        m_server->addItem(profile.url.toString(), profile.url);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setObjectName(u"token"_s);
    m_token->setClearButtonEnabled(true);
    m_remember->setChecked(true);
    m_settingsFile->setEnabled(false);
    connect(m_remember, &QCheckBox::toggled, m_settingsFile, &QCheckBox::setEnabled);
    m_hint->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverLabel->setBuddy(m_server);
    m_tokenLabel->setBuddy(m_token);

    auto *form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_tokenLabel, m_token);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_settingsFile);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_trustButton, QDialogButtonBox::ActionRole);
    m_trustButton->hide(); // offered only for a certificate problem
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectDialog::test);
    connect(m_trustButton, &QPushButton::clicked, this, [this] {
        m_trusted = m_offeredCertificate;
        m_trustButton->hide();
        test();
    });
    connect(m_server, &QComboBox::currentTextChanged, this, [this] {
        m_result->clear();
        m_trustButton->hide();
    });
    connect(m_server, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        setServer(m_server->itemData(index).toUrl());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    retranslate();
    if (m_server->count() > 0)
        setServer(m_server->itemData(0).toUrl());
}

void ConnectDialog::retranslate()
{
    setWindowTitle(tr("Connect to a queue service"));
    m_hint->setText(tr("Enter the address of your office's queue-service and your staff token "
                       "(an administrator creates it with \"queue-service staff add\")."));
    m_serverLabel->setText(tr("&Server:"));
    m_tokenLabel->setText(tr("&Token:"));
    m_server->lineEdit()->setPlaceholderText(tr("https://queue.example.org"));
    m_remember->setText(tr("&Remember the token in the system keychain"));
    m_settingsFile->setText(tr("If there is no keychain, keep it in the settings file (not encrypted)"));
    m_testButton->setText(tr("&Test connection"));
    m_testButton->setToolTip(tr("Ask the server who this token belongs to, without connecting"));
    m_trustButton->setText(tr("Trust this certificate"));
}

void ConnectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QUrl ConnectDialog::server() const
{
    return ServerProfiles::normalize(m_server->currentText());
}

QByteArray ConnectDialog::token() const
{
    return m_token->text().trimmed().toUtf8();
}

bool ConnectDialog::rememberToken() const
{
    return m_remember->isChecked();
}

bool ConnectDialog::allowSettingsFile() const
{
    return m_remember->isChecked() && m_settingsFile->isChecked();
}

void ConnectDialog::setServer(const QUrl &url)
{
    m_server->setCurrentText(url.toString());
    for (const ServerProfile &profile : m_servers.list()) {
        if (profile.url == url)
            m_trusted = profile.trustedCertificate;
    }
    m_servers.loadToken(url, [this, url](const QByteArray &token) {
        if (server() == url && m_token->text().isEmpty())
            m_token->setText(QString::fromUtf8(token));
    });
}

void ConnectDialog::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? u"color: #2e7d32;"_s : u"color: #c62828;"_s);
}

void ConnectDialog::test()
{
    const QUrl url = server();
    if (!url.isValid()) {
        showResult(tr("This is not a server address. Example: https://queue.example.org"), false);
        return;
    }
    m_probe.setServer(url);
    m_probe.setToken(token());
    m_probe.setTrustedCertificate(m_trusted);
    m_testButton->setEnabled(false);
    showResult(tr("Testing…"), true);
    ApiReply *reply = m_probe.get(ApiPaths::me());
    // The certificate offered, in case the person wants to trust it.
    connect(reply, &ApiReply::failed, this, [this](const ApiFailure &) { m_testButton->setEnabled(true); });
    connect(reply, &ApiReply::succeeded, this, [this] { m_testButton->setEnabled(true); });
    reply->onValue<StaffSession>(this, [this](const StaffSession &staff) {
        showResult(tr("Connected: %1, %2.").arg(staff.name, enumName(staff.role)), true);
    });
    reply->onFailure(this, [this, url](const ApiFailure &failure) {
        showResult(failure.describe(), false);
        if (failure.kind == ApiFailure::Kind::Tls) {
            // Fetch the certificate itself to offer trusting exactly it.
            auto *socket = new QSslSocket(this);
            connect(socket, &QSslSocket::sslErrors, socket, [this, socket](const QList<QSslError> &) {
                const QSslCertificate certificate = socket->peerCertificate();
                m_offeredCertificate = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
                m_trustButton->setToolTip(tr("SHA-256 fingerprint: %1")
                                              .arg(QString::fromLatin1(m_offeredCertificate.toHex(':'))));
                m_trustButton->show();
                socket->abort();
                socket->deleteLater();
            });
            connect(socket, &QSslSocket::errorOccurred, socket, &QObject::deleteLater);
            socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
        }
    });
}

void ConnectDialog::accept()
{
    if (!server().isValid()) {
        showResult(tr("This is not a server address. Example: https://queue.example.org"), false);
        m_server->setFocus();
        return;
    }
    if (token().isEmpty()) {
        showResult(tr("Please enter your token."), false);
        m_token->setFocus();
        return;
    }
    emit connectRequested();
    QDialog::accept();
}
