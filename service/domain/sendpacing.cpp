#include "sendpacing.h"

#include <algorithm>

SendPacing::SendPacing(int perSecond, int chatIntervalMs)
    : m_perSecond(qMax(1, perSecond))
    , m_chatGapUs(chatIntervalMs > 0 ? (qint64(chatIntervalMs) + kMarginMs) * 1000 : 0)
{
}

qint64 SendPacing::earliest(const QList<qint64> &moments, qint64 fromUs) const
{
    // perSecond moments closer together than a window, with one more, would fill a window:
    // the new one must not fall in (last of them - window, first of them + window). Those spans
    // come in order (both ends rise with i), so one pass finds the earliest moment outside all.
    qint64 at = fromUs;
    for (qsizetype i = 0; i + m_perSecond - 1 < moments.size(); ++i) {
        const qint64 first = moments.at(i);
        const qint64 last = moments.at(i + m_perSecond - 1);
        if (last - first >= windowUs())
            continue;
        if (at > last - windowUs() && at < first + windowUs())
            at = first + windowUs();
    }
    return at;
}

qint64 SendPacing::nextFree(const QList<qint64> &moments, qint64 nowUs, qint64 notBeforeUs) const
{
    const qint64 at = earliest(moments, qMax(nowUs, notBeforeUs));
    return at > nowUs + kHorizonMs * 1000 ? -1 : at;
}

qint64 SendPacing::grant(QList<qint64> &moments, qint64 &chatNextUs, qint64 nowUs, qint64 notBeforeUs) const
{
    const qint64 at = nextFree(moments, nowUs, notBeforeUs);
    if (at < 0 || chatNextUs > at)
        return -1;
    moments.insert(std::upper_bound(moments.begin(), moments.end(), at), at);
    chatNextUs = at + m_chatGapUs;
    return at;
}

void SendPacing::charge(QList<qint64> &moments, qint64 &chatNextUs, qint64 atUs) const
{
    moments.insert(std::upper_bound(moments.begin(), moments.end(), atUs), atUs);
    chatNextUs = qMax(chatNextUs, atUs + m_chatGapUs);
}

qint64 SendPacing::nextClaimUs(const QList<qint64> &moments, qint64 nowUs, qint64 notBeforeUs) const
{
    // Half a horizon before the window has room again, so a claim then reserves a useful share
    // rather than one moment.
    return earliest(moments, qMax(nowUs, notBeforeUs)) - kHorizonMs * 1000 / 2;
}
