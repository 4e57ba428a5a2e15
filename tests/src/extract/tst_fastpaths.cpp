#include "extract/charactersearch.h"
#include "extract/linewords.h"
#include "extract/lowerword.h"
#include "extract/numberparser.h"
#include "extract/speakerwords.h"
#include "extract/tokenizer.h"
#include "extract/wordkey.h"
#include "extract/wordoccurrences.h"
#include "extract/wordset.h"

#include "seededrandom.h"

#include <QTest>

using namespace factbench;

namespace {

// Characters that make the fast paths leave ASCII or fold in unusual ways: the Kelvin sign and
// the long s fold to ASCII letters, the dotted capital I lowers to two characters, a surrogate
// pair, digits beyond ASCII.
const QString Alphabet = QStringLiteral("aAzZmMsSkKiI09.,'’- \u212A\u017F\u0130\u00E9\u00C9"
                                        "\u0660\u0663\U0001F600x");

} // namespace

/// The extractors' allocation-free and vectorised fast paths must answer exactly as the Qt
/// string functions they stand in for, beyond ASCII too.
class TestFastPaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testLowerWordIsToLower()
    {
        SeededRandom random;
        for (int round = 0; round < 20000; ++round) {
            const QString word = random.text(Alphabet, 30);
            // Lowered from a temporary copy, as the extractors always did: Qt lowers a lone
            // surrogate differently in place.
            QCOMPARE(LowerWord(word).view(), QStringView(word).toString().toLower());
            QCOMPARE(isUpperCaseWord(word), word.toUpper() == word);
        }
    }

    void testEqualsIgnoringCaseIsCompare()
    {
        SeededRandom random;
        for (int round = 0; round < 20000; ++round) {
            const QString word = random.text(Alphabet, 5);
            for (const char *ascii : {"k", "s", "is", "ks", "kiss", "zm"}) {
                const QLatin1StringView other(ascii);
                QCOMPARE(equalsIgnoringCase(word, other),
                    QStringView(word).compare(other, Qt::CaseInsensitive) == 0);
            }
        }
    }

    void testWordSetIsTheListItWasMadeOf()
    {
        const QString words = QStringLiteral("said says kiss is it president-elect o'clock ks");
        const WordSet set(words);
        const QStringList list = words.split(QLatin1Char(' '));
        SeededRandom random;
        QStringList asked = list;
        for (int round = 0; round < 20000; ++round) {
            asked.append(random.text(Alphabet, 6));
        }
        for (const QString &word : std::as_const(asked)) {
            // The lowering WordSet always did: ASCII by hand, the rest through QChar.
            QString lower;
            for (const QChar c : word) {
                lower += c.unicode() < 0x80
                    ? QChar(c.unicode() >= u'A' && c.unicode() <= u'Z' ? char16_t(c.unicode() + 32)
                                                                       : c.unicode())
                    : c.toLower();
            }
            QCOMPARE(set.contains(word), list.contains(lower));
        }
    }

    void testShapesNeverRejectAListedWord()
    {
        const WordShapes shapes({"a", "an", "half", "thousand", "twentieth"});
        for (const char *word : {"a", "A", "an", "AN", "Half", "HALF", "thousand", "Twentieth"}) {
            QVERIFY(shapes.mayHold(QString::fromLatin1(word)));
        }
        QVERIFY(!shapes.mayHold(u"the"));
        QVERIFY(!shapes.mayHold(u"hat"));
        QVERIFY(shapes.mayHold(u"hall")); // the shape of "half": looked up, not ruled out
        QVERIFY(shapes.mayHold(u"h\u00E9lf")); // not ASCII letters: not ruled out
        const WordKeyTable<int> table({{"third", 3}, {"fifth", 5}});
        QCOMPARE(table.value(u"Third", 0), 3);
        QCOMPARE(table.value(u"FIFTH", 0), 5);
        QCOMPARE(table.value(u"thirds", 0), 0);
        QCOMPARE(table.value(u"", 0), 0);
    }

    void testDigitsAsQtReadsThem()
    {
        SeededRandom random;
        for (int round = 0; round < 50000; ++round) {
            const QString digits = random.text(u"0123456789.,\u0663", 18);
            QCOMPARE(digitsValue(digits), QStringView(digits).toInt());
            bool ok = false;
            const double value = QStringView(digits).toDouble(&ok);
            const std::optional<double> read = NumberParser::readDecimal(digits);
            QCOMPARE(read.has_value(), ok);
            if (ok) {
                QCOMPARE(*read, value); // exactly: the same double
            }
        }
        // The fast path's edges: fifteen digits, a leading point, leading zeros.
        for (const char *digits : {"999999999999999", "0.000000000000001", ".5", "007",
                 "123456789012.345", "1234567890123456", "0.1", "2.675", "9007199254740993"}) {
            const QString text = QString::fromLatin1(digits);
            QCOMPARE(NumberParser::readDecimal(text), std::optional<double>(text.toDouble()));
        }
    }

    void testWordOccurrencesAreTheWholeWordsASearchFinds()
    {
        SeededRandom random;
        // ASCII initials only (found eight characters at a time), then one beyond ASCII (every
        // run of word characters read); "Al-Assad" is searched on its own either way.
        const QList<WordOccurrences::Word> asciiWords = {{QStringLiteral("Trump"), 5},
            {QStringLiteral("minister"), 8}, {QStringLiteral("Minister"), 8},
            {QStringLiteral("Al-Assad"), 8}, {QStringLiteral("ab"), 2}};
        QList<WordOccurrences::Word> otherWords = asciiWords;
        otherWords.append({QStringLiteral("\u00C9lys\u00E9e"), 6});
        const QString alphabet = QStringLiteral("Trump ministerMAl-sd\u00C9\u00E9ly ab,.\u2019");
        for (int round = 0; round < 6000; ++round) {
            const QList<WordOccurrences::Word> &words = round % 2 ? asciiWords : otherWords;
            QString text;
            for (int k = 0; k < 12; ++k) {
                text += random.below(3) == 0 ? words[random.below(quint32(words.size()))].text
                                             : random.text(alphabet, 6);
            }
            const WordOccurrences occurrences(text, words);
            for (qsizetype w = 0; w < words.size(); ++w) {
                QList<qsizetype> expected;
                const QString &word = words[w].text;
                for (qsizetype at = text.indexOf(word); at >= 0;
                     at = text.indexOf(word, at + word.size())) {
                    const qsizetype end = at + words[w].wholeLength;
                    if ((at == 0 || !SpeakerWords::isWordChar(text[at - 1]))
                        && (end == text.size() || !SpeakerWords::isWordChar(text[end]))) {
                        expected.append(at);
                    }
                }
                QCOMPARE(occurrences.positionsOf(w), expected);
            }
        }
    }

    void testCharacterSearchFindsWhatALoopFinds()
    {
        SeededRandom random;
        static constexpr char16_t Units[] = {u'"', u'\n', u'm'};
        const CharacterSearch search(Units, 0xAB, 0x09);
        const QString alphabet = QStringLiteral("abm\"\n\t\u00AA\u00AB\u2019 x\x01");
        for (int round = 0; round < 5000; ++round) {
            const QString text = random.text(alphabet, 40);
            const qsizetype from = random.below(quint32(text.size() + 1));
            qsizetype expected = -1;
            for (qsizetype i = from; i < text.size(); ++i) {
                const char16_t u = text[i].unicode();
                if (u == u'"' || u == u'\n' || u == u'm' || u >= 0xAB || u < 0x09) {
                    expected = i;
                    break;
                }
            }
            QCOMPARE(search.next(text, from), expected);
        }
    }

    void testWordInitialSearchSkipsOnlyWhatFollowsAnAsciiLetterOrDigit()
    {
        SeededRandom random;
        static constexpr char16_t Units[] = {u'T', u'p', u'P'};
        const CharacterSearch search(Units);
        // Letters, digits and the characters just outside their ranges ('@', '[', '`', '{', '/',
        // ':'), and letters beyond ASCII, before the initials.
        const QString alphabet = QStringLiteral("TpPazAZ09@[`{/: \u00E9\u2019-");
        for (int round = 0; round < 20000; ++round) {
            const QString text = random.text(alphabet, 40);
            const qsizetype from = random.below(quint32(text.size() + 1));
            qsizetype expected = -1;
            for (qsizetype i = from; i < text.size(); ++i) {
                const char16_t u = text[i].unicode();
                const char16_t before = i > 0 ? text[i - 1].unicode() : u' ';
                const bool alphanumeric = (before >= u'a' && before <= u'z')
                    || (before >= u'A' && before <= u'Z') || (before >= u'0' && before <= u'9');
                if ((u == u'T' || u == u'p' || u == u'P') && !alphanumeric) {
                    expected = i;
                    break;
                }
            }
            QCOMPARE(search.nextAfterNonAlphanumeric(text, from), expected);
        }
    }

    void testLineWordsCountsAsTheQCharLoop()
    {
        SeededRandom random;
        // Letters and digits in and beyond ASCII, a combining mark, joiners and spaces; long
        // enough that the inside of words is read eight characters at a time.
        const QString alphabet
            = QStringLiteral("aZ09 ,.-'\u2019\u00E9\u00C9\u0301\u0660\u212A\U0001F600");
        for (int round = 0; round < 20000; ++round) {
            const QString line = random.text(alphabet, 60);
            int words = 0;
            int capitalised = 0;
            bool inWord = false;
            for (const QChar c : line) {
                const bool letter = c.isLetter();
                if (letter && !inWord) {
                    ++words;
                    capitalised += c.isUpper();
                }
                inWord = letter || (inWord && SpeakerWords::isWordChar(c));
            }
            const LineWords::Counts counts = LineWords::count(line);
            QCOMPARE(counts.words, words);
            QCOMPARE(counts.capitalised, capitalised);
        }
    }

    void testAsciiRunsEndWhereALoopEnds()
    {
        SeededRandom random;
        for (int round = 0; round < 5000; ++round) {
            const QString text = random.text(u"azAZ09@[`{/: \u00E9", 40);
            for (const AsciiRun run : {AsciiRun::Letters, AsciiRun::LettersAndDigits}) {
                qsizetype expected = 0;
                while (expected < text.size()) {
                    const char16_t u = text[expected].unicode();
                    const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
                    const bool digit = u >= u'0' && u <= u'9';
                    if (!letter && !(digit && run == AsciiRun::LettersAndDigits)) {
                        break;
                    }
                    ++expected;
                }
                QCOMPARE(endOfAsciiRun(QStringView(text).utf16(), 0, text.size(), run), expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFastPaths)
#include "tst_fastpaths.moc"
