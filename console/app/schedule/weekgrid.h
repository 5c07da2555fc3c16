// The schedule's grid: local days across, hours down, each slot a block coloured by its load
// (SlotLook), painted by hand so a week of thousands of slots draws in milliseconds. Shows the
// whole week of its WeekSlotsModel or one day of it, wider. Slots that overlap share their day's
// column side by side. Keyboard: arrows move between slots, Home/End to the day's first and last,
// Enter opens one; Ctrl+wheel zooms (the page adds Ctrl +/-). It follows the model's merges: a
// changed slot repaints its own block only. A day the schedule closes (a holiday) is shaded in the
// closed look and labelled "Closed" with the exception's note; a day with other hours than the
// template's is marked in its header, the hours in the header's tooltip.
#pragma once

#include "models/weekslotsmodel.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QPointer>
#include <QTimer>

class WeekGrid : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit WeekGrid(QWidget *parent = nullptr);

    void setModel(WeekSlotsModel *model);
    WeekSlotsModel *model() const { return m_model; }

    // Every day of the model's range, or only day `day` (0 = the range's first).
    void showWeek();
    void showDay(int day);
    bool isDayView() const { return m_dayView; }
    int shownDay() const { return m_day; }

    // The slot the keyboard is on (0: none); setting it scrolls it into view.
    qint64 currentSlot() const { return m_current; }
    void setCurrentSlot(qint64 id);

    // Zoom: pixels per hour. Until the person zooms, the hours shown fit the height.
    int hourHeight() const { return m_hourHeight; }
    void zoomIn();
    void zoomOut();
    void resetZoom();
    static constexpr int kMinHourHeight = 20;
    static constexpr int kMaxHourHeight = 480;

    // Where a slot's block is drawn, in viewport coordinates (empty when it is not shown), and
    // which slot is at a point: for tests and the benchmark as much as for the mouse.
    QRect slotRect(qint64 id);
    qint64 slotAt(const QPoint &point);
    // What day `day` of the range (0 = the first) is marked with when the schedule makes it differ
    // from the template — "Closed · Public holiday", "Shorter hours: 10:00–14:00" — or empty: the
    // closed column's label and the header's tooltip say it.
    QString dayNote(int day) const;
    // Where day `day`'s column is drawn below the header (empty when the day is not shown).
    QRect dayRect(int day);

    QSize sizeHint() const override;

signals:
    void currentSlotChanged(qint64 id);
    // Enter or a double click on a slot.
    void slotActivated(qint64 id);
    // A double click on free time: the local day and minute there (to create a slot).
    void freeTimeActivated(const QDate &day, int minute);
    // Right click or the menu key: on a slot (id) or on free time (id 0).
    void menuRequested(qint64 id, const QDate &day, int minute, const QPoint &globalPos);
    // The arrows went past the first or last day shown: -1 back, +1 forward.
    void edgeReached(int direction);
    void zoomChanged(int hourHeight);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // A slot as laid out: its day, its minutes, and its lane among slots that overlap it.
    struct Block
    {
        qint64 id = 0;
        int row = 0;
        int day = 0;
        int start = 0;
        int end = 0;
        int lane = 0;
        int lanes = 1;
        QString time; // the start, formatted once per layout
    };

    // Laying out waits for the end of a burst of model changes (one merge inserts many rows).
    void scheduleLayout();
    void applyLayout();
    void updateGeometryOfContent();
    void blockChanged(int row);
    int firstShownDay() const { return m_dayView ? m_day : 0; }
    int shownDays() const;
    void measure();
    int headerHeight() const { return m_headerHeight; }
    int gutterWidth() const { return m_gutterWidth; }
    double columnWidth() const;
    double yOfMinute(int minute) const; // minutes after local midnight
    int minuteAtY(int y) const;
    QRectF blockRect(const Block &block) const;
    int shownDayAtX(int x) const; // -1 outside the columns
    void setHourHeight(int height, int anchorY);
    void moveCurrent(int key);
    void ensureVisible(qint64 id);
    QString toolTipFor(qint64 id) const;
    // A day's column below the header, in viewport coordinates (`day` of the range, shown).
    QRectF columnRect(int day) const;
    // "Closed" and the note, centred in the visible part of a closed day's column.
    void paintClosedLabel(QPainter &painter, const QRectF &column, const QString &note) const;
    // `now` and the text's line height are the same for every block of a paint.
    void paintBlock(QPainter &painter, const Block &block, const QRectF &rect, const QDateTime &now, double line) const;

    QPointer<WeekSlotsModel> m_model;
    QList<Block> m_blocks;          // by day, then start, then lane
    QHash<qint64, int> m_blockOfId; // slot id → index in m_blocks
    QList<int> m_dayFirstBlock;     // per day of the range: index of its first block (days + 1 entries)
    int m_firstHour = 8;
    int m_lastHour = 18;
    int m_hourHeight = 48;
    bool m_fit = true;
    bool m_dayView = false;
    int m_day = 0;
    qint64 m_current = 0;
    bool m_layoutDirty = true;
    int m_headerHeight = 30;
    int m_gutterWidth = 50;
    int m_padding = 8; // above the first hour and below the last
    QTimer m_layoutTimer;
    QTimer m_minuteTimer; // the "now" line moves
};
