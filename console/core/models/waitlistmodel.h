// A queue's waiting list (GET /waitlist?queue_id&status): who waits for a seat on which day and
// hours, and the seat offered to them, a page at a time, in the order they joined.
#pragma once

#include "models/pagedmodel.h"
#include "userdirectory.h"

#include <QTimeZone>

class WaitlistModel : public PagedModel
{
    Q_OBJECT
public:
    enum Column { Day, Hours, Person, Status, HoldUntil, Joined };

    WaitlistModel(ApiClient &client, UserDirectory &people, QObject *parent = nullptr);

    // The queue's entries, only those in `status` when given; reads them.
    void show(qint64 queueId, const QTimeZone &zone, std::optional<WaitlistStatus> status);
    qint64 queueId() const { return m_queueId; }

private:
    UserDirectory &m_people;
    QTimeZone m_zone = QTimeZone::utc();
    qint64 m_queueId = 0;
};
