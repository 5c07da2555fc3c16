#include "cancelslotdialog.h"

#include "apipaths.h"
#include "formstatus.h"
#include "slotlook.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxReason = 500; // the API's limit

} // namespace

CancelSlotDialog::CancelSlotDialog(ApiClient &client, const SlotRecord &slot, const WeekFrame &frame, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_slot(slot)
    , m_frame(frame)
    , m_what(new QLabel(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_status(new FormStatus(this))
{
    setObjectName(u"cancelSlotDialog"_s);
    m_what->setWordWrap(true);
    m_reason->setObjectName(u"cancelReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().height() * 4 + 12);
    m_reasonLabel->setBuddy(m_reason);
    m_status->bindField(u"reason"_s, m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &CancelSlotDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CancelSlotDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateButton();
    setMinimumWidth(420);
}

void CancelSlotDialog::retranslate()
{
    setWindowTitle(tr("Cancel slot"));
    const QString when = SlotLook::dayAndTime(m_slot, m_frame);
    m_what->setText(m_slot.booked > 0
                        ? tr("Cancel the slot of %1? Its %n booking(s) end, and each person receives the reason "
                             "below from the bot.", nullptr, m_slot.booked).arg(when)
                        : tr("Cancel the slot of %1? Nobody has booked it.").arg(when));
    m_reasonLabel->setText(tr("&Reason (people receive it):"));
    m_reason->setPlaceholderText(tr("For example: the office is closed for a staff meeting"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_inFlight ? tr("Cancelling…") : tr("Cancel slot"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep slot"));
}

void CancelSlotDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CancelSlotDialog::updateButton()
{
    const QString reason = m_reason->toPlainText().trimmed();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_inFlight && !reason.isEmpty() && reason.size() <= kMaxReason);
}

void CancelSlotDialog::submit()
{
    if (m_inFlight)
        return;
    m_inFlight = m_client.post(ApiPaths::cancelSlot(m_slot.id), {{u"reason"_s, m_reason->toPlainText().trimmed()}});
    m_status->showBusy(tr("Cancelling the slot and telling the people booked…"));
    retranslate();
    updateButton();
    m_inFlight->onJson(this, [this](const QJsonDocument &json) {
        emit cancelled(SlotRecord::fromJson(json[u"slot"_s].toObject()), json[u"cancelled_bookings"_s].toInt());
        accept();
    });
    m_inFlight->onFailure(this, [this](const ApiFailure &failure) {
        m_status->showFailure(failure);
        m_inFlight = nullptr;
        retranslate();
        updateButton();
    });
}
