#include "scheduledialog.h"

#include "apipaths.h"
#include "formstatus.h"
#include "localtime.h"
#include "slotlook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum RuleColumn { WeekdayColumn, KindColumn, StartColumn, EndColumn, LengthColumn, CapacityColumn, RuleColumns };

QTime timeOf(int minute)
{
    return QTime(0, 0).addSecs(qint64(minute % 1440) * 60);
}

// A time edit cannot say 24:00: as an end, midnight is the end of the day.
int endMinuteOf(const QTimeEdit *edit)
{
    const QTime time = edit->time();
    return time == QTime(0, 0) ? 1440 : time.hour() * 60 + time.minute();
}

int minuteOf(const QTimeEdit *edit)
{
    return edit->time().hour() * 60 + edit->time().minute();
}

QTimeEdit *timeEdit(int minute)
{
    auto *edit = new QTimeEdit(timeOf(minute));
    edit->setDisplayFormat(u"HH:mm"_s);
    edit->setFrame(false);
    return edit;
}

// The JSON a rule is sent as: absent members left out (the API refuses nulls).
QJsonObject ruleBody(const ScheduleRule &rule)
{
    QJsonObject body{{u"weekday"_s, rule.weekday},
                     {u"kind"_s, rule.isBreak ? u"break"_s : u"open"_s},
                     {u"start"_s, clockText(rule.startMinute)},
                     {u"end"_s, clockText(rule.endMinute)}};
    if (rule.slotMinutes)
        body.insert(u"slot_minutes"_s, *rule.slotMinutes);
    if (rule.capacity)
        body.insert(u"capacity"_s, *rule.capacity);
    return body;
}

} // namespace

ScheduleDialog::ScheduleDialog(ApiClient &client, const QueueRecord &queue, bool canEditTemplate, bool canEditDays,
                               QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_queue(queue)
    , m_canEditTemplate(canEditTemplate)
    , m_canEditDays(canEditDays)
    , m_tabs(new QTabWidget(this))
    , m_templatePage(new QWidget(this))
    , m_daysPage(new QWidget(this))
    , m_templateNote(new QLabel(this))
    , m_rules(new QTableWidget(0, RuleColumns, this))
    , m_addHours(new QPushButton(this))
    , m_addBreak(new QPushButton(this))
    , m_removeRule(new QPushButton(this))
    , m_saveTemplate(new QPushButton(this))
    , m_daysNote(new QLabel(this))
    , m_exceptions(new QTableWidget(0, 3, this))
    , m_dayLabel(new QLabel(this))
    , m_day(new QDateEdit(this))
    , m_closed(new QCheckBox(this))
    , m_hoursLabel(new QLabel(this))
    , m_dayStart(timeEdit(10 * 60))
    , m_dayTo(new QLabel(this))
    , m_dayEnd(timeEdit(14 * 60))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_saveDay(new QPushButton(this))
    , m_removeDay(new QPushButton(this))
    , m_report(new QLabel(this))
    , m_conflicts(new QListWidget(this))
    , m_status(new FormStatus(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"scheduleDialog"_s);
    m_rules->setObjectName(u"templateRules"_s);
    m_rules->verticalHeader()->hide();
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    for (QLabel *note : {m_templateNote, m_daysNote, m_report}) {
        note->setWordWrap(true);
        note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_templateNote->setStyleSheet(u"color: #546e7a;"_s);
    m_daysNote->setStyleSheet(u"color: #546e7a;"_s);

    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_addHours);
    ruleButtons->addWidget(m_addBreak);
    ruleButtons->addWidget(m_removeRule);
    ruleButtons->addStretch(1);
    ruleButtons->addWidget(m_saveTemplate);
    auto *templateLayout = new QVBoxLayout(m_templatePage);
    templateLayout->addWidget(m_templateNote);
    templateLayout->addWidget(m_rules, 1);
    templateLayout->addLayout(ruleButtons);

    m_exceptions->setObjectName(u"exceptionDays"_s);
    m_exceptions->verticalHeader()->hide();
    m_exceptions->horizontalHeader()->setStretchLastSection(true);
    m_exceptions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_exceptions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exceptions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_day->setObjectName(u"exceptionDay"_s);
    m_day->setCalendarPopup(true);
    m_day->setDate(LocalTime::today(queue));
    m_closed->setObjectName(u"exceptionClosed"_s);
    m_closed->setChecked(true);
    m_dayStart->setFrame(true);
    m_dayEnd->setFrame(true);
    m_note->setMaxLength(200);
    m_note->setMinimumWidth(360);
    m_dayLabel->setBuddy(m_day);
    m_noteLabel->setBuddy(m_note);
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_dayStart);
    hours->addWidget(m_dayTo);
    hours->addWidget(m_dayEnd);
    hours->addStretch(1);
    auto *dayForm = new QFormLayout;
    dayForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    dayForm->addRow(m_dayLabel, m_day);
    dayForm->addRow(QString(), m_closed);
    dayForm->addRow(m_hoursLabel, hours);
    dayForm->addRow(m_noteLabel, m_note);
    auto *dayButtons = new QHBoxLayout;
    dayButtons->addStretch(1);
    dayButtons->addWidget(m_removeDay);
    dayButtons->addWidget(m_saveDay);
    auto *daysLayout = new QVBoxLayout(m_daysPage);
    daysLayout->addWidget(m_daysNote);
    daysLayout->addWidget(m_exceptions, 1);
    daysLayout->addLayout(dayForm);
    daysLayout->addLayout(dayButtons);

    m_tabs->addTab(m_templatePage, QString());
    m_tabs->addTab(m_daysPage, QString());
    m_report->setObjectName(u"generationReport"_s);
    m_report->hide();
    m_conflicts->setObjectName(u"generationConflicts"_s);
    m_conflicts->setMaximumHeight(m_conflicts->fontMetrics().height() * 6);
    m_conflicts->hide();
    m_status->bindField(u"rules"_s, m_rules);
    m_status->bindField(u"day"_s, m_day);
    m_status->bindField(u"start"_s, m_dayStart);
    m_status->bindField(u"end"_s, m_dayEnd);
    m_status->bindField(u"note"_s, m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_report);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_addHours, &QPushButton::clicked, this, [this] {
        ScheduleRule rule;
        rule.startMinute = 9 * 60;
        rule.endMinute = 13 * 60;
        addRuleRow(rule);
        m_rules->setCurrentCell(m_rules->rowCount() - 1, WeekdayColumn);
    });
    connect(m_addBreak, &QPushButton::clicked, this, [this] {
        ScheduleRule rule;
        rule.isBreak = true;
        rule.startMinute = 13 * 60;
        rule.endMinute = 14 * 60;
        addRuleRow(rule);
        m_rules->setCurrentCell(m_rules->rowCount() - 1, WeekdayColumn);
    });
    connect(m_removeRule, &QPushButton::clicked, this, [this] {
        if (m_rules->currentRow() >= 0)
            m_rules->removeRow(m_rules->currentRow());
    });
    connect(m_saveTemplate, &QPushButton::clicked, this, &ScheduleDialog::saveTemplate);
    connect(m_exceptions, &QTableWidget::itemSelectionChanged, this, &ScheduleDialog::exceptionChosen);
    connect(m_closed, &QCheckBox::toggled, this, &ScheduleDialog::updateEnabled);
    connect(m_day, &QDateEdit::dateChanged, this, &ScheduleDialog::updateEnabled);
    connect(m_saveDay, &QPushButton::clicked, this, &ScheduleDialog::saveDay);
    connect(m_removeDay, &QPushButton::clicked, this, &ScheduleDialog::removeDay);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateEnabled();
    resize(760, 620);
}

void ScheduleDialog::retranslate()
{
    setWindowTitle(tr("Template and holidays"));
    m_tabs->setTabText(0, tr("&Weekly template"));
    m_tabs->setTabText(1, tr("&Holidays and special days"));
    m_templateNote->setText(
        (m_canEditTemplate ? tr("The open hours of each weekday, with breaks. Saving makes the slots of the coming "
                                "weeks from it; booked slots are never removed.")
                           : tr("Only an administrator can change the weekly template.")) + u' '
        + tr("Times are in the queue's time zone, %1.").arg(m_queue.timezone));
    m_rules->setHorizontalHeaderLabels({tr("Weekday"), tr("Kind"), tr("From"), tr("To"), tr("Slot length"), tr("Capacity")});
    for (int row = 0; row < m_rules->rowCount(); ++row)
        retranslateRule(row);
    m_addHours->setText(tr("Add h&ours"));
    m_addHours->setToolTip(tr("Add open hours for a weekday"));
    m_addBreak->setText(tr("Add &break"));
    m_addBreak->setToolTip(tr("Add a break within a weekday's hours"));
    m_removeRule->setText(tr("&Remove line"));
    m_saveTemplate->setText(tr("&Save template"));
    m_saveTemplate->setToolTip(tr("Save the template and make the coming weeks' slots from it"));

    m_daysNote->setText(m_canEditDays ? tr("Days that differ from the template: closed (a holiday), or open only within "
                                           "their own hours. Choose one to change or remove it.")
                                      : tr("Only operators and administrators can change these days."));
    m_exceptions->setHorizontalHeaderLabels({tr("Day"), tr("Hours"), tr("Note")});
    showSchedule(m_schedule); // the day names and "closed" again
    m_dayLabel->setText(tr("&Day:"));
    m_closed->setText(tr("&Closed all day"));
    m_hoursLabel->setText(tr("Open hours:"));
    m_dayTo->setText(tr("to"));
    m_noteLabel->setText(tr("&Note:"));
    m_note->setPlaceholderText(tr("For example: public holiday"));
    m_saveDay->setText(tr("Sa&ve day"));
    m_saveDay->setToolTip(tr("Save this day and make its slots again"));
    m_removeDay->setText(tr("Re&move day"));
    m_removeDay->setToolTip(tr("The day follows the template again"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

void ScheduleDialog::retranslateRule(int row)
{
    const QLocale locale;
    auto *weekday = static_cast<QComboBox *>(m_rules->cellWidget(row, WeekdayColumn));
    for (int day = 1; day <= 7; ++day)
        weekday->setItemText(day - 1, locale.dayName(day, QLocale::LongFormat));
    auto *kind = static_cast<QComboBox *>(m_rules->cellWidget(row, KindColumn));
    kind->setItemText(0, tr("Open hours"));
    kind->setItemText(1, tr("Break"));
    auto *length = static_cast<QSpinBox *>(m_rules->cellWidget(row, LengthColumn));
    length->setSpecialValueText(tr("queue's (%1 min)").arg(m_queue.slotMinutes));
    length->setSuffix(tr(" min"));
    auto *capacity = static_cast<QSpinBox *>(m_rules->cellWidget(row, CapacityColumn));
    capacity->setSpecialValueText(tr("queue's (%1)").arg(m_queue.defaultCapacity));
}

void ScheduleDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ScheduleDialog::load()
{
    ApiReply *reply = m_client.get(ApiPaths::schedule(m_queue.id));
    track(reply, tr("Loading…"));
    reply->onValue<QueueSchedule>(this, [this](const QueueSchedule &schedule) {
        m_schedule = schedule;
        m_rules->setRowCount(0);
        for (const ScheduleRule &rule : schedule.rules)
            addRuleRow(rule);
        showSchedule(schedule);
    });
}

void ScheduleDialog::track(ApiReply *reply, const QString &busyText)
{
    m_inFlight = reply;
    m_status->showBusy(busyText);
    updateEnabled();
    connect(reply, &ApiReply::succeeded, this, [this] { m_status->clearStatus(); });
    reply->onFailure(this, [this](const ApiFailure &failure) { m_status->showFailure(failure); });
    connect(reply, &ApiReply::finished, this, [this] {
        m_inFlight = nullptr;
        updateEnabled();
    });
}

void ScheduleDialog::regenerate(ApiReply *reply, const QString &busyText)
{
    track(reply, busyText);
    reply->onValue<GenerationReport>(this, [this](const GenerationReport &report) {
        showReport(report);
        load(); // the template and the days as the server has them now
    });
}

void ScheduleDialog::showSchedule(const QueueSchedule &schedule)
{
    const QLocale locale;
    const int current = m_exceptions->currentRow();
    m_exceptions->setRowCount(int(schedule.exceptions.size()));
    for (int row = 0; row < schedule.exceptions.size(); ++row) {
        const ScheduleException &day = schedule.exceptions.at(row);
        auto *dayItem = new QTableWidgetItem(locale.toString(day.day, u"ddd d MMMM yyyy"_s));
        dayItem->setData(Qt::UserRole, day.day);
        m_exceptions->setItem(row, 0, dayItem);
        m_exceptions->setItem(row, 1, new QTableWidgetItem(day.closed ? tr("Closed all day")
                                                                      : clockText(day.startMinute) + u'–' + clockText(day.endMinute)));
        m_exceptions->setItem(row, 2, new QTableWidgetItem(day.note));
    }
    m_exceptions->resizeColumnsToContents();
    if (current >= 0 && current < m_exceptions->rowCount())
        m_exceptions->selectRow(current);
}

void ScheduleDialog::addRuleRow(const ScheduleRule &rule)
{
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    auto *weekday = new QComboBox;
    for (int day = 1; day <= 7; ++day)
        weekday->addItem(QString(), day);
    weekday->setCurrentIndex(qBound(1, rule.weekday, 7) - 1);
    auto *kind = new QComboBox;
    kind->addItem(QString());
    kind->addItem(QString());
    kind->setCurrentIndex(rule.isBreak ? 1 : 0);
    auto *length = new QSpinBox;
    length->setRange(0, 24 * 60); // 0: the queue's own
    length->setValue(rule.slotMinutes.value_or(0));
    auto *capacity = new QSpinBox;
    capacity->setRange(0, 1000);
    capacity->setValue(rule.capacity.value_or(0));
    // A break has no slots of its own.
    const auto breakChanged = [length, capacity](int index) {
        length->setEnabled(index == 0);
        capacity->setEnabled(index == 0);
    };
    connect(kind, &QComboBox::currentIndexChanged, this, breakChanged);
    breakChanged(kind->currentIndex());
    m_rules->setCellWidget(row, WeekdayColumn, weekday);
    m_rules->setCellWidget(row, KindColumn, kind);
    m_rules->setCellWidget(row, StartColumn, timeEdit(rule.startMinute));
    m_rules->setCellWidget(row, EndColumn, timeEdit(rule.endMinute));
    m_rules->setCellWidget(row, LengthColumn, length);
    m_rules->setCellWidget(row, CapacityColumn, capacity);
    for (int column = 0; column < RuleColumns; ++column)
        m_rules->cellWidget(row, column)->setEnabled(m_canEditTemplate);
    if (m_canEditTemplate)
        breakChanged(kind->currentIndex());
    retranslateRule(row);
    m_rules->resizeColumnsToContents();
}

QList<ScheduleRule> ScheduleDialog::rules() const
{
    QList<ScheduleRule> result;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        ScheduleRule rule;
        rule.weekday = static_cast<QComboBox *>(m_rules->cellWidget(row, WeekdayColumn))->currentIndex() + 1;
        rule.isBreak = static_cast<QComboBox *>(m_rules->cellWidget(row, KindColumn))->currentIndex() == 1;
        rule.startMinute = minuteOf(static_cast<QTimeEdit *>(m_rules->cellWidget(row, StartColumn)));
        rule.endMinute = endMinuteOf(static_cast<QTimeEdit *>(m_rules->cellWidget(row, EndColumn)));
        const int length = static_cast<QSpinBox *>(m_rules->cellWidget(row, LengthColumn))->value();
        const int capacity = static_cast<QSpinBox *>(m_rules->cellWidget(row, CapacityColumn))->value();
        if (!rule.isBreak && length > 0)
            rule.slotMinutes = length;
        if (!rule.isBreak && capacity > 0)
            rule.capacity = capacity;
        result.append(rule);
    }
    return result;
}

void ScheduleDialog::saveTemplate()
{
    if (m_inFlight || !m_canEditTemplate)
        return;
    QJsonArray body;
    for (const ScheduleRule &rule : rules())
        body.append(ruleBody(rule));
    ApiReply *reply = m_client.put(ApiPaths::schedule(m_queue.id), {{u"rules"_s, body}});
    regenerate(reply, tr("Saving the template and making the slots…"));
}

void ScheduleDialog::exceptionChosen()
{
    const int row = m_exceptions->currentRow();
    if (row < 0 || row >= m_schedule.exceptions.size())
        return;
    const ScheduleException &day = m_schedule.exceptions.at(row);
    m_day->setDate(day.day);
    m_closed->setChecked(day.closed);
    if (!day.closed) {
        m_dayStart->setTime(timeOf(day.startMinute));
        m_dayEnd->setTime(timeOf(day.endMinute));
    }
    m_note->setText(day.note);
    updateEnabled();
}

void ScheduleDialog::saveDay()
{
    if (m_inFlight || !m_canEditDays)
        return;
    QJsonObject body{{u"closed"_s, m_closed->isChecked()}, {u"note"_s, m_note->text().trimmed()}};
    if (!m_closed->isChecked()) {
        body.insert(u"start"_s, clockText(minuteOf(m_dayStart)));
        body.insert(u"end"_s, clockText(endMinuteOf(m_dayEnd)));
    }
    ApiReply *reply = m_client.put(ApiPaths::scheduleException(m_queue.id, m_day->date()), body);
    regenerate(reply, tr("Saving the day and making its slots…"));
}

void ScheduleDialog::removeDay()
{
    if (m_inFlight || !m_canEditDays)
        return;
    ApiReply *reply = m_client.remove(ApiPaths::scheduleException(m_queue.id, m_day->date()));
    regenerate(reply, tr("Removing the day and making its slots from the template…"));
}

void ScheduleDialog::showReport(const GenerationReport &report)
{
    m_report->setText(tr("Slots made again from %1 to %2: %3 created, %4 removed, %5 with a new capacity, %6 kept.")
                          .arg(QLocale().toString(QDate::fromString(report.fromDay, Qt::ISODate), QLocale::ShortFormat),
                               QLocale().toString(QDate::fromString(report.toDay, Qt::ISODate), QLocale::ShortFormat))
                          .arg(report.created)
                          .arg(report.removed)
                          .arg(report.updated)
                          .arg(report.kept)
                      + (report.conflicts.isEmpty()
                             ? QString()
                             : u' ' + tr("%n booked slot(s) no longer fit and were left as they are:", nullptr,
                                         int(report.conflicts.size()))));
    m_report->show();
    m_conflicts->clear();
    const WeekFrame frame(LocalTime::zoneOf(m_queue), QDate::currentDate(), 1);
    for (const ScheduleConflict &conflict : report.conflicts) {
        QString why = conflict.reason;
        if (conflict.reason == u"not_in_template"_s)
            why = tr("not in the template any more");
        else if (conflict.reason == u"hours_changed"_s)
            why = tr("its hours changed");
        else if (conflict.reason == u"capacity_below_booked"_s)
            why = tr("more people booked than the new capacity");
        m_conflicts->addItem(tr("%1 — %n booked — %2", nullptr, conflict.slot.booked)
                                 .arg(SlotLook::dayAndTime(conflict.slot, frame), why));
    }
    m_conflicts->setVisible(!report.conflicts.isEmpty());
    emit regenerated(report);
}

void ScheduleDialog::updateEnabled()
{
    const bool idle = !m_inFlight;
    m_addHours->setEnabled(idle && m_canEditTemplate);
    m_addBreak->setEnabled(idle && m_canEditTemplate);
    m_removeRule->setEnabled(idle && m_canEditTemplate);
    m_saveTemplate->setEnabled(idle && m_canEditTemplate);
    m_addHours->setVisible(m_canEditTemplate);
    m_addBreak->setVisible(m_canEditTemplate);
    m_removeRule->setVisible(m_canEditTemplate);
    m_saveTemplate->setVisible(m_canEditTemplate);
    for (QWidget *input : std::initializer_list<QWidget *>{m_day, m_closed, m_note, m_saveDay, m_removeDay})
        input->setEnabled(idle && m_canEditDays);
    m_dayStart->setEnabled(idle && m_canEditDays && !m_closed->isChecked());
    m_dayEnd->setEnabled(idle && m_canEditDays && !m_closed->isChecked());
    bool known = false;
    for (const ScheduleException &day : std::as_const(m_schedule.exceptions))
        known = known || day.day == m_day->date();
    m_removeDay->setEnabled(idle && m_canEditDays && known);
}
