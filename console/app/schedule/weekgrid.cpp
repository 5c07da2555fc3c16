#include "weekgrid.h"

#include "slotlook.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultFirstHour = 8;
constexpr int kDefaultLastHour = 18;
constexpr double kZoomStep = 1.25;

const QColor kGridLine(0xe0, 0xe0, 0xe0);
const QColor kHalfHourLine(0xf1, 0xf1, 0xf1);
const QColor kTodayTint(0xe3, 0xf2, 0xfd);
const QColor kWeekendTint(0xf7, 0xf8, 0xf9);
const QColor kNowLine(0xe5, 0x39, 0x35);
const QColor kCurrentFocused(0x0d, 0x47, 0xa1);
const QColor kCurrentUnfocused(0x42, 0x85, 0xf4);
const QColor kLabel(0x60, 0x6f, 0x7a);
const QColor kText(0x26, 0x32, 0x38);
const QColor kToday(0x15, 0x65, 0xc0);
constexpr double kClosedShade = 0.6; // a closed day's column: the closed look, lighter than a closed slot
constexpr int kClosedNoteLines = 3;

using DayKind = WeekSlotsModel::DayKind;

// Where a block ends in its day's column: at least a minute long, cut at midnight.
int drawnEnd(const WeekFrame::Placement &place)
{
    return qMin(qMax(place.endMinute, place.startMinute + 1), 1440);
}

} // namespace

WeekGrid::WeekGrid(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(u"weekGrid"_s);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setMouseTracking(true);
    m_layoutTimer.setSingleShot(true);
    m_layoutTimer.setInterval(0);
    connect(&m_layoutTimer, &QTimer::timeout, this, &WeekGrid::applyLayout);
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_minuteTimer.start();
    measure();
}

QSize WeekGrid::sizeHint() const
{
    return {900, 620};
}

void WeekGrid::setModel(WeekSlotsModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &WeekGrid::scheduleLayout);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &WeekGrid::scheduleLayout);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WeekGrid::scheduleLayout);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &WeekGrid::scheduleLayout);
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                        blockChanged(row);
                });
        connect(m_model, &WeekSlotsModel::loadingChanged, viewport(), qOverload<>(&QWidget::update));
        connect(m_model, &WeekSlotsModel::scheduleChanged, viewport(), qOverload<>(&QWidget::update));
    }
    scheduleLayout();
}

void WeekGrid::showWeek()
{
    if (!m_dayView)
        return;
    m_dayView = false;
    scheduleLayout();
}

void WeekGrid::showDay(int day)
{
    if (m_dayView && m_day == day)
        return;
    m_dayView = true;
    m_day = day;
    scheduleLayout();
}

int WeekGrid::shownDays() const
{
    if (m_dayView)
        return 1;
    return m_model ? m_model->frame().days() : 7;
}

void WeekGrid::setCurrentSlot(qint64 id)
{
    if (m_layoutDirty)
        applyLayout();
    if (id != 0 && !m_blockOfId.contains(id))
        id = 0;
    if (id == m_current) {
        ensureVisible(id);
        return;
    }
    const qint64 previous = m_current;
    m_current = id;
    viewport()->update(slotRect(previous).adjusted(-3, -3, 3, 3));
    viewport()->update(slotRect(id).adjusted(-3, -3, 3, 3));
    ensureVisible(id);
    emit currentSlotChanged(id);
}

// --- layout ------------------------------------------------------------------------------------

void WeekGrid::scheduleLayout()
{
    m_layoutDirty = true;
    if (!m_layoutTimer.isActive())
        m_layoutTimer.start();
}

void WeekGrid::applyLayout()
{
    m_layoutTimer.stop();
    m_layoutDirty = false;
    measure();
    m_blocks.clear();
    m_blockOfId.clear();
    const int days = m_model ? m_model->frame().days() : 7;
    m_dayFirstBlock.fill(0, days + 1);
    if (m_dayView)
        m_day = qBound(0, m_day, days - 1);
    QList<QList<Block>> perDay(days);
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const WeekFrame::Placement &place = m_model->placementAt(row);
        if (place.day < 0 || place.day >= days)
            continue;
        Block block;
        block.id = m_model->slotAt(row).id;
        block.row = row;
        block.day = place.day;
        block.start = place.startMinute;
        block.end = drawnEnd(place);
        perDay[place.day].append(block);
    }
    // The start times as the locale writes them: at most one formatting per minute of the day.
    QHash<int, QString> times;
    const QLocale locale;
    int earliest = 1440;
    int latest = 0;
    for (int day = 0; day < days; ++day) {
        QList<Block> &list = perDay[day];
        std::sort(list.begin(), list.end(), [](const Block &a, const Block &b) {
            return a.start != b.start ? a.start < b.start : (a.end != b.end ? a.end > b.end : a.id < b.id);
        });
        // Lanes: a cluster of slots that overlap one another splits the column between them.
        QList<int> laneEnds;
        qsizetype clusterFirst = 0;
        int clusterEnd = -1;
        const auto closeCluster = [&](qsizetype upTo) {
            for (qsizetype i = clusterFirst; i < upTo; ++i)
                list[i].lanes = int(laneEnds.size());
            laneEnds.clear();
            clusterFirst = upTo;
        };
        for (qsizetype i = 0; i < list.size(); ++i) {
            Block &block = list[i];
            if (block.start >= clusterEnd)
                closeCluster(i);
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.at(lane) > block.start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(block.end);
            else
                laneEnds[lane] = block.end;
            block.lane = lane;
            clusterEnd = qMax(clusterEnd, block.end);
            if (!times.contains(block.start))
                times.insert(block.start, locale.toString(QTime(block.start / 60, block.start % 60), QLocale::ShortFormat));
            block.time = times.value(block.start);
            if (!m_dayView || day == m_day) {
                earliest = qMin(earliest, block.start);
                latest = qMax(latest, block.end);
            }
        }
        closeCluster(list.size());
        m_dayFirstBlock[day] = int(m_blocks.size());
        m_blocks.append(list);
    }
    m_dayFirstBlock[days] = int(m_blocks.size());
    for (int i = 0; i < m_blocks.size(); ++i)
        m_blockOfId.insert(m_blocks.at(i).id, i);
    if (earliest < latest) {
        m_firstHour = earliest / 60;
        m_lastHour = qMin(24, (latest + 59) / 60);
    } else {
        m_firstHour = kDefaultFirstHour;
        m_lastHour = kDefaultLastHour;
    }
    if (m_lastHour - m_firstHour < 2) {
        m_lastHour = qMin(24, m_firstHour + 2);
        m_firstHour = m_lastHour - 2;
    }
    updateGeometryOfContent();
    viewport()->update();
    if (m_current != 0 && !m_blockOfId.contains(m_current)) {
        m_current = 0;
        emit currentSlotChanged(0);
    }
}

void WeekGrid::blockChanged(int row)
{
    if (m_layoutDirty || !m_model)
        return;
    const SlotRecord &slot = m_model->slotAt(row);
    const auto at = m_blockOfId.constFind(slot.id);
    const WeekFrame::Placement &place = m_model->placementAt(row);
    if (at == m_blockOfId.cend() || m_blocks.at(*at).row != row || m_blocks.at(*at).start != place.startMinute
        || m_blocks.at(*at).end != drawnEnd(place)) {
        scheduleLayout(); // it moved: the lanes around it change
        return;
    }
    // Same place, new seats or status: only its own block is painted again.
    viewport()->update(blockRect(m_blocks.at(*at)).toAlignedRect().adjusted(-3, -3, 3, 3));
}

void WeekGrid::updateGeometryOfContent()
{
    const int hours = m_lastHour - m_firstHour;
    const int available = viewport()->height() - headerHeight();
    if (m_fit)
        m_hourHeight = qBound(kMinHourHeight, (available - 2 * m_padding) / qMax(1, hours), kMaxHourHeight);
    const int content = hours * m_hourHeight + 2 * m_padding;
    verticalScrollBar()->setRange(0, qMax(0, content - available));
    verticalScrollBar()->setPageStep(qMax(1, available));
    verticalScrollBar()->setSingleStep(qMax(1, m_hourHeight / 4));
}

// --- geometry ----------------------------------------------------------------------------------

void WeekGrid::measure()
{
    // Asked for every block on every paint: measured once per layout, not per block.
    m_headerHeight = fontMetrics().height() + 14;
    m_padding = fontMetrics().height() / 2 + 2; // the first and last hours' labels fit
    m_gutterWidth = fontMetrics().horizontalAdvance(QLocale().toString(QTime(23, 59), QLocale::ShortFormat)) + 16;
}

double WeekGrid::columnWidth() const
{
    return qMax(1.0, double(viewport()->width() - gutterWidth()) / shownDays());
}

double WeekGrid::yOfMinute(int minute) const
{
    return headerHeight() + m_padding + (minute - m_firstHour * 60) * m_hourHeight / 60.0 - verticalScrollBar()->value();
}

int WeekGrid::minuteAtY(int y) const
{
    const double minute =
        (y - headerHeight() - m_padding + verticalScrollBar()->value()) * 60.0 / m_hourHeight + m_firstHour * 60;
    return qBound(0, int(std::floor(minute)), 1439);
}

int WeekGrid::shownDayAtX(int x) const
{
    if (x < gutterWidth())
        return -1;
    const int column = int((x - gutterWidth()) / columnWidth());
    return column < shownDays() ? firstShownDay() + column : -1;
}

QRectF WeekGrid::columnRect(int day) const
{
    const double column = columnWidth();
    return {gutterWidth() + (day - firstShownDay()) * column, double(headerHeight()), column,
            double(viewport()->height() - headerHeight())};
}

QRect WeekGrid::dayRect(int day)
{
    if (m_layoutDirty)
        applyLayout();
    if (day < firstShownDay() || day >= firstShownDay() + shownDays())
        return {};
    return columnRect(day).toAlignedRect();
}

QRectF WeekGrid::blockRect(const Block &block) const
{
    const double column = columnWidth();
    const double laneWidth = column / block.lanes;
    const double x = gutterWidth() + (block.day - firstShownDay()) * column + block.lane * laneWidth;
    const double top = yOfMinute(block.start);
    const double bottom = yOfMinute(block.end);
    const double gap = block.lanes > 1 ? 1.0 : 3.0;
    return QRectF(x + gap, top + 0.5, qMax(2.0, laneWidth - 2 * gap), qMax(2.0, bottom - top - 1.0));
}

QRect WeekGrid::slotRect(qint64 id)
{
    if (m_layoutDirty)
        applyLayout();
    const auto at = m_blockOfId.constFind(id);
    if (at == m_blockOfId.cend())
        return {};
    const Block &block = m_blocks.at(*at);
    if (block.day < firstShownDay() || block.day >= firstShownDay() + shownDays())
        return {};
    return blockRect(block).toAlignedRect();
}

qint64 WeekGrid::slotAt(const QPoint &point)
{
    if (m_layoutDirty)
        applyLayout();
    const int day = shownDayAtX(point.x());
    if (day < 0 || point.y() < headerHeight() || day + 1 >= m_dayFirstBlock.size())
        return 0;
    for (int i = m_dayFirstBlock.at(day); i < m_dayFirstBlock.at(day + 1); ++i) {
        if (blockRect(m_blocks.at(i)).contains(point))
            return m_blocks.at(i).id;
    }
    return 0;
}

// --- zoom and scrolling ------------------------------------------------------------------------

void WeekGrid::setHourHeight(int height, int anchorY)
{
    height = qBound(kMinHourHeight, height, kMaxHourHeight);
    if (height == m_hourHeight && !m_fit)
        return;
    const double anchorMinute = (anchorY - headerHeight() - m_padding + verticalScrollBar()->value()) * 60.0 / m_hourHeight;
    m_fit = false;
    m_hourHeight = height;
    updateGeometryOfContent();
    verticalScrollBar()->setValue(int(anchorMinute * m_hourHeight / 60.0) - (anchorY - headerHeight() - m_padding));
    viewport()->update();
    emit zoomChanged(m_hourHeight);
}

void WeekGrid::zoomIn()
{
    setHourHeight(int(std::ceil(m_hourHeight * kZoomStep)), viewport()->height() / 2);
}

void WeekGrid::zoomOut()
{
    setHourHeight(int(std::floor(m_hourHeight / kZoomStep)), viewport()->height() / 2);
}

void WeekGrid::resetZoom()
{
    m_fit = true;
    updateGeometryOfContent();
    viewport()->update();
    emit zoomChanged(m_hourHeight);
}

void WeekGrid::ensureVisible(qint64 id)
{
    const QRect rect = slotRect(id);
    if (rect.isEmpty())
        return;
    const int top = headerHeight();
    const int bottom = viewport()->height();
    if (rect.top() < top)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (top - rect.top()) - 4);
    else if (rect.bottom() > bottom)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + qMin(rect.bottom() - bottom, rect.top() - top) + 4);
}

void WeekGrid::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    Q_UNUSED(dy)
    viewport()->update(); // the header stays put: everything is painted again
}

void WeekGrid::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometryOfContent();
}

// --- painting ----------------------------------------------------------------------------------

void WeekGrid::paintEvent(QPaintEvent *event)
{
    if (m_layoutDirty)
        applyLayout();
    QPainter painter(viewport());
    const QRect exposed = event->rect();
    const int width = viewport()->width();
    const int height = viewport()->height();
    const int header = headerHeight();
    const int gutter = gutterWidth();
    const double column = columnWidth();
    const int days = shownDays();
    const int firstDay = firstShownDay();
    const WeekFrame frame = m_model ? m_model->frame() : WeekFrame();
    const QDate today = frame.today();
    const QLocale locale;
    painter.fillRect(exposed, palette().base());
    const auto kindOf = [this](int day) { return m_model ? m_model->dayKindOn(day) : DayKind::Usual; };

    // Columns: a closed day in the closed look; today and the weekend tinted.
    QColor closedShade = SlotLook::fill(WeekSlotsModel::Load::Closed);
    closedShade.setAlphaF(float(kClosedShade));
    int closedShown = 0;
    for (int d = 0; d < days; ++d) {
        const QDate date = frame.first().addDays(firstDay + d);
        const QRectF rect = columnRect(firstDay + d);
        if (kindOf(firstDay + d) == DayKind::Closed) {
            painter.fillRect(rect, closedShade);
            ++closedShown;
        } else if (date == today) {
            painter.fillRect(rect, kTodayTint);
        } else if (date.dayOfWeek() >= 6) {
            painter.fillRect(rect, kWeekendTint);
        }
    }

    // Hours: lines across, labels in the gutter.
    painter.setClipRect(QRect(0, header, width, height - header));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    const int smallHeight = QFontMetrics(small).height();
    for (int hour = m_firstHour; hour <= m_lastHour; ++hour) {
        const double y = yOfMinute(hour * 60);
        painter.setPen(kGridLine);
        painter.drawLine(QPointF(gutter - 4, y), QPointF(width, y));
        if (m_hourHeight >= 40 && hour < m_lastHour) {
            painter.setPen(QPen(kHalfHourLine, 1, Qt::DashLine));
            painter.drawLine(QPointF(gutter, y + m_hourHeight / 2.0), QPointF(width, y + m_hourHeight / 2.0));
        }
        painter.setPen(kLabel);
        const QString label = locale.toString(QTime(hour % 24, 0), QLocale::ShortFormat);
        painter.drawText(QRectF(0, y - smallHeight / 2.0, gutter - 8, smallHeight), Qt::AlignRight | Qt::AlignVCenter,
                         hour == 24 ? u"24:00"_s : label);
    }
    painter.setPen(kGridLine);
    for (int d = 0; d <= days; ++d)
        painter.drawLine(QPointF(gutter + d * column, header), QPointF(gutter + d * column, height));

    // Closed days' labels, under any slot staff kept on them.
    painter.setClipRect(QRect(gutter, header, width - gutter, height - header) & exposed);
    for (int d = 0; d < days && closedShown > 0; ++d) {
        if (kindOf(firstDay + d) == DayKind::Closed)
            paintClosedLabel(painter, columnRect(firstDay + d), m_model->exceptionOn(firstDay + d)->note);
    }

    // The slots of the days shown, only those in the exposed part.
    painter.setFont(m_dayView ? font() : small);
    const double line = QFontMetricsF(painter.font()).height();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int day = firstDay; day < firstDay + days && day + 1 < m_dayFirstBlock.size(); ++day) {
        for (int i = m_dayFirstBlock.at(day); i < m_dayFirstBlock.at(day + 1); ++i) {
            const Block &block = m_blocks.at(i);
            const QRectF rect = blockRect(block);
            if (rect.bottom() < exposed.top() || rect.top() > exposed.bottom() || rect.right() < exposed.left()
                || rect.left() > exposed.right())
                continue;
            paintBlock(painter, block, rect, now, line);
        }
    }

    // Now.
    if (today >= frame.first().addDays(firstDay) && today < frame.first().addDays(firstDay + days)) {
        const QTime now = frame.toLocal(QDateTime::currentDateTimeUtc()).time();
        const double y = yOfMinute(now.hour() * 60 + now.minute());
        const double x = gutter + frame.first().addDays(firstDay).daysTo(today) * column;
        painter.setPen(QPen(kNowLine, 2));
        painter.drawLine(QPointF(x, y), QPointF(x + column, y));
        painter.setBrush(kNowLine);
        painter.drawEllipse(QPointF(x, y), 3.5, 3.5);
    }

    // The header with the days, above everything.
    painter.setClipping(false);
    painter.fillRect(QRect(0, 0, width, header), palette().window());
    painter.setPen(QColor(0xcf, 0xd8, 0xdc));
    painter.drawLine(0, header - 1, width, header - 1);
    for (int d = 0; d < days; ++d) {
        const QDate date = frame.first().addDays(firstDay + d);
        const QRectF cell(gutter + d * column, 0, column, header);
        const DayKind kind = kindOf(firstDay + d);
        if (kind == DayKind::Closed) {
            painter.fillRect(cell.adjusted(0, 0, 0, -1), SlotLook::fill(WeekSlotsModel::Load::Closed));
            painter.fillRect(QRectF(cell.left(), header - 3, column, 3), SlotLook::edge(WeekSlotsModel::Load::Closed));
        } else if (kind != DayKind::Usual) {
            // Other hours than the template's: a dot; the tooltip tells them.
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(SlotLook::edge(WeekSlotsModel::Load::Closed));
            painter.drawEllipse(QPointF(cell.right() - 7, cell.top() + 7), 3, 3);
            painter.restore();
        }
        QFont dayFont = font();
        dayFont.setBold(date == today);
        painter.setFont(dayFont);
        painter.setPen(date == today ? kToday : kText);
        const QString text = m_dayView ? locale.toString(date, QLocale::LongFormat)
                                       : locale.toString(date, u"ddd d MMM"_s);
        painter.drawText(cell, Qt::AlignCenter, QFontMetrics(dayFont).elidedText(text, Qt::ElideRight, int(column) - 4));
    }

    if ((!m_model || m_model->rowCount() == 0) && closedShown < days) {
        painter.setFont(font());
        painter.setPen(kLabel);
        const QString text = m_model && m_model->isLoading() ? tr("Loading…")
                                                             : tr("No slots on these days.");
        QRect area(gutter, header, width - gutter, height - header);
        if (closedShown > 0) // above the closed days' labels, which are centred too
            area.translate(0, -int(std::ceil((kClosedNoteLines / 2.0 + 2) * fontMetrics().height())));
        painter.drawText(area, Qt::AlignCenter, text);
    }
}

void WeekGrid::paintClosedLabel(QPainter &painter, const QRectF &column, const QString &note) const
{
    QFont titleFont = font();
    titleFont.setBold(true);
    QFont noteFont = font();
    if (!m_dayView)
        noteFont.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF noteMetrics(noteFont);
    const double padding = 6;
    const double room = qMax(1.0, column.width() - 2 * padding - 8);
    const QString title = titleMetrics.elidedText(tr("Closed"), Qt::ElideRight, room);
    double textWidth = titleMetrics.horizontalAdvance(title);
    double textHeight = titleMetrics.height();
    double noteHeight = 0;
    if (!note.isEmpty()) {
        const QRectF bounds = noteMetrics.boundingRect(QRectF(0, 0, room, kClosedNoteLines * noteMetrics.height()),
                                                       Qt::AlignHCenter | Qt::TextWordWrap, note);
        textWidth = qMax(textWidth, qMin(room, bounds.width()));
        noteHeight = qMin(bounds.height(), kClosedNoteLines * noteMetrics.height());
        textHeight += noteHeight + 2;
    }
    const QPointF centre = column.center();
    const QRectF text(centre.x() - textWidth / 2, centre.y() - textHeight / 2, textWidth, textHeight);
    const QRectF badge = text.adjusted(-padding, -padding / 2 - 1, padding, padding / 2 + 1);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(SlotLook::edge(WeekSlotsModel::Load::Closed), 1));
    painter.setBrush(SlotLook::fill(WeekSlotsModel::Load::Closed));
    painter.drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter.setFont(titleFont);
    painter.setPen(SlotLook::edge(WeekSlotsModel::Load::Closed).darker(140));
    painter.drawText(QRectF(text.left(), text.top(), text.width(), titleMetrics.height()), Qt::AlignCenter, title);
    if (noteHeight > 0) {
        painter.setFont(noteFont);
        painter.setPen(kText);
        painter.drawText(QRectF(text.left(), text.top() + titleMetrics.height() + 2, text.width(), noteHeight),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, note);
    }
    painter.restore();
}

void WeekGrid::paintBlock(QPainter &painter, const Block &block, const QRectF &rect, const QDateTime &now,
                          double line) const
{
    const SlotRecord &slot = m_model->slotAt(block.row);
    const WeekSlotsModel::Load load = WeekSlotsModel::loadOf(slot);
    const QColor edge = SlotLook::edge(load);
    const bool past = slot.endsAt < now;
    painter.setOpacity(past ? 0.55 : 1.0);
    painter.setPen(QPen(edge, 1));
    painter.setBrush(SlotLook::fill(load));
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    if (load == WeekSlotsModel::Load::Cancelled)
        painter.fillRect(rect, QBrush(edge, Qt::BDiagPattern));
    painter.fillRect(QRectF(rect.left(), rect.top(), qMin(3.0, rect.width()), rect.height()), edge);
    if (block.id == m_current) {
        painter.setPen(QPen(hasFocus() ? kCurrentFocused : kCurrentUnfocused, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
    }

    if (rect.height() >= line + 1 && rect.width() >= 24) {
        const QRectF textRect = rect.adjusted(6, 0, -3, 0);
        const int taken = slot.booked + slot.held;
        QString first;
        QString second;
        if (m_dayView) {
            first = SlotLook::timeRange(slot, m_model->frame()) + u"   "_s + SlotLook::seats(slot);
            second = load == WeekSlotsModel::Load::Cancelled ? QString() : SlotLook::loadName(load);
        } else {
            first = load == WeekSlotsModel::Load::Cancelled ? block.time
                                                             : block.time + u"  "_s + u"%1/%2"_s.arg(taken).arg(slot.capacity);
            second = load == WeekSlotsModel::Load::Cancelled ? slot.cancelReason : SlotLook::loadName(load);
        }
        painter.setPen(load == WeekSlotsModel::Load::Cancelled ? QColor(0x60, 0x6f, 0x7a) : kText);
        const bool twoLines = rect.height() >= 2 * line + 2 && !second.isEmpty();
        const double top = twoLines ? rect.top() + 1 : rect.top() + (rect.height() - line) / 2;
        painter.drawText(QRectF(textRect.left(), top, textRect.width(), line), Qt::AlignLeft | Qt::AlignVCenter, first);
        if (twoLines)
            painter.drawText(QRectF(textRect.left(), top + line, textRect.width(), line),
                             Qt::AlignLeft | Qt::AlignVCenter, second);
    }
    painter.setOpacity(1.0);
}

// --- input -------------------------------------------------------------------------------------

void WeekGrid::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton) {
        if (const qint64 id = slotAt(event->position().toPoint()))
            setCurrentSlot(id);
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void WeekGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint point = event->position().toPoint();
    if (const qint64 id = slotAt(point)) {
        emit slotActivated(id);
        return;
    }
    const int day = shownDayAtX(point.x());
    if (day >= 0 && point.y() >= headerHeight() && m_model) {
        const int minute = minuteAtY(point.y());
        emit freeTimeActivated(m_model->frame().first().addDays(day), minute - minute % 15);
    }
}

void WeekGrid::contextMenuEvent(QContextMenuEvent *event)
{
    QPoint point = event->pos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const QRect current = slotRect(m_current);
        point = current.isEmpty() ? QPoint(gutterWidth() + 8, headerHeight() + 8) : current.center();
    } else {
        point = viewport()->mapFrom(this, point);
    }
    const qint64 id = slotAt(point);
    if (id != 0)
        setCurrentSlot(id);
    const int day = shownDayAtX(point.x());
    if (!m_model || day < 0)
        return;
    const int minute = minuteAtY(point.y());
    emit menuRequested(id, m_model->frame().first().addDays(day), minute - minute % 15, viewport()->mapToGlobal(point));
}

void WeekGrid::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0) {
            const double factor = std::pow(kZoomStep, steps);
            setHourHeight(int(std::lround(m_hourHeight * factor)), int(event->position().y()));
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void WeekGrid::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
        if (event->modifiers() & ~Qt::KeypadModifier)
            break;
        moveCurrent(event->key());
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current != 0)
            emit slotActivated(m_current);
        event->accept();
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void WeekGrid::moveCurrent(int key)
{
    if (m_layoutDirty)
        applyLayout();
    const int firstDay = firstShownDay();
    const int lastDay = firstDay + shownDays() - 1;
    const auto dayHasBlocks = [this](int day) { return m_dayFirstBlock.at(day) < m_dayFirstBlock.at(day + 1); };
    const auto at = m_blockOfId.constFind(m_current);
    const bool onShownSlot = at != m_blockOfId.cend() && m_blocks.at(*at).day >= firstDay && m_blocks.at(*at).day <= lastDay;
    if (!onShownSlot) {
        // Nothing chosen yet: the first slot shown (or, going sideways, the edge).
        for (int day = firstDay; day <= lastDay; ++day) {
            if (dayHasBlocks(day)) {
                setCurrentSlot(m_blocks.at(m_dayFirstBlock.at(day)).id);
                return;
            }
        }
        if (key == Qt::Key_Left || key == Qt::Key_Right)
            emit edgeReached(key == Qt::Key_Left ? -1 : 1);
        return;
    }
    const int index = *at;
    const Block &block = m_blocks.at(index);
    const int dayFirst = m_dayFirstBlock.at(block.day);
    const int dayEnd = m_dayFirstBlock.at(block.day + 1);
    switch (key) {
    case Qt::Key_Up:
        if (index > dayFirst)
            setCurrentSlot(m_blocks.at(index - 1).id);
        return;
    case Qt::Key_Down:
        if (index + 1 < dayEnd)
            setCurrentSlot(m_blocks.at(index + 1).id);
        return;
    case Qt::Key_Home:
        setCurrentSlot(m_blocks.at(dayFirst).id);
        return;
    case Qt::Key_End:
        setCurrentSlot(m_blocks.at(dayEnd - 1).id);
        return;
    default:
        break;
    }
    // Sideways: the slot nearest in time on the next day that has any.
    const int direction = key == Qt::Key_Left ? -1 : 1;
    for (int day = block.day + direction; day >= firstDay && day <= lastDay; day += direction) {
        if (!dayHasBlocks(day))
            continue;
        int best = m_dayFirstBlock.at(day);
        for (int i = best; i < m_dayFirstBlock.at(day + 1); ++i) {
            if (std::abs(m_blocks.at(i).start - block.start) < std::abs(m_blocks.at(best).start - block.start))
                best = i;
        }
        setCurrentSlot(m_blocks.at(best).id);
        return;
    }
    emit edgeReached(direction);
}

bool WeekGrid::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = slotAt(help->pos());
        const int day = id == 0 ? shownDayAtX(help->pos().x()) : -1;
        const bool inHeader = help->pos().y() < headerHeight();
        const QString note = day >= 0 ? dayNote(day) : QString();
        if (id != 0) {
            QToolTip::showText(help->globalPos(), toolTipFor(id), viewport(), slotRect(id));
        } else if (!note.isEmpty() && (inHeader || m_model->dayKindOn(day) == DayKind::Closed)) {
            // The header of a day that differs from the template, or anywhere in a closed one.
            const QRectF column = columnRect(day);
            const QRectF area = inHeader ? QRectF(column.left(), 0, column.width(), headerHeight()) : column;
            QToolTip::showText(help->globalPos(), note, viewport(), area.toAlignedRect());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString WeekGrid::dayNote(int day) const
{
    const std::optional<ScheduleException> exception = m_model ? m_model->exceptionOn(day) : std::nullopt;
    if (!exception)
        return {};
    const QLocale locale;
    const auto clock = [&locale](int minute) {
        return minute >= 1440 ? u"24:00"_s : locale.toString(QTime(minute / 60, minute % 60), QLocale::ShortFormat);
    };
    const QString hours = clock(exception->startMinute) + u'–' + clock(exception->endMinute);
    QString text;
    switch (WeekSlotsModel::dayKindOf(*exception, m_model->schedule().rules)) {
    case DayKind::Closed: text = tr("Closed"); break;
    case DayKind::Shortened: text = tr("Shorter hours: %1").arg(hours); break;
    case DayKind::Extra: text = tr("Extra working day: %1").arg(hours); break;
    case DayKind::OtherHours:
    case DayKind::Usual: text = tr("Special hours: %1").arg(hours); break;
    }
    if (!exception->note.isEmpty())
        text += u" · "_s + exception->note;
    return text;
}

QString WeekGrid::toolTipFor(qint64 id) const
{
    const int row = m_model ? m_model->rowOfId(id) : -1;
    if (row < 0)
        return {};
    const SlotRecord &slot = m_model->slotAt(row);
    return SlotLook::dayAndTime(slot, m_model->frame()) + u'\n' + SlotLook::seats(slot) + u'\n'
        + SlotLook::loadName(WeekSlotsModel::loadOf(slot));
}

void WeekGrid::focusInEvent(QFocusEvent *event)
{
    viewport()->update(); // the current slot's outline shows focus
    QAbstractScrollArea::focusInEvent(event);
}

void WeekGrid::focusOutEvent(QFocusEvent *event)
{
    viewport()->update();
    QAbstractScrollArea::focusOutEvent(event);
}

void WeekGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange
        || event->type() == QEvent::FontChange)
        scheduleLayout();
    QAbstractScrollArea::changeEvent(event);
}
