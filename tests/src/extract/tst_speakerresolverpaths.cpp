#include "extract/linewords.h"
#include "extract/speakerphrase.h"
#include "extract/speakerresolver.h"
#include "extract/speakerwords.h"
#include "extract/wordoccurrences.h"

#include "seededrandom.h"

#include <QTest>

using namespace factbench;

namespace {

// personName() as it was written before the name's start and its spelling were split: titles
// dropped, then owners and function words, at most three words, appended one by one.
QString personNameAsAppended(QSpan<const QStringView> run)
{
    qsizetype from = 0;
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (SpeakerWords::isTitle(SpeakerWords::withoutPossessive(run[i]))) {
            from = i + 1;
        }
    }
    while (from < run.size()
        && ((SpeakerWords::isPossessive(run[from]) && from + 1 < run.size())
            || SpeakerWords::isStopWord(run[from]) || SpeakerWords::isNameConnector(run[from]))) {
        ++from;
    }
    if (from >= run.size()) {
        return {};
    }
    from = std::max(from, run.size() - 3);
    QString result;
    for (qsizetype i = from; i < run.size(); ++i) {
        if (!result.isEmpty()) {
            result += QLatin1Char(' ');
        }
        result += i + 1 == run.size() ? SpeakerWords::withoutPossessive(run[i]) : run[i];
    }
    return result;
}

// SpeakerWords::wordBefore() without its shortcut for ASCII words: back to a space, then
// checked whole.
QStringView wordBeforeAsRead(QStringView text, qsizetype end)
{
    auto isSpace = [](QChar c) { return c == QLatin1Char(' ') || c == QChar(0x00A0); };
    qsizetype start = end;
    while (start > 0 && !isSpace(text[start - 1]) && start > end - 40) {
        --start;
    }
    const QStringView word = text.mid(start, end - start);
    if (word.isEmpty() || SpeakerWords::wordEnd(text, start, end) != end
        || !SpeakerWords::isWordChar(text[start])) {
        return {};
    }
    return word;
}

// The words the quote extractor would hand over: split at spaces.
QList<QStringView> wordsOf(QStringView phrase)
{
    return phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

/// The speaker resolver's shortcuts (a name tested before it is spelled, titles compared as the
/// text spells them, ASCII words read at once forwards and back, the title-case test of a line
/// bounded before it is counted, surnames compared by their initial) against the general code
/// they stand in for.
class TestSpeakerResolverPaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testNameStartAndSpellingArePersonName_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addColumn<QString>("name");
        QTest::newRow("titles") << QStringLiteral("US President Donald Trump")
                                << QStringLiteral("Donald Trump");
        QTest::newRow("honorific") << QStringLiteral("Mr Trump") << QStringLiteral("Trump");
        QTest::newRow("owner") << QStringLiteral("Ukraine’s Andrii Sybiha")
                               << QStringLiteral("Andrii Sybiha");
        QTest::newRow("owner after a title")
            << QStringLiteral("The Kremlin’s Spokesman Dmitry Peskov’s")
            << QStringLiteral("Dmitry Peskov");
        QTest::newRow("only titles") << QStringLiteral("Defence Minister") << QString();
        QTest::newRow("a sentence of capitals") << QStringLiteral(
            "Kyiv Endures Record Drone Assault") << QStringLiteral("Record Drone Assault");
        QTest::newRow("connector")
            << QStringLiteral("Osama bin Laden") << QStringLiteral("Osama bin Laden");
        QTest::newRow("leading connector")
            << QStringLiteral("Minister of Defence Lena Berg") << QStringLiteral("Lena Berg");
        QTest::newRow("beyond ASCII") << QStringLiteral("Prezydent Radosław Sikorski’s")
                                      << QStringLiteral("Prezydent Radosław Sikorski");
        QTest::newRow("empty run") << QString() << QString();
    }

    void testNameStartAndSpellingArePersonName()
    {
        QFETCH(QString, run);
        QFETCH(QString, name);
        const QList<QStringView> words = wordsOf(run);
        QCOMPARE(SpeakerPhrase::personName(words), name);
        QCOMPARE(personNameAsAppended(words), name);
        const qsizetype start = SpeakerPhrase::nameStart(words);
        QCOMPARE(start == words.size(), name.isEmpty());
        if (start < words.size()) {
            QCOMPARE(SpeakerPhrase::spelledName(QSpan(words).subspan(start)), name);
        }
    }

    void testNamesOfRandomRunsAreSpelledAsAppended()
    {
        SeededRandom random;
        const QStringList vocabulary = {QStringLiteral("President"), QStringLiteral("Mr"),
            QStringLiteral("of"), QStringLiteral("The"), QStringLiteral("Ukraine’s"),
            QStringLiteral("Kremlin"), QStringLiteral("Lena"), QStringLiteral("Berg’s"),
            QStringLiteral("O'Neil's"), QStringLiteral("Émile"), QStringLiteral("bin"),
            QStringLiteral("TASS"), QStringLiteral("s"), QStringLiteral("’s")};
        for (int round = 0; round < 5000; ++round) {
            QList<QStringView> run;
            const qsizetype size = random.below(7);
            for (qsizetype k = 0; k < size; ++k) {
                run.append(vocabulary[random.below(quint32(vocabulary.size()))]);
            }
            const QString name = personNameAsAppended(run);
            QCOMPARE(SpeakerPhrase::personName(run), name);
            const qsizetype start = SpeakerPhrase::nameStart(run);
            QCOMPARE(start == run.size(), name.isEmpty());
            if (start == run.size()) {
                continue;
            }
            // The resolver's test of the words, the last without its possessive, before the
            // name is spelled.
            QList<QStringView> words = run.mid(start);
            words.last() = SpeakerWords::withoutPossessive(words.last());
            QCOMPARE(SpeakerWords::isInstitutionName(words), SpeakerWords::isInstitutionName(name));
            QCOMPARE(words.size() >= 2, name.contains(QLatin1Char(' ')));
        }
    }

    void testWordEndIsTheQCharLoop()
    {
        SeededRandom random;
        // ASCII runs ended by spaces and punctuation (inline), and by joiners, letters beyond
        // ASCII and combining marks (read on out of line).
        const QString alphabet
            = QStringLiteral("aZ09 ,.-'\u2019\u2010\u00E9\u0301\u00A0!\U0001F600");
        auto isJoiner = [](QChar c) {
            return c == QChar(0x2019) || c == QLatin1Char('\'') || c == QLatin1Char('-')
                || c == QChar(0x2010) || c == QLatin1Char('.');
        };
        for (int round = 0; round < 20000; ++round) {
            const QString text = random.text(alphabet, 40);
            if (text.isEmpty()) {
                continue;
            }
            const qsizetype start = random.below(quint32(text.size()));
            const qsizetype limit = start + 1 + random.below(quint32(text.size() - start));
            qsizetype expected = start + 1;
            while (expected < limit
                && (SpeakerWords::isWordChar(text[expected])
                    || (isJoiner(text[expected]) && expected + 1 < limit
                        && SpeakerWords::isWordChar(text[expected + 1])))) {
                ++expected;
            }
            QCOMPARE(SpeakerWords::wordEnd(text, start, limit), expected);
        }
    }

    void testWordBeforeIsTheWordReadBackToASpace()
    {
        SeededRandom random;
        // ASCII words with and without a space before, joiners, digits, letters beyond ASCII, a
        // combining mark, a no-break space; and runs longer than the 40 characters read.
        const QString alphabet = QStringLiteral("aZ9  .,-'\u2019\u00A0\u00E9\u0301(\"\U0001F600");
        for (int round = 0; round < 20000; ++round) {
            QString text = random.text(alphabet, 30);
            if (random.below(8) == 0) {
                text += QString(35 + random.below(10), QLatin1Char('x'));
            }
            const qsizetype end = random.below(quint32(text.size() + 1));
            const QStringView expected = wordBeforeAsRead(text, end);
            const QStringView found = SpeakerWords::wordBefore(text, end);
            QCOMPARE(found, expected);
            if (!expected.isEmpty()) {
                QCOMPARE(found.data(), expected.data()); // the same place, not only the same text
            }
        }
    }

    void testLineBoundsHoldTheCounts()
    {
        SeededRandom random;
        // Lower case after spaces, capitals in and beyond ASCII, digits before letters, a
        // combining mark, a surrogate pair: long enough for several blocks of eight.
        const QString alphabet = QStringLiteral("aamZ  ,.-'09\u00E9\u00C9\u0301\u212A\U0001F600");
        for (int round = 0; round < 20000; ++round) {
            const QString line = random.text(alphabet, 70);
            int lowerAfterSpace = 0;
            int capitalsOrBeyondAscii = 0;
            for (qsizetype i = 0; i < line.size(); ++i) {
                const char16_t u = line[i].unicode();
                const char16_t before = i == 0 ? u' ' : line[i - 1].unicode();
                lowerAfterSpace += before == u' ' && u >= u'a' && u <= u'z';
                capitalsOrBeyondAscii += (u >= u'A' && u <= u'Z') || u >= 0x80;
            }
            const LineWords::Bounds bounds = LineWords::bounds(line);
            QCOMPARE(bounds.lowerCaseWordsAtLeast, lowerAfterSpace);
            QCOMPARE(bounds.capitalisedAtMost, capitalsOrBeyondAscii);
            const LineWords::Counts counts = LineWords::count(line);
            QVERIFY(counts.words - counts.capitalised >= bounds.lowerCaseWordsAtLeast);
            QVERIFY(counts.capitalised <= bounds.capitalisedAtMost);
        }
    }

    void testLineBoundsTellProseFromHeadlines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("prose");
        QTest::newRow("headline") << QStringLiteral(
            "Kyiv Endures Record Drone Assault as Putin Dismisses Trump’s "
            "Peace Overture") << false;
        QTest::newRow("paragraph")
            << QStringLiteral("Ukrainian President Volodymyr Zelensky said the attack was the "
                              "largest of the war, and that air defences had held.")
            << true;
        QTest::newRow("names only") << QStringLiteral("Donald Trump and Vladimir Putin") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void testLineBoundsTellProseFromHeadlines()
    {
        QFETCH(QString, line);
        QFETCH(bool, prose);
        const LineWords::Bounds bounds = LineWords::bounds(line);
        QCOMPARE(bounds.capitalisedAtMost < 3 * bounds.lowerCaseWordsAtLeast, prose);
    }

    void testRepeatedAndSameInitialWordsAreAllFound()
    {
        // Two words of one initial, one word asked for twice: each index gets every position.
        const QString text = QStringLiteral("Trump met Truss; Trump, Truss and Trumpet.");
        const QList<WordOccurrences::Word> words = {{QStringLiteral("Trump"), 5},
            {QStringLiteral("Truss"), 5}, {QStringLiteral("Trump"), 5}};
        const WordOccurrences occurrences(text, words);
        QCOMPARE(occurrences.positionsOf(0), (QList<qsizetype> {0, 17}));
        QCOMPARE(occurrences.positionsOf(1), (QList<qsizetype> {10, 24}));
        QCOMPARE(occurrences.positionsOf(2), (QList<qsizetype> {0, 17}));
    }

    void testFullNamesAreTheNameWordsBeforeTheSurname_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("surname");
        QTest::addColumn<QString>("name");
        QTest::newRow("titles dropped")
            << QStringLiteral("Ukrainian President Volodymyr Zelensky spoke on Monday.")
            << QStringLiteral("Zelensky") << QStringLiteral("Volodymyr Zelensky");
        QTest::newRow("connector") << QStringLiteral("The talks, said Osama bin Laden, failed.")
                                   << QStringLiteral("Laden") << QStringLiteral("Osama bin Laden");
        QTest::newRow("after a lower-case word")
            << QStringLiteral("The talks failed, as Trump said.") << QStringLiteral("Trump")
            << QStringLiteral("Trump");
        QTest::newRow("in a title-case headline")
            << QStringLiteral("Talks As Vladimir Putin Meets Envoys In Moscow\nThe talks went on.")
            << QStringLiteral("Putin") << QStringLiteral("Putin");
        QTest::newRow("in prose") << QStringLiteral(
            "Talks went on as Vladimir Putin met envoys in Moscow.")
                                  << QStringLiteral("Putin") << QStringLiteral("Vladimir Putin");
        QTest::newRow("an institution") << QStringLiteral("A statement by Kremlin Peskov followed.")
                                        << QStringLiteral("Peskov") << QStringLiteral("Peskov");
    }

    void testFullNamesAreTheNameWordsBeforeTheSurname()
    {
        QFETCH(QString, text);
        QFETCH(QString, surname);
        QFETCH(QString, name);
        const Attribution attribution {Attribution::Kind::Person, surname};
        SpeakerResolver resolver(text, {attribution});
        QCOMPARE(resolver.resolve(attribution, text.size()), name);
    }

    void testRolesAreMatchedWithTheLoweredQualifiers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("holder");
        QTest::newRow("title before the name")
            << QStringLiteral("Defence Minister Lena Berg visited the base.")
            << QStringLiteral("the defence minister") << QStringLiteral("Lena Berg");
        QTest::newRow("qualifier beyond ASCII")
            << QStringLiteral("Then ÉCONOMIE Minister Anne Roux spoke.")
            << QStringLiteral("the économie minister") << QStringLiteral("Anne Roux");
        QTest::newRow("title inside the run")
            << QStringLiteral("The minister Deputy Lena Berg spoke.")
            << QStringLiteral("the deputy minister") << QStringLiteral("Lena Berg");
        QTest::newRow("a qualifier missing")
            << QStringLiteral("Defence Minister Lena Berg visited the base.")
            << QStringLiteral("the finance minister") << QString();
    }

    void testRolesAreMatchedWithTheLoweredQualifiers()
    {
        QFETCH(QString, text);
        QFETCH(QString, role);
        QFETCH(QString, holder);
        const Attribution attribution {Attribution::Kind::Role, role};
        SpeakerResolver resolver(text, {attribution});
        QCOMPARE(resolver.resolve(attribution, text.size()), holder);
    }
};

QTEST_GUILESS_MAIN(TestSpeakerResolverPaths)
#include "tst_speakerresolverpaths.moc"
