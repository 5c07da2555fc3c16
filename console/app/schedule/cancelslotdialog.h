// Cancelling a slot (POST /slots/{id}/cancel) with the reason that everyone booked receives from
// the bot; says how many people that is before anything happens.
#pragma once

#include "apiclient.h"
#include "dto.h"
#include "weekframe.h"

#include <QDialog>
#include <QPointer>

class FormStatus;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

class CancelSlotDialog : public QDialog
{
    Q_OBJECT
public:
    CancelSlotDialog(ApiClient &client, const SlotRecord &slot, const WeekFrame &frame, QWidget *parent = nullptr);

signals:
    // Done: the slot as it is now and how many bookings ended with it.
    void cancelled(const SlotRecord &slot, int bookings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void updateButton();

    ApiClient &m_client;
    SlotRecord m_slot;
    WeekFrame m_frame;
    QLabel *m_what;
    QLabel *m_reasonLabel;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
    FormStatus *m_status;
    QPointer<ApiReply> m_inFlight;
};
