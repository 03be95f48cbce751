#include "gui.h"

#include "articleview.h"
#include "document/articledocument.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "render/bundledfonts.h"
#include "session.h"
#include "singleinstance.h"
#include "themes.h"
#include "util/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QPalette>

#include <cstdio>

namespace Lectern::Gui {

namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

QString usage(const QStringList &commands)
{
    return QStringLiteral(
        "Usage: lectern [options] [FILE...]\n"
        "       lectern COMMAND [options] ...\n\n"
        "Opens news articles (portal text, HTML, Markdown, plain text) for reading and review.\n\n"
        "Options:\n"
        "  -h, --help        Show this help and exit.\n"
        "  -v, --version     Show the version and exit.\n"
        "  --lang CODE       Use the interface language CODE (en, vi) for this run.\n"
        "  --sample          Open the bundled sample article.\n"
        "  --dark            Use the dark theme for this run (View > Theme chooses one for good).\n"
        "  --new-instance    Run on its own instead of handing the files to the Lectern already running.\n\n"
        "Commands (run 'lectern COMMAND --help' for details):\n"
        "  %1\n").arg(commands.join(QStringLiteral("\n  ")));
}

// Opens a file in a new tab, or shows its tab when it is open already.
void openOrShow(MainWindow *window, const QString &file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    for (ArticleView *view : window->articleViews())
        if (QFileInfo(view->articleDocument()->filePath()).absoluteFilePath() == path) {
            window->setCurrentView(view);
            return;
        }
    window->openFile(file);
}

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Lectern"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lectern.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Lectern"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lectern.Lectern"));
}

void receiveLaunches(SingleInstance *instance, MainWindow *window)
{
    QObject::connect(instance, &SingleInstance::requestReceived, window, [window](const SingleInstance::Request &r) {
        if (r.sample)
            window->openSample();
        for (const QString &file : r.files)
            openOrShow(window, file);
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window->show();
        window->raise();
        window->activateWindow();
    });
}

int runGui(int &argc, char **argv, const QStringList &commands)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    QCommandLineParser parser;
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, QString());
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption sampleOption(QStringLiteral("sample"), QString());
    const QCommandLineOption darkOption(QStringLiteral("dark"), QString());
    const QCommandLineOption newInstanceOption(QStringLiteral("new-instance"), QString());
    parser.addOptions({helpOption, versionOption, langOption, sampleOption, darkOption, newInstanceOption});
    if (!parser.parse(args)) {
        printLine(stderr, QStringLiteral("lectern: %1 (see lectern --help)").arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        printLine(stdout, usage(commands));
        return 0;
    }
    if (parser.isSet(versionOption)) {
        printLine(stdout, QStringLiteral("Lectern %1 (Qt %2)").arg(QStringLiteral(LECTERN_VERSION),
                                                                    QString::fromLatin1(qVersion())));
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    for (const QString &file : files) {
        if (QFileInfo::exists(file))
            continue;
        // A bare word that is not a file is most likely a mistyped command.
        if (!file.contains(QLatin1Char('.')) && !file.contains(QLatin1Char('/')) && !file.contains(QLatin1Char('\\')))
            printLine(stderr, QStringLiteral("lectern: unknown command or file '%1' (commands: %2)")
                                  .arg(file, commands.join(QStringLiteral(", "))));
        else
            printLine(stderr, QStringLiteral("lectern: %1: no such file").arg(file));
        return 1;
    }
    if (!displayAvailable()) {
        printLine(stderr, QStringLiteral(
            "lectern: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "Run Lectern in a desktop session, or under a virtual display: xvfb-run -a build/bin/lectern --sample\n"
            "The command-line tools work without a display: lectern extract FILE, lectern --help."));
        return 1;
    }

    QApplication app(argc, argv);
    // One Lectern per user and data folder: a second launch hands its files to the first (which
    // opens them in tabs and comes to the front) and ends; the first launch becomes the server.
    SingleInstance instance(SingleInstance::defaultName());
    if (!parser.isSet(newInstanceOption)) {
        SingleInstance::Request request;
        for (const QString &file : files)
            request.files.append(QFileInfo(file).absoluteFilePath());
        request.sample = parser.isSet(sampleOption);
        if (instance.handOver(request)) {
            printLine(stdout, QStringLiteral("lectern: handed over to the Lectern window already open"));
            return 0;
        }
        instance.listen();
    }
    // The reader's and the printout's faces come with Lectern, whatever the system has.
    Core::BundledFonts::ensureRegistered();
    // View > Theme's choice; --dark is Dark for this run.
    Themes::captureSystemStyle();
    Themes::apply(parser.isSet(darkOption) ? Themes::Theme::Dark : Themes::fromId(Core::Settings().theme()));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/lectern.svg")));
    LanguageManager languages;
    languages.apply(parser.isSet(langOption) ? parser.value(langOption) : languages.savedLanguage());

    auto *window = new MainWindow(&languages);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    receiveLaunches(&instance, window);
    // Last run's tabs first, in their order and at their scroll positions; then this launch's.
    auto *session = new Session(window);
    const bool sample = parser.isSet(sampleOption);
    QObject::connect(session, &Session::finished, window, [window, sample, files] {
        if (sample)
            window->openSample();
        for (const QString &file : files)
            openOrShow(window, file);
    });
    session->restore();
    return app.exec();
}

} // namespace Lectern::Gui
