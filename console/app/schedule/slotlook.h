// How the schedule presents a slot: a colour pair per load (free, partly booked, full, cancelled,
// closed) with its name for the legend, and the texts of its time and seats — one place for the
// grid, its legend, its tooltips and the details panel.
#pragma once

#include "models/weekslotsmodel.h"

#include <QColor>
#include <QCoreApplication>
#include <QPixmap>
#include <QString>

class SlotLook
{
    Q_DECLARE_TR_FUNCTIONS(SlotLook)

public:
    using Load = WeekSlotsModel::Load;

    static QList<Load> loads();
    static QColor fill(Load load);
    static QColor edge(Load load);
    static QString loadName(Load load);
    // A small square in the load's colours, for the legend.
    static QPixmap swatch(Load load, int size);

    // "09:00–09:15" in the frame's time zone.
    static QString timeRange(const SlotRecord &slot, const WeekFrame &frame);
    // "Tuesday, 4 March, 09:00–09:15"
    static QString dayAndTime(const SlotRecord &slot, const WeekFrame &frame);
    // "2 of 3 seats taken, 1 held for the waiting list" / "Cancelled: reason"
    static QString seats(const SlotRecord &slot);
};
