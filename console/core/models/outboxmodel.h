// Messages to people and their delivery (GET /outbox?status), newest first, a page at a time;
// failures stand out (red, with the error) so someone can send them again.
#pragma once

#include "models/pagedmodel.h"
#include "userdirectory.h"

#include <QTimeZone>

class OutboxModel : public PagedModel
{
    Q_OBJECT
public:
    enum Column { Created, Person, Message, Status, Attempts, Outcome };

    OutboxModel(ApiClient &client, UserDirectory &people, QObject *parent = nullptr);

    // pending | sent | failed | dead; empty: every message. Reads them.
    void show(const QString &status);
    void setTimeZone(const QTimeZone &zone);

    // Failed (retrying by itself) or dead (given up): staff may send it again.
    static bool isFailure(const QJsonObject &row);

private:
    UserDirectory &m_people;
    QTimeZone m_zone = QTimeZone::utc();
};
