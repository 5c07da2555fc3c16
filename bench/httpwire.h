// HTTP/1.1 framing on a byte stream, just enough for the bench's own clients and its Bot API
// stand-in: bodies with Content-Length, no chunks, no pipelining surprises.
#pragma once

#include <QByteArray>

struct HttpMessage
{
    QByteArray method; // requests: "POST"
    QByteArray target; // requests: "/bot123:abc/sendMessage"
    int status = 0;    // responses
    QByteArray body;
    bool close = false; // "Connection: close"
};

enum class HttpFraming { Incomplete, Complete, Malformed };

// Takes one whole message off the front of `buffer`. A response without Content-Length is
// Malformed (the bench only talks to servers that send it); a request without one has no body.
HttpFraming takeHttpMessage(QByteArray &buffer, bool response, HttpMessage *message);

// A whole response: status line, Content-Type: application/json, Content-Length and `body`.
QByteArray httpJsonResponse(int status, const QByteArray &body);
