#include "pages.h"

#include "mainwindow.h"

void addConsolePages(MainWindow &window, ConsoleContext &context)
{
    Q_UNUSED(window)
    Q_UNUSED(context)
}
