// What every page of the console shares: the connection and who is signed in, the change feed,
// the remembered servers, the queues, and which queue the person is working on.
#pragma once

#include "apiclient.h"
#include "changefollower.h"
#include "dto.h"
#include "models/jsontablemodel.h"
#include "serverprofiles.h"
#include "session.h"

#include <QObject>

class ConsoleContext : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleContext(QObject *parent = nullptr);

    ApiClient client;
    Session session{client};
    ChangeFollower changes{client};
    ServerProfiles servers;
    JsonTableModel queues; // id, names; the toolbar's queue selector shows it

    // The queue the pages show, 0 when there is none yet.
    qint64 currentQueueId() const { return m_currentQueueId; }
    std::optional<QueueRecord> currentQueue() const;
    void setCurrentQueue(qint64 id);
    // Reads the queues again (after connecting, or when the feed says one changed).
    void reloadQueues();
    // Calls `slot` on `receiver` whenever the current queue is another one or was read again
    // (its time zone or names may have changed).
    template<typename Receiver, typename Slot>
    void followCurrentQueue(const Receiver *receiver, Slot slot)
    {
        connect(this, &ConsoleContext::currentQueueChanged, receiver, slot);
        connect(this, &ConsoleContext::queuesLoaded, receiver, slot);
    }

signals:
    void currentQueueChanged(qint64 id);
    void queuesLoaded();
    // Something went wrong that the person should see in the status bar.
    void problem(const QString &text);

private:
    qint64 m_currentQueueId = 0;
};
