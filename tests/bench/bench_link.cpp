// How fast Linker::link groups the claims of a large run: a generated corpus of news articles
// (the scale: 1,000 articles of about 50 claims each), linked on one core.
//
//   build/tests/bench/bench_link [--benchmark_filter=...]

#include "link/linker.h"

#include <benchmark/benchmark.h>

#include <QRandomGenerator>

using namespace factbench;

namespace {

/// What a story of the generated corpus counts: "<value> <noun> were <action>".
struct Topic
{
    QString noun;
    QString action;
    double value;
};

const QStringList Nouns = {QStringLiteral("drones"), QStringLiteral("missiles"),
    QStringLiteral("people"), QStringLiteral("homes"), QStringLiteral("soldiers"),
    QStringLiteral("children"), QStringLiteral("buildings"), QStringLiteral("vehicles"),
    QStringLiteral("tanks"), QStringLiteral("schools"), QStringLiteral("hospitals"),
    QStringLiteral("bridges"), QStringLiteral("flights"), QStringLiteral("workers"),
    QStringLiteral("cases"), QStringLiteral("votes"), QStringLiteral("jobs"),
    QStringLiteral("tonnes"), QStringLiteral("refugees"), QStringLiteral("patients")};
const QStringList Actions = {QStringLiteral("launched"), QStringLiteral("intercepted"),
    QStringLiteral("injured"), QStringLiteral("killed"), QStringLiteral("damaged"),
    QStringLiteral("evacuated"), QStringLiteral("rescued"), QStringLiteral("destroyed"),
    QStringLiteral("reported"), QStringLiteral("counted")};
const QStringList Places = {QStringLiteral("Kyiv"), QStringLiteral("Lviv"), QStringLiteral("Odesa"),
    QStringLiteral("Kharkiv"), QStringLiteral("Dnipro"), QStringLiteral("the capital"),
    QStringLiteral("the region"), QStringLiteral("the port")};
const QStringList Speakers = {QStringLiteral("Volodymyr Zelensky"), QStringLiteral("Donald Trump"),
    QStringLiteral("Dmitry Peskov"), QStringLiteral("Andrii Sybiha"),
    QStringLiteral("Vitali Klitschko"), QStringLiteral("Kremlin")};
const QStringList Words = {QStringLiteral("the"), QStringLiteral("attack"), QStringLiteral("was"),
    QStringLiteral("night"), QStringLiteral("pressure"), QStringLiteral("Russia"),
    QStringLiteral("will"), QStringLiteral("not"), QStringLiteral("change"), QStringLiteral("its"),
    QStringLiteral("behaviour"), QStringLiteral("we"), QStringLiteral("need"),
    QStringLiteral("more"), QStringLiteral("air"), QStringLiteral("defence"),
    QStringLiteral("progress"), QStringLiteral("sanctions"), QStringLiteral("terror"),
    QStringLiteral("peace")};

/// Articles about a shared pool of events: each figure restates a topic (sometimes with
/// another value), each quote a statement of the pool, cut or reworded at times.
struct Corpus
{
    QList<Article> articles;
    QList<Extraction> extractions;

    Corpus(int articleCount, int figuresPerArticle, int quotesPerArticle)
    {
        QRandomGenerator random(20251122);
        QList<Topic> topics;
        for (int i = 0; i < 400; ++i) {
            topics.append({Nouns[random.bounded(Nouns.size())],
                Actions[random.bounded(Actions.size())], double(2 + random.bounded(2000))});
        }
        QList<QStringList> statements;
        for (int i = 0; i < 300; ++i) {
            QStringList statement;
            const int length = 4 + random.bounded(12);
            for (int w = 0; w < length; ++w) {
                statement.append(Words[random.bounded(Words.size())]);
            }
            statements.append(statement);
        }
        for (int a = 0; a < articleCount; ++a) {
            Article article;
            article.source = QStringLiteral("generated-%1.txt").arg(a);
            Extraction extraction;
            for (int f = 0; f < figuresPerArticle; ++f) {
                const Topic &topic = topics[random.bounded(topics.size())];
                const double value
                    = random.bounded(4) == 0 ? topic.value + 1 + random.bounded(20) : topic.value;
                const QString number = QString::number(value);
                article.text += QStringLiteral("Officials in %1 said ")
                                    .arg(Places[random.bounded(Places.size())]);
                Figure figure;
                figure.id = QStringLiteral("a%1f%2").arg(a).arg(f + 1);
                figure.range = {article.text.size(), article.text.size() + number.size()};
                figure.text = number;
                figure.value = value;
                figure.counted = topic.noun;
                figure.unit = topic.noun.chopped(1);
                figure.conceptName = topic.noun + QLatin1Char(' ') + topic.action;
                article.text += QStringLiteral("%1 %2 were %3 overnight.\n")
                                    .arg(number, topic.noun, topic.action);
                extraction.figures.append(figure);
            }
            for (int q = 0; q < quotesPerArticle; ++q) {
                const int s = int(random.bounded(statements.size()));
                QStringList words = statements[s];
                if (random.bounded(3) == 0 && words.size() > 5) {
                    words = words.mid(1, words.size() - 2); // a cut
                }
                const QString text = words.join(QLatin1Char(' '));
                Quote quote;
                quote.id = QStringLiteral("a%1q%2").arg(a).arg(q + 1);
                quote.speaker = Speakers[s % Speakers.size()];
                article.text += QStringLiteral("“");
                quote.range = {article.text.size(), article.text.size() + text.size()};
                quote.text = text;
                article.text += text + QStringLiteral("”, %1 said.\n").arg(quote.speaker);
                extraction.quotes.append(quote);
            }
            articles.append(article);
            extractions.append(extraction);
        }
    }
};

void linkCorpus(benchmark::State &state)
{
    const int articleCount = int(state.range(0));
    const Corpus corpus(articleCount, int(state.range(1)), int(state.range(2)));
    qsizetype facts = 0;
    for (auto _ : state) {
        const QList<Fact> linked = Linker::link(corpus.articles, corpus.extractions);
        facts = linked.size();
        benchmark::DoNotOptimize(facts);
    }
    state.counters["claims"] = double(articleCount) * double(state.range(1) + state.range(2));
    state.counters["facts"] = double(facts);
}

} // namespace

// Arguments: articles, figures per article, quotes per article.
BENCHMARK(linkCorpus)
    ->Args({1000, 40, 10})
    ->Args({1000, 40, 0})
    ->Args({1000, 0, 10})
    ->Args({100, 40, 10})
    ->Args({200, 40, 0})
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
