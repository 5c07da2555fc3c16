#include "slotdetailspanel.h"

#include "apipaths.h"
#include "fontscale.h"
#include "formstatus.h"
#include "slotlook.h"
#include "userdirectory.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SlotDetailsPanel::SlotDetailsPanel(ConsoleContext &context, WeekSlotsModel &slotModel, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_slots(slotModel)
    , m_bookings(context.client)
    , m_title(new QLabel(this))
    , m_seats(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_body(new QWidget(this))
    , m_peopleLabel(new QLabel(m_body))
    , m_table(new QTableView(m_body))
    , m_attended(new QPushButton(m_body))
    , m_noShow(new QPushButton(m_body))
    , m_cancelBooking(new QPushButton(m_body))
    , m_capacityLabel(new QLabel(m_body))
    , m_capacity(new QSpinBox(m_body))
    , m_setCapacity(new QPushButton(m_body))
    , m_cancelSlot(new QPushButton(m_body))
    , m_status(new FormStatus(this))
{
    setObjectName(u"slotDetails"_s);
    m_title->setObjectName(u"slotTitle"_s);
    enlargeFont(m_title, 1.15);
    m_title->setWordWrap(true);
    m_seats->setObjectName(u"slotSeats"_s);
    m_seats->setWordWrap(true);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(u"color: #78909c;"_s);

    m_table->setObjectName(u"slotBookings"_s);
    m_table->setModel(&m_bookings);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Columns fit their contents when the bookings come (see loaded); the name takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(SlotBookingsModel::NameColumn, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_peopleLabel->setBuddy(m_table);
    m_capacity->setRange(1, 1000);
    m_capacityLabel->setBuddy(m_capacity);
    for (QPushButton *button : {m_attended, m_noShow, m_cancelBooking, m_setCapacity, m_cancelSlot})
        button->setAutoDefault(false);
    m_attended->setObjectName(u"markAttended"_s);
    m_noShow->setObjectName(u"markNoShow"_s);
    m_cancelBooking->setObjectName(u"cancelBooking"_s);
    m_setCapacity->setObjectName(u"setCapacity"_s);
    m_cancelSlot->setObjectName(u"cancelSlot"_s);
    m_cancelSlot->setIcon(QIcon(u":/icons/console/cancel.svg"_s));
    m_status->bindField(u"capacity"_s, m_capacity);

    auto *bookingActions = new QHBoxLayout;
    bookingActions->addWidget(m_attended);
    bookingActions->addWidget(m_noShow);
    bookingActions->addWidget(m_cancelBooking);
    bookingActions->addStretch(1);
    auto *slotActions = new QHBoxLayout;
    slotActions->addWidget(m_capacityLabel);
    slotActions->addWidget(m_capacity);
    slotActions->addWidget(m_setCapacity);
    slotActions->addStretch(1);
    slotActions->addWidget(m_cancelSlot);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_peopleLabel);
    bodyLayout->addWidget(m_table, 1);
    bodyLayout->addLayout(bookingActions);
    bodyLayout->addSpacing(8);
    bodyLayout->addLayout(slotActions);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_seats);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_status);

    connect(m_attended, &QPushButton::clicked, this, [this] { setOutcome(u"attended"_s); });
    connect(m_noShow, &QPushButton::clicked, this, [this] { setOutcome(u"no_show"_s); });
    connect(m_cancelBooking, &QPushButton::clicked, this, &SlotDetailsPanel::askCancelBooking);
    connect(m_setCapacity, &QPushButton::clicked, this, &SlotDetailsPanel::changeCapacity);
    connect(m_cancelSlot, &QPushButton::clicked, this, [this] { emit cancelSlotRequested(m_slotId); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SlotDetailsPanel::updateActions);
    connect(&m_bookings, &SlotBookingsModel::loaded, this, [this] {
        m_table->resizeColumnsToContents();
        slotChanged();
    });
    connect(&m_bookings, &SlotBookingsModel::failed, m_status, &FormStatus::showFailure);
    connect(&m_slots, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_slots.rowOfId(m_slotId);
        if (row >= from.row() && row <= to.row())
            slotChanged();
    });
    connect(&m_slots, &QAbstractItemModel::rowsRemoved, this, &SlotDetailsPanel::slotChanged);
    connect(&m_slots, &QAbstractItemModel::modelReset, this, &SlotDetailsPanel::slotChanged);
    retranslate();
    showSlot(0);
}

void SlotDetailsPanel::retranslate()
{
    m_empty->setText(tr("Choose a slot in the grid to see who booked it.\n\nArrows move between slots, Enter "
                        "comes here."));
    m_peopleLabel->setText(tr("P&eople booked:"));
    m_attended->setText(tr("&Attended"));
    m_attended->setToolTip(tr("The chosen person came (Alt+A)"));
    m_noShow->setText(tr("&No-show"));
    m_noShow->setToolTip(tr("The chosen person did not come; it counts towards their no-show limit (Alt+N)"));
    m_cancelBooking->setText(tr("Cancel &booking"));
    m_cancelBooking->setToolTip(tr("Cancel the chosen person's booking; the bot tells them (Alt+B)"));
    m_capacityLabel->setText(tr("Ca&pacity:"));
    m_capacity->setToolTip(tr("Seats in this slot; never fewer than are booked"));
    m_setCapacity->setText(tr("&Set"));
    m_setCapacity->setToolTip(tr("Change the slot's capacity (Alt+S)"));
    m_cancelSlot->setText(tr("Cancel s&lot…"));
    m_cancelSlot->setToolTip(tr("Cancel the whole slot with a reason the people booked receive (Alt+L)"));
    m_bookings.retranslate();
    slotChanged();
}

void SlotDetailsPanel::showSlot(qint64 id)
{
    if (id != m_slotId)
        m_status->clearStatus();
    m_slotId = id;
    m_bookings.setSlot(id);
    const int row = m_slots.rowOfId(id);
    if (row >= 0)
        m_capacity->setValue(m_slots.slotAt(row).capacity);
    slotChanged();
}

void SlotDetailsPanel::refresh()
{
    if (m_slotId != 0)
        m_bookings.reload();
}

void SlotDetailsPanel::setCanOperate(bool can)
{
    m_canOperate = can;
    updateActions();
}

void SlotDetailsPanel::focusBookings()
{
    if (m_slotId == 0)
        return;
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid() && m_bookings.rowCount() > 0)
        m_table->selectRow(0);
}

void SlotDetailsPanel::slotChanged()
{
    const int row = m_slots.rowOfId(m_slotId);
    if (row < 0) {
        if (m_slotId != 0 && m_slots.rowCount() > 0 && !m_slots.isLoading()) {
            m_bookings.setSlot(0);
            m_slotId = 0; // gone (deleted, or another week)
        }
        m_title->setText(m_slotId == 0 ? tr("No slot chosen") : tr("Loading…"));
        m_seats->clear();
        m_empty->setVisible(m_slotId == 0);
        m_body->setVisible(false);
        updateActions();
        return;
    }
    const SlotRecord &slot = m_slots.slotAt(row);
    m_title->setText(SlotLook::dayAndTime(slot, m_slots.frame()));
    const WeekSlotsModel::Load load = WeekSlotsModel::loadOf(slot);
    m_seats->setText(u"<span style=\"color:%1\">■</span> %2 · %3"_s.arg(SlotLook::edge(load).name(),
                                                                       SlotLook::loadName(load).toHtmlEscaped(),
                                                                       SlotLook::seats(slot).toHtmlEscaped()));
    if (!m_capacity->hasFocus())
        m_capacity->setValue(slot.capacity);
    m_empty->setVisible(false);
    m_body->setVisible(true);
    m_peopleLabel->setText(m_bookings.isLoading() && m_bookings.rowCount() == 0
                               ? tr("P&eople booked: loading…")
                               : (m_bookings.rowCount() == 0 ? tr("P&eople booked: none yet")
                                                             : tr("P&eople booked:")));
    updateActions();
}

std::optional<BookingWithUser> SlotDetailsPanel::chosenBooking() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_bookings.bookingAt(rows.first().row());
}

void SlotDetailsPanel::updateActions()
{
    const int row = m_slots.rowOfId(m_slotId);
    const bool open = row >= 0 && m_slots.slotAt(row).status != SlotStatus::Cancelled;
    const std::optional<BookingWithUser> chosen = chosenBooking();
    const bool active = chosen && chosen->booking.status == BookingStatus::Active;
    const bool idle = !m_inFlight;
    for (QWidget *action : std::initializer_list<QWidget *>{m_attended, m_noShow, m_cancelBooking, m_capacityLabel,
                                                            m_capacity, m_setCapacity, m_cancelSlot})
        action->setVisible(m_canOperate);
    m_attended->setEnabled(idle && active);
    m_noShow->setEnabled(idle && active);
    m_cancelBooking->setEnabled(idle && active);
    m_capacity->setEnabled(idle && open);
    m_setCapacity->setEnabled(idle && open);
    m_cancelSlot->setEnabled(idle && open);
}

void SlotDetailsPanel::run(ApiReply *reply, const QString &busy)
{
    m_inFlight = reply;
    m_status->showBusy(busy);
    updateActions();
    reply->onFailure(this, [this](const ApiFailure &failure) { m_status->showFailure(failure); });
    connect(reply, &ApiReply::finished, this, [this] {
        m_inFlight = nullptr;
        updateActions();
    });
}

void SlotDetailsPanel::setOutcome(const QString &status)
{
    const std::optional<BookingWithUser> chosen = chosenBooking();
    if (!chosen || m_inFlight)
        return;
    ApiReply *reply = m_context.client.patch(ApiPaths::booking(chosen->booking.id), {{u"status"_s, status}});
    run(reply, tr("Saving…"));
    const qint64 slotId = m_slotId;
    reply->onValue<BookingRecord>(this, [this, slotId](const BookingRecord &booking) {
        m_bookings.updateBooking(booking);
        m_status->showInfo(tr("%1: %2.").arg(booking.code, SlotBookingsModel::statusText(booking.status)));
        m_slots.refreshSlot(slotId);
    });
}

void SlotDetailsPanel::askCancelBooking()
{
    const std::optional<BookingWithUser> chosen = chosenBooking();
    if (!chosen || m_inFlight)
        return;
    const QString who = chosen->user ? UserDirectory::fullName(*chosen->user) : chosen->booking.code;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Cancel booking"),
                                     tr("Cancel the booking %1 of %2? The bot tells them.").arg(chosen->booking.code, who),
                                     QMessageBox::NoButton, this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = question->addButton(tr("Cancel booking"), QMessageBox::AcceptRole);
    question->addButton(tr("Keep it"), QMessageBox::RejectRole);
    const qint64 bookingId = chosen->booking.id;
    const qint64 slotId = m_slotId;
    connect(question, &QMessageBox::buttonClicked, this, [this, yes, bookingId, slotId](QAbstractButton *button) {
        if (button != yes || m_inFlight)
            return;
        ApiReply *reply = m_context.client.patch(ApiPaths::booking(bookingId), {{u"status"_s, u"cancelled"_s}});
        run(reply, tr("Cancelling the booking…"));
        reply->onValue<BookingRecord>(this, [this, slotId](const BookingRecord &booking) {
            m_bookings.updateBooking(booking);
            m_status->showInfo(tr("Booking %1 cancelled; the person is told.").arg(booking.code));
            m_slots.refreshSlot(slotId);
        });
    });
    question->open();
}

void SlotDetailsPanel::changeCapacity()
{
    if (m_slotId == 0 || m_inFlight)
        return;
    ApiReply *reply = m_context.client.patch(ApiPaths::slot(m_slotId), {{u"capacity"_s, m_capacity->value()}});
    run(reply, tr("Changing the capacity…"));
    reply->onValue<SlotRecord>(this, [this](const SlotRecord &slot) {
        m_slots.upsert(slot);
        m_status->showInfo(tr("The slot now has %n seat(s).", nullptr, slot.capacity));
    });
}
