// Creating one slot (POST /slots): its local date, start, length and capacity in the queue's
// time zone. The dialog stays open while the server answers (the button says so) and shows an
// objection in place, the field it names outlined.
#pragma once

#include "apiclient.h"
#include "dto.h"

#include <QDialog>
#include <QPointer>

class FormStatus;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

class SlotDialog : public QDialog
{
    Q_OBJECT
public:
    SlotDialog(ApiClient &client, const QueueRecord &queue, QWidget *parent = nullptr);

    // Fills in a local day and start (minutes after midnight).
    void setStart(const QDate &day, int minute);

signals:
    void created(const SlotRecord &slot);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void setBusy(bool busy);

    ApiClient &m_client;
    QueueRecord m_queue;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QSpinBox *m_length;
    QSpinBox *m_capacity;
    QLabel *m_dateLabel;
    QLabel *m_timeLabel;
    QLabel *m_lengthLabel;
    QLabel *m_capacityLabel;
    QLabel *m_zone;
    QDialogButtonBox *m_buttons;
    FormStatus *m_status;
    QPointer<ApiReply> m_inFlight;
};
