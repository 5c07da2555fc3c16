// The slots of one queue over a few local days (a week, usually) in the queue's time zone, as the
// schedule grid draws them: loaded from GET /slots page by page, kept in start order, and merged
// by id when anything changes — a changed slot updates its own row (dataChanged), new ones are
// inserted, gone ones removed — so one change from the feed repaints one block, not the week.
// Each load also reads the queue's schedule, so the days it closes (holidays) or opens only within
// other hours are known beside the slots.
#pragma once

#include "administration.h"
#include "apiclient.h"
#include "dto.h"
#include "schedule.h"
#include "weekframe.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

class WeekSlotsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StartsAtRole, // UTC
        EndsAtRole,
        CapacityRole,
        BookedRole,
        HeldRole,
        StatusRole, // SlotStatus as int
        LoadRole,   // Load as int
        CancelReasonRole,
        DayRole,         // index of the local day in the frame
        StartMinuteRole, // after local midnight
        EndMinuteRole,
    };
    // How full a slot is, as the grid colours it; held seats count as taken.
    enum class Load { Free, PartlyBooked, Full, Cancelled, Closed };
    Q_ENUM(Load)
    // How a local day differs from the weekly template: not at all, closed all day (a holiday), or
    // open only within the exception's hours — inside the template's (shortened), on a weekday the
    // template leaves closed (extra), or otherwise (other hours, e.g. longer).
    enum class DayKind { Usual, Closed, Shortened, Extra, OtherHours };
    Q_ENUM(DayKind)

    explicit WeekSlotsModel(ApiClient &client, QObject *parent = nullptr);

    // The queue whose slots are shown, and its time zone (IANA id); the rows go.
    void setQueue(qint64 queueId, const QString &timezone);
    // The local days shown; rows outside them go. Neither call loads: reload() does.
    void setRange(const QDate &first, int days);
    qint64 queueId() const { return m_queueId; }
    const WeekFrame &frame() const { return m_frame; }

    // Reads the range and the queue's schedule again and merges them. While a load runs, another
    // one follows it (so a burst of changes costs two loads, not one per change).
    void reload();
    // What the change feed reported: a changed slot is read again by itself, a booking's slot
    // too; anything wider (the queue — its template and holidays are changes to it —, the waiting
    // list, many changes at once) reloads the range and the schedule.
    void applyChanges(const QList<ChangeEntry> &changes);
    // Reads one slot again and merges it (after an action on it).
    void refreshSlot(qint64 id);
    bool isLoading() const { return m_loading; }

    // Merging: makes the rows exactly `records` (those in the range), updating rows in place.
    void setSlots(const QList<SlotRecord> &records);
    // One slot changed or appeared; one that left the queue or the range is removed.
    void upsert(const SlotRecord &slot);
    void removeId(qint64 id);
    void clear();

    const SlotRecord &slotAt(int row) const { return m_rows.at(row).slot; }
    const WeekFrame::Placement &placementAt(int row) const { return m_rows.at(row).place; }
    int rowOfId(qint64 id) const;

    // The queue's template and its exceptions from today on (the service sends none before today),
    // as of the last load.
    const QueueSchedule &schedule() const { return m_schedule; }
    void setSchedule(const QueueSchedule &schedule);
    // The exception on day `day` of the range (0 = the first), if there is one.
    std::optional<ScheduleException> exceptionOn(int day) const;
    DayKind dayKindOn(int day) const;

    static Load loadOf(const SlotRecord &slot);
    static DayKind dayKindOf(const ScheduleException &exception, const QList<ScheduleRule> &rules);
    // Single slots read one by one when a change arrives; more than this reload the range.
    static constexpr int kMaxSingleRefresh = 16;
    static constexpr int kPageSize = 500; // the list route's largest page

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadingChanged(bool loading);
    // A reload finished: the rows are merged and the schedule is the one read with them.
    void loaded();
    // The schedule (so which days are closed or have other hours) is not what it was.
    void scheduleChanged();
    void failed(const ApiFailure &failure);

private:
    struct Row
    {
        SlotRecord slot;
        WeekFrame::Placement place;
    };
    bool wanted(const SlotRecord &slot) const;
    int insertPosition(const SlotRecord &slot) const;
    void insertRow(const SlotRecord &slot);
    void requestPage(int offset);
    void pageArrived(int generation, int offset, const QJsonDocument &json);
    void requestSchedule();
    void loadFailed(int generation, const ApiFailure &failure);
    // Merges what the load read once all its pages and the schedule have come.
    void finishWhenComplete();
    void finishLoad();
    // Drops the load in progress: its answers are ignored when they come.
    void abortLoad();
    void setLoading(bool loading);

    ApiClient &m_client;
    qint64 m_queueId = 0;
    WeekFrame m_frame;
    QList<Row> m_rows; // by start, then id
    mutable QHash<qint64, int> m_index;
    mutable bool m_indexStale = true;

    // The load in progress: its pages by offset until all have come.
    int m_generation = 0; // bumps on every load and range change; late answers of older ones are dropped
    bool m_loading = false;
    bool m_reloadAgain = false;
    qint64 m_expected = -1;
    QHash<int, QList<SlotRecord>> m_pages;
    std::optional<QueueSchedule> m_arrivedSchedule;
    QList<QPointer<ApiReply>> m_inFlight;
    QueueSchedule m_schedule;
};
