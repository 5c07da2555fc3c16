// An HTTP response from a handler: complete at once, or deferred — answered later (after a
// group commit, or a worker's read) through the listener, which drops it if the client has gone.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <functional>
#include <memory>
#include <mutex>

struct HttpReply;

// The handle a handler keeps to answer later. Completing it more than once, or after the client
// went away, does nothing. Thread-safe: a worker may complete it; the answer is written on the
// listener's thread.
class DeferredReply
{
public:
    void complete(const HttpReply &reply);
    // Set by the listener when it takes the request: how to write the answer.
    void setSink(std::function<void(const HttpReply &)> sink);

private:
    std::mutex m_mutex;
    std::function<void(const HttpReply &)> m_sink;
    std::shared_ptr<HttpReply> m_early; // completed before the listener set the sink
    bool m_done = false;
};

struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Set: this reply is a promise; the answer comes through it.
    std::shared_ptr<DeferredReply> deferred;

    static HttpReply later(std::shared_ptr<DeferredReply> promise)
    {
        HttpReply reply;
        reply.deferred = std::move(promise);
        return reply;
    }

    static HttpReply json(const QJsonObject &object, int status = 200)
    {
        return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}, {}};
    }
    static HttpReply json(const QJsonArray &array, int status = 200)
    {
        return {status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact), {}, {}};
    }
    static HttpReply text(const QByteArray &body, const QByteArray &contentType, int status = 200)
    {
        return {status, contentType, body, {}, {}};
    }
    static HttpReply noContent() { return {204, QByteArray(), QByteArray(), {}, {}}; }
};
