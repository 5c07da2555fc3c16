#include "callbackdata.h"

#include "translations.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxId = 999999999999999LL; // 15 digits: far above any row id, far below overflow

QString targetText(const PickTarget &target)
{
    return (target.isBooking() ? u"b"_s : u"q"_s) + QString::number(target.id);
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1 || id > kMaxId)
        return std::nullopt;
    return id;
}

std::optional<int> parsePage(const QString &text)
{
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int page = text.toInt(&ok);
    if (!ok || page < 0 || page > CallbackData::kMaxPage)
        return std::nullopt;
    return page;
}

// Actions whose data is one letter and one id: "c:17".
struct IdAction
{
    char verb;
    CallbackData::Action action;
};
constexpr IdAction kIdActions[] = {
    {'c', CallbackData::Action::AskCancel},      {'x', CallbackData::Action::Cancel},
    {'r', CallbackData::Action::Reschedule},     {'f', CallbackData::Action::ConfirmBooking},
    {'i', CallbackData::Action::CheckIn},        {'a', CallbackData::Action::AcceptOffer},
    {'n', CallbackData::Action::DeclineOffer},   {'u', CallbackData::Action::LeaveWaitlist},
    {'t', CallbackData::Action::TakeTicket},     {'o', CallbackData::Action::TicketStatus},
    {'v', CallbackData::Action::LeaveLine},
};

std::optional<PickTarget> parseTarget(const QString &kind, const QString &id)
{
    const std::optional<qint64> value = parseId(id);
    if (!value)
        return std::nullopt;
    return kind == u"b"_s ? PickTarget::booking(*value) : PickTarget::queue(*value);
}

} // namespace

CallbackData CallbackData::make(Action action)
{
    CallbackData data;
    data.action = action;
    return data;
}

CallbackData CallbackData::withId(Action action, qint64 id)
{
    CallbackData data = make(action);
    data.id = id;
    return data;
}

CallbackData CallbackData::waitlistDays(qint64 queueId, int page)
{
    CallbackData data = withId(Action::WaitlistDays, queueId);
    data.page = page;
    return data;
}

CallbackData CallbackData::joinWaitlist(qint64 queueId, const QDate &day)
{
    CallbackData data = withId(Action::JoinWaitlist, queueId);
    data.day = day;
    return data;
}

CallbackData CallbackData::liveQueues(int page)
{
    CallbackData data = make(Action::LiveQueues);
    data.page = page;
    return data;
}

CallbackData CallbackData::setLanguage(const QString &language)
{
    CallbackData data = make(Action::SetLanguage);
    data.language = language;
    return data;
}

CallbackData CallbackData::queues(int page)
{
    CallbackData data = make(Action::Queues);
    data.page = page;
    return data;
}

CallbackData CallbackData::days(PickTarget target, int page)
{
    CallbackData data = make(Action::Days);
    data.target = target;
    data.page = page;
    return data;
}

CallbackData CallbackData::times(PickTarget target, const QDate &day, int page)
{
    CallbackData data = make(Action::Times);
    data.target = target;
    data.day = day;
    data.page = page;
    return data;
}

CallbackData CallbackData::review(PickTarget target, qint64 slotId)
{
    CallbackData data = make(Action::Review);
    data.target = target;
    data.id = slotId;
    return data;
}

CallbackData CallbackData::confirm(PickTarget target, qint64 slotId)
{
    CallbackData data = make(Action::Confirm);
    data.target = target;
    data.id = slotId;
    return data;
}

CallbackData CallbackData::bookings(int page)
{
    CallbackData data = make(Action::Bookings);
    data.page = page;
    return data;
}

CallbackData CallbackData::askCancel(qint64 bookingId)
{
    return withId(Action::AskCancel, bookingId);
}

CallbackData CallbackData::cancel(qint64 bookingId)
{
    return withId(Action::Cancel, bookingId);
}

CallbackData CallbackData::reschedule(qint64 bookingId)
{
    return withId(Action::Reschedule, bookingId);
}

QString CallbackData::toString() const
{
    const auto paged = [this](const QString &base) {
        return page > 0 ? base + u':' + QString::number(page) : base;
    };
    switch (action) {
    case Action::Menu:
        return u"m"_s;
    case Action::Help:
        return u"h"_s;
    case Action::Languages:
        return u"g"_s;
    case Action::SetLanguage:
        return u"g:"_s + language;
    case Action::Queues:
        return paged(u"q"_s);
    case Action::Days:
        return paged(u"p:"_s + targetText(target));
    case Action::Times:
        return paged(u"d:"_s + targetText(target) + u':' + day.toString(u"yyyyMMdd"_s));
    case Action::Review:
        return u"s:"_s + targetText(target) + u':' + QString::number(id);
    case Action::Confirm:
        return u"k:"_s + targetText(target) + u':' + QString::number(id);
    case Action::Bookings:
        return paged(u"l"_s);
    case Action::WaitlistDays:
        return paged(u"y:"_s + QString::number(id));
    case Action::JoinWaitlist:
        return u"w:"_s + QString::number(id) + u':' + day.toString(u"yyyyMMdd"_s);
    case Action::LiveQueues:
        return paged(u"z"_s);
    case Action::AskCancel:
    case Action::Cancel:
    case Action::Reschedule:
    case Action::ConfirmBooking:
    case Action::CheckIn:
    case Action::AcceptOffer:
    case Action::DeclineOffer:
    case Action::LeaveWaitlist:
    case Action::TakeTicket:
    case Action::TicketStatus:
    case Action::LeaveLine:
        for (const IdAction &entry : kIdActions) {
            if (entry.action == action)
                return QChar::fromLatin1(entry.verb) + u":"_s + QString::number(id);
        }
        break;
    }
    return u"m"_s;
}

std::optional<CallbackData> CallbackData::parse(const QString &text)
{
    if (text.isEmpty() || text.toUtf8().size() > kMaxBytes)
        return std::nullopt;
    // One shape for every action; each part is then checked on its own.
    static const QRegularExpression shape(
        u"^([mhgqlpdskcxrfiwyanutovz])(?::([qb])?([0-9]{1,15}|ru|en)(?::([0-9]{1,15}))?(?::([0-9]{1,4}))?)?$"_s);
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QChar verb = m.captured(1).at(0);
    const QString kind = m.captured(2);
    const QString first = m.captured(3);
    const QString second = m.captured(4);
    const QString third = m.captured(5);
    const bool hasArgs = m.capturedLength(3) > 0;

    CallbackData data;
    switch (verb.unicode()) {
    case 'm':
    case 'h':
        if (hasArgs)
            return std::nullopt;
        data.action = verb == u'm' ? Action::Menu : Action::Help;
        return data;
    case 'g':
        if (!hasArgs)
            return make(Action::Languages);
        if (!kind.isEmpty() || !second.isEmpty() || !third.isEmpty() || !Translations::languages().contains(first))
            return std::nullopt;
        return setLanguage(first);
    case 'q':
    case 'l':
    case 'z': {
        // "q" / "q:3": only a page.
        if (!kind.isEmpty() || !second.isEmpty() || !third.isEmpty())
            return std::nullopt;
        const std::optional<int> page = parsePage(hasArgs ? first : QString());
        if (!page)
            return std::nullopt;
        return verb == u'q' ? queues(*page) : verb == u'l' ? bookings(*page) : liveQueues(*page);
    }
    case 'y': {
        if (!kind.isEmpty() || !third.isEmpty())
            return std::nullopt;
        const std::optional<qint64> queue = parseId(first);
        const std::optional<int> page = parsePage(second);
        if (!queue || !page)
            return std::nullopt;
        return waitlistDays(*queue, *page);
    }
    case 'w': {
        if (!kind.isEmpty() || second.size() != 8 || !third.isEmpty())
            return std::nullopt;
        const std::optional<qint64> queue = parseId(first);
        const QDate day = QDate::fromString(second, u"yyyyMMdd"_s);
        if (!queue || !day.isValid())
            return std::nullopt;
        return joinWaitlist(*queue, day);
    }
    case 'p': {
        if (kind.isEmpty() || !third.isEmpty())
            return std::nullopt;
        const std::optional<PickTarget> target = parseTarget(kind, first);
        const std::optional<int> page = parsePage(second);
        if (!target || !page)
            return std::nullopt;
        return days(*target, *page);
    }
    case 'd': {
        if (kind.isEmpty() || second.size() != 8)
            return std::nullopt;
        const std::optional<PickTarget> target = parseTarget(kind, first);
        const QDate day = QDate::fromString(second, u"yyyyMMdd"_s);
        const std::optional<int> page = parsePage(third);
        if (!target || !day.isValid() || !page)
            return std::nullopt;
        return times(*target, day, *page);
    }
    case 's':
    case 'k': {
        if (kind.isEmpty() || second.isEmpty() || !third.isEmpty())
            return std::nullopt;
        const std::optional<PickTarget> target = parseTarget(kind, first);
        const std::optional<qint64> slot = parseId(second);
        if (!target || !slot)
            return std::nullopt;
        return verb == u's' ? review(*target, *slot) : confirm(*target, *slot);
    }
    default: {
        if (!kind.isEmpty() || !second.isEmpty() || !third.isEmpty())
            return std::nullopt;
        const std::optional<qint64> id = parseId(first);
        if (!id)
            return std::nullopt;
        for (const IdAction &entry : kIdActions) {
            if (verb == QLatin1Char(entry.verb))
                return withId(entry.action, *id);
        }
        return std::nullopt;
    }
    }
}
