// Wire names of the shared enums round-trip and unknown names are rejected.
#include "enums.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEnums : public QObject
{
    Q_OBJECT

    template<typename Enum>
    static void roundTrip(std::initializer_list<Enum> values)
    {
        QSet<QString> names;
        for (Enum value : values) {
            const QString name = enumName(value);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QVERIFY(enumFromString<Enum>(name) == value);
        }
        QVERIFY(!enumFromString<Enum>(u"nonsense"_s).has_value());
        QVERIFY(!enumFromString<Enum>(QString()).has_value());
    }

private slots:
    void slotStatus() { roundTrip({SlotStatus::Open, SlotStatus::Closed, SlotStatus::Cancelled}); }
    void bookingStatus()
    {
        roundTrip({BookingStatus::Active, BookingStatus::CancelledByUser, BookingStatus::CancelledByStaff,
                   BookingStatus::Attended, BookingStatus::NoShow, BookingStatus::Expired});
        QCOMPARE(enumName(BookingStatus::NoShow), u"no_show"_s);
    }
    void bookingSource() { roundTrip({BookingSource::Telegram, BookingSource::Console}); }
    void staffRole()
    {
        roundTrip({StaffRole::Viewer, StaffRole::Operator, StaffRole::Admin});
        QVERIFY(!enumFromString<StaffRole>(u"Admin"_s).has_value()); // names are exact
    }
    void actorType() { roundTrip({ActorType::System, ActorType::Staff, ActorType::User}); }
    void waitlistStatus()
    {
        roundTrip({WaitlistStatus::Waiting, WaitlistStatus::Offered, WaitlistStatus::Accepted,
                   WaitlistStatus::Declined, WaitlistStatus::Expired, WaitlistStatus::Cancelled});
    }
    void ticket()
    {
        roundTrip({TicketKind::Walkin, TicketKind::Booking});
        roundTrip({TicketStatus::Waiting, TicketStatus::Called, TicketStatus::Served, TicketStatus::NoShow,
                   TicketStatus::Cancelled, TicketStatus::Expired});
        QCOMPARE(enumName(TicketStatus::NoShow), u"no_show"_s);
    }
};

QTEST_GUILESS_MAIN(TestEnums)
#include "tst_enums.moc"
