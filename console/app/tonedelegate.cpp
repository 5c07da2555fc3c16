#include "tonedelegate.h"

#include "models/tone.h"

void ToneDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto color = [option](QColor value) {
        // Selected rows keep the selection's text colour, which is readable on its highlight.
        if (!(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, value);
    };
    switch (index.data(Tone::Role).toInt()) {
    case Tone::Strong: option->font.setBold(true); break;
    case Tone::Muted: color(QColor(0x75, 0x75, 0x75)); break;
    case Tone::Warning: color(QColor(0xe6, 0x51, 0x00)); break;
    case Tone::Accent: color(QColor(0x15, 0x65, 0xc0)); break;
    default: break;
    }
}
