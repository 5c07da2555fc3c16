// A walk-in ticket just issued, shown large for someone without Telegram to write down, or to
// print: its code, the queue, when it was issued and, once known, the place in line and the wait.
#pragma once

#include "livequeue.h"

#include <QDialog>

class QLabel;
class QPrinter;
class QPushButton;

class TicketDialog : public QDialog
{
    Q_OBJECT
public:
    TicketDialog(const LiveTicket &ticket, const QString &queueName, const QString &issuedAt, QWidget *parent = nullptr);
    ~TicketDialog() override;

    QString code() const { return m_ticket.code; }
    // The place in line and the estimated wait (from GET /live/tickets/{id}).
    void setPlace(int position, int etaMinutes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void print();
    void paintTicket(QPrinter &printer) const;
    QString placeText() const;

    LiveTicket m_ticket;
    QString m_queueName;
    QString m_issuedAt;
    int m_position = 0;
    int m_etaMinutes = 0;
    QLabel *m_heading;
    QLabel *m_code;
    QLabel *m_queue;
    QLabel *m_place;
    QPushButton *m_print;
    QPushButton *m_close;
    QPrinter *m_printer = nullptr;
};
