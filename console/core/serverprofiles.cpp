#include "serverprofiles.h"

#include <qt6keychain/keychain.h>

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString kKeychainService = u"queue-console"_s;

QString key(const QUrl &url)
{
    return url.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
}

} // namespace

ServerProfiles::ServerProfiles(QString settingsGroup, QObject *parent)
    : QObject(parent)
    , m_group(std::move(settingsGroup))
{
}

QList<ServerProfile> ServerProfiles::list() const
{
    QSettings settings;
    QList<ServerProfile> result;
    const int count = settings.beginReadArray(m_group);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ServerProfile profile;
        profile.url = QUrl(settings.value(u"url"_s).toString());
        profile.staffName = settings.value(u"staff"_s).toString();
        profile.trustedCertificate = QByteArray::fromHex(settings.value(u"certificate"_s).toByteArray());
        profile.tokenInSettings = settings.value(u"token"_s).isValid();
        if (profile.url.isValid())
            result.append(profile);
    }
    settings.endArray();
    return result;
}

void ServerProfiles::remember(const ServerProfile &profile)
{
    QList<ServerProfile> profiles = list();
    QByteArray storedToken;
    QSettings settings;
    // Keep a token stored in the file while rewriting the list.
    const int count = settings.beginReadArray(m_group);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        if (key(QUrl(settings.value(u"url"_s).toString())) == key(profile.url))
            storedToken = settings.value(u"token"_s).toByteArray();
    }
    settings.endArray();
    profiles.removeIf([&](const ServerProfile &p) { return key(p.url) == key(profile.url); });
    profiles.prepend(profile);
    settings.beginWriteArray(m_group, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        const ServerProfile &p = profiles.at(i);
        settings.setValue(u"url"_s, key(p.url));
        settings.setValue(u"staff"_s, p.staffName);
        if (!p.trustedCertificate.isEmpty())
            settings.setValue(u"certificate"_s, p.trustedCertificate.toHex());
        else
            settings.remove(u"certificate"_s);
        if (i == 0 && !storedToken.isEmpty())
            settings.setValue(u"token"_s, storedToken);
        else if (i != 0 || !p.tokenInSettings)
            settings.remove(u"token"_s);
    }
    settings.endArray();
}

void ServerProfiles::forget(const QUrl &url)
{
    deleteToken(url);
    QList<ServerProfile> profiles = list();
    profiles.removeIf([&](const ServerProfile &p) { return key(p.url) == key(url); });
    QSettings settings;
    settings.remove(m_group);
    for (auto it = profiles.crbegin(); it != profiles.crend(); ++it)
        remember(*it);
}

void ServerProfiles::storeToken(const QUrl &url, const QByteArray &token, bool allowSettingsFile,
                                std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(kKeychainService, this);
    job->setKey(key(url));
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [this, url, token, allowSettingsFile, done](QKeychain::Job *job) {
        if (job->error() == QKeychain::NoError) {
            done(u"keychain"_s);
            return;
        }
        if (!allowSettingsFile) {
            done({});
            return;
        }
        QSettings settings;
        const int count = settings.beginReadArray(m_group);
        settings.endArray();
        settings.beginWriteArray(m_group, count);
        for (int i = 0; i < count; ++i) {
            settings.setArrayIndex(i);
            if (key(QUrl(settings.value(u"url"_s).toString())) == key(url))
                settings.setValue(u"token"_s, token);
        }
        settings.endArray();
        done(u"settings"_s);
    });
    job->start();
}

void ServerProfiles::loadToken(const QUrl &url, std::function<void(const QByteArray &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(kKeychainService, this);
    job->setKey(key(url));
    connect(job, &QKeychain::Job::finished, this, [this, url, done](QKeychain::Job *job) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(job);
        if (job->error() == QKeychain::NoError && !read->binaryData().isEmpty()) {
            done(read->binaryData());
            return;
        }
        QSettings settings;
        QByteArray token;
        const int count = settings.beginReadArray(m_group);
        for (int i = 0; i < count; ++i) {
            settings.setArrayIndex(i);
            if (key(QUrl(settings.value(u"url"_s).toString())) == key(url))
                token = settings.value(u"token"_s).toByteArray();
        }
        settings.endArray();
        done(token);
    });
    job->start();
}

void ServerProfiles::deleteToken(const QUrl &url)
{
    auto *job = new QKeychain::DeletePasswordJob(kKeychainService, this);
    job->setKey(key(url));
    job->start();
}

QUrl ServerProfiles::normalize(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(u"://"_s)) {
        const bool local = trimmed.startsWith(u"localhost"_s) || trimmed.startsWith(u"127."_s);
        trimmed = (local ? u"http://"_s : u"https://"_s) + trimmed;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        return {};
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}
