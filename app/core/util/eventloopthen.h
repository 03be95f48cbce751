#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QObject>

#include <utility>

namespace Lectern::Core {

// Calls fn(result) on context's thread, from its event loop, once future has a result; never
// inside this call. QFuture::then(context, …) alone runs the continuation at once, on the
// calling thread, when the future has already finished (Qt 6.4): a signal a caller connects to
// after starting the work would then be missed. Nothing runs once context is destroyed.
template <typename T, typename Fn>
void thenOnEventLoop(QFuture<T> future, QObject *context, Fn fn)
{
    future.then(context, [context, fn = std::move(fn)](T result) mutable {
        QMetaObject::invokeMethod(
            context, [fn = std::move(fn), result = std::move(result)]() mutable { fn(std::move(result)); },
            Qt::QueuedConnection);
    });
}

} // namespace Lectern::Core
