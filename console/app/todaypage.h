// The Today page, where an office's receptionist spends the day: the current queue's live line
// (the tickets waiting, the counters and who is at each), Call next to one's own counter (F2),
// walk-in tickets for people without Telegram (F3), checking in today's bookings, and the day's
// figures, all following the change feed. Viewers watch; operators act.
#pragma once

#include "consolepage.h"
#include "models/daybookingsmodel.h"
#include "models/liveboardmodel.h"

#include <QDate>
#include <QPointer>
#include <QTimer>

class CounterCard;
class FigureTile;
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QVBoxLayout;
class UserDirectory;

class TodayPage : public ConsolePage
{
    Q_OBJECT
public:
    // People's names come from `people`, the console's one cache of them.
    TodayPage(ConsoleContext &context, UserDirectory &people, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void sessionOpened() override;
    void changesArrived(const QList<ChangeEntry> &changes) override;
    void retranslate() override;

    LiveBoardModel &boardModel() { return m_board; }
    DayBookingsModel &bookingsModel() { return m_bookings; }
    // The counter Call next calls to (remembered per queue).
    int myCounter() const;
    void setMyCounter(int counter);

private:
    void buildLayout();
    void buildActions();
    void queueChanged();
    void boardLoaded();
    void showHeading();
    // The waiting table or what stands instead (loading, nobody waiting), and the tab's count.
    void showLineState();
    void loadFigures();
    void showFigures();
    void syncCounters();
    // The counters' column as wide as the widest card needs.
    void fitCounters();
    void showCounter(CounterCard *card);
    void updateActions();
    void updateCounterChoice();
    void callNext(int counter);
    void issueTicket();
    void act(int counter, LiveBoardModel::Action action);
    void transfer(int counter, int toCounter);
    // A counter's action under way: its card busy meanwhile, then the note `done` or what went wrong.
    void runAtCounter(int counter, ApiReply *reply, const QString &done);
    void noShowWaiting();
    void checkIn();
    // A line above the tables saying what just happened (or went wrong); fades after a while.
    void showNote(const QString &text, bool ok);
    // What a refused action means for the person at the desk.
    QString failureText(const ApiFailure &failure) const;
    bool canOperate();
    CounterCard *card(int counter) const;
    QString ticketPerson(const LiveTicket &ticket) const;
    QString ticketDetail(const LiveTicket &ticket) const;
    QString settingsKey() const;

    LiveBoardModel m_board;
    DayBookingsModel m_bookings;
    QDate m_day;
    DayStats m_stats;
    bool m_statsLoaded = false;
    QPointer<ApiReply> m_statsReply;
    bool m_calling = false;
    bool m_issuing = false;

    QLabel *m_heading;
    QLabel *m_note;
    QTimer m_noteTimer;
    FigureTile *m_booked;
    FigureTile *m_free;
    FigureTile *m_waitingFigure;
    FigureTile *m_averageWait;
    FigureTile *m_served;
    FigureTile *m_noShows;
    QLabel *m_counterLabel;
    QComboBox *m_counterChoice;
    QPushButton *m_callNextButton;
    QPushButton *m_issueButton;
    QTabWidget *m_tabs;
    QStackedWidget *m_waitingStack;
    QTableView *m_waitingView;
    QLabel *m_waitingEmpty;
    QTableView *m_bookingsView;
    QPushButton *m_checkInButton;
    QLabel *m_countersTitle;
    QVBoxLayout *m_countersLayout;
    QScrollArea *m_countersScroll = nullptr;
    QList<CounterCard *> m_cards;
    QAction *m_callNextAction;
    QAction *m_issueAction;
    QAction *m_recallAction;
    QAction *m_noShowAction;
    QAction *m_checkInAction;
};
