#include "liveboardmodel.h"

#include "apipaths.h"
#include "changefollower.h"
#include "localtime.h"
#include "models/tone.h"
#include "userdirectory.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// Waiting longer than this shows in a warning colour.
constexpr qint64 kLongWaitSeconds = 30 * 60;

QString actionPath(LiveBoardModel::Action action)
{
    switch (action) {
    case LiveBoardModel::Action::Served: return u"served"_s;
    case LiveBoardModel::Action::NoShow: return u"no-show"_s;
    case LiveBoardModel::Action::Recall: return u"recall"_s;
    case LiveBoardModel::Action::Return: return u"return"_s;
    }
    return {};
}

} // namespace

LiveBoardModel::LiveBoardModel(ApiClient &client, UserDirectory &people, QObject *parent)
    : JsonTableModel(parent)
    , m_client(client)
    , m_people(people)
{
    setOrder([](const QJsonObject &a, const QJsonObject &b) {
        const int pa = a.value(u"position"_s).toInt();
        const int pb = b.value(u"position"_s).toInt();
        return pa != pb ? pa < pb : idOf(a) < idOf(b);
    });
    declareColumns();
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, WaitedColumn), index(rowCount() - 1, WaitedColumn), {Qt::DisplayRole});
    });
    connect(&m_people, &UserDirectory::changed, this, [this] { columnChanged(PersonColumn); });
}

void LiveBoardModel::declareColumns()
{
    const auto ticketOf = [](const QJsonObject &row) { return LiveTicket::fromJson(row); };
    QList<Column> columns;
    columns.append({[] { return tr("#"); },
                    [](const QJsonObject &row, int role) -> QVariant {
                        if (role == Qt::DisplayRole)
                            return row.value(u"position"_s).toInt();
                        if (role == Qt::TextAlignmentRole)
                            return int(Qt::AlignCenter);
                        return {};
                    }});
    columns.append({[] { return tr("Ticket"); },
                    [](const QJsonObject &row, int role) -> QVariant {
                        if (role == Qt::DisplayRole)
                            return row.value(u"code"_s).toString();
                        if (role == Tone::Role)
                            return Tone::Strong;
                        return {};
                    }});
    columns.append({[] { return tr("Kind"); },
                    [this, ticketOf](const QJsonObject &row, int role) -> QVariant {
                        const LiveTicket ticket = ticketOf(row);
                        const bool booking = ticket.kind == TicketKind::Booking;
                        if (role == Qt::DisplayRole) {
                            if (!booking)
                                return tr("Walk-in");
                            return ticket.dueAt ? tr("Booking %1").arg(localTime(*ticket.dueAt)) : tr("Booking");
                        }
                        if (role == Qt::ToolTipRole) {
                            if (!booking)
                                return tr("Came without a booking and took a ticket");
                            return ticket.dueAt ? tr("Checked in for the %1 slot").arg(localTime(*ticket.dueAt))
                                                : tr("Checked in with a booking");
                        }
                        return {};
                    }});
    columns.append({[] { return tr("Person"); },
                    [this, ticketOf](const QJsonObject &row, int role) -> QVariant {
                        const LiveTicket ticket = ticketOf(row);
                        if (role == Qt::DisplayRole)
                            return personOf(ticket);
                        if (role == Tone::Role && ticket.userId == 0)
                            return Tone::Muted;
                        return {};
                    }});
    columns.append({[] { return tr("Waiting for"); },
                    [this](const QJsonObject &row, int role) -> QVariant {
                        const qint64 waited = waitedSecondsNow(row);
                        if (role == Qt::DisplayRole)
                            return durationText(waited);
                        if (role == Tone::Role && waited >= kLongWaitSeconds)
                            return Tone::Warning;
                        if (role == Qt::ToolTipRole)
                            return tr("In the line since %1").arg(
                                localTime(fromIsoUtc(row.value(u"created_at"_s).toString())));
                        return {};
                    }});
    columns.append({[] { return tr("Est. wait"); },
                    [](const QJsonObject &row, int role) -> QVariant {
                        if (role == Qt::DisplayRole) {
                            if (row.value(u"position"_s).toInt() <= 1)
                                return tr("next");
                            return tr("≈ %1").arg(durationText(row.value(u"eta_minutes"_s).toInteger() * 60));
                        }
                        if (role == Qt::ToolTipRole)
                            return tr("Estimated from recent service times and the open counters");
                        return {};
                    }});
    setColumns(columns);
}

void LiveBoardModel::setQueue(const QueueRecord &queue)
{
    const bool other = queue.id != m_queue.id;
    m_queue = queue;
    m_zone = LocalTime::zoneOf(queue);
    if (other) {
        if (m_inFlight)
            m_inFlight->abort();
        m_inFlight = nullptr;
        m_again = false;
        m_loaded = false;
        m_board = {};
        m_tick.stop();
        clear();
        emit loaded();
    }
    if (queue.id > 0)
        reload();
}

void LiveBoardModel::reload()
{
    if (m_queue.id <= 0)
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    const qint64 queueId = m_queue.id;
    m_inFlight = m_client.get(ApiPaths::live(queueId));
    m_inFlight->onJson(this, [this, queueId](const QJsonDocument &json) {
        if (queueId != m_queue.id)
            return;
        apply(json.object());
    });
    m_inFlight->onFailure(this, [this, queueId](const ApiFailure &failure) {
        if (queueId == m_queue.id && failure.kind != ApiFailure::Kind::Cancelled)
            emit failed(failure);
    });
    connect(m_inFlight, &ApiReply::finished, this, [this, queueId] {
        m_inFlight = nullptr;
        if (m_again && queueId == m_queue.id) {
            m_again = false;
            reload();
        }
    });
}

void LiveBoardModel::apply(const QJsonObject &json)
{
    m_board = LiveBoard::fromJson(json);
    m_board.queue.timezone = m_queue.timezone;
    m_loaded = true;
    m_sinceLoad.start();
    QList<QJsonObject> rows;
    QList<qint64> people;
    const QJsonArray waiting = json.value(u"waiting"_s).toArray();
    for (const QJsonValue &row : waiting)
        rows.append(row.toObject());
    for (const LinePlace &place : std::as_const(m_board.waiting))
        people.append(place.ticket.userId);
    for (const LiveTicket &ticket : std::as_const(m_board.called))
        people.append(ticket.userId);
    m_people.request(people);
    setRows(rows);
    // Every row's wait restarted from the server's figure; make the view show it.
    if (rowCount() > 0)
        emit dataChanged(index(0, WaitedColumn), index(rowCount() - 1, WaitedColumn), {Qt::DisplayRole});
    if (rowCount() > 0)
        m_tick.start();
    else
        m_tick.stop();
    emit loaded();
}

bool LiveBoardModel::affectsBoard(const QList<ChangeEntry> &changes)
{
    return ChangeFollower::touches(changes, {u"ticket", u"booking", u"slot", u"queue"});
}

qint64 LiveBoardModel::waitedSecondsNow(const QJsonObject &row) const
{
    const qint64 atLoad = row.value(u"waited_seconds"_s).toInteger();
    return atLoad + (m_sinceLoad.isValid() ? m_sinceLoad.elapsed() / 1000 : 0);
}

QString LiveBoardModel::personOf(const LiveTicket &ticket) const
{
    if (ticket.userId == 0)
        return tr("Without Telegram");
    const QString name = m_people.deskName(ticket.userId);
    return name.isEmpty() ? tr("Unknown person") : name;
}

QString LiveBoardModel::localTime(const QDateTime &utc) const
{
    return LocalTime::time(utc, m_zone);
}

QString LiveBoardModel::durationText(qint64 seconds)
{
    const qint64 minutes = qMax<qint64>(0, seconds) / 60;
    if (minutes < 1)
        return tr("< 1 min");
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
}

ApiReply *LiveBoardModel::reloadAfter(ApiReply *reply)
{
    reply->onJson(this, [this](const QJsonDocument &) { reload(); });
    return reply;
}

ApiReply *LiveBoardModel::callNext(int counter)
{
    return reloadAfter(m_client.post(ApiPaths::callNext(m_queue.id), {{u"counter"_s, counter}}));
}

ApiReply *LiveBoardModel::issueTicket()
{
    return reloadAfter(m_client.post(ApiPaths::issueTicket(m_queue.id)));
}

ApiReply *LiveBoardModel::act(qint64 ticketId, Action action)
{
    return reloadAfter(m_client.post(ApiPaths::ticketAction(ticketId, actionPath(action))));
}

ApiReply *LiveBoardModel::transfer(qint64 ticketId, int counter)
{
    return reloadAfter(m_client.post(ApiPaths::ticketAction(ticketId, u"transfer"_s), {{u"counter"_s, counter}}));
}
