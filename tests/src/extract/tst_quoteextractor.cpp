#include "article/articleimporter.h"
#include "extract/extractor.h"
#include "extract/quoteextractor.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace factbench;

namespace {

QStringList quoteTexts(const QList<Quote> &quotes)
{
    QStringList texts;
    for (const Quote &quote : quotes) {
        texts.append(quote.text);
    }
    return texts;
}

QStringList speakers(const QList<Quote> &quotes)
{
    QStringList names;
    for (const Quote &quote : quotes) {
        names.append(quote.speaker);
    }
    return names;
}

} // namespace

/// Quotation marks, speakers and partial quotes, one row per pattern of English news text.
class TestQuoteExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testQuotedWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("quotes");
        QTest::newRow("straight double")
            << QStringLiteral("The mayor said \"we will rebuild the bridge\" on Monday.")
            << QStringList {QStringLiteral("we will rebuild the bridge")};
        QTest::newRow("curly double")
            << QStringLiteral("The mayor said “we will rebuild the bridge” on Monday.")
            << QStringList {QStringLiteral("we will rebuild the bridge")};
        QTest::newRow("curly single around apostrophes")
            << QStringLiteral("Mayor says city ‘won’t give up’ on the bridge’s repair")
            << QStringList {QStringLiteral("won’t give up")};
        QTest::newRow("curly apostrophes are not quotes")
            << QStringLiteral("The council’s plan didn’t pass, and the drivers’ union was glad.")
            << QStringList {};
        QTest::newRow("straight single in a headline")
            << QStringLiteral("Mayor calls bridge plan 'a costly mistake' as council votes")
            << QStringList {QStringLiteral("a costly mistake")};
        QTest::newRow("straight apostrophes are not quotes")
            << QStringLiteral("The mayor's plan wasn't popular with the city's drivers.")
            << QStringList {};
        QTest::newRow("guillemets")
            << QStringLiteral("Le maire a déclaré «nous reconstruirons le pont» lundi.")
            << QStringList {QStringLiteral("nous reconstruirons le pont")};
        QTest::newRow("single guillemets")
            << QStringLiteral("He wrote ‹never again› in the margin.")
            << QStringList {QStringLiteral("never again")};
        QTest::newRow("German low marks")
            << QStringLiteral("Sie sagte „wir bauen die Brücke“ am Montag.")
            << QStringList {QStringLiteral("wir bauen die Brücke")};
        QTest::newRow("nested quote is part of the outer one")
            << QStringLiteral("“She told me ‘hold the line’ and left,” he said.")
            << QStringList {QStringLiteral("She told me ‘hold the line’ and left,")};
        QTest::newRow("two quotes in one sentence")
            << QStringLiteral("He called it “a disgrace” and “a waste of money”.")
            << QStringList {QStringLiteral("a disgrace"), QStringLiteral("a waste of money")};
        QTest::newRow("across paragraphs, curly")
            << QStringLiteral("“The first part of the statement ends here.\n\n“The second part "
                              "closes it,” she said.")
            << QStringList {QStringLiteral("The first part of the statement ends here.\n\n“The "
                                           "second part closes it,")};
        QTest::newRow("across paragraphs, straight")
            << QStringLiteral(
                   "\"The first part ends here.\n\"The second part closes it,\" she said.")
            << QStringList {
                   QStringLiteral("The first part ends here.\n\"The second part closes it,")};
        QTest::newRow("unclosed quote ends at its paragraph") << QStringLiteral(
            "The mayor said “we will rebuild and left.\nThe council replied “no "
            "money” today.") << QStringList {QStringLiteral("no money")};
        QTest::newRow("unclosed quote not continued by a plain paragraph")
            << QStringLiteral("He said “we will rebuild.\nThe council met. It said “no money”.")
            << QStringList {QStringLiteral("no money")};
        QTest::newRow("stray closer ignored")
            << QStringLiteral("He smiled” and left. Then she said “fine”.")
            << QStringList {QStringLiteral("fine")};
        QTest::newRow("reopened curly mark drops the unclosed one") << QStringLiteral(
            "He said “yes and she said “no” later.") << QStringList {QStringLiteral("no")};
        QTest::newRow("straight mark after a space opens") << QStringLiteral(
            "He said \"yes and she said \"no\" later.") << QStringList {QStringLiteral("no")};
        QTest::newRow("empty quotes skipped")
            << QStringLiteral("The field read \"\" and “ ” in the form.") << QStringList {};
    }

    void testQuotedWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, quotes);
        const QList<Quote> found = QuoteExtractor::extract(text);
        QCOMPARE(quoteTexts(found), quotes);
        for (const Quote &quote : found) {
            QCOMPARE(text.mid(quote.range.start, quote.range.length()), quote.text);
        }
    }

    void testSpeakers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("speakers");
        const QString ruiz = QStringLiteral("Ana Ruiz");
        QTest::newRow("said NAME after the quote")
            << QStringLiteral("“We will rebuild,” said Ana Ruiz.") << QStringList {ruiz};
        QTest::newRow("NAME said after the quote")
            << QStringLiteral("“We will rebuild”, Ana Ruiz said.") << QStringList {ruiz};
        QTest::newRow("NAME said before the quote")
            << QStringLiteral("Ana Ruiz said the storm was “the worst in decades”.")
            << QStringList {ruiz};
        QTest::newRow("NAME told reporters")
            << QStringLiteral("Governor Ann Becker told reporters the dam was “holding for now”.")
            << QStringList {QStringLiteral("Ann Becker")};
        QTest::newRow("said in a post on Telegram") << QStringLiteral(
            "Prime Minister Jonas Vik said in a post on Telegram: “The roads are "
            "closed.”") << QStringList {QStringLiteral("Jonas Vik")};
        QTest::newRow("according to an agency")
            << QStringLiteral("The fire destroyed “most of the warehouse”, according to Reuters.")
            << QStringList {QStringLiteral("Reuters")};
        QTest::newRow("according to beats the verb's subject")
            << QStringLiteral("Vik told the crowd that “the bridge will reopen”, according to AFP.")
            << QStringList {QStringLiteral("AFP")};
        QTest::newRow("institution subject")
            << QStringLiteral("The Kremlin said the talks were “constructive”.")
            << QStringList {QStringLiteral("Kremlin")};
        QTest::newRow("lower-case institution")
            << QStringLiteral(
                   "The country’s interior ministry said the fires were “under control”.")
            << QStringList {QStringLiteral("interior ministry")};
        QTest::newRow("he resolves to the last person quoted")
            << QStringLiteral("Mayor Tom Hale visited the site. “We will rebuild,” Hale said. “It "
                              "will take a year,” he added.")
            << QStringList {QStringLiteral("Tom Hale"), QStringLiteral("Tom Hale")};
        QTest::newRow("she skips people mentioned but not quoted")
            << QStringLiteral("“The water is rising,” said Dr Ana Ruiz. The warning came as "
                              "Governor Paul Kent toured the dam. “We need sandbags,” she said.")
            << QStringList {ruiz, ruiz};
        QTest::newRow("it resolves to the sentence's institution") << QStringLiteral(
            "The Ministry of Health confirmed the outbreak in what it called a "
            "“limited cluster”.") << QStringList {QStringLiteral("Ministry of Health")};
        QTest::newRow("role resolves to the person given that title") << QStringLiteral(
            "Defence Minister Lena Berg met the envoy. Later the defence minister "
            "said the border was “secure”.") << QStringList {QStringLiteral("Lena Berg")};
        QTest::newRow("titles and possessive dropped")
            << QStringLiteral("“It is a dark day,” said Norway’s Foreign Minister Petter Dahl.")
            << QStringList {QStringLiteral("Petter Dahl")};
        QTest::newRow("title with of dropped") << QStringLiteral(
            "“It is a dark day,” said the Minister of Foreign Affairs Petter Dahl.")
                                               << QStringList {QStringLiteral("Petter Dahl")};
        QTest::newRow("honorific dropped, short name resolved to an earlier full one")
            << QStringLiteral("Senator Alice Grant opened the hearing. “This will not stand,” Ms "
                              "Grant said.")
            << QStringList {QStringLiteral("Alice Grant")};
        QTest::newRow("short name resolved to a later full one")
            << QStringLiteral("“Prices will fall,” Okafor said. The remark came from Finance "
                              "Minister Chidi Okafor during a visit.")
            << QStringList {QStringLiteral("Chidi Okafor")};
        QTest::newRow("appositive between commas") << QStringLiteral(
            "“The line held,” Sam Ortiz, a spokesperson for the regional police, "
            "told local radio.") << QStringList {QStringLiteral("Sam Ortiz")};
        QTest::newRow("appositive without its closing comma") << QStringLiteral(
            "At the ceremony, Sam Ortiz, deputy head of the regional police said: "
            "“The line held.”") << QStringList {QStringLiteral("Sam Ortiz")};
        QTest::newRow("relative clause skipped") << QStringLiteral(
            "Chancellor Eva Lind, who will visit the city on Friday, called the "
            "flooding “a national emergency”.") << QStringList {QStringLiteral("Eva Lind")};
        QTest::newRow("coordinated verb takes the sentence subject") << QStringLiteral(
            "Lind has visited the region twice and said last week that “help is "
            "coming”.") << QStringList {QStringLiteral("Lind")};
        QTest::newRow("participle takes the earlier verb's subject")
            << QStringLiteral("Becker said the dam held, adding that “the worst is over”.")
            << QStringList {QStringLiteral("Becker")};
        QTest::newRow("nearest speech verb, not nearest name") << QStringLiteral(
            "Hale said he was “angry” with Kent, who he believes is “not "
            "listening”.") << QStringList {QStringLiteral("Hale"), QStringLiteral("Hale")};
        QTest::newRow("closing clause reports the whole sentence")
            << QStringLiteral("The envoy told Hale the country would “not back down” from its "
                              "“legitimate demands,” the foreign ministry said.")
            << QStringList {QStringLiteral("foreign ministry"), QStringLiteral("foreign ministry")};
        QTest::newRow("possessive owner of remarks")
            << QStringLiteral("Hale’s remarks after the vote showed anger, admitting, “we lost”.")
            << QStringList {QStringLiteral("Hale")};
        QTest::newRow("quote across paragraphs takes the closing attribution") << QStringLiteral(
            "“The first part ends here.\n\n“The second part closes it,” said "
            "Ana Ruiz.") << QStringList {ruiz};
        QTest::newRow("straight quotes with said NAME, age")
            << QStringLiteral("\"Nobody came to help,\" said Ana Ruiz, 45, a local resident.")
            << QStringList {ruiz};
        QTest::newRow("secretary of state dropped")
            << QStringLiteral("“This is unacceptable,” said Secretary of State Ana Ruiz.")
            << QStringList {ruiz};
        QTest::newRow("scare quotes without attribution stay empty") << QStringLiteral(
            "The so-called “peace plan” was never published.") << QStringList {QString()};
        QTest::newRow("anonymous sources name nobody")
            << QStringLiteral("Officials said the blast was “an accident”.")
            << QStringList {QString()};
        QTest::newRow("full quote continues the previous speaker")
            << QStringLiteral("“We had no warning,” Ruiz said. “The water came in minutes.”")
            << QStringList {QStringLiteral("Ruiz"), QStringLiteral("Ruiz")};
        QTest::newRow("Mr. with a period does not split the sentence") << QStringLiteral(
            "Mr. Hale said the levee was “fine”.") << QStringList {QStringLiteral("Hale")};
        QTest::newRow("capitals of a title-case headline are not a full name")
            << QStringLiteral("Kyiv Endures Record Drone Assault as Putin Dismisses Trump’s "
                              "Peace Overture\n\n“We made no progress,” Trump said.")
            << QStringList {QStringLiteral("Trump")};
        QTest::newRow("speaker after a headline colon")
            << QStringLiteral("Flood live: Hale says the city is ‘ready’ and asks for calm")
            << QStringList {QStringLiteral("Hale")};
    }

    void testSpeakers()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, speakers);
        QCOMPARE(::speakers(QuoteExtractor::extract(text)), speakers);
    }

    void testPartial_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("partial");
        QTest::newRow("fragment woven into a sentence")
            << QStringLiteral("Officials described a “night of terror” in the city.") << true;
        QTest::newRow("quote opening the sentence")
            << QStringLiteral("“The bridge is closed,” the mayor said.") << false;
        QTest::newRow("quote after a colon")
            << QStringLiteral("The mayor said: “The bridge is closed.”") << false;
        QTest::newRow("quote after 'added,'")
            << QStringLiteral("The mayor added, “The bridge is closed.”") << false;
        QTest::newRow("capitalised fragment after a plain comma")
            << QStringLiteral("He warned that without help from abroad, “Nobody will rebuild it”.")
            << true;
        QTest::newRow("lower-case quote after a colon")
            << QStringLiteral("Her verdict: “too little, too late”.") << true;
        QTest::newRow("quote after the previous sentence")
            << QStringLiteral("He paused. “We will rebuild.”") << false;
    }

    void testPartial()
    {
        QFETCH(QString, text);
        QFETCH(bool, partial);
        const QList<Quote> quotes = QuoteExtractor::extract(text);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.first().partial, partial);
    }

    void testQuotesInBoilerplateAreSkipped()
    {
        const QString text = QStringLiteral("Hale said it was “fine”.\nRelated: Mayor calls plan "
                                            "“a mistake”\nRuiz said it was “over”.");
        const qsizetype start = text.indexOf(QStringLiteral("Related"));
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        const QList<Quote> quotes = QuoteExtractor::extract(text, {{start, end}});
        QCOMPARE(
            quoteTexts(quotes), (QStringList {QStringLiteral("fine"), QStringLiteral("over")}));
        QCOMPARE(speakers(quotes), (QStringList {QStringLiteral("Hale"), QStringLiteral("Ruiz")}));
    }

    void testManyUnbalancedMarksFinish()
    {
        // Openers that never close, in one endless paragraph: nothing may be reported and the
        // scan must not go back over the text for every mark.
        const QString text = QStringLiteral("“a ‘b «c \"d 'e „f ").repeated(200000);
        QVERIFY(QuoteExtractor::extract(text).isEmpty());
    }

    void testMultiMegabyteTextFinishes()
    {
        const QString sentence = QStringLiteral("Mayor Tom Hale said the bridge was “closed for "
                                                "repairs”, and he added: “It reopens soon.” ");
        QString text = sentence.repeated(40000); // about 3.5 MB without a paragraph break
        text += QStringLiteral("\n\nThe council met. “Nothing to add,” Hale said.");
        const QList<Quote> quotes = QuoteExtractor::extract(text);
        QCOMPARE(quotes.size(), 80001);
        QCOMPARE(quotes.first().speaker, QStringLiteral("Tom Hale"));
        QCOMPARE(quotes[1].speaker, QStringLiteral("Tom Hale"));
        QCOMPARE(quotes.last().speaker, QStringLiteral("Tom Hale"));
    }

    // The hand annotation of the Kyiv articles (read from the shared data, never copied here):
    // quotes match when they overlap by half of the longer span, as score.py counts them.
    void testKyivAnnotation()
    {
        const QDir kyiv(QStringLiteral(FACTBENCH_SHARED_DIR "/data/kyiv"));
        QFile goldFile(kyiv.filePath(QStringLiteral("gold.json")));
        if (!goldFile.open(QIODevice::ReadOnly)) {
            QSKIP("the shared Kyiv annotation is not available");
        }
        const QJsonArray goldArticles
            = QJsonDocument::fromJson(goldFile.readAll()).object().value(u"articles").toArray();
        QList<Article> articles;
        for (const QJsonValue &gold : goldArticles) {
            articles.append(ArticleImporter::importFile(
                kyiv.filePath(gold.toObject().value(u"file").toString())));
        }
        const QList<Extraction> extractions = Extractor::extractAll(articles);
        int goldCount = 0;
        int matched = 0;
        int speakerRight = 0;
        for (qsizetype a = 0; a < articles.size(); ++a) {
            const QString &text = articles[a].text;
            QList<bool> used(extractions[a].quotes.size(), false);
            for (const QJsonValue &value : goldArticles[a].toObject().value(u"quotes").toArray()) {
                const QJsonObject gold = value.toObject();
                const QString words = gold.value(u"text").toString();
                qsizetype start = -1;
                for (int n = gold.value(u"occurrence").toInt(1); n > 0; --n) {
                    start = text.indexOf(words, start + 1);
                }
                QVERIFY(start >= 0);
                ++goldCount;
                const qsizetype end = start + words.size();
                for (qsizetype i = 0; i < used.size(); ++i) {
                    const Quote &quote = extractions[a].quotes[i];
                    const qsizetype overlap
                        = std::min(end, quote.range.end) - std::max(start, quote.range.start);
                    if (!used[i] && overlap >= std::max(words.size(), quote.range.length()) / 2.0) {
                        used[i] = true;
                        ++matched;
                        const QString surname
                            = gold.value(u"speaker").toString().split(u' ').last().left(5);
                        speakerRight += quote.speaker.contains(surname, Qt::CaseInsensitive);
                        break;
                    }
                }
            }
        }
        QVERIFY2(matched >= 0.97 * goldCount,
            qPrintable(QStringLiteral("%1 of %2 quotes found").arg(matched).arg(goldCount)));
        QVERIFY2(speakerRight >= 0.95 * matched,
            qPrintable(QStringLiteral("%1 of %2 speakers right").arg(speakerRight).arg(matched)));
    }
};

QTEST_GUILESS_MAIN(TestQuoteExtractor)
#include "tst_quoteextractor.moc"
