// The words the console shows for the API's states and names (a booking's status, a message's
// template, a role …), translated; the wire names stay in shared/enums.h.
#pragma once

#include "enums.h"

#include <QCoreApplication>
#include <QString>

class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    static QString booking(BookingStatus status);
    static QString bookingSource(BookingSource source);
    static QString waitlist(WaitlistStatus status);
    static QString role(StaffRole role);
    static QString actorType(ActorType type);
    // pending | sent | failed | dead
    static QString outbox(const QString &status);
    // booking_created, reminder …; an unknown one as it is.
    static QString messageTemplate(const QString &name);
    // queue, slot, booking …
    static QString entity(const QString &entity);
    // healthy | warning | unhealthy
    static QString health(const QString &status);
    // database, memory …
    static QString healthCheck(const QString &name);
};
