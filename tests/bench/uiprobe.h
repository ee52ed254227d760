// Bench::probe(): how long an action blocks the UI thread — the call's time, and how late a
// 20 ms timer fires at worst while the event loop runs the action and what it left queued (the
// views' updates, a worker's result), as bench_window measures loading.
#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace AllianceScope::Bench {

struct Block
{
    qint64 call = 0;  ///< ms in the call itself
    qint64 worst = 0; ///< ms the 20 ms timer fired late at worst
};

/// Runs @p action from the event loop while a 20 ms timer ticks, until @p done holds and 300 ms
/// after that.
inline Block probe(const std::function<void()> &action, const std::function<bool()> &done)
{
    Block block;
    QEventLoop loop;
    QElapsedTimer since;
    QElapsedTimer quiet; // since the action returned and done() held
    bool acted = false;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        block.worst = std::max(block.worst, since.restart() - 20);
        if (!acted) {
            acted = true;
            QElapsedTimer call;
            call.start();
            action();
            block.call = call.elapsed();
            return;
        }
        if (!done()) {
            quiet.invalidate();
        } else if (!quiet.isValid()) {
            quiet.start();
        } else if (quiet.elapsed() >= 300) {
            loop.quit();
        }
    });
    since.start();
    tick.start();
    loop.exec();
    return block;
}


} // namespace AllianceScope::Bench
