#include "savedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

QFileDialog *openSaveDialog(QWidget *parent, const QString &title, const QString &fileName, const QString &filter,
                            const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *files = new QFileDialog(parent, title, QDir(folder).filePath(fileName), filter);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(suffix);
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->open(); // window-modal, no nested event loop
    return files;
}
