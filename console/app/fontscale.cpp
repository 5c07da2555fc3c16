#include "fontscale.h"

#include <QWidget>

void enlargeFont(QWidget *widget, double scale, bool bold)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    widget->setFont(font);
}
