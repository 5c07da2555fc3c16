#include "pages.h"

#include "mainwindow.h"
#include "todaypage.h"

void addConsolePages(MainWindow &window, ConsoleContext &context)
{
    window.addPage(new TodayPage(context));
}
