// Extraction speed on a large news text: the Kyiv articles (or, without ../shared, the built-in
// sample) repeated to about 10 MB. Run: build/tests/bench/bench_extract

#include "article/articleimporter.h"
#include "article/samplearticles.h"
#include "extract/dateextractor.h"
#include "extract/extractor.h"
#include "extract/figureextractor.h"
#include "extract/gluedwords.h"
#include "extract/quoteextractor.h"
#include "extract/tokenizer.h"

#include <benchmark/benchmark.h>

#include <QDir>

using namespace factbench;

namespace {

/// The news text the benchmark reads, repeated to `bytes` UTF-8 bytes.
Article largeArticle(qsizetype bytes)
{
    QStringList texts;
    const QDir kyiv(QStringLiteral(FACTBENCH_SHARED_DIR "/data/kyiv"));
    for (const QString &name : kyiv.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        texts.append(ArticleImporter::importFile(kyiv.filePath(name)).text);
    }
    if (texts.isEmpty()) {
        for (const Article &article : SampleArticles::load()) {
            texts.append(article.text);
        }
    }
    const QString unit = texts.join(QLatin1Char('\n'));
    QString text;
    while (text.toUtf8().size() < bytes) {
        text += unit;
        text += QLatin1Char('\n');
    }
    // The Hunspell dictionaries load once a process (about 0.1 s), not once an article.
    GluedWords::available();
    return ArticleImporter::importBytes(text.toUtf8(), QStringLiteral("large.txt"));
}

void extractLargeArticle(benchmark::State &state)
{
    const Article article = largeArticle(qsizetype(state.range(0)));
    const qsizetype bytes = article.text.toUtf8().size();
    qsizetype claims = 0;
    for (auto _ : state) {
        const Extraction extraction = Extractor::extract(article);
        claims = extraction.figures.size() + extraction.quotes.size();
        benchmark::DoNotOptimize(claims);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["claims"] = double(claims);
}

/// Each stage alone, to see where the time goes.
void tokenizeLargeArticle(benchmark::State &state)
{
    const Article article = largeArticle(qsizetype(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(Tokenizer::tokenize(article.text).size());
    }
    state.SetBytesProcessed(state.iterations() * article.text.toUtf8().size());
}

void datesOfLargeArticle(benchmark::State &state)
{
    const Article article = largeArticle(qsizetype(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(DateExtractor::extract(article.text, article.boilerplate).size());
    }
    state.SetBytesProcessed(state.iterations() * article.text.toUtf8().size());
}

void figuresOfLargeArticle(benchmark::State &state)
{
    const Article article = largeArticle(qsizetype(state.range(0)));
    const QList<DateMention> dates = DateExtractor::extract(article.text, article.boilerplate);
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            FigureExtractor::extract(article.text, article.boilerplate, dates).size());
    }
    state.SetBytesProcessed(state.iterations() * article.text.toUtf8().size());
}

void quotesOfLargeArticle(benchmark::State &state)
{
    const Article article = largeArticle(qsizetype(state.range(0)));
    for (auto _ : state) {
        benchmark::DoNotOptimize(QuoteExtractor::extract(article.text, article.boilerplate).size());
    }
    state.SetBytesProcessed(state.iterations() * article.text.toUtf8().size());
}

void importLargeArticle(benchmark::State &state)
{
    const QByteArray bytes = largeArticle(qsizetype(state.range(0))).text.toUtf8();
    for (auto _ : state) {
        const Article article = ArticleImporter::importBytes(bytes, QStringLiteral("large.txt"));
        benchmark::DoNotOptimize(article.boilerplate.size());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

} // namespace

BENCHMARK(extractLargeArticle)->Arg(10 << 20)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(tokenizeLargeArticle)->Arg(10 << 20)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(datesOfLargeArticle)->Arg(10 << 20)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(figuresOfLargeArticle)->Arg(10 << 20)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(quotesOfLargeArticle)->Arg(10 << 20)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(importLargeArticle)->Arg(10 << 20)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
