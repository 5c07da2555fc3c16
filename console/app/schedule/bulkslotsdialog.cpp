#include "bulkslotsdialog.h"

#include "apipaths.h"
#include "formstatus.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kPreviewDelayMs = 300; // typing a time is several changes: one preview after them

QString clock(const QTime &time, bool endOfDay)
{
    // A time edit cannot say 24:00: midnight as an end means the end of the day.
    if (endOfDay && time == QTime(0, 0))
        return u"24:00"_s;
    return time.toString(u"HH:mm"_s);
}

// Two inputs side by side with a word between them ("09:00 to 13:00").
QWidget *pair(QWidget *first, QLabel *between, QWidget *second, QWidget *leading = nullptr)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    if (leading)
        layout->addWidget(leading);
    layout->addWidget(first);
    layout->addWidget(between);
    layout->addWidget(second);
    layout->addStretch(1);
    return row;
}

QTimeEdit *timeEdit(const QTime &time)
{
    auto *edit = new QTimeEdit(time);
    edit->setDisplayFormat(u"HH:mm"_s);
    return edit;
}

} // namespace

BulkSlotsDialog::BulkSlotsDialog(ApiClient &client, const QueueRecord &queue, const QDate &from, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_queue(queue)
    , m_from(new QDateEdit(from, this))
    , m_to(new QDateEdit(from.addDays(6), this))
    , m_start(timeEdit(QTime(9, 0)))
    , m_end(timeEdit(QTime(18, 0)))
    , m_break(new QCheckBox(this))
    , m_breakStart(timeEdit(QTime(13, 0)))
    , m_breakEnd(timeEdit(QTime(14, 0)))
    , m_length(new QSpinBox(this))
    , m_capacity(new QSpinBox(this))
    , m_rangeLabel(new QLabel(this))
    , m_daysLabel(new QLabel(this))
    , m_hoursLabel(new QLabel(this))
    , m_breakLabel(new QLabel(this))
    , m_lengthLabel(new QLabel(this))
    , m_capacityLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_hoursToLabel(new QLabel(this))
    , m_breakToLabel(new QLabel(this))
    , m_zone(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_status(new FormStatus(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this))
{
    setObjectName(u"bulkSlotsDialog"_s);
    m_from->setObjectName(u"bulkFrom"_s);
    m_to->setObjectName(u"bulkTo"_s);
    m_start->setObjectName(u"bulkStart"_s);
    m_end->setObjectName(u"bulkEnd"_s);
    m_break->setObjectName(u"bulkBreak"_s);
    m_length->setObjectName(u"bulkLength"_s);
    m_capacity->setObjectName(u"bulkCapacity"_s);
    m_preview->setObjectName(u"bulkPreview"_s);
    for (QDateEdit *edit : {m_from, m_to})
        edit->setCalendarPopup(true);
    m_length->setRange(1, 24 * 60);
    m_length->setValue(queue.slotMinutes);
    m_capacity->setRange(1, 1000);
    m_capacity->setValue(queue.defaultCapacity);
    m_break->setChecked(true);

    auto *days = new QWidget(this);
    auto *daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    for (int weekday = 1; weekday <= 7; ++weekday) {
        auto *box = new QCheckBox(days);
        box->setObjectName(u"bulkWeekday%1"_s.arg(weekday));
        box->setChecked(weekday <= 5);
        daysLayout->addWidget(box);
        m_weekdays.append(box);
    }
    daysLayout->addStretch(1);

    m_rangeLabel->setBuddy(m_from);
    m_daysLabel->setBuddy(m_weekdays.first());
    m_hoursLabel->setBuddy(m_start);
    m_lengthLabel->setBuddy(m_length);
    m_capacityLabel->setBuddy(m_capacity);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_rangeLabel, pair(m_from, m_toLabel, m_to));
    form->addRow(m_daysLabel, days);
    form->addRow(m_hoursLabel, pair(m_start, m_hoursToLabel, m_end));
    form->addRow(m_breakLabel, pair(m_breakStart, m_breakToLabel, m_breakEnd, m_break));
    form->addRow(m_lengthLabel, m_length);
    form->addRow(m_capacityLabel, m_capacity);

    m_zone->setWordWrap(true);
    m_zone->setStyleSheet(u"color: #546e7a;"_s);
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 3);
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_preview->setStyleSheet(u"QLabel { background: #eceff1; border-radius: 4px; padding: 8px; font-weight: bold; }"_s);

    m_status->bindField(u"from_date"_s, m_from);
    m_status->bindField(u"to_date"_s, m_to);
    m_status->bindField(u"weekdays"_s, m_weekdays.first());
    m_status->bindField(u"start_time"_s, m_start);
    m_status->bindField(u"end_time"_s, m_end);
    m_status->bindField(u"break_start"_s, m_breakStart);
    m_status->bindField(u"break_end"_s, m_breakEnd);
    m_status->bindField(u"slot_minutes"_s, m_length);
    m_status->bindField(u"capacity"_s, m_capacity);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_zone);
    layout->addWidget(m_preview);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &BulkSlotsDialog::preview);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &BulkSlotsDialog::inputChanged);
    for (QTimeEdit *edit : {m_start, m_end, m_breakStart, m_breakEnd})
        connect(edit, &QTimeEdit::timeChanged, this, &BulkSlotsDialog::inputChanged);
    for (QSpinBox *spin : {m_length, m_capacity})
        connect(spin, &QSpinBox::valueChanged, this, &BulkSlotsDialog::inputChanged);
    for (QCheckBox *box : std::as_const(m_weekdays))
        connect(box, &QCheckBox::toggled, this, &BulkSlotsDialog::inputChanged);
    connect(m_break, &QCheckBox::toggled, this, [this](bool on) {
        m_breakStart->setEnabled(on);
        m_breakEnd->setEnabled(on);
        inputChanged();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BulkSlotsDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    setMinimumWidth(520);
    inputChanged();
}

void BulkSlotsDialog::retranslate()
{
    setWindowTitle(tr("Create slots from a pattern"));
    m_rangeLabel->setText(tr("&Dates:"));
    m_toLabel->setText(tr("to"));
    m_daysLabel->setText(tr("&Weekdays:"));
    const QLocale locale;
    for (int i = 0; i < m_weekdays.size(); ++i) {
        m_weekdays.at(i)->setText(locale.dayName(i + 1, QLocale::ShortFormat));
        m_weekdays.at(i)->setToolTip(locale.dayName(i + 1, QLocale::LongFormat));
    }
    m_hoursLabel->setText(tr("&Hours:"));
    m_hoursToLabel->setText(tr("to"));
    m_end->setToolTip(tr("00:00 means midnight at the end of the day"));
    m_breakLabel->setText(tr("Break:"));
    m_break->setText(tr("&from"));
    m_break->setToolTip(tr("No slot overlaps the break; the slots after it start when it ends"));
    m_breakToLabel->setText(tr("to"));
    m_lengthLabel->setText(tr("Slot &length:"));
    m_length->setSuffix(tr(" min"));
    m_capacityLabel->setText(tr("&Capacity:"));
    m_capacity->setToolTip(tr("How many people can book each slot"));
    m_zone->setText(tr("Times are in the queue's time zone, %1. Starts that already have a slot are skipped.")
                        .arg(m_queue.timezone));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_applyReply ? tr("Creating…") : tr("Create slots"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

void BulkSlotsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_previewCreated >= 0 && !m_applyReply)
            preview(); // the figures again, in the new language
    }
    QDialog::changeEvent(event);
}

QJsonObject BulkSlotsDialog::pattern() const
{
    QJsonArray weekdays;
    for (int i = 0; i < m_weekdays.size(); ++i) {
        if (m_weekdays.at(i)->isChecked())
            weekdays.append(i + 1);
    }
    QJsonObject body{{u"queue_id"_s, m_queue.id},
                     {u"from_date"_s, m_from->date().toString(Qt::ISODate)},
                     {u"to_date"_s, m_to->date().toString(Qt::ISODate)},
                     {u"weekdays"_s, weekdays},
                     {u"start_time"_s, clock(m_start->time(), false)},
                     {u"end_time"_s, clock(m_end->time(), true)},
                     {u"slot_minutes"_s, m_length->value()},
                     {u"capacity"_s, m_capacity->value()}};
    if (m_break->isChecked()) {
        body.insert(u"break_start"_s, clock(m_breakStart->time(), false));
        body.insert(u"break_end"_s, clock(m_breakEnd->time(), true));
    }
    return body;
}

void BulkSlotsDialog::inputChanged()
{
    m_status->clearStatus();
    m_preview->setText(tr("Checking what this would create…"));
    m_previewTimer.start();
    updateButtons();
}

void BulkSlotsDialog::preview()
{
    if (m_previewReply)
        m_previewReply->abort();
    const QJsonObject body = pattern();
    if (body.value(u"weekdays"_s).toArray().isEmpty()) {
        m_preview->setText(tr("Choose at least one weekday."));
        m_previewedPattern = {};
        updateButtons();
        return;
    }
    QJsonObject dryRun = body;
    dryRun.insert(u"dry_run"_s, true);
    m_previewReply = m_client.post(ApiPaths::slotsBulk(), dryRun);
    m_previewReply->onJson(this, [this, body](const QJsonDocument &json) {
        if (body != pattern())
            return; // changed meanwhile: its own preview follows
        m_previewedPattern = body;
        m_previewCreated = json[u"created"_s].toInt();
        m_previewSkipped = json[u"skipped"_s].toInt();
        if (m_previewCreated > 0 && m_previewSkipped == 0)
            m_preview->setText(tr("%n slot(s) will be created. None conflicts with an existing slot.", nullptr,
                                  m_previewCreated));
        else if (m_previewCreated > 0)
            m_preview->setText(tr("%n slot(s) will be created.", nullptr, m_previewCreated) + u' '
                               + tr("%n start(s) already have a slot and will be skipped.", nullptr, m_previewSkipped));
        else if (m_previewSkipped > 0)
            m_preview->setText(tr("Nothing to create: all %n start(s) already have a slot.", nullptr, m_previewSkipped));
        else
            m_preview->setText(tr("This pattern makes no slots: check the dates, weekdays and hours."));
        updateButtons();
        emit previewed();
    });
    m_previewReply->onFailure(this, [this, body](const ApiFailure &failure) {
        if (failure.kind == ApiFailure::Kind::Cancelled || body != pattern())
            return;
        m_previewedPattern = {};
        m_preview->setText(tr("No preview: the pattern needs a change."));
        m_status->showFailure(failure);
        updateButtons();
        emit previewed();
    });
}

void BulkSlotsDialog::apply()
{
    if (m_applyReply || m_previewedPattern != pattern())
        return;
    m_applyReply = m_client.post(ApiPaths::slotsBulk(), m_previewedPattern);
    m_status->showBusy(tr("Creating the slots…"));
    retranslate();
    updateButtons();
    m_applyReply->onJson(this, [this](const QJsonDocument &json) {
        emit created(json[u"created"_s].toInt(), json[u"skipped"_s].toInt());
        accept();
    });
    m_applyReply->onFailure(this, [this](const ApiFailure &failure) {
        m_applyReply = nullptr;
        m_status->showFailure(failure);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create slots"));
        updateButtons();
    });
}

void BulkSlotsDialog::updateButtons()
{
    const bool ready = !m_applyReply && !m_previewedPattern.isEmpty() && m_previewedPattern == pattern()
        && m_previewCreated > 0 && !m_previewTimer.isActive();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}
