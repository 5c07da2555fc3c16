#include "daysheetprinter.h"

#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

// Share of the width per column: time, code, name, phone, status.
constexpr double kWidths[] = {0.10, 0.12, 0.36, 0.20, 0.22};

} // namespace

bool DaySheetPrinter::print(QPagedPaintDevice *device)
{
    m_drawn.clear();
    m_pages = 0;
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRectF area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const QRectF page(0, 0, area.width(), area.height());
    QFont font(u"Sans Serif"_s, 10);
    painter.setFont(font);
    const double line = painter.fontMetrics().height() * 1.6;
    // Title block, column heads and footer take about seven lines on every page.
    const int perPage = qMax(1, int((page.height() - 7 * line) / line));
    const qsizetype rows = m_sheet.rows.size();
    const int pages = qMax(1, int((rows + perPage - 1) / perPage));
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        drawPage(painter, page, qsizetype(p) * perPage, qMin<qsizetype>(perPage, rows - qsizetype(p) * perPage), p + 1,
                 pages);
    }
    m_pages = pages;
    return painter.end();
}

void DaySheetPrinter::drawPage(QPainter &painter, const QRectF &area, qsizetype first, qsizetype count, int page,
                               int pages)
{
    const QLocale locale;
    const QFont body = painter.font();
    const double line = painter.fontMetrics().height() * 1.6;
    double y = area.top();

    QFont title = body;
    title.setPointSizeF(body.pointSizeF() * 1.6);
    title.setBold(true);
    painter.setFont(title);
    painter.drawText(QRectF(area.left(), y, area.width(), line * 1.4), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Day sheet: %1").arg(m_sheet.queueName));
    y += line * 1.4;
    painter.setFont(body);
    painter.drawText(QRectF(area.left(), y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                     locale.toString(m_sheet.day, QLocale::LongFormat) + u" · "_s
                         + tr("%n booking(s)", nullptr, int(m_sheet.rows.size())));
    y += line * 1.3;

    const QStringList heads{tr("Time"), tr("Code"), tr("Name"), tr("Phone"), tr("Status")};
    // A row of cells in black, ruled below: the heads' rule darker.
    auto drawRow = [&](const QStringList &cells, bool isHead) {
        painter.setPen(Qt::black);
        double x = area.left();
        for (int c = 0; c < cells.size(); ++c) {
            const double width = area.width() * kWidths[c];
            const QRectF cell(x + 4, y, width - 8, line);
            painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                             painter.fontMetrics().elidedText(cells.at(c), Qt::ElideRight, int(cell.width())));
            x += width;
        }
        y += line;
        painter.setPen(isHead ? QPen(Qt::black, 1.5) : QPen(Qt::gray, 0.5));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    };
    QFont bold = body;
    bold.setBold(true);
    painter.setFont(bold);
    drawRow(heads, true);
    painter.setFont(body);
    for (qsizetype i = first; i < first + count; ++i) {
        const DaySheetRow &row = m_sheet.rows.at(i);
        const QStringList cells{row.time, row.code, row.name, row.phone, row.status};
        drawRow(cells, false);
        m_drawn.append(cells.join(u" | "_s));
    }
    if (m_sheet.rows.isEmpty()) {
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), y, area.width(), line * 2), Qt::AlignCenter,
                         tr("Nobody is booked on this day."));
    }
    painter.setPen(Qt::darkGray);
    painter.drawText(QRectF(area.left(), area.bottom() - line, area.width(), line), Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(page).arg(pages));
}
