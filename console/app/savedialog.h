// Where to save a report: a "Save as" dialog in the person's documents folder with a suggested
// file name, opened without a nested event loop and deleted once closed.
#pragma once

#include <QString>

class QFileDialog;
class QWidget;

// Open already; connect to its fileSelected(). `suffix` is added to a name typed without one.
QFileDialog *openSaveDialog(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                            const QString &suffix);
