#pragma once

#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <functional>
#include <optional>
#include <vector>

namespace Lectern::Core {

// Runs work(0) … work(count - 1) on a thread pool and hands the results back in index order to
// the one thread that calls next() (the batch import's writer). At most `window` items are in
// flight or waiting to be taken, so memory stays bounded however many items there are: a slow
// consumer holds the workers back instead of letting results pile up.
//
// Threading: construct, next() and stop() on one thread; work runs on the pool's threads and
// must be safe to call concurrently. The destructor stops and waits for the running items.
template<typename Result>
class OrderedWorkQueue final
{
public:
    OrderedWorkQueue(int count, int window, std::function<Result(int)> work, QThreadPool *pool)
        : m_count(count)
        , m_window(std::max(1, window))
        , m_work(std::move(work))
        , m_pool(pool)
        , m_slots(size_t(m_window))
    {
    }
    ~OrderedWorkQueue() { stop(); }
    OrderedWorkQueue(const OrderedWorkQueue &) = delete;
    OrderedWorkQueue &operator=(const OrderedWorkQueue &) = delete;

    // The result of the next index, waiting for it; nullopt after the last one or after stop().
    std::optional<Result> next()
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopped || m_taken >= m_count)
            return std::nullopt;
        submitLocked();
        std::optional<Result> &slot = m_slots[size_t(m_taken % m_window)];
        while (!slot)
            m_changed.wait(&m_mutex);
        std::optional<Result> out = std::move(slot);
        slot.reset();
        ++m_taken;
        submitLocked();
        return out;
    }

    // No new items start; waits for the running ones (their results are dropped).
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopped = true;
        while (m_running > 0)
            m_changed.wait(&m_mutex);
    }

private:
    void submitLocked()
    {
        while (!m_stopped && m_submitted < m_count && m_submitted < m_taken + m_window) {
            const int index = m_submitted++;
            ++m_running;
            m_pool->start([this, index] {
                Result result = m_work(index);
                QMutexLocker lock(&m_mutex);
                // Slot index % window is free: the item `window` places earlier was taken before
                // this one was submitted.
                m_slots[size_t(index % m_window)] = std::move(result);
                --m_running;
                m_changed.wakeAll();
            });
        }
    }

    const int m_count;
    const int m_window;
    const std::function<Result(int)> m_work;
    QThreadPool *const m_pool;
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::vector<std::optional<Result>> m_slots;
    int m_submitted = 0;
    int m_taken = 0;
    int m_running = 0;
    bool m_stopped = false;
};

} // namespace Lectern::Core
