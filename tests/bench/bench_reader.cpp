// Open → highlighted → first paint, for a 10 KB and a 5 MB article built from the bundled sample.
// Run: cmake --build build --target bench_reader && QT_QPA_PLATFORM=offscreen build/bench/bench_reader
// As the reader does at start-up, the model and gazetteers are loaded first (DocumentManager::warmUp()
// on a worker; the line "warm-up" gives its cost); pass "cold" to have the first article pay it.
// "progressive" lines: the reader's progressive open (issue 21), time to the first highlighted
// screen and to the complete article. Prints milliseconds per stage (the first two run on the loading thread in the app, the last on
// the GUI thread) and the peak resident set size (Linux).
#include "document/articledocument.h"
#include "document/articleloader.h"
#include "document/documentmanager.h"
#include "articleview.h"
#include "extract/extractor.h"
#include "extract/taggermodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Lectern;

namespace {

QByteArray makeArticle(qsizetype targetBytes)
{
    QFile sample(QStringLiteral(":/samples/sample-article.txt"));
    sample.open(QIODevice::ReadOnly);
    const QList<QByteArray> lines = sample.readAll().split('\n');
    // Keep the first line (date), repeat the body paragraphs, keep the footer.
    QByteArray body;
    for (const QByteArray &l : lines)
        if (l.size() > 120)
            body += l + "\n\n";
    QByteArray out = lines.first() + "\n\n";
    while (out.size() < targetBytes)
        out += body;
    out += "Minh Châu. Ảnh: Trọng Nghĩa\n";
    return out;
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

void run(const char *label, qsizetype bytes)
{
    const QByteArray data = makeArticle(bytes);
    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    t.start();
    Core::LoadResult loaded = Core::loadArticleBytes(data, QStringLiteral("bench.txt"));
    const qint64 loadMs = t.restart();
    // As MainWindow::openFile does: typeset on the loading thread, adopt on the GUI thread.
    Core::BuiltDocument built = Core::DocumentBuilder::build(*loaded.import.article, loaded.entities,
                                                             Gui::ArticleView::documentOptions(0, {}, false));
    const qint64 buildMs = t.restart();
    auto *document = new Core::ArticleDocument;
    document->setContent(*loaded.import.article, loaded.entities);
    Gui::ArticleView view(document, nullptr, std::move(built));
    document->setParent(&view);
    view.resize(900, 700);
    view.show();
    view.grab(); // forces layout and a full paint of the visible area
    const qint64 paintMs = t.restart();
    int mentions = 0;
    for (const auto *list : {&loaded.entities.people, &loaded.entities.organizations, &loaded.entities.places})
        for (const auto &e : *list)
            mentions += int(e.mentions.size());
    std::printf("%-6s %8.1f KB  import+extract %6lld ms  typeset+highlight %6lld ms  GUI thread: adopt+first paint %6lld ms  "
                "total %6lld ms  (%d mentions, %lld metrics)  peak RSS %ld MB\n",
                label, data.size() / 1024.0, loadMs, buildMs, paintMs, total.elapsed(), mentions,
                qlonglong(loaded.entities.metrics.size()), peakRssKb() / 1024);
}

// The reader's whole path for a file: DocumentManager::openFile with the library database (the
// article is indexed into it) and typesetting on the loading thread, until documentOpened().
void runOpenFile(const char *label, qsizetype bytes)
{
    QTemporaryDir dir;
    Core::DocumentManager manager;
    Core::DocumentManager::OpenOptions options;
    options.databasePath = dir.filePath(QStringLiteral("library.sqlite"));
    options.model = Core::TaggerModel::bundled();
    const Core::DocumentOptions documentOptions = Gui::ArticleView::documentOptions(0, {}, false);
    QThread *guiThread = QThread::currentThread();
    options.prepare = [documentOptions, guiThread](const Core::LoadResult &loaded) {
        auto built = std::make_shared<Core::BuiltDocument>(
            Core::DocumentBuilder::build(*loaded.import.article, loaded.entities, documentOptions));
        built->document->moveToThread(guiThread);
        return QVariant::fromValue(built);
    };
    // The first open creates the library database; the second is what the reader usually does.
    for (const char *when : {"new library", "again"}) {
        const QString path = dir.filePath(QStringLiteral("bench-%1.txt").arg(QLatin1String(when).size()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(makeArticle(bytes) + when) < 0)
            return;
        file.close();
        QEventLoop loop;
        QObject::connect(&manager, &Core::DocumentManager::documentOpened, &loop, &QEventLoop::quit);
        QObject::connect(&manager, &Core::DocumentManager::loadFailed, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        manager.openFile(path, options);
        loop.exec();
        std::printf("%-6s open file in the reader (import, extraction, library indexing, typesetting; %s): %lld ms\n",
                    label, when, t.elapsed());
    }
}

// The reader's progressive open (issue 21), as MainWindow::openFile does it: time to the first
// screen shown highlighted (firstScreenReady, its view made and painted) and to the complete
// article (documentOpened, its view made and painted), and the longest the GUI thread's event loop
// went without a turn meanwhile (a 1 ms timer: what scrolling would have waited at worst).
void runProgressive(const char *label, qsizetype bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench-progressive.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(makeArticle(bytes)) < 0)
        return;
    file.close();
    Core::DocumentManager manager;
    Core::DocumentManager::OpenOptions options;
    options.databasePath = dir.filePath(QStringLiteral("library.sqlite"));
    options.model = Core::TaggerModel::bundled();
    options.progressiveFromChars = Core::DocumentManager::defaultProgressiveFromChars;
    const Core::DocumentOptions documentOptions = Gui::ArticleView::documentOptions(0, {}, false);
    QThread *guiThread = QThread::currentThread();
    options.prepare = [documentOptions, guiThread](const Core::LoadResult &loaded) {
        auto built = std::make_shared<Core::BuiltDocument>(
            Core::DocumentBuilder::build(*loaded.import.article, loaded.entities, documentOptions));
        built->document->moveToThread(guiThread);
        return QVariant::fromValue(built);
    };
    QElapsedTimer t;
    qint64 firstMs = -1;
    qint64 completeMs = -1;
    std::unique_ptr<Gui::ArticleView> firstView;
    auto show = [](Core::ArticleDocument *document, const QVariant &prepared) {
        Core::BuiltDocument prebuilt;
        if (const auto built = prepared.value<std::shared_ptr<Core::BuiltDocument>>())
            prebuilt = std::move(*built);
        auto view = std::make_unique<Gui::ArticleView>(document, nullptr, std::move(prebuilt));
        view->resize(900, 700);
        view->show();
        view->grab();
        return view;
    };
    QObject::connect(&manager, &Core::DocumentManager::firstScreenReady, &manager,
                     [&](const QString &, const Core::LoadResult &first, const QVariant &prepared) {
                         auto *document = new Core::ArticleDocument;
                         document->setContent(*first.import.article, first.entities);
                         firstView = show(document, prepared);
                         document->setParent(firstView.get());
                         firstMs = t.elapsed();
                     });
    QEventLoop loop;
    std::unique_ptr<Gui::ArticleView> view;
    QObject::connect(&manager, &Core::DocumentManager::documentOpened, &loop,
                     [&](Core::ArticleDocument *document, const QString &, const QVariant &prepared) {
                         view = show(document, prepared);
                         completeMs = t.elapsed();
                         if (firstMs < 0)
                             firstMs = completeMs;
                         loop.quit();
                     });
    QObject::connect(&manager, &Core::DocumentManager::loadFailed, &loop, &QEventLoop::quit);
    QElapsedTimer tick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        longestGap = std::max(longestGap, tick.restart());
    });
    t.start();
    tick.start();
    ticker.start();
    manager.openFile(path, options);
    loop.exec();
    ticker.stop();
    std::printf("%-6s progressive open in the reader: first screen highlighted %6lld ms, complete %6lld ms, "
                "longest GUI-thread stall %lld ms\n",
                label, firstMs, completeMs, longestGap);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (!app.arguments().contains(QStringLiteral("cold"))) {
        QElapsedTimer t;
        t.start();
        Core::warmUpExtraction();
        const qint64 modelMs = t.restart();
        // The reader's window is on screen before an article is opened: first show, style, fonts.
        {
            Core::LoadResult tiny = Core::loadArticleBytes("Ông Nguyễn Văn An.\n", QStringLiteral("w.txt"));
            auto *document = new Core::ArticleDocument;
            document->setContent(*tiny.import.article, tiny.entities);
            Gui::ArticleView view(document, nullptr);
            document->setParent(&view);
            view.resize(900, 700);
            view.show();
            view.grab();
        }
        std::printf("warm-up at start-up: model and gazetteers %lld ms (a worker in the reader), first window %lld ms\n",
                    modelMs, t.elapsed());
    }
    run("10KB", 10 * 1024);
    run("5MB", 5 * 1024 * 1024);
    runOpenFile("10KB", 10 * 1024);
    runOpenFile("5MB", 5 * 1024 * 1024);
    runProgressive("10KB", 10 * 1024);
    runProgressive("5MB", 5 * 1024 * 1024);
    // The extraction alone, back to back under the same load: one pass, then in parallel chunks.
    {
        const Core::LoadResult loaded = Core::loadArticleBytes(makeArticle(5 * 1024 * 1024), QStringLiteral("bench.txt"));
        const Core::Extractor extractor(Core::currentGazetteer(), Core::TaggerModel::bundled());
        const Core::Article &article = *loaded.import.article;
        QElapsedTimer t;
        t.start();
        extractor.extract(article, 0);
        const qint64 wholeMs = t.restart();
        extractor.extract(article, -1);
        std::printf("5MB extraction alone: one chunk %lld ms, chunks of %lld characters on %d threads %lld ms\n", wholeMs,
                    qlonglong(Core::Extractor::chunkChars), QThread::idealThreadCount(), t.elapsed());
    }
    return 0;
}
