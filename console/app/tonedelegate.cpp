#include "tonedelegate.h"

QColor ToneDelegate::colour(int tone)
{
    switch (tone) {
    case Tone::Muted: return QColor(0x75, 0x75, 0x75);
    case Tone::Accent: return QColor(0x15, 0x65, 0xc0);
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
    if (tone == Tone::Strong || tone == Tone::Bad)
        option->font.setBold(true);
    const QColor text = colour(tone);
    // Selected rows keep the highlight's own text colour: readable on any theme.
    if (text.isValid() && !(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, text);
}
