#include "webhookdriver.h"

#include "benchservice.h"
#include "percentile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Without an answer or a reply for this long, whatever is still waiting is counted missing.
constexpr qint64 kStallNs = 10'000'000'000;
// How often the service's RSS is sampled for its peak, and a stall looked for.
constexpr int kTickMs = 20;

double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}

// The Bot API method a webhook answer carries, with its chat_id; an empty method for {}.
std::pair<QString, qint64> carriedCall(const QByteArray &body)
{
    if (!body.contains("\"method\""))
        return {};
    const QJsonObject call = QJsonDocument::fromJson(body).object();
    return {call.value(u"method"_s).toString(), call.value(u"chat_id"_s).toInteger()};
}

} // namespace

double PhaseResult::percentileMs(double p) const
{
    return nearestRankPercentile(latencyMs, p);
}

QList<RushUpdate> updatesFor(qint64 first, int count, qint64 &nextUpdateId,
                             const std::function<QByteArray(qint64 updateId, qint64 person)> &make)
{
    QList<RushUpdate> updates;
    updates.reserve(count);
    for (qint64 person = first; person < first + count; ++person)
        updates.append({person, make(nextUpdateId++, person)});
    return updates;
}

int countExtraReplies(const PhasePlan &plan, const PhaseResult &result, const QList<BotCallSeen> &calls)
{
    QSet<qint64> chats;
    chats.reserve(plan.updates.size());
    for (const RushUpdate &update : plan.updates)
        chats.insert(update.chatId);
    int seen = 0;
    for (const BotCallSeen &call : calls) {
        if (call.method == plan.reply && call.atNs >= result.startNs && chats.contains(call.chatId))
            ++seen;
    }
    return qMax(0, seen - (result.replies - result.repliesInAnswer));
}

WebhookDriver::WebhookDriver(QHostAddress host, QList<quint16> ports, QByteArray secret, const QElapsedTimer &clock,
                             int connections, QList<qint64> servicePids)
    : m_host(std::move(host))
    , m_ports(std::move(ports))
    , m_secret(std::move(secret))
    , m_clock(clock)
    , m_connections(connections)
    , m_servicePids(std::move(servicePids))
{
}

WebhookDriver::~WebhookDriver() = default;

qint64 WebhookDriver::serviceRss() const
{
    qint64 bytes = 0;
    for (const qint64 pid : m_servicePids)
        bytes += residentBytes(pid);
    return bytes;
}

double WebhookDriver::serviceCpu() const
{
    double seconds = 0;
    for (const qint64 pid : m_servicePids)
        seconds += cpuSeconds(pid);
    return seconds;
}

PhaseResult WebhookDriver::run(const PhasePlan &plan)
{
    m_plan = &plan;
    m_result = PhaseResult();
    m_result.name = plan.name;
    m_result.openLoop = plan.openLoop;
    m_people = QList<Person>(plan.updates.size());
    m_byChat.clear();
    m_requests.clear();
    m_requests.reserve(plan.updates.size());
    const QByteArray head = "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            "X-Telegram-Bot-Api-Secret-Token: "
        + m_secret + "\r\nContent-Length: ";
    for (qsizetype i = 0; i < plan.updates.size(); ++i) {
        const RushUpdate &update = plan.updates.at(i);
        m_byChat.insert(update.chatId, int(i));
        m_requests.append(head + QByteArray::number(update.body.size()) + "\r\n\r\n" + update.body);
    }
    m_next = 0;
    m_settled = 0;

    QEventLoop loop;
    m_loop = &loop;
    if (openLinks()) {
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, &WebhookDriver::tick);
        ticker.start(kTickMs);
        QTimer deadline;
        deadline.setSingleShot(true);
        connect(&deadline, &QTimer::timeout, this, &WebhookDriver::giveUp);
        deadline.start(int(plan.maxSeconds * 1000));
        m_result.rssBefore = m_result.rssPeak = serviceRss();
        m_serviceCpuAtStart = serviceCpu();
        m_benchCpuAtStart = cpuSeconds(QCoreApplication::applicationPid());
        m_startNs = m_lastProgressNs = now();
        for (Link &link : m_links) {
            link.started = true;
            sendNext(link);
        }
        if (m_settled < m_people.size())
            loop.exec();
    }
    m_loop = nullptr;
    for (const Link &link : std::as_const(m_links)) {
        link.connection->disconnect(this);
        link.connection->deleteLater();
    }
    m_links.clear();
    const PhaseResult result = collect();
    m_plan = nullptr;
    return result;
}

bool WebhookDriver::openLinks()
{
    // Connections are made before the clock starts: Telegram keeps its own open.
    m_connected = 0;
    m_openFailed = false;
    m_links = QList<Link>(m_connections);
    for (qsizetype i = 0; i < m_links.size(); ++i) {
        Link &link = m_links[i];
        link.connection = new HttpConnection(m_host, m_ports.at(i % m_ports.size()), this);
        connect(link.connection, &HttpConnection::ready, this, [this, &link] {
            if (link.started) {
                sendNext(link); // reconnected after the server closed it
            } else if (++m_connected == m_connections) {
                m_loop->quit();
            }
        });
        connect(link.connection, &HttpConnection::answered, this,
                [this, &link](const HttpMessage &answer) { onAnswer(link, answer); });
        connect(link.connection, &HttpConnection::broken, this,
                [this, &link](HttpConnection::Break reason, bool lost) {
                    if (!link.started) {
                        m_openFailed = true;
                        m_loop->quit();
                        return;
                    }
                    onBroken(link, reason, lost);
                });
        link.connection->open();
    }
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, m_loop, &QEventLoop::quit);
    deadline.start(10000);
    m_loop->exec();
    // Without every connection nothing is sent: each update of the phase counts as missing.
    return !m_openFailed && m_connected == m_connections;
}

void WebhookDriver::sendNext(Link &link)
{
    // A connection being made again sends from its ready().
    if (link.person >= 0 || m_next >= m_people.size() || !m_loop || !link.connection->isConnected())
        return;
    const int index = m_next++;
    link.person = index;
    m_people[index].sentNs = now();
    ++m_result.updates;
    link.connection->send(m_requests.at(index));
}

void WebhookDriver::onAnswer(Link &link, const HttpMessage &answer)
{
    const int index = link.person;
    if (index < 0)
        return;
    const qint64 at = now();
    m_lastProgressNs = at;
    Person &person = m_people[index];
    if (answer.status == 200) {
        ++m_result.accepted;
        person.acceptedNs = at;
        const auto [method, chatId] = carriedCall(answer.body);
        if (method == botMethodName(m_plan->reply)
            && (chatId == 0 || chatId == m_plan->updates.at(index).chatId))
            replied(index, at, true);
    } else {
        ++m_result.httpErrors;
        person.failed = true;
    }
    // Open loop: the next update goes as soon as this one was accepted; closed loop: once the
    // person also has their reply (which may have come first).
    if (m_plan->openLoop || person.failed || person.replyNs >= 0) {
        link.person = -1;
        settle(index);
        sendNext(link);
    }
}

void WebhookDriver::onBroken(Link &link, HttpConnection::Break reason, bool requestLost)
{
    if (requestLost && link.person >= 0) {
        ++m_result.httpErrors;
        m_people[link.person].failed = true;
        settle(link.person);
        link.person = -1;
    }
    if (!m_loop)
        return;
    if (reason == HttpConnection::Break::Failed && !requestLost) {
        giveUp(); // the service is gone; reconnecting would only spin
        return;
    }
    link.connection->open(); // ready() sends the next update
}

void WebhookDriver::onBotCall(const BotCallSeen &call)
{
    if (!m_loop || !m_plan || call.method != m_plan->reply)
        return;
    const int index = m_byChat.value(call.chatId, -1);
    if (index < 0)
        return;
    const Person &person = m_people.at(index);
    if (person.sentNs < 0 || person.replyNs >= 0 || person.failed || call.atNs < person.sentNs)
        return;
    m_lastProgressNs = now();
    replied(index, call.atNs, false);
    if (person.acceptedNs < 0)
        return; // the webhook's answer is still on its way; onAnswer() moves on
    settle(index);
    if (!m_plan->openLoop) {
        for (Link &link : m_links) {
            if (link.person == index) {
                link.person = -1;
                sendNext(link);
                break;
            }
        }
    }
}

void WebhookDriver::replied(int index, qint64 atNs, bool inAnswer)
{
    Person &person = m_people[index];
    if (person.replyNs >= 0)
        return;
    person.replyNs = atNs;
    ++m_result.replies;
    if (inAnswer)
        ++m_result.repliesInAnswer;
}

void WebhookDriver::settle(int index)
{
    Person &person = m_people[index];
    const bool complete = person.failed || (person.acceptedNs >= 0 && person.replyNs >= 0);
    if (person.done || !complete)
        return;
    person.done = true;
    if (++m_settled == m_people.size() && m_loop)
        m_loop->quit();
}

void WebhookDriver::tick()
{
    m_result.rssPeak = qMax(m_result.rssPeak, serviceRss());
    m_result.peakBacklog = qMax(m_result.peakBacklog, m_result.accepted - m_result.replies);
    if (now() - m_lastProgressNs > kStallNs)
        giveUp();
}

void WebhookDriver::giveUp()
{
    if (m_loop)
        m_loop->quit();
}

PhaseResult WebhookDriver::collect()
{
    PhaseResult result = m_result;
    result.rssAfter = serviceRss();
    result.serviceCpuSeconds = serviceCpu() - m_serviceCpuAtStart;
    result.benchCpuSeconds = cpuSeconds(QCoreApplication::applicationPid()) - m_benchCpuAtStart;
    result.rssPeak = qMax(result.rssPeak, result.rssAfter);
    result.missingReplies = 0;
    qint64 lastEvent = m_startNs;
    qint64 lastAccept = -1;
    qint64 lastReply = -1;
    int lastAccepted = -1;
    for (int i = 0; i < m_people.size(); ++i) {
        const Person &person = m_people.at(i);
        if (!person.failed && person.replyNs < 0)
            ++result.missingReplies; // never sent, never answered, or answered without a reply
        if (person.acceptedNs > lastAccept) {
            lastAccept = person.acceptedNs;
            lastAccepted = i;
        }
        if (person.replyNs >= 0) {
            lastReply = qMax(lastReply, person.replyNs);
            result.latencyMs.append(msBetween(person.sentNs, person.replyNs));
        }
        lastEvent = qMax(lastEvent, qMax(person.acceptedNs, person.replyNs));
    }
    std::sort(result.latencyMs.begin(), result.latencyMs.end());
    result.startNs = m_startNs;
    result.seconds = msBetween(m_startNs, lastEvent) / 1000;
    if (lastAccept >= 0)
        result.acceptSeconds = msBetween(m_startNs, lastAccept) / 1000;
    if (lastReply >= 0)
        result.replySeconds = msBetween(m_startNs, lastReply) / 1000;
    for (const Person &person : std::as_const(m_people)) {
        if (person.replyNs >= 0 && person.replyNs <= lastAccept)
            ++result.repliesWhileAccepting;
    }
    if (lastAccept >= 0 && lastReply >= 0)
        result.drainMs = qMax(0.0, msBetween(lastAccept, lastReply));
    if (lastAccepted >= 0 && m_people.at(lastAccepted).replyNs >= 0)
        result.lastAcceptedLagMs = qMax(0.0, msBetween(lastAccept, m_people.at(lastAccepted).replyNs));
    return result;
}
