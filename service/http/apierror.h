// The one error type of the HTTP API; errorReply() is the only place that maps it to a response.
#pragma once

#include "domain/refusal.h"
#include "http/httpreply.h"
#include "storage/sqlsession.h"

#include <QString>

class ApiError
{
public:
    enum class Kind {
        BadRequest,       // 400: malformed JSON, invalid field
        Unauthorized,     // 401: missing or wrong token
        Forbidden,        // 403: role too low
        NotFound,         // 404
        MethodNotAllowed, // 405
        Conflict,         // 409: a domain rule said no
        PayloadTooLarge,  // 413
        Unavailable,      // 503: database unreachable or damaged
        Internal,         // 500
    };

    ApiError(Kind kind, QString code, QString message, QString field = {});

    static ApiError badField(const QString &field, const QString &message);
    // A domain refusal: 404 for missing entities, 400 for invalid input, 409 otherwise.
    static ApiError fromRefusal(Refusal refusal);
    // A database failure: 409 for a constraint the change broke (never "unavailable": trying
    // again cannot help), 503 for a damaged file (said so) and for everything else.
    static ApiError fromStorage(const StorageError &error);

    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    QString field() const { return m_field; }
    int httpStatus() const;

private:
    Kind m_kind;
    QString m_code;
    QString m_message;
    QString m_field;
};

// {"error":{"code":…,"message":…[,"field":…]}} with the matching status.
HttpReply errorReply(const ApiError &error);
