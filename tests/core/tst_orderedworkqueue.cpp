// The batch import's work queue: results come back in input order whatever the order the
// workers finish in, never more than `window` items are in flight or waiting, and stopping part
// way waits for the running items.
#include "library/orderedworkqueue.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Lectern::Core;

class TestOrderedWorkQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inOrderAndBounded_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("window");
        QTest::newRow("empty") << 0 << 2 << 4;
        QTest::newRow("one thread") << 50 << 1 << 1;
        QTest::newRow("four threads, window 8") << 400 << 4 << 8;
        QTest::newRow("window larger than the work") << 5 << 3 << 64;
    }

    void inOrderAndBounded()
    {
        QFETCH(int, count);
        QFETCH(int, threads);
        QFETCH(int, window);
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        std::atomic<int> taken{0};
        std::atomic<int> worstAhead{0};
        OrderedWorkQueue<int> queue(
            count, window,
            [&](int i) {
                // How far ahead of the consumer this item started.
                const int ahead = i - taken.load();
                int worst = worstAhead.load();
                while (ahead > worst && !worstAhead.compare_exchange_weak(worst, ahead)) {
                }
                QThread::usleep(QRandomGenerator::global()->bounded(300));
                return i * 2;
            },
            &pool);
        int expected = 0;
        while (std::optional<int> r = queue.next()) {
            QCOMPARE(*r, expected * 2);
            ++expected;
            taken = expected;
        }
        QCOMPARE(expected, count);
        QVERIFY2(worstAhead.load() <= window, qPrintable(QString::number(worstAhead.load())));
        QVERIFY(!queue.next());
    }

    void stopWaitsForRunningItems()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        std::atomic<int> started{0};
        std::atomic<int> done{0};
        {
            OrderedWorkQueue<int> queue(
                1000, 4,
                [&](int i) {
                    ++started;
                    QThread::msleep(5);
                    ++done;
                    return i;
                },
                &pool);
            QCOMPARE(*queue.next(), 0);
            queue.stop();
            QCOMPARE(done.load(), started.load());
            QVERIFY(!queue.next());
        }
        QVERIFY(started.load() <= 5); // the window: nothing beyond it was started
    }
};

QTEST_GUILESS_MAIN(TestOrderedWorkQueue)
#include "tst_orderedworkqueue.moc"
