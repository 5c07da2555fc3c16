// Draws a day sheet on paper or into a PDF (any QPagedPaintDevice): a title with the queue and
// the day, then a table of time, code, name, phone and status, over as many pages as it needs,
// each with the column heads and "page N of M".
#pragma once

#include "daysheet.h"

#include <QCoreApplication>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

class DaySheetPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DaySheetPrinter)

public:
    explicit DaySheetPrinter(DaySheet sheet) : m_sheet(std::move(sheet)) {}

    // Paints every page; false when the device could not be painted on.
    bool print(QPagedPaintDevice *device);
    // What the last print() drew, one line per row ("09:00 | A-001 | Name | Phone | Status"),
    // and how many pages: a test's view of the paper.
    const QStringList &drawnRows() const { return m_drawn; }
    int pageCount() const { return m_pages; }

private:
    void drawPage(QPainter &painter, const QRectF &area, qsizetype first, qsizetype count, int page, int pages);

    DaySheet m_sheet;
    QStringList m_drawn;
    int m_pages = 0;
};
