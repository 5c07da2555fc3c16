#include "tonedelegate.h"

QColor ToneDelegate::colour(int tone)
{
    switch (tone) {
    case Tone::Good: return QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning: return QColor(0xe6, 0x51, 0x00);
    case Tone::Bad: return QColor(0xc6, 0x28, 0x28);
    default: return {};
    }
}

void ToneDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int tone = index.data(Tone::Role).toInt();
    if (tone == Tone::Normal)
        return;
    // Selected rows keep the highlight's own text colour: readable on any theme.
    option->palette.setColor(QPalette::Text, colour(tone));
    if (tone == Tone::Bad)
        option->font.setBold(true);
}
