#pragma once

#include "review/analysis.h"

#include <QFutureWatcher>
#include <QObject>

namespace factbench {

/// Imports, extracts and links off the GUI thread (QtConcurrent), reporting progress, so the
/// window keeps repainting and the editor can cancel. One job at a time.
class BackgroundAnalysis : public QObject
{
    Q_OBJECT
public:
    /// What a job produced: the articles it imported (valid ones), the files it could not read,
    /// and the analysis of the project's articles followed by the imported ones.
    struct Outcome
    {
        QList<Article> added;
        QStringList errors;
        Analysis analysis;
    };

    explicit BackgroundAnalysis(QObject *parent = nullptr);
    ~BackgroundAnalysis() override;

    bool isRunning() const;
    /// Imports `files` and `pasted` articles, then analyses `existing` followed by them.
    void start(const QList<Article> &existing, const QStringList &files,
        const QList<Article> &pasted = {});
    void cancel();
    /// Blocks until the running job ends (for tests and for closing the window).
    void waitForFinished();

Q_SIGNALS:
    void progressChanged(int value, int maximum, const QString &text);
    /// The job ran to its end; not emitted for a cancelled job.
    void finished(const factbench::BackgroundAnalysis::Outcome &outcome);
    void cancelled();

private:
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace factbench
