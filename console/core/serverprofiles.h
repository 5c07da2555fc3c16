// The servers the console has connected to (remembered in QSettings), and their tokens: in the
// system keychain (qtkeychain) where one exists; otherwise only for the session, unless the person
// explicitly asks to keep it in the settings file.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

struct ServerProfile
{
    QUrl url;
    QString staffName;             // who signed in last time, for the list
    QByteArray trustedCertificate; // SHA-256 of a certificate the person accepted, or empty
    bool tokenInSettings = false;  // the person chose the settings file (no keychain)
};

class ServerProfiles : public QObject
{
    Q_OBJECT
public:
    // `settingsGroup` lets tests use their own part of the settings.
    explicit ServerProfiles(QString settingsGroup = QStringLiteral("servers"), QObject *parent = nullptr);

    // Most recently used first.
    QList<ServerProfile> list() const;
    void remember(const ServerProfile &profile);
    void forget(const QUrl &url);

    // Stores the token: keychain first; `allowSettingsFile` lets it fall back to the settings
    // file. `done(where)` says where it went: "keychain", "settings" or "" (kept for the session
    // only).
    void storeToken(const QUrl &url, const QByteArray &token, bool allowSettingsFile,
                    std::function<void(const QString &where)> done);
    // Finds a stored token (keychain, then settings file); empty when there is none.
    void loadToken(const QUrl &url, std::function<void(const QByteArray &token)> done);
    void deleteToken(const QUrl &url);

    // Turns "host:8080" or "https://host" into a server URL (https:// when no scheme is given,
    // except for localhost, where http:// is usual); invalid when it cannot be one.
    static QUrl normalize(const QString &text);

private:
    QString m_group;
};
