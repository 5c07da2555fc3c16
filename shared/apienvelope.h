// The shapes every admin API reply shares: the error body {"error":{code,message,field}} and the
// list envelope {"items":[…],"total":N,"limit":L,"offset":O}.
#pragma once

#include "jsonfields.h"

#include <QJsonObject>
#include <QList>
#include <QString>

struct ApiErrorBody
{
    QString code;    // stable, e.g. slot_full, invalid_field, unauthorized
    QString message; // for people, in English
    QString field;   // the request member that is wrong, for 400s

    QJsonObject toJson() const
    {
        QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
        if (!field.isEmpty())
            error.insert(QStringLiteral("field"), field);
        return {{QStringLiteral("error"), error}};
    }
    // Nothing useful (empty code) when `json` is not an error body.
    static ApiErrorBody fromJson(const QJsonObject &json)
    {
        const QJsonObject error = json.value(QStringLiteral("error")).toObject();
        return {error.value(QStringLiteral("code")).toString(), error.value(QStringLiteral("message")).toString(),
                error.value(QStringLiteral("field")).toString()};
    }
};

// One page of a list; T has toJson() and static fromJson().
template<typename T>
struct ListPage
{
    QList<T> items;
    qint64 total = 0; // on all pages
    int limit = 0;
    qint64 offset = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("items"), JsonFields::arrayOf(items)},
                {QStringLiteral("total"), total},
                {QStringLiteral("limit"), limit},
                {QStringLiteral("offset"), offset}};
    }
    static ListPage fromJson(const QJsonObject &json)
    {
        return {JsonFields::listFrom<T>(json.value(QStringLiteral("items"))),
                json.value(QStringLiteral("total")).toInteger(), json.value(QStringLiteral("limit")).toInt(),
                json.value(QStringLiteral("offset")).toInteger()};
    }
};
