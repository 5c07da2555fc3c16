// A complete HTTP response produced synchronously by a handler.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(const QJsonObject &object, int status = 200)
    {
        return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact), {}};
    }
    static HttpReply json(const QJsonArray &array, int status = 200)
    {
        return {status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
    }
    static HttpReply text(const QByteArray &body, const QByteArray &contentType, int status = 200)
    {
        return {status, contentType, body, {}};
    }
    static HttpReply noContent() { return {204, QByteArray(), QByteArray(), {}}; }
};
