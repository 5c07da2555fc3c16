// The Schedule page: the current queue's week (or one day) in its time zone as a grid of slots
// coloured by load, the chosen slot's people and actions beside it, and slot management — one
// slot, slots from a pattern (previewed before they are made), the weekly template and holidays.
// Follows the change feed by merging only what changed in the week shown.
#pragma once

#include "models/weekslotsmodel.h"
#include "refreshingpage.h"

#include <QDate>

class QAction;
class QActionGroup;
class QLabel;
class QToolBar;
class SlotDetailsPanel;
class WeekGrid;

class SchedulePage : public RefreshingPage
{
    Q_OBJECT
public:
    explicit SchedulePage(ConsoleContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void sessionOpened() override;
    void changesArrived(const QList<ChangeEntry> &changes) override;
    void retranslate() override;

    // Shows the week of `day` (in the day view: that day).
    void showDate(const QDate &day);
    WeekGrid *grid() const { return m_grid; }
    WeekSlotsModel &slotsModel() { return m_slots; }
    SlotDetailsPanel *details() const { return m_details; }
    QAction *newSlotAction() const { return m_newSlot; }
    QAction *bulkAction() const { return m_bulk; }
    QAction *scheduleAction() const { return m_schedule; }

    // Opens the dialogs (non-modal to the event loop; they are returned for tests).
    QWidget *openNewSlot(const QDate &day = {}, int minute = -1);
    QWidget *openBulk();
    QWidget *openSchedule();

protected:
    // Changes came while hidden: the week is read again once it is shown.
    void refresh() override;

private:
    void buildActions();
    void queueChanged();
    void step(int direction);
    void setDayView(bool day);
    void updateRange();
    void updateRoleAccess();
    void showMenu(qint64 id, const QDate &day, int minute, const QPoint &globalPos);
    void openCancelSlot(qint64 id);
    void setStatus(const QString &text, bool problem = false);
    // The queue the dialogs work on; says so when there is none.
    std::optional<QueueRecord> chosenQueue();

    WeekSlotsModel m_slots;
    WeekGrid *m_grid;
    SlotDetailsPanel *m_details;
    QToolBar *m_toolbar;
    QLabel *m_range;
    QLabel *m_zone;
    QLabel *m_status;
    QList<QLabel *> m_legend;
    QActionGroup *m_views;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_today = nullptr;
    QAction *m_weekView = nullptr;
    QAction *m_dayView = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_newSlot = nullptr;
    QAction *m_bulk = nullptr;
    QAction *m_schedule = nullptr;
    QDate m_date; // the day shown in the day view, and whose week the week view shows
    qint64 m_queueId = 0;
    QString m_timezone;
};
