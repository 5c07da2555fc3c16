// What went wrong with one admin API call, decoded once from the transport and the error body, so
// every window can say it clearly (server unreachable, token rejected, TLS problem, a field).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

struct ApiFailure
{
    Q_DECLARE_TR_FUNCTIONS(ApiFailure)

public:
    enum class Kind {
        Network,      // no answer: refused, reset, DNS, proxy
        Tls,          // the certificate was not trusted (sslErrors says why)
        Timeout,      // no answer in time
        Unauthorized, // 401: the token is wrong or revoked
        Forbidden,    // 403: the role is too low
        NotFound,     // 404
        Validation,   // 400: `field` names what is wrong
        Conflict,     // 409: a rule said no; `code` is the refusal (slot_full …)
        TooLarge,     // 413
        Server,       // 5xx, or a reply that is not the API's
        Cancelled,    // we gave up on it (closing, a newer request)
    };
    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 without an answer
    QString code;       // the API's error code, when it answered one
    QString message;    // the API's message (English) or the transport's
    QString field;      // for Validation: the request member to highlight
    QStringList sslErrors;
    QByteArray body; // the answer as sent: a few routes say more in it (GET /health's 503)

    // The server could not be reached at all (the console goes offline and retries).
    bool isConnectionProblem() const { return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Tls; }
    // One sentence for people, translated.
    QString describe() const;
};

Q_DECLARE_METATYPE(ApiFailure)
