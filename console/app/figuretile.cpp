#include "figuretile.h"

#include "fontscale.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FigureTile::FigureTile(QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_caption(new QLabel(this))
{
    // By class, not by name: pages name their tiles.
    setStyleSheet(u"FigureTile { background: palette(base); border: 1px solid #dde3e6; border-radius: 6px; }"_s);
    enlargeFont(m_value, 1.6);
    m_value->setObjectName(u"value"_s);
    m_caption->setStyleSheet(u"color: #607d8b;"_s);
    m_caption->setWordWrap(true); // a row of tiles must not make the window wide
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->setSpacing(0);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    setValue(u"—"_s);
}

void FigureTile::setValue(const QString &value)
{
    m_value->setText(value);
}

QString FigureTile::value() const
{
    return m_value->text();
}

void FigureTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}
