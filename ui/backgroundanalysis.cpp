#include "backgroundanalysis.h"

#include "article/articleimporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrentRun>

namespace factbench {

namespace {

void runJob(QPromise<BackgroundAnalysis::Outcome> &promise, const QList<Article> &existing,
    const QStringList &files, const QList<Article> &pasted)
{
    BackgroundAnalysis::Outcome outcome;
    const int total = int(files.size() + existing.size() + pasted.size() + files.size()) + 1;
    promise.setProgressRange(0, total);
    int done = 0;
    const auto step = [&](const QString &text) {
        promise.setProgressValueAndText(++done, text);
        return !promise.isCanceled();
    };
    for (const QString &file : files) {
        const Article article = ArticleImporter::importFile(file);
        if (article.isValid()) {
            outcome.added.append(article);
        } else {
            outcome.errors.append(article.error);
        }
        if (!step(QCoreApplication::translate("factbench::BackgroundAnalysis", "Reading %1")
                      .arg(QFileInfo(file).fileName()))) {
            return;
        }
    }
    outcome.added.append(pasted);
    QList<Article> all = existing;
    all.append(outcome.added);
    std::optional<Analysis> analysis = Analysis::of(all, [&](qsizetype extracted) {
        const bool goOn = step(QCoreApplication::translate(
            "factbench::BackgroundAnalysis", "Finding figures and quotes: %1 of %2")
                                   .arg(extracted)
                                   .arg(all.size()));
        if (goOn && extracted == all.size()) {
            promise.setProgressValueAndText(done,
                QCoreApplication::translate("factbench::BackgroundAnalysis", "Linking claims"));
        }
        return goOn;
    });
    if (!analysis) {
        return;
    }
    outcome.analysis = std::move(*analysis);
    promise.setProgressValue(total);
    promise.addResult(std::move(outcome));
}

} // namespace

BackgroundAnalysis::BackgroundAnalysis(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this, [this](int value) {
        Q_EMIT progressChanged(value, m_watcher.progressMaximum(), m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
            Q_EMIT cancelled();
        } else {
            Q_EMIT finished(m_watcher.result());
        }
    });
}

BackgroundAnalysis::~BackgroundAnalysis()
{
    cancel();
    m_watcher.waitForFinished();
}

bool BackgroundAnalysis::isRunning() const
{
    return m_watcher.isRunning();
}

void BackgroundAnalysis::start(
    const QList<Article> &existing, const QStringList &files, const QList<Article> &pasted)
{
    Q_ASSERT(!isRunning());
    m_watcher.setFuture(QtConcurrent::run(runJob, existing, files, pasted));
}

void BackgroundAnalysis::cancel()
{
    if (isRunning()) {
        m_watcher.cancel();
    }
}

void BackgroundAnalysis::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace factbench
