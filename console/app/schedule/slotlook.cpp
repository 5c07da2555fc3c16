#include "slotlook.h"

#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

QList<SlotLook::Load> SlotLook::loads()
{
    return {Load::Free, Load::PartlyBooked, Load::Full, Load::Cancelled, Load::Closed};
}

QColor SlotLook::fill(Load load)
{
    switch (load) {
    case Load::Free: return QColor(0xc8, 0xe6, 0xc9);
    case Load::PartlyBooked: return QColor(0xff, 0xe0, 0xb2);
    case Load::Full: return QColor(0xff, 0xcd, 0xd2);
    case Load::Cancelled: return QColor(0xec, 0xef, 0xf1);
    case Load::Closed: return QColor(0xd7, 0xdc, 0xe0);
    }
    return Qt::white;
}

QColor SlotLook::edge(Load load)
{
    switch (load) {
    case Load::Free: return QColor(0x38, 0x8e, 0x3c);
    case Load::PartlyBooked: return QColor(0xef, 0x6c, 0x00);
    case Load::Full: return QColor(0xc6, 0x28, 0x28);
    case Load::Cancelled: return QColor(0x90, 0xa4, 0xae);
    case Load::Closed: return QColor(0x54, 0x6e, 0x7a);
    }
    return Qt::black;
}

QString SlotLook::loadName(Load load)
{
    switch (load) {
    case Load::Free: return tr("Free");
    case Load::PartlyBooked: return tr("Partly booked");
    case Load::Full: return tr("Full");
    case Load::Cancelled: return tr("Cancelled");
    case Load::Closed: return tr("Closed");
    }
    return {};
}

QPixmap SlotLook::swatch(Load load, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(edge(load));
    painter.setBrush(fill(load));
    painter.drawRect(0, 0, size - 1, size - 1);
    if (load == Load::Cancelled)
        painter.fillRect(1, 1, size - 2, size - 2, QBrush(edge(load), Qt::BDiagPattern));
    return pixmap;
}

QString SlotLook::timeRange(const SlotRecord &slot, const WeekFrame &frame)
{
    const QLocale locale;
    return locale.toString(frame.toLocal(slot.startsAt).time(), QLocale::ShortFormat) + u'–'
        + locale.toString(frame.toLocal(slot.endsAt).time(), QLocale::ShortFormat);
}

QString SlotLook::dayAndTime(const SlotRecord &slot, const WeekFrame &frame)
{
    const QDate day = frame.toLocal(slot.startsAt).date();
    return tr("%1, %2").arg(QLocale().toString(day, u"dddd, d MMMM"_s), timeRange(slot, frame));
}

QString SlotLook::seats(const SlotRecord &slot)
{
    if (slot.status == SlotStatus::Cancelled)
        return slot.cancelReason.isEmpty() ? tr("Cancelled") : tr("Cancelled: %1").arg(slot.cancelReason);
    QString text = tr("%1 of %n seat(s) taken", nullptr, slot.capacity).arg(slot.booked + slot.held);
    if (slot.held > 0)
        text += tr(", %n held for the waiting list", nullptr, slot.held);
    if (slot.status == SlotStatus::Closed)
        text += tr(" (closed to booking)");
    return text;
}
