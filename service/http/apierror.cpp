#include "apierror.h"

using namespace Qt::StringLiterals;

ApiError::ApiError(Kind kind, QString code, QString message, QString field)
    : m_kind(kind)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_field(std::move(field))
{
}

ApiError ApiError::badField(const QString &field, const QString &message)
{
    return ApiError(Kind::BadRequest, u"invalid_field"_s, field + u": "_s + message, field);
}

ApiError ApiError::fromRefusal(Refusal refusal)
{
    Kind kind = Kind::Conflict;
    switch (refusal) {
    case Refusal::QueueNotFound:
    case Refusal::SlotNotFound:
    case Refusal::BookingNotFound:
    case Refusal::UserNotFound:
    case Refusal::StaffNotFound:
    case Refusal::MessageNotFound:
    case Refusal::WaitlistEntryNotFound:
    case Refusal::TicketNotFound:
    case Refusal::ScheduleExceptionNotFound:
        kind = Kind::NotFound;
        break;
    case Refusal::InvalidInput:
    case Refusal::TooManySlots:
        kind = Kind::BadRequest;
        break;
    default:
        break;
    }
    return ApiError(kind, refusalCode(refusal), refusalMessage(refusal));
}

ApiError ApiError::fromStorage(const StorageError &error)
{
    switch (error.kind()) {
    case StorageError::Kind::Constraint:
        return ApiError(Kind::Conflict, u"constraint_violation"_s,
                        u"the change conflicts with what is stored (a database constraint refused it)"_s);
    case StorageError::Kind::Damaged:
        return ApiError(Kind::Unavailable, u"database_damaged"_s,
                        u"the database file is damaged; changes are refused until an operator restores it "
                        "from a backup"_s);
    case StorageError::Kind::Transient:
    case StorageError::Kind::Failure:
        break;
    }
    return ApiError(Kind::Unavailable, u"storage_unavailable"_s, u"the database is not available; try again"_s);
}

int ApiError::httpStatus() const
{
    switch (m_kind) {
    case Kind::BadRequest: return 400;
    case Kind::Unauthorized: return 401;
    case Kind::Forbidden: return 403;
    case Kind::NotFound: return 404;
    case Kind::MethodNotAllowed: return 405;
    case Kind::Conflict: return 409;
    case Kind::PayloadTooLarge: return 413;
    case Kind::Unavailable: return 503;
    case Kind::Internal: return 500;
    }
    return 500;
}

HttpReply errorReply(const ApiError &error)
{
    QJsonObject body{{u"code"_s, error.code()}, {u"message"_s, error.message()}};
    if (!error.field().isEmpty())
        body.insert(u"field"_s, error.field());
    HttpReply reply = HttpReply::json(QJsonObject{{u"error"_s, body}}, error.httpStatus());
    if (error.kind() == ApiError::Kind::Unauthorized)
        reply.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
    return reply;
}
