#include "slotdialog.h"

#include "apipaths.h"
#include "formstatus.h"
#include "localtime.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SlotDialog::SlotDialog(ApiClient &client, const QueueRecord &queue, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_queue(queue)
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_length(new QSpinBox(this))
    , m_capacity(new QSpinBox(this))
    , m_dateLabel(new QLabel(this))
    , m_timeLabel(new QLabel(this))
    , m_lengthLabel(new QLabel(this))
    , m_capacityLabel(new QLabel(this))
    , m_zone(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_status(new FormStatus(this))
{
    setObjectName(u"slotDialog"_s);
    m_date->setObjectName(u"slotDate"_s);
    m_date->setCalendarPopup(true);
    m_time->setObjectName(u"slotTime"_s);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_length->setObjectName(u"slotLength"_s);
    m_length->setRange(1, 24 * 60);
    m_length->setValue(queue.slotMinutes);
    m_capacity->setObjectName(u"slotCapacity"_s);
    m_capacity->setRange(1, 1000);
    m_capacity->setValue(queue.defaultCapacity);
    const QDate today = LocalTime::today(queue);
    setStart(today, 9 * 60);
    m_zone->setWordWrap(true);
    m_zone->setStyleSheet(u"color: #546e7a;"_s);
    m_dateLabel->setBuddy(m_date);
    m_timeLabel->setBuddy(m_time);
    m_lengthLabel->setBuddy(m_length);
    m_capacityLabel->setBuddy(m_capacity);
    m_status->bindField(u"starts_at"_s, m_time);
    m_status->bindField(u"ends_at"_s, m_length);
    m_status->bindField(u"capacity"_s, m_capacity);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_timeLabel, m_time);
    form->addRow(m_lengthLabel, m_length);
    form->addRow(m_capacityLabel, m_capacity);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_zone);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SlotDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    setMinimumWidth(360);
}

void SlotDialog::setStart(const QDate &day, int minute)
{
    m_date->setDate(day);
    m_time->setTime(QTime(0, 0).addSecs(qint64(qBound(0, minute, 1439)) * 60));
}

void SlotDialog::retranslate()
{
    setWindowTitle(tr("New slot"));
    m_dateLabel->setText(tr("&Date:"));
    m_timeLabel->setText(tr("&Start:"));
    m_lengthLabel->setText(tr("&Length:"));
    m_capacityLabel->setText(tr("&Capacity:"));
    m_length->setSuffix(tr(" min"));
    m_capacity->setToolTip(tr("How many people can book this slot"));
    m_zone->setText(tr("Times are in the queue's time zone, %1.").arg(m_queue.timezone));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_inFlight ? tr("Creating…") : tr("Create"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void SlotDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SlotDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Creating…") : tr("Create"));
    if (busy)
        m_status->showBusy(tr("Creating the slot…"));
}

void SlotDialog::submit()
{
    if (m_inFlight)
        return;
    const QDateTime start = QDateTime(m_date->date(), m_time->time(), LocalTime::zoneOf(m_queue)).toUTC();
    const QDateTime end = start.addSecs(qint64(m_length->value()) * 60);
    m_inFlight = m_client.post(ApiPaths::slotList(), {{u"queue_id"_s, m_queue.id},
                                                      {u"starts_at"_s, isoUtc(start)},
                                                      {u"ends_at"_s, isoUtc(end)},
                                                      {u"capacity"_s, m_capacity->value()}});
    setBusy(true);
    m_inFlight->onValue<SlotRecord>(this, [this](const SlotRecord &slot) {
        m_inFlight = nullptr;
        setBusy(false);
        emit created(slot);
        accept();
    });
    m_inFlight->onFailure(this, [this](const ApiFailure &failure) {
        m_inFlight = nullptr;
        setBusy(false);
        m_status->showFailure(failure);
    });
}
