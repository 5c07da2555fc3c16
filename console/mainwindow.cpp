#include "mainwindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Queue Bot Console"));
    auto *label = new QLabel(tr("Connect to a queue-service to see today's queue."), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(960, 640);
}
