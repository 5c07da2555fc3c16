// One counter on the Today page: who is there now (ticket code, person, since when) and what staff
// do with them: served, no-show, call again, back to the line, send to another counter; when the
// counter is free, call the next person to it.
#pragma once

#include "livequeue.h"
#include "models/liveboardmodel.h"

#include <QFrame>

#include <optional>

class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

class CounterCard : public QFrame
{
    Q_OBJECT
public:
    explicit CounterCard(int counter, QWidget *parent = nullptr);

    int counter() const { return m_counter; }
    const std::optional<LiveTicket> &ticket() const { return m_ticket; }
    // Who is at the counter; `person` and `detail` are the lines under the code.
    void setTicket(const std::optional<LiveTicket> &ticket, const QString &person, const QString &detail);
    // The queue's counters, for the transfer menu.
    void setCounterCount(int count);
    // The counter this console calls to: drawn out.
    void setMine(bool mine);
    // Whether the signed-in role may act (viewers only watch).
    void setOperable(bool operable);
    // An action of this card is on its way: its buttons wait.
    void setBusy(bool busy);
    void retranslate();

signals:
    void actionRequested(int counter, LiveBoardModel::Action action);
    void transferRequested(int counter, int toCounter);
    void callNextRequested(int counter);

private:
    QPushButton *addButton(const QString &icon, LiveBoardModel::Action action);
    void updateState();

    int m_counter;
    int m_counterCount = 1;
    bool m_mine = false;
    bool m_operable = false;
    bool m_busy = false;
    std::optional<LiveTicket> m_ticket;
    QLabel *m_title;
    QLabel *m_code;
    QLabel *m_person;
    QLabel *m_detail;
    QPushButton *m_served;
    QPushButton *m_recall;
    QPushButton *m_noShow;
    QPushButton *m_return;
    QToolButton *m_transfer;
    QMenu *m_transferMenu;
    QPushButton *m_callHere;
    QWidget *m_buttons;
};
