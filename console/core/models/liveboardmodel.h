// Today's live queue of one queue (GET /queues/{id}/live) as the staff work it: the waiting
// tickets are the rows, in calling order and merged by id so a view keeps its selection while the
// change feed reloads it; board() has the counters and who is at each and the day's figures; the
// actions on the line reload the board as soon as they succeed. "Waiting for" ticks on locally
// between loads.
#pragma once

#include "administration.h"
#include "apiclient.h"
#include "livequeue.h"
#include "models/jsontablemodel.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

class UserDirectory;

class LiveBoardModel : public JsonTableModel
{
    Q_OBJECT
public:
    enum { PositionColumn, CodeColumn, KindColumn, PersonColumn, WaitedColumn, EtaColumn };
    // What staff do with a ticket at a counter (the path's last part).
    enum class Action { Served, NoShow, Recall, Return };

    LiveBoardModel(ApiClient &client, UserDirectory &people, QObject *parent = nullptr);

    // Shows `queue`'s line: another queue starts empty and loads; the same one takes its new
    // settings (time zone, counters) and reloads.
    void setQueue(const QueueRecord &queue);
    const QueueRecord &queue() const { return m_queue; }
    // Loads the board again; while a load is in flight, once more after it.
    void reload();
    bool isLoading() const { return m_inFlight != nullptr; }
    // The board shown belongs to the current queue (false until its first load).
    bool hasLoaded() const { return m_loaded; }
    const LiveBoard &board() const { return m_board; }
    // Whether a change may alter a board: tickets, bookings (check-ins), slots, queues.
    static bool affectsBoard(const QList<ChangeEntry> &changes);

    // How long the ticket of a row has waited by now.
    qint64 waitedSecondsNow(const QJsonObject &row) const;
    // How a ticket's person reads: their name, "Without Telegram", or "…" while asked.
    QString personOf(const LiveTicket &ticket) const;
    // A local time of the queue's day, e.g. 10:30.
    QString localTime(const QDateTime &utc) const;
    // "< 1 min", "12 min", "1 h 05 min".
    static QString durationText(qint64 seconds);

    ApiReply *callNext(int counter);
    ApiReply *issueTicket();
    ApiReply *act(qint64 ticketId, Action action);
    ApiReply *transfer(qint64 ticketId, int counter);

    static constexpr int kTickMs = 5000;

signals:
    // board() is new.
    void loaded();
    void failed(const ApiFailure &failure);

private:
    void declareColumns();
    void apply(const QJsonObject &json);
    // Reloads the board once `reply` succeeds, so the one who acted sees it at once.
    ApiReply *reloadAfter(ApiReply *reply);

    ApiClient &m_client;
    UserDirectory &m_people;
    QueueRecord m_queue;
    QTimeZone m_zone = QTimeZone::utc();
    LiveBoard m_board;
    bool m_loaded = false;
    bool m_again = false;
    QPointer<ApiReply> m_inFlight;
    QElapsedTimer m_sinceLoad; // waited_seconds were true when it started
    QTimer m_tick;
};
