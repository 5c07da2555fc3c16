// One person's bookings in every queue, newest day first (GET /bookings?user_id=…): the history a
// person's card shows.
#pragma once

#include "models/listmodel.h"

#include <QTimeZone>

class PersonBookingsModel : public ListModel
{
    Q_OBJECT
public:
    enum Column { Day, Code, Queue, Status, Source, BookedOn };

    explicit PersonBookingsModel(ApiClient &client, QObject *parent = nullptr);

    // How a queue id reads (its name in the console's language) and its time zone.
    void setQueues(std::function<QString(qint64)> name, std::function<QTimeZone(qint64)> zone);
    // Reads the person's bookings (0: none shown); again for the same person merges in place.
    void load(qint64 userId);
    qint64 userId() const { return m_userId; }

private:
    std::function<QString(qint64)> m_queueName;
    std::function<QTimeZone(qint64)> m_queueZone;
    qint64 m_userId = 0;
};
