// Telegram's side of a webhook, as a load: C keep-alive connections POSTing updates to /webhook
// with the secret header, and each update matched to the reply it causes — the first Bot API call
// of the expected method to that person's chat after the update was sent, or that method carried
// in the webhook's own answer ({"method":"sendMessage",…}, which Telegram allows). Closed loop: a
// connection sends the next person's update once the previous one was answered and replied to.
// Open loop: it sends the next as soon as the webhook answers, as Telegram does. With several
// instances behind one webhook URL (as behind the proxy) the connections are spread over them.
#pragma once

#include "botapistandin.h"
#include "httpconnection.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <functional>

class QEventLoop;

struct RushUpdate
{
    qint64 chatId = 0; // the person, in a private chat: distinct within a phase
    QByteArray body;   // the Update JSON
};

// People `first`, `first + 1`, … each sending the update `make` builds, with increasing ids.
QList<RushUpdate> updatesFor(qint64 first, int count, qint64 &nextUpdateId,
                             const std::function<QByteArray(qint64 updateId, qint64 person)> &make);

struct PhasePlan
{
    QString name;
    QList<RushUpdate> updates;
    BotMethod reply = BotMethod::SendMessage; // the call that answers each update
    bool openLoop = false;
    double maxSeconds = 120; // a hard bound; replies still missing then are counted missing
};

struct PhaseResult
{
    QString name;
    bool openLoop = false;
    int updates = 0;         // sent
    int accepted = 0;        // answered 200
    int httpErrors = 0;      // answered otherwise, or the connection dropped with it in flight
    int replies = 0;         // matched to their reply
    int repliesInAnswer = 0; // of those, carried in the webhook's answer
    int missingReplies = 0;  // accepted (or never sent) and no reply came
    int extraReplies = 0;    // calls of the reply's method to the phase's people beyond the replies
                             // matched, up to the service's exit: copies, or replies that came
                             // after the phase gave up on them (see countExtraReplies)
    qint64 startNs = 0;       // the first update sent, on the driver's clock
    double seconds = 0;       // first update sent → last answer or reply
    double acceptSeconds = 0; // first update sent → last 200
    double replySeconds = 0;  // first update sent → last reply
    double drainMs = 0;       // last 200 → last reply
    double lastAcceptedLagMs = -1; // the update answered last: its 200 → its reply, 0 if that came
                                   // first (-1: none)
    int peakBacklog = 0;      // most updates accepted and not yet replied to, sampled every 20 ms
    int repliesWhileAccepting = 0; // replies that arrived before the last 200
    QList<double> latencyMs;  // update sent → reply, sorted
    double serviceCpuSeconds = 0; // CPU time the service used during the phase, all threads (and
                                  // all instances)
    double benchCpuSeconds = 0;   // and this process: driver and Bot API stand-in
    qint64 rssBefore = 0;         // of the service; of all instances together
    qint64 rssPeak = 0;
    qint64 rssAfter = 0;

    int errors() const { return httpErrors + missingReplies; }
    double updatesPerSecond() const { return seconds > 0 ? updates / seconds : 0; }
    double acceptsPerSecond() const { return acceptSeconds > 0 ? accepted / acceptSeconds : 0; }
    double repliesPerSecond() const { return replySeconds > 0 ? replies / replySeconds : 0; }
    // The pace replies kept while updates were still arriving.
    double repliesWhileAcceptingPerSecond() const
    {
        return acceptSeconds > 0 ? repliesWhileAccepting / acceptSeconds : 0;
    }
    double serviceCpuMsPerUpdate() const { return updates > 0 ? serviceCpuSeconds * 1000 / updates : 0; }
    // Nearest rank; -1 without replies.
    double percentileMs(double p) const;
};

// Calls of `plan`'s reply method to its people since the phase started, beyond one each: a reply
// sent again (say after a timeout although the first copy arrived) shows twice in the chat. Meant
// for after the service stopped, so late copies count too; assumes no other phase's replies share
// that method and those chats.
int countExtraReplies(const PhasePlan &plan, const PhaseResult &result, const QList<BotCallSeen> &calls);

class WebhookDriver : public QObject
{
    Q_OBJECT
public:
    // `clock` is the one the stand-in stamps calls with; connection i goes to ports[i % n], and
    // the instances' `servicePids` are sampled for their RSS and CPU time.
    WebhookDriver(QHostAddress host, QList<quint16> ports, QByteArray secret, const QElapsedTimer &clock,
                  int connections, QList<qint64> servicePids);
    ~WebhookDriver() override;

    PhaseResult run(const PhasePlan &plan);

    // A Bot API call the stand-in saw; connect its called() signal here.
    void onBotCall(const BotCallSeen &call);

private:
    struct Person
    {
        qint64 sentNs = -1;
        qint64 acceptedNs = -1;
        qint64 replyNs = -1;
        bool failed = false; // not accepted: no reply is expected
        bool done = false;
    };
    struct Link
    {
        HttpConnection *connection = nullptr;
        int person = -1; // the update in flight, or waiting for its reply (closed loop)
        bool started = false;
    };
    bool openLinks();
    void sendNext(Link &link);
    void onAnswer(Link &link, const HttpMessage &answer);
    void onBroken(Link &link, HttpConnection::Break reason, bool requestLost);
    void replied(int index, qint64 atNs, bool inAnswer);
    void settle(int index);
    void tick();
    void giveUp();
    PhaseResult collect();
    qint64 now() const { return m_clock.nsecsElapsed(); }
    qint64 serviceRss() const;
    double serviceCpu() const;

    const QHostAddress m_host;
    const QList<quint16> m_ports;
    const QByteArray m_secret;
    const QElapsedTimer &m_clock;
    const int m_connections;
    const QList<qint64> m_servicePids;

    // The phase running, if any.
    const PhasePlan *m_plan = nullptr;
    QList<QByteArray> m_requests;
    QHash<qint64, int> m_byChat;
    QList<Person> m_people;
    QList<Link> m_links;
    QEventLoop *m_loop = nullptr;
    PhaseResult m_result;
    int m_next = 0;
    int m_settled = 0;
    int m_connected = 0;
    bool m_openFailed = false;
    qint64 m_startNs = 0;
    double m_serviceCpuAtStart = 0;
    double m_benchCpuAtStart = 0;
    qint64 m_lastProgressNs = 0;
};
