#include "sendpacing.h"

SendPacing::SendPacing(int perSecond, int chatIntervalMs)
    : m_spacingUs((1000 + kMarginMs) * 1000 / qMax(1, perSecond))
    , m_chatGapUs(chatIntervalMs > 0 ? (qint64(chatIntervalMs) + kMarginMs) * 1000 : 0)
{
}

qint64 SendPacing::grant(qint64 &botNextUs, qint64 &chatNextUs, qint64 nowUs) const
{
    const qint64 at = qMax(botNextUs, nowUs);
    if (chatNextUs > at)
        return -1;
    botNextUs = at + m_spacingUs;
    chatNextUs = at + m_chatGapUs;
    return at;
}

void SendPacing::charge(qint64 &botNextUs, qint64 &chatNextUs, qint64 atUs) const
{
    botNextUs = qMax(botNextUs, atUs) + m_spacingUs;
    chatNextUs = qMax(chatNextUs, atUs + m_chatGapUs);
}
