// Draws the models' Tone::Role (strong, muted, warning, accent) with the console's fonts and
// colours, so the widget-free models can say what stands out without knowing how it looks.
#pragma once

#include <QStyledItemDelegate>

class ToneDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
