// Workbench speed: from opening a 200-article project to the first painted window, the issue's
// "opens and is usable within 2 s". Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_window

#include "article/samplearticles.h"
#include "mainwindow.h"
#include "review/project.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QWindow>

using namespace factbench;

namespace {

constexpr int articleCount = 200;

/// 200 articles made from the sample's three, each with its own outlet and figures, extracted
/// and linked as `factbench-cli new` would, saved once.
QString writeProject(const QTemporaryDir &dir)
{
    const QList<Article> sample = SampleArticles::load();
    const QRegularExpression number(QStringLiteral("\\b\\d+\\b"));
    QList<Article> articles;
    for (int i = 0; i < articleCount; ++i) {
        Article article = sample.at(i % sample.size());
        article.source = dir.filePath(QStringLiteral("article%1.txt").arg(i));
        article.outlet = QStringLiteral("Outlet %1").arg(i);
        // Shift the figures a little so the articles are not copies of one another.
        QString text;
        qsizetype last = 0;
        for (auto it = number.globalMatch(article.text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            text += QStringView(article.text).mid(last, match.capturedStart() - last);
            text += QString::number(match.captured().toInt() + i % 7);
            last = match.capturedEnd();
        }
        text += QStringView(article.text).mid(last);
        article.text = text;
        article.boilerplate.clear();
        articles.append(article);
    }
    Project project;
    project.addArticles(articles);
    project.rerunAnalysis();
    // FACTBENCH_BENCH_PROJECT keeps the project for a profiler run of the GUI on it.
    const QString kept = qEnvironmentVariable("FACTBENCH_BENCH_PROJECT");
    const QString fileName = kept.isEmpty() ? dir.filePath(QStringLiteral("large.factbench")) : kept;
    if (!project.saveAs(fileName).ok()) {
        return {};
    }
    return fileName;
}

void openLargeProject(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString fileName = writeProject(dir);
    if (fileName.isEmpty()) {
        state.SkipWithError("could not write the project");
        return;
    }
    for (auto _ : state) {
        QElapsedTimer phase;
        phase.start();
        MainWindow window;
        window.resize(1440, 900);
        window.openProject(fileName);
        qInfo("open %lld ms", phase.restart());
        window.show();
        qInfo("show %lld ms", phase.restart());
        while (!window.windowHandle() || !window.windowHandle()->isExposed()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        qInfo("exposed %lld ms", phase.restart());
        QCoreApplication::processEvents(); // the deferred refresh: panes and highlighting
        qInfo("refresh %lld ms", phase.restart());
        window.repaint();
        qInfo("paint %lld ms", phase.restart());
        state.PauseTiming();
        if (window.panes().size() != articleCount) {
            state.SkipWithError("the window does not show every article");
        }
        window.project()->undoStack()->setClean();
        state.ResumeTiming();
    }
}
BENCHMARK(openLargeProject)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
