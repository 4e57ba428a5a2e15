// How fast Linker::link groups the claims of a large run: generated corpora of news articles
// at the scale (1,000 articles of about 50 claims each), linked on one core.
//
//   build/tests/bench/bench_link [--benchmark_filter=...]
//
// The corpus copies how news repeats itself, as measured on the Kyiv articles of ../shared
// (five outlets on one night, where 65 % of the figures and 78 % of the quotes belong to a
// fact of two articles or more): each fact of an event is told by about 60 % of the articles
// on the event, 1.3 times on average in an article that tells it, so that about 60 % of an
// article's figures and 80 % of its quotes come from its event's facts; 40 % of the figure
// facts and half the statements have a value or wording that differs between sources (Kyiv:
// 5 of 12 and 10 of 14). The rest of an article is its own: figures and quotes no other
// article has, over a vocabulary of 20,000 words with Zipf frequencies and real function
// words at the top. The `linkedShare` counter is the share of claims the linker put in a fact.
//
// Two shapes of run: `news`, articles about many events, heavy-tailed as in a news feed (half
// the events have four articles or fewer, a few have a hundred or more);
// and `oneEvent`, every article about one event, so each fact gathers hundreds of members (the
// hardest case for average linkage).

#include "link/linker.h"

#include <benchmark/benchmark.h>

#include <QRandomGenerator>
#include <QTimeZone>

#include <cmath>
#include <list>

using namespace factbench;

namespace {

/// A counted noun with the actions news reports of it.
struct NounActions
{
    const char *noun;
    const char *singular;
    QList<const char *> actions;
};

const QList<NounActions> Counted = {
    {"people", "person", {"killed", "injured", "evacuated", "rescued", "hospitalised"}},
    {"civilians", "civilian", {"killed", "wounded", "evacuated"}},
    {"drones", "drone", {"launched", "intercepted", "shot down"}},
    {"missiles", "missile", {"fired", "intercepted"}},
    {"homes", "home", {"damaged", "destroyed", "flooded"}},
    {"buildings", "building", {"damaged", "destroyed"}},
    {"soldiers", "soldier", {"killed", "wounded", "captured"}},
    {"children", "child", {"killed", "injured", "evacuated"}},
    {"flights", "flight", {"cancelled", "delayed"}},
    {"workers", "worker", {"laid off", "hired"}},
    {"cases", "case", {"confirmed", "reported"}},
    {"jobs", "job", {"cut", "created"}},
    {"refugees", "refugee", {"registered", "sheltered"}},
    {"patients", "patient", {"treated", "admitted"}},
    {"protesters", "protester", {"arrested", "detained"}},
    {"households", "household", {"cut off", "reconnected"}},
    {"vehicles", "vehicle", {"destroyed", "seized"}},
    {"schools", "school", {"closed", "damaged"}},
};

const QStringList SpeechVerbs = {QStringLiteral("said"), QStringLiteral("told reporters"),
    QStringLiteral("wrote"), QStringLiteral("added"), QStringLiteral("said in a statement")};

/// Words from a fixed syllable table: a vocabulary as wide as news text without a word list.
QString pseudoWord(int index)
{
    static const char *const syllables[] = {"ka", "lo", "mi", "ren", "sa", "tor", "vel", "an",
        "bri", "de", "fen", "gal", "hu", "is", "jor", "kel", "mun", "ost", "par", "qui", "ru",
        "sel", "tam", "ul", "vor", "wen", "yal", "zo", "cha", "dri", "est", "for"};
    constexpr int count = int(std::size(syllables));
    QString word;
    int rest = index;
    do {
        word += QLatin1String(syllables[rest % count]);
        rest /= count;
    } while (rest > 0);
    return word + QLatin1String(syllables[(index * 7 + 3) % count]);
}

/// Word frequencies in text fall off like 1/rank (Zipf): the common words are drawn often,
/// most of the vocabulary rarely.
class Vocabulary
{
public:
    explicit Vocabulary(int size)
    {
        // The most common words of English text are function words, in about this order.
        const QStringList common = QStringLiteral(
            "the of and to a in is that for it was on with he as i his be at by we this had not "
            "are but from or have an they which you were her she there would their all will "
            "been has if more when who no one what so up out about can said our than them "
            "into could only other its after also new two over just some us very these time")
                                       .split(QLatin1Char(' '));
        double sum = 0;
        for (int rank = 1; rank <= size; ++rank) {
            sum += 1.0 / rank;
            m_cumulative.append(sum);
            m_words.append(rank <= common.size() ? common[rank - 1] : pseudoWord(rank));
        }
    }
    const QString &draw(QRandomGenerator &random) const
    {
        const double target = random.generateDouble() * m_cumulative.last();
        const auto it = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), target);
        return m_words[std::min(qsizetype(it - m_cumulative.cbegin()), m_words.size() - 1)];
    }
    QStringList draw(QRandomGenerator &random, int count) const
    {
        QStringList words;
        for (int i = 0; i < count; ++i) {
            words.append(draw(random));
        }
        return words;
    }

private:
    QList<double> m_cumulative;
    QStringList m_words;
};

/// One fact as an event's reports state it: the value most give, and the other value or
/// qualifier some sources give instead.
struct FigureFact
{
    QString noun;
    QString singular;
    QString action;
    FigureKind kind = FigureKind::Count;
    double value = 0;
    double otherValue = 0;
    Qualifier otherQualifier = Qualifier::Equal;
    bool differs = false;
};

struct Statement
{
    QString speaker;
    QStringList words;
    /// The wording another translation or outlet gives one word.
    int changedWord = -1;
    QString otherWord;
};

struct Event
{
    QString place;
    QStringList keywords;
    QStringList speakers;
    QList<FigureFact> figures;
    QList<Statement> statements;
};

/// A value as news states it: mostly small counts, sometimes hundreds or thousands.
double newsValue(QRandomGenerator &random)
{
    return std::floor(std::exp(random.generateDouble() * std::log(5000.0))) + 1;
}

class CorpusBuilder
{
public:
    CorpusBuilder()
        : m_random(20251122)
        , m_words(20000)
    { }

    Event event()
    {
        Event event;
        event.place = pseudoWord(30000 + int(m_random.bounded(3000)));
        event.place[0] = event.place[0].toUpper();
        event.keywords = m_words.draw(m_random, 6);
        for (int s = 0; s < 4; ++s) {
            event.speakers.append(
                QStringLiteral("%1 %2").arg(pseudoWord(40000 + int(m_random.bounded(2000))),
                    pseudoWord(50000 + int(m_random.bounded(5000)))));
        }
        for (int f = 0; f < FiguresPerEvent; ++f) {
            event.figures.append(figureFact(true, m_random.bounded(5) < 2));
        }
        for (int s = 0; s < StatementsPerEvent; ++s) {
            Statement statement;
            statement.speaker = event.speakers[m_random.bounded(event.speakers.size())];
            statement.words = m_words.draw(m_random, 6 + int(m_random.bounded(20)));
            if (m_random.bounded(2) == 0) {
                statement.changedWord = int(m_random.bounded(statement.words.size()));
                statement.otherWord = m_words.draw(m_random);
            }
            event.statements.append(statement);
        }
        return event;
    }

    /// An article on `event` with `figures` figures and `quotes` quotes, published at `hour`.
    void article(const Event &event, int figures, int quotes, int hour, Article *article,
        Extraction *extraction)
    {
        const int number = m_articleCount++;
        article->source = QStringLiteral("generated-%1.txt").arg(number);
        article->published = QDateTime(QDate(2025, 7, 1), QTime(0, 0), QTimeZone::UTC)
                                 .addSecs(qint64(hour) * 3600);
        QList<std::pair<const FigureFact *, bool>> figureClaims;
        for (const FigureFact &fact : event.figures) {
            if (m_random.generateDouble() < Coverage) {
                // Sources that differ give the other value; an article keeps to its own.
                const bool other = fact.differs && m_random.bounded(3) == 0;
                figureClaims.append({&fact, other});
                if (m_random.generateDouble() < Repeat) {
                    figureClaims.append({&fact, other});
                }
            }
        }
        while (figureClaims.size() < figures) {
            m_ownFigures.push_back(figureFact(false, false));
            figureClaims.append({&m_ownFigures.back(), false});
        }
        QList<std::pair<const Statement *, int>> quoteClaims;
        for (const Statement &statement : event.statements) {
            if (m_random.generateDouble() < Coverage) {
                const int variant = int(m_random.bounded(4)); // 0: whole, 1: cut, 2: reworded
                quoteClaims.append({&statement, variant});
                if (m_random.generateDouble() < Repeat) {
                    quoteClaims.append({&statement, 1});
                }
            }
        }
        while (quoteClaims.size() < quotes) {
            Statement own;
            // A local witness or official, or one of the event's speakers on something else.
            own.speaker = m_random.bounded(2) == 0
                ? event.speakers[m_random.bounded(event.speakers.size())]
                : pseudoWord(60000 + int(m_random.bounded(20000)));
            own.words = m_words.draw(m_random, 5 + int(m_random.bounded(20)));
            m_ownStatements.push_back(own);
            quoteClaims.append({&m_ownStatements.back(), 0});
        }
        figureClaims.resize(std::min(figureClaims.size(), qsizetype(figures)));
        quoteClaims.resize(std::min(quoteClaims.size(), qsizetype(quotes)));

        QString &text = article->text;
        for (qsizetype c = 0; c < figureClaims.size(); ++c) {
            const auto &[fact, other] = figureClaims[c];
            Figure figure;
            figure.id = QStringLiteral("a%1f%2").arg(number).arg(c + 1);
            figure.kind = fact->kind;
            figure.value = other ? fact->otherValue : fact->value;
            figure.qualifier = other ? fact->otherQualifier : Qualifier::Equal;
            text += sentenceStart(event);
            if (figure.qualifier == Qualifier::AtLeast) {
                text += QStringLiteral("at least ");
            }
            const QString value = QString::number(figure.value);
            figure.text = value;
            figure.range = {text.size(), text.size() + value.size()};
            if (fact->kind == FigureKind::Percent) {
                figure.unit = QStringLiteral("percent");
                text += QStringLiteral("%1 percent of %2 were %3")
                            .arg(value, fact->noun, fact->action);
                figure.range.end += 8;
            } else {
                figure.counted = fact->noun;
                figure.unit = fact->singular;
                figure.conceptName = fact->noun + QLatin1Char(' ') + fact->action;
                text += QStringLiteral("%1 %2 were %3").arg(value, fact->noun, fact->action);
            }
            text += QLatin1Char(' ') + m_words.draw(m_random, 2).join(QLatin1Char(' '))
                + QStringLiteral(".\n");
            extraction->figures.append(figure);
        }
        for (qsizetype c = 0; c < quoteClaims.size(); ++c) {
            const auto &[statement, variant] = quoteClaims[c];
            QStringList words = statement->words;
            if (variant == 1 && words.size() > 6) {
                words = words.mid(2, words.size() - 4);
            } else if (variant == 2 && statement->changedWord >= 0) {
                words[statement->changedWord] = statement->otherWord;
            }
            Quote quote;
            quote.id = QStringLiteral("a%1q%2").arg(number).arg(c + 1);
            quote.speaker = statement->speaker;
            quote.text = words.join(QLatin1Char(' '));
            text += sentenceStart(event) + QStringLiteral("“");
            quote.range = {text.size(), text.size() + quote.text.size()};
            text += quote.text
                + QStringLiteral("”, %1 %2.\n")
                      .arg(quote.speaker, SpeechVerbs[m_random.bounded(SpeechVerbs.size())]);
            extraction->quotes.append(quote);
        }
    }

    QRandomGenerator &random() { return m_random; }

private:
    /// What an event's report tells: its values, and for some facts a different
    /// value (a rival count, a later toll, a rounded number) or "at least" in some sources.
    FigureFact figureFact(bool common, bool differs)
    {
        FigureFact fact;
        // Most of what news counts is common (people, homes, drones); an article's own
        // figures often count something only it mentions.
        if (common || m_random.bounded(4) == 0) {
            const NounActions &counted = Counted[m_random.bounded(Counted.size())];
            fact.noun = QLatin1String(counted.noun);
            fact.singular = QLatin1String(counted.singular);
            fact.action = QLatin1String(counted.actions[m_random.bounded(counted.actions.size())]);
        } else {
            fact.singular = pseudoWord(70000 + int(m_random.bounded(3000)));
            fact.noun = fact.singular + QLatin1Char('s');
            fact.action = pseudoWord(80000 + int(m_random.bounded(300))) + QStringLiteral("ed");
        }
        fact.kind = m_random.bounded(10) == 0 ? FigureKind::Percent : FigureKind::Count;
        fact.value = fact.kind == FigureKind::Percent ? double(1 + m_random.bounded(99))
                                                      : newsValue(m_random);
        fact.differs = differs;
        if (differs) {
            switch (m_random.bounded(3)) {
            case 0:
                fact.otherValue
                    = fact.value + 1 + m_random.bounded(std::max(1, int(fact.value / 20)));
                break;
            case 1:
                fact.otherValue = fact.value;
                fact.otherQualifier = Qualifier::AtLeast;
                break;
            default:
                fact.otherValue = std::max(1.0, std::round(fact.value * 0.6));
                break;
            }
        } else {
            fact.otherValue = fact.value;
        }
        return fact;
    }

    /// The words a report puts before a figure or quote: place, event words and others.
    QString sentenceStart(const Event &event)
    {
        QStringList words = m_words.draw(m_random, 1 + int(m_random.bounded(4)));
        words.append(event.keywords[m_random.bounded(event.keywords.size())]);
        words.append(QStringLiteral("in"));
        words.append(event.place);
        return words.join(QLatin1Char(' ')) + QStringLiteral(", ");
    }

    static constexpr int FiguresPerEvent = 30;
    static constexpr int StatementsPerEvent = 10;
    /// How many of an event's articles state one of its facts, and how often one repeats it.
    static constexpr double Coverage = 0.6;
    static constexpr double Repeat = 0.33;

    QRandomGenerator m_random;
    Vocabulary m_words;
    int m_articleCount = 0;
    std::list<FigureFact> m_ownFigures;
    std::list<Statement> m_ownStatements;
};

enum class Shape { News, OneEvent };

/// The most articles a news run of a thousand has on one event.
constexpr int LargestEvent = 150;

struct Corpus
{
    QList<Article> articles;
    QList<Extraction> extractions;
    qsizetype events = 0;
    qsizetype largestEvent = 0;

    Corpus(int articleCount, int figures, int quotes, Shape shape)
    {
        CorpusBuilder builder;
        QRandomGenerator &random = builder.random();
        while (articles.size() < articleCount) {
            // News: events covered by 2 outlets or more, heavy-tailed (Pareto, median 4, mean
            // about 8), none by more than 150.
            const int left = articleCount - int(articles.size());
            const double tail = std::pow(1.0 - random.generateDouble(), -0.7) - 1;
            const int size = shape == Shape::OneEvent
                ? left
                : std::min({left, LargestEvent, 2 + int(std::floor(2.0 * tail)) * 2});
            const Event event = builder.event();
            ++events;
            largestEvent = std::max(largestEvent, qsizetype(size));
            for (int a = 0; a < size; ++a) {
                Article article;
                Extraction extraction;
                builder.article(
                    event, figures, quotes, int(random.bounded(72)), &article, &extraction);
                articles.append(article);
                extractions.append(extraction);
            }
        }
    }
};

void link(benchmark::State &state, Shape shape)
{
    const int articleCount = int(state.range(0));
    const Corpus corpus(articleCount, int(state.range(1)), int(state.range(2)), shape);
    qsizetype facts = 0;
    qsizetype linked = 0;
    for (auto _ : state) {
        const QList<Fact> result = Linker::link(corpus.articles, corpus.extractions);
        benchmark::DoNotOptimize(result.constData());
        facts = result.size();
        linked = 0;
        for (const Fact &fact : result) {
            linked += fact.members.size();
        }
    }
    const double claims = double(articleCount) * double(state.range(1) + state.range(2));
    state.counters["claims"] = claims;
    state.counters["events"] = double(corpus.events);
    state.counters["largestEvent"] = double(corpus.largestEvent);
    state.counters["facts"] = double(facts);
    state.counters["linkedShare"] = double(linked) / claims;
}

void linkNews(benchmark::State &state)
{
    link(state, Shape::News);
}

void linkOneEvent(benchmark::State &state)
{
    link(state, Shape::OneEvent);
}

} // namespace

// Arguments: articles, figures per article, quotes per article.
BENCHMARK(linkNews)
    ->Args({1000, 40, 10})
    ->Args({1000, 40, 0})
    ->Args({1000, 0, 10})
    ->Args({100, 40, 10})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(linkOneEvent)
    ->Args({1000, 40, 10})
    ->Args({1000, 40, 0})
    ->Args({1000, 0, 10})
    ->Args({100, 40, 10})
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
