// A queue's day on paper: who is booked at what time (time, code, name, phone, status), from the
// bookings export of that day, for the receptionist's desk.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

struct DaySheetRow
{
    QString time; // local HH:mm
    QString code;
    QString name;
    QString phone;
    QString status; // in words
};

struct DaySheet
{
    QString queueName;
    QDate day;
    QList<DaySheetRow> rows; // by time, then code

    // The rows of an export of one queue's day: bookings still expected or already settled
    // (booked, attended, no-show); cancelled and expired ones are not on the sheet.
    static QList<DaySheetRow> rowsFromCsv(const QByteArray &csv);
};
