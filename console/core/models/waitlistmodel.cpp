#include "waitlistmodel.h"

#include "apipaths.h"
#include "localtime.h"
#include "models/tone.h"
#include "statustext.h"

using namespace Qt::StringLiterals;

WaitlistModel::WaitlistModel(ApiClient &client, UserDirectory &people, QObject *parent)
    : PagedModel(client, ApiPaths::waitlist(), parent)
    , m_people(people)
{
    const auto text = &textColumn<WaitlistEntry>;
    setColumns({
        text([] { return tr("Day"); }, [](const WaitlistEntry &e) { return LocalTime::day(e.day); }),
        text([] { return tr("Hours"); },
             [](const WaitlistEntry &e) {
                 return e.fromMinute == 0 && e.toMinute == 1440
                     ? tr("Any time")
                     : u"%1–%2"_s.arg(clockText(e.fromMinute), clockText(e.toMinute));
             }),
        text([] { return tr("Person"); }, [this](const WaitlistEntry &e) { return m_people.displayName(e.userId); }),
        {[] { return tr("Status"); },
         [](const QJsonObject &row, int role) -> QVariant {
             const WaitlistEntry e = WaitlistEntry::fromJson(row);
             if (role == Tone::Role)
                 return e.status == WaitlistStatus::Offered ? Tone::Warning : Tone::Normal;
             return role == Qt::DisplayRole ? QVariant(StatusText::waitlist(e.status)) : QVariant();
         }},
        text([] { return tr("Seat held until"); },
             [this](const WaitlistEntry &e) {
                 return e.status == WaitlistStatus::Offered && e.holdUntil ? LocalTime::time(*e.holdUntil, m_zone)
                                                                           : QString();
             }),
        text([] { return tr("Joined"); },
             [this](const WaitlistEntry &e) { return LocalTime::dateTime(e.createdAt, m_zone); }),
    });
    connect(&m_people, &UserDirectory::changed, this, [this] { columnChanged(Person); });
}

void WaitlistModel::show(qint64 queueId, const QTimeZone &zone, std::optional<WaitlistStatus> status)
{
    m_queueId = queueId;
    m_zone = zone;
    QUrlQuery query;
    query.addQueryItem(u"queue_id"_s, QString::number(queueId));
    if (status)
        query.addQueryItem(u"status"_s, enumName(*status));
    setQuery(query);
    reload();
}
