// Connecting to a queue-service: the server's address (remembered ones offered), the token, a test
// of the connection with a clear answer (who you are, or what is wrong — unreachable, token
// refused, a certificate problem explained and optionally trusted), and where to keep the token.
#pragma once

#include "apiclient.h"
#include "serverprofiles.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectDialog(ServerProfiles &servers, QWidget *parent = nullptr);

    QUrl server() const;
    QByteArray token() const;
    bool rememberToken() const;
    bool allowSettingsFile() const;
    QByteArray trustedCertificate() const { return m_trusted; }

    // Fills the fields (a stored token loads asynchronously).
    void setServer(const QUrl &url);

signals:
    // OK was pressed with a server and a token.
    void connectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void test();
    void showResult(const QString &text, bool ok);
    void accept() override;

    ServerProfiles &m_servers;
    ApiClient m_probe; // the test's own client: the running session is not touched
    QComboBox *m_server;
    QLineEdit *m_token;
    QCheckBox *m_remember;
    QCheckBox *m_settingsFile;
    QPushButton *m_testButton;
    QPushButton *m_trustButton;
    QLabel *m_serverLabel;
    QLabel *m_tokenLabel;
    QLabel *m_hint;
    QLabel *m_result;
    QByteArray m_trusted;
    QByteArray m_offeredCertificate;
};
