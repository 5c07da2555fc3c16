// Follows the service's change feed (GET /changes?since=REV) so every window updates within a
// second or two of any change, by anyone, without reloading everything: it reports which entities
// changed and the windows refresh just those.
#pragma once

#include "administration.h"
#include "apiclient.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class ChangeFollower : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFollower(ApiClient &client, QObject *parent = nullptr);

    // Starts from the current revision (what happened before is already loaded by whoever asks).
    void start();
    void stop();
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    qint64 revision() const { return m_revision; }
    bool isRunning() const { return m_running; }

    static constexpr int kDefaultIntervalMs = 1000;

    // Whether any of `changes` is to one of `entities` (queue, slot, booking …): what a page or
    // model asks before it reads again.
    static bool touches(const QList<ChangeEntry> &changes, std::initializer_list<QStringView> entities);

signals:
    // Whole revisions, oldest first.
    void changed(const QList<ChangeEntry> &changes);
    // The feed cannot continue from here (the server's database was replaced): reload everything.
    void resetNeeded();

private:
    void poll();

    ApiClient &m_client;
    QTimer m_timer;
    QPointer<ApiReply> m_inFlight;
    qint64 m_revision = -1; // -1: not known yet
    bool m_running = false;
};
