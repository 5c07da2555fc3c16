#include "pages.h"

#include "mainwindow.h"
#include "schedule/schedulepage.h"

void addConsolePages(MainWindow &window, ConsoleContext &context)
{
    window.addPage(new SchedulePage(context));
}
