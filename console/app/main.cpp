#include "consolecontext.h"
#include "languages.h"
#include "mainwindow.h"
#include "pages.h"
#include "version.h"

#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QueueBot"));
    QApplication::setApplicationName(QStringLiteral("queue-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Queue Console"));
    QApplication::setApplicationVersion(QStringLiteral(QUEUE_BOT_VERSION));

    Languages languages;
    languages.applyInitial();
    ConsoleContext context;
    MainWindow window(context, languages);
    addConsolePages(window, context);
    window.show();
    window.connectOnStart();
    return QApplication::exec();
}
