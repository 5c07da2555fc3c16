#include "httpreply.h"

void DeferredReply::complete(const HttpReply &reply)
{
    std::function<void(const HttpReply &)> sink;
    {
        const std::lock_guard lock(m_mutex);
        if (m_done)
            return;
        m_done = true;
        if (!m_sink) {
            m_early = std::make_shared<HttpReply>(reply);
            return;
        }
        sink = m_sink;
    }
    sink(reply);
}

void DeferredReply::setSink(std::function<void(const HttpReply &)> sink)
{
    std::shared_ptr<HttpReply> early;
    {
        const std::lock_guard lock(m_mutex);
        m_sink = sink;
        early = std::move(m_early);
    }
    if (early)
        sink(*early);
}
