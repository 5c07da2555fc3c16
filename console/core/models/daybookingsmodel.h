// One queue's bookings of one local day (GET /bookings?queue_id&date) with their slots' start
// times (GET /slots of that day), for the desk: who is coming when, who is already in the line,
// and checking people in. Rows merge by booking id, by time; cancelled bookings are left out.
#pragma once

#include "administration.h"
#include "apiclient.h"
#include "livequeue.h"
#include "models/jsontablemodel.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QTimeZone>

class UserDirectory;

class DayBookingsModel : public JsonTableModel
{
    Q_OBJECT
public:
    enum { TimeColumn, CodeColumn, PersonColumn, StatusColumn };

    DayBookingsModel(ApiClient &client, UserDirectory &people, QObject *parent = nullptr);

    // Shows `queue`'s bookings of `day` (local); another queue or day starts empty and loads.
    void setDay(const QueueRecord &queue, const QDate &day);
    QDate day() const { return m_day; }
    // Loads again; while a load is in flight, once more after it.
    void reload();
    bool hasLoaded() const { return m_loaded; }
    // Which bookings are in the line or at a counter now (their status reads so).
    void setLine(const LiveBoard &board);
    // Whether the booking of `row` can be checked in: still active and not in the line yet.
    bool canCheckIn(int row) const;
    ApiReply *checkIn(qint64 bookingId);
    // Whether a change may alter a day's bookings: bookings, slots, tickets (serving one attends it).
    static bool affectsBookings(const QList<ChangeEntry> &changes);

signals:
    void loaded();
    void failed(const ApiFailure &failure);

private:
    void declareColumns();
    void combine(const QList<QJsonObject> &bookings, const QHash<qint64, QDateTime> &slotStarts);
    QString statusText(const QJsonObject &row) const;

    // Where a checked-in booking is now.
    struct InLine
    {
        int position = 0; // waiting: 1 is next
        int counter = 0;  // called: at this counter
        bool operator==(const InLine &other) const { return position == other.position && counter == other.counter; }
    };

    ApiClient &m_client;
    UserDirectory &m_people;
    qint64 m_queueId = 0;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_confirmationRequired = false; // "Confirmed" means something only then
    QDate m_day;
    bool m_loaded = false;
    bool m_again = false;
    QList<QPointer<ApiReply>> m_inFlight; // the two requests of a load
    QHash<qint64, InLine> m_line;         // by booking id
};
