// Project file speed: a 1,000-article review (about 5 MB of text, 50,000 claims, 10,000 facts)
// saved and opened. The target is under a second each. Run: build/tests/bench/bench_project

#include "io/projectreader.h"
#include "io/projectwriter.h"
#include "review/project.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace factbench;

namespace {

constexpr int articleCount = 1000;
constexpr int claimsPerArticle = 50;

/// A review as large as the benchmark asks, made directly (extraction is benchmarked elsewhere).
ProjectData largeProject()
{
    ProjectData data;
    int claimNumber = 0;
    for (int a = 0; a < articleCount; ++a) {
        ProjectArticle article;
        article.id = QStringLiteral("a%1").arg(a + 1);
        article.article.source = QStringLiteral("/reviews/sources/%1.txt").arg(a + 1);
        article.article.title = QStringLiteral("Storm report %1").arg(a + 1);
        article.article.outlet = QStringLiteral("Outlet %1").arg(a % 17);
        QString text;
        QList<TextRange> numbers;
        for (int c = 0; c < claimsPerArticle; ++c) {
            text += QStringLiteral("Officials said that ");
            const qsizetype start = text.size();
            text += QString::number(100 + c * 7 + a);
            numbers.append({start, text.size()});
            text += QStringLiteral(" homes were flooded after the sea wall gave way overnight.\n");
        }
        article.article.text = text;
        article.sha256 = ProjectArticle::hashText(text);
        data.articles.append(article);
        for (const TextRange &range : numbers) {
            Claim claim;
            claim.id = QStringLiteral("c%1").arg(++claimNumber);
            claim.articleId = article.id;
            claim.range = range;
            claim.text = text.mid(range.start, range.length());
            claim.figure.text = claim.text;
            claim.figure.range = range;
            claim.figure.value = claim.text.toDouble();
            claim.figure.unit = QStringLiteral("home");
            claim.figure.counted = QStringLiteral("homes");
            claim.figure.conceptName = QStringLiteral("homes flooded");
            data.claims.append(claim);
        }
    }
    // Facts of five claims from five articles each.
    for (int f = 0; f < data.claims.size() / 5; ++f) {
        ProjectFact fact;
        fact.id = QStringLiteral("f%1").arg(f + 1);
        fact.label = QStringLiteral("homes flooded");
        for (int m = 0; m < 5; ++m) {
            const int article = (f / claimsPerArticle) * 5 + m;
            fact.members.append(
                data.claims.at(article * claimsPerArticle + f % claimsPerArticle).id);
        }
        data.facts.append(fact);
    }
    return data;
}

void saveProject(benchmark::State &state)
{
    const ProjectData data = largeProject();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.factbench"));
    for (auto _ : state) {
        const QString error = ProjectWriter::write(data, path);
        if (!error.isEmpty()) {
            state.SkipWithError(error.toStdString());
        }
    }
}

void openProject(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.factbench"));
    ProjectWriter::write(largeProject(), path);
    for (auto _ : state) {
        const ProjectReader::Result read = ProjectReader::read(path);
        if (!read.ok()) {
            state.SkipWithError(read.error.toStdString());
        }
        benchmark::DoNotOptimize(read.data.claims.size());
    }
}

/// What the window does: read, lock and index the whole review (Project::open).
void openProjectDocument(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.factbench"));
    ProjectWriter::write(largeProject(), path);
    for (auto _ : state) {
        Project project;
        const ProjectResult opened = project.open(path);
        if (!opened.ok()) {
            state.SkipWithError(opened.message.toStdString());
        }
        benchmark::DoNotOptimize(project.claim(QStringLiteral("c49999")));
    }
}

/// Qt's JSON parser alone on the same file: the floor under openProject.
void parseJsonOnly(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.factbench"));
    ProjectWriter::write(largeProject(), path);
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    state.counters["MB"] = double(bytes.size()) / 1e6;
    for (auto _ : state) {
        benchmark::DoNotOptimize(QJsonDocument::fromJson(bytes).isObject());
    }
}

} // namespace

BENCHMARK(parseJsonOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(saveProject)->Unit(benchmark::kMillisecond);
BENCHMARK(openProject)->Unit(benchmark::kMillisecond);
BENCHMARK(openProjectDocument)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
