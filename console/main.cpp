#include "mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("queue-console"));
    QApplication::setApplicationVersion(QStringLiteral(QUEUE_BOT_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("queuebot"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    MainWindow window;
    window.show();
    return QApplication::exec();
}
