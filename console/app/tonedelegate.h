// Paints what a model marks with Tone::Role (console_core's models have no colours): bad in red
// and bold, warnings orange, good green.
#pragma once

#include "models/tone.h"

#include <QColor>
#include <QStyledItemDelegate>

class ToneDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor colour(int tone);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
