// factbench: the workbench window.

#include "backgroundanalysis.h"
#include "factstable.h"
#include "i18n/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>
#include <QWindow>

#include <cstdio>

using namespace factbench;

namespace {

/// Saves a picture of the window once it is on screen and idle, then quits: used by
/// `packaging/dev run --screenshot FILE` and by checks that look at the UI.
void scheduleScreenshot(MainWindow *window, const QString &path)
{
    QTimer::singleShot(0, window, [window, path] {
        QElapsedTimer waited;
        waited.start();
        while ((!(window->windowHandle() && window->windowHandle()->isExposed())
                   || window->backgroundAnalysis()->isRunning())
            && waited.elapsed() < 60000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        // The review in progress: a fact whose sources diverge, its members in every pane.
        QCoreApplication::processEvents();
        for (const ProjectFact &fact : window->project()->facts()) {
            if (fact.divergent) {
                window->factsTable()->selectFact(fact.id);
                break;
            }
        }
        // Let the panes lay out, scroll and highlight before the picture is taken.
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::processEvents();
        }
        const bool saved = window->grab().save(path, "PNG");
        if (!saved) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "could not write the screenshot %1")
                               .arg(path)));
        }
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Factbench"));
    QApplication::setOrganizationName(QStringLiteral("Factbench"));
    QApplication::setApplicationVersion(QStringLiteral(FACTBENCH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.factbench.Factbench"));
    Translations::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Compare the figures and quotes of news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
        QApplication::translate("main", "A project or articles to open; none opens the sample."),
        QStringLiteral("[PROJECT_OR_ARTICLES...]"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the main window to <file> and quit."),
        QStringLiteral("file"));
    parser.addOption(screenshotOption);
    parser.process(app);

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    window.show();
    if (files.isEmpty()) {
        window.openSample();
    } else {
        window.openPaths(files);
    }
    if (!parser.isSet(screenshotOption)) {
        // After the window is up, so the question has a parent to sit on.
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    }

    if (parser.isSet(screenshotOption)) {
        scheduleScreenshot(&window, parser.value(screenshotOption));
    }
    return QApplication::exec();
}
