#include "changefollower.h"

#include "apipaths.h"

#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

ChangeFollower::ChangeFollower(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setInterval(kDefaultIntervalMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFollower::poll);
}

bool ChangeFollower::touches(const QList<ChangeEntry> &changes, std::initializer_list<QStringView> entities)
{
    return std::any_of(changes.cbegin(), changes.cend(), [entities](const ChangeEntry &change) {
        return std::find(entities.begin(), entities.end(), change.entity) != entities.end();
    });
}

void ChangeFollower::start()
{
    m_running = true;
    m_revision = -1;
    poll();
}

void ChangeFollower::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_inFlight)
        m_inFlight->abort();
}

void ChangeFollower::poll()
{
    if (!m_running || m_inFlight)
        return;
    m_timer.stop();
    QUrlQuery query;
    // Not knowing the revision yet: one entry is enough to learn the current one.
    query.addQueryItem(u"since"_s, QString::number(qMax<qint64>(0, m_revision)));
    query.addQueryItem(u"limit"_s, m_revision < 0 ? u"1"_s : u"500"_s);
    m_inFlight = m_client.get(ApiPaths::changes(), query);
    // Done as soon as it finishes, not when it is deleted later: a poll due before the deferred
    // delete (the next page at once, or a nested loop) would otherwise return and stop the feed.
    connect(m_inFlight, &ApiReply::finished, this, [this] { m_inFlight = nullptr; });
    m_inFlight->onValue<ChangePage>(this, [this](const ChangePage &page) {
        // Done with this call now: the reply is deleted only later, and poll() must not take it
        // for one still running.
        m_inFlight = nullptr;
        const bool learning = m_revision < 0;
        if (learning) {
            m_revision = page.revision;
        } else {
            m_revision = page.next;
            if (!page.items.isEmpty())
                emit changed(page.items);
        }
        // More waiting: read on at once; otherwise look again after the interval. (Learning the
        // revision, "more" is about the history before it, which is not read.)
        if (page.more && !learning)
            QTimer::singleShot(0, this, &ChangeFollower::poll);
        else
            m_timer.start();
    });
    m_inFlight->onFailure(this, [this](const ApiFailure &failure) {
        m_inFlight = nullptr;
        if (failure.kind == ApiFailure::Kind::Validation && failure.field == u"since"_s) {
            m_revision = -1;
            emit resetNeeded();
        }
        if (m_running && failure.kind != ApiFailure::Kind::Cancelled)
            m_timer.start(); // offline: the same interval, the client tells the banner
    });
}
