#include "schedulepage.h"

#include "bulkslotsdialog.h"
#include "cancelslotdialog.h"
#include "fontscale.h"
#include "scheduledialog.h"
#include "slotdetailspanel.h"
#include "slotdialog.h"
#include "slotlook.h"
#include "weekgrid.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QAction *pageAction(QWidget *page, const QString &icon, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon(u":/icons/console/"_s + icon + u".svg"_s), QString(), page);
    action->setShortcuts(keys);
    // Only while the page (or something in it) has the focus: other pages use the same keys.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    return action;
}

// "Text (Shortcut)" as every tooltip says it.
void describe(QAction *action, const QString &text, const QString &tip)
{
    action->setText(text);
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(keys.isEmpty() ? tip : QCoreApplication::translate("SchedulePage", "%1 (%2)").arg(tip, keys));
}

} // namespace

SchedulePage::SchedulePage(ConsoleContext &context, QWidget *parent)
    : RefreshingPage(context, parent)
    , m_slots(context.client)
    , m_grid(new WeekGrid(this))
    , m_details(new SlotDetailsPanel(context, m_slots, this))
    , m_toolbar(new QToolBar(this))
    , m_range(new QLabel(this))
    , m_zone(new QLabel(this))
    , m_status(new QLabel(this))
    , m_views(new QActionGroup(this))
    , m_date(QDate::currentDate())
{
    setObjectName(u"schedulePage"_s);
    m_grid->setModel(&m_slots);
    buildActions();

    m_range->setObjectName(u"scheduleRange"_s);
    enlargeFont(m_range, 1.1);
    m_range->setContentsMargins(10, 0, 10, 0);
    m_status->setObjectName(u"scheduleStatus"_s);
    m_status->setContentsMargins(8, 0, 8, 0);
    m_zone->setStyleSheet(u"color: #607d8b;"_s);

    m_toolbar->setObjectName(u"scheduleToolbar"_s);
    m_toolbar->setIconSize(QSize(20, 20));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->addAction(m_previous);
    m_toolbar->addAction(m_today);
    m_toolbar->addAction(m_next);
    m_toolbar->addWidget(m_range);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_weekView);
    m_toolbar->addAction(m_dayView);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_zoomOut);
    m_toolbar->addAction(m_zoomIn);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_newSlot);
    m_toolbar->addAction(m_bulk);
    m_toolbar->addAction(m_schedule);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolbar->addWidget(spacer);
    m_toolbar->addWidget(m_status);
    // Arrows and zoom speak for themselves: icons only.
    for (QAction *action : {m_previous, m_next, m_zoomIn, m_zoomOut}) {
        if (QWidget *button = m_toolbar->widgetForAction(action))
            static_cast<QToolButton *>(button)->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    auto *legend = new QHBoxLayout;
    legend->setContentsMargins(10, 4, 10, 6);
    legend->setSpacing(6);
    for (const WeekSlotsModel::Load load : SlotLook::loads()) {
        auto *swatch = new QLabel(this);
        swatch->setPixmap(SlotLook::swatch(load, 12));
        auto *name = new QLabel(this);
        legend->addWidget(swatch);
        legend->addWidget(name);
        legend->addSpacing(10);
        m_legend.append(name);
    }
    legend->addStretch(1);
    legend->addWidget(m_zone);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"scheduleSplitter"_s);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    m_details->setMinimumWidth(380);
    splitter->setSizes({740, 470});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(splitter, 1);
    layout->addLayout(legend);
    setFocusProxy(m_grid);

    connect(m_grid, &WeekGrid::currentSlotChanged, m_details, &SlotDetailsPanel::showSlot);
    connect(m_grid, &WeekGrid::slotActivated, this, [this](qint64 id) {
        m_details->showSlot(id);
        m_details->focusBookings();
    });
    connect(m_grid, &WeekGrid::freeTimeActivated, this, [this](const QDate &day, int minute) {
        if (this->context().session.can(StaffRole::Operator))
            openNewSlot(day, minute);
    });
    connect(m_grid, &WeekGrid::menuRequested, this, &SchedulePage::showMenu);
    connect(m_grid, &WeekGrid::edgeReached, this, &SchedulePage::step);
    connect(m_details, &SlotDetailsPanel::cancelSlotRequested, this, &SchedulePage::openCancelSlot);
    connect(m_details, &SlotDetailsPanel::message, this, [this](const QString &text) { setStatus(text); });
    connect(&m_slots, &WeekSlotsModel::loadingChanged, this, [this](bool loading) {
        setStatus(loading ? tr("Loading…") : QString());
    });
    connect(&m_slots, &WeekSlotsModel::failed, this, [this](const ApiFailure &failure) {
        setStatus(failure.describe(), true);
    });
    context.followCurrentQueue(this, &SchedulePage::queueChanged);

    retranslate();
    updateRoleAccess();
}

void SchedulePage::buildActions()
{
    m_previous = pageAction(this, u"previous"_s, {QKeySequence(Qt::Key_PageUp)});
    m_next = pageAction(this, u"next"_s, {QKeySequence(Qt::Key_PageDown)});
    m_today = pageAction(this, u"thisday"_s, {QKeySequence(u"Ctrl+T"_s)});
    m_weekView = pageAction(this, u"weekview"_s, {QKeySequence(u"Ctrl+W"_s)});
    m_dayView = pageAction(this, u"dayview"_s, {QKeySequence(u"Ctrl+D"_s)});
    m_zoomIn = pageAction(this, u"zoomin"_s, {QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s)});
    m_zoomOut = pageAction(this, u"zoomout"_s, {QKeySequence::ZoomOut});
    m_zoomReset = pageAction(this, {}, {QKeySequence(u"Ctrl+0"_s)});
    m_newSlot = pageAction(this, u"add"_s, {QKeySequence::New});
    m_bulk = pageAction(this, u"pattern"_s, {QKeySequence(u"Ctrl+Shift+N"_s)});
    m_schedule = pageAction(this, u"template"_s, {QKeySequence(u"Ctrl+Shift+T"_s)});
    m_newSlot->setObjectName(u"newSlotAction"_s);
    m_bulk->setObjectName(u"bulkSlotsAction"_s);
    m_schedule->setObjectName(u"scheduleAction"_s);
    m_weekView->setCheckable(true);
    m_dayView->setCheckable(true);
    m_weekView->setChecked(true);
    m_views->addAction(m_weekView);
    m_views->addAction(m_dayView);

    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    connect(m_today, &QAction::triggered, this, [this] { showDate(m_slots.frame().today()); });
    connect(m_weekView, &QAction::triggered, this, [this] { setDayView(false); });
    connect(m_dayView, &QAction::triggered, this, [this] { setDayView(true); });
    connect(m_zoomIn, &QAction::triggered, m_grid, &WeekGrid::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_grid, &WeekGrid::zoomOut);
    connect(m_zoomReset, &QAction::triggered, m_grid, &WeekGrid::resetZoom);
    connect(m_newSlot, &QAction::triggered, this, [this] { openNewSlot(); });
    connect(m_bulk, &QAction::triggered, this, &SchedulePage::openBulk);
    connect(m_schedule, &QAction::triggered, this, &SchedulePage::openSchedule);
}

QString SchedulePage::title() const
{
    return tr("Schedule");
}

QIcon SchedulePage::icon() const
{
    return QIcon(u":/icons/console/schedule.svg"_s);
}

void SchedulePage::retranslate()
{
    const bool day = m_dayView->isChecked();
    describe(m_previous, day ? tr("Previous day") : tr("Previous week"), day ? tr("Previous day") : tr("Previous week"));
    describe(m_next, day ? tr("Next day") : tr("Next week"), day ? tr("Next day") : tr("Next week"));
    describe(m_today, tr("Today"), tr("Go to today"));
    describe(m_weekView, tr("Week"), tr("Show the whole week"));
    describe(m_dayView, tr("Day"), tr("Show one day, wider (the chosen slot's day)"));
    describe(m_zoomIn, tr("Zoom in"), tr("Taller hours (also Ctrl+wheel)"));
    describe(m_zoomOut, tr("Zoom out"), tr("Shorter hours (also Ctrl+wheel)"));
    describe(m_zoomReset, tr("Fit hours"), tr("Fit the hours to the window"));
    describe(m_newSlot, tr("New slot…"), tr("Create one slot"));
    describe(m_bulk, tr("From a pattern…"), tr("Create slots for a date range from weekdays and hours, with a preview"));
    describe(m_schedule, tr("Template and holidays…"), tr("The weekly template and the days that differ from it"));
    const QList<WeekSlotsModel::Load> loads = SlotLook::loads();
    for (int i = 0; i < m_legend.size(); ++i)
        m_legend.at(i)->setText(SlotLook::loadName(loads.at(i)));
    m_grid->setToolTip(QString());
    m_grid->setWhatsThis(tr("Arrows move between slots, Enter shows the people booked, PgUp/PgDn change the week, "
                            "Ctrl +/− zoom, a double click on free time creates a slot."));
    m_details->retranslate();
    if (!m_timezone.isEmpty())
        m_zone->setText(tr("Times in %1").arg(m_timezone));
    updateRange();
}

void SchedulePage::sessionOpened()
{
    updateRoleAccess();
    queueChanged();
    refresh();
}

void SchedulePage::changesArrived(const QList<ChangeEntry> &changes)
{
    if (!ChangeFollower::touches(changes, {u"slot", u"booking", u"queue", u"waitlist"}))
        return;
    if (!isVisible()) {
        refreshWhenVisible(); // nobody looks: once, when shown
        return;
    }
    m_slots.applyChanges(changes);
    m_details->refresh();
}

void SchedulePage::refresh()
{
    m_slots.reload();
    m_details->refresh();
}

void SchedulePage::queueChanged()
{
    const std::optional<QueueRecord> queue = context().currentQueue();
    const qint64 id = queue ? queue->id : 0;
    const QString timezone = queue ? queue->timezone : u"UTC"_s;
    if (id == m_queueId && timezone == m_timezone)
        return;
    const bool otherQueue = id != m_queueId;
    m_queueId = id;
    m_timezone = timezone;
    m_slots.setQueue(id, timezone);
    if (otherQueue)
        m_date = m_slots.frame().today();
    m_zone->setText(tr("Times in %1").arg(m_timezone));
    updateRange();
    m_slots.reload();
}

void SchedulePage::showDate(const QDate &day)
{
    if (!day.isValid())
        return;
    m_date = day;
    updateRange();
}

void SchedulePage::step(int direction)
{
    showDate(m_date.addDays(direction * (m_dayView->isChecked() ? 1 : 7)));
}

void SchedulePage::setDayView(bool day)
{
    m_dayView->setChecked(day);
    m_weekView->setChecked(!day);
    if (day) {
        // The day of the chosen slot, when there is one.
        const int row = m_slots.rowOfId(m_grid->currentSlot());
        if (row >= 0)
            m_date = m_slots.frame().first().addDays(m_slots.placementAt(row).day);
    }
    retranslate();
}

void SchedulePage::updateRange()
{
    const QDate monday = WeekFrame::mondayOf(m_date);
    const bool otherWeek = monday != m_slots.frame().first();
    m_slots.setRange(monday, 7);
    if (m_dayView->isChecked())
        m_grid->showDay(int(monday.daysTo(m_date)));
    else
        m_grid->showWeek();
    const QLocale locale;
    const QDate sunday = monday.addDays(6);
    if (m_dayView->isChecked())
        m_range->setText(locale.toString(m_date, QLocale::LongFormat));
    else if (monday.month() == sunday.month())
        m_range->setText(tr("%1–%2").arg(monday.day()).arg(locale.toString(sunday, u"d MMMM yyyy"_s)));
    else
        m_range->setText(tr("%1 – %2").arg(locale.toString(monday, u"d MMMM"_s), locale.toString(sunday, u"d MMMM yyyy"_s)));
    m_today->setEnabled(m_slots.frame().today() != m_date || !m_slots.frame().contains(m_date));
    if (otherWeek && m_queueId != 0 && context().session.isOpen())
        m_slots.reload();
}

void SchedulePage::updateRoleAccess()
{
    const bool operate = context().session.can(StaffRole::Operator);
    m_newSlot->setVisible(operate);
    m_newSlot->setEnabled(operate);
    m_bulk->setVisible(operate);
    m_bulk->setEnabled(operate);
    m_schedule->setEnabled(context().session.isOpen());
    m_details->setCanOperate(operate);
}

void SchedulePage::setStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? u"color: #c62828;"_s : u"color: #455a64;"_s);
    m_status->setText(text);
}

void SchedulePage::showMenu(qint64 id, const QDate &day, int minute, const QPoint &globalPos)
{
    const bool operate = context().session.can(StaffRole::Operator);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (id != 0) {
        menu->addAction(tr("Show the people booked"), this, [this, id] {
            m_details->showSlot(id);
            m_details->focusBookings();
        });
        const int row = m_slots.rowOfId(id);
        if (operate && row >= 0 && m_slots.slotAt(row).status != SlotStatus::Cancelled)
            menu->addAction(QIcon(u":/icons/console/cancel.svg"_s), tr("Cancel slot…"), this, [this, id] { openCancelSlot(id); });
    }
    if (operate) {
        const QString at = QLocale().toString(QTime(minute / 60, minute % 60), QLocale::ShortFormat);
        menu->addAction(QIcon(u":/icons/console/add.svg"_s), tr("New slot at %1…").arg(at), this,
                        [this, day, minute] { openNewSlot(day, minute); });
    }
    if (menu->isEmpty()) {
        delete menu;
        return;
    }
    menu->popup(globalPos);
}

std::optional<QueueRecord> SchedulePage::chosenQueue()
{
    const std::optional<QueueRecord> queue = context().currentQueue();
    if (!queue)
        setStatus(tr("Choose a queue first."), true);
    return queue;
}

QWidget *SchedulePage::openNewSlot(const QDate &day, int minute)
{
    const std::optional<QueueRecord> queue = chosenQueue();
    if (!queue)
        return nullptr;
    auto *dialog = new SlotDialog(context().client, *queue, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStart(day.isValid() ? day : m_date, minute >= 0 ? minute : 9 * 60);
    connect(dialog, &SlotDialog::created, this, [this](const SlotRecord &slot) {
        const QDate day = m_slots.frame().toLocal(slot.startsAt).date();
        if (!m_slots.frame().contains(day))
            showDate(day);
        m_slots.upsert(slot); // at once; the change feed confirms it
        m_grid->setCurrentSlot(slot.id);
        setStatus(tr("Slot created: %1.").arg(SlotLook::dayAndTime(slot, m_slots.frame())));
    });
    dialog->open();
    return dialog;
}

QWidget *SchedulePage::openBulk()
{
    const std::optional<QueueRecord> queue = chosenQueue();
    if (!queue)
        return nullptr;
    const QDate from = qMax(WeekFrame::mondayOf(m_date), m_slots.frame().today());
    auto *dialog = new BulkSlotsDialog(context().client, *queue, from, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkSlotsDialog::created, this, [this](int created, int skipped) {
        setStatus(skipped > 0 ? tr("%n slot(s) created", nullptr, created) + u"; "_s
                                    + tr("%n start(s) skipped", nullptr, skipped)
                              : tr("%n slot(s) created", nullptr, created));
        m_slots.reload();
    });
    dialog->open();
    return dialog;
}

QWidget *SchedulePage::openSchedule()
{
    const std::optional<QueueRecord> queue = chosenQueue();
    if (!queue)
        return nullptr;
    auto *dialog = new ScheduleDialog(context().client, *queue, context().session.can(StaffRole::Admin),
                                      context().session.can(StaffRole::Operator), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScheduleDialog::regenerated, this, [this] { m_slots.reload(); });
    dialog->load();
    dialog->open();
    return dialog;
}

void SchedulePage::openCancelSlot(qint64 id)
{
    const int row = m_slots.rowOfId(id);
    if (row < 0 || !context().session.can(StaffRole::Operator))
        return;
    auto *dialog = new CancelSlotDialog(context().client, m_slots.slotAt(row), m_slots.frame(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CancelSlotDialog::cancelled, this, [this](const SlotRecord &slot, int bookings) {
        m_slots.upsert(slot);
        m_details->refresh();
        setStatus(tr("Slot cancelled; %n person(s) told.", nullptr, bookings));
    });
    dialog->open();
}
