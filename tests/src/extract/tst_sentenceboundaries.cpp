#include "extract/quotescanner.h"
#include "extract/quotesentences.h"
#include "extract/sentenceboundaries.h"
#include "extract/speakerwords.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTextBoundaryFinder>

using namespace factbench;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The texts the checks run on: edge cases, and the shared articles when they are there.
QList<std::pair<QString, QString>> texts()
{
    const QString longParagraph = QStringLiteral("The minister spoke at length. ").repeated(150)
        + QStringLiteral("“We will not stop,” he said. “Never.” Mr. Berg said it. ")
        + QStringLiteral("Then more followed. ").repeated(250);
    QList<std::pair<QString, QString>> list = {
        {QStringLiteral("quotes across paragraphs"),
            QStringLiteral("“We had a call. It was long.\n\n“It went well,” Trump said. Done.\n")},
        {QStringLiteral("separator before newline"),
            QStringLiteral("He said “yes.\u2029\n“No,” she said.\u2028\nAnd “then” more.\n")},
        {QStringLiteral("carriage returns"),
            QStringLiteral("“One,” he said.\r\n“Two.” Mr. Lee agreed.\r\n\r\nEnd “three”.")},
        {QStringLiteral("empty lines and no final newline"),
            QStringLiteral("\n\n“A quote” here. Another “one”? Yes!\n\n\n“Last”")},
        {QStringLiteral("abbreviations"),
            QStringLiteral("Gen. J. Smith said: “Go. Now.” The U.S. said “no.” St. Paul “yes”.")},
        {QStringLiteral("long paragraph"), longParagraph + QLatin1Char('\n') + longParagraph},
    };
    const QDir kyiv(QStringLiteral(FACTBENCH_SHARED_DIR "/data/kyiv"));
    for (const QString &name : kyiv.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        list.append({name, readFile(kyiv.filePath(name))});
    }
    const QString sentences
        = readFile(QStringLiteral(FACTBENCH_SHARED_DIR "/benchmarks/newsquant/sentences.txt"));
    if (!sentences.isEmpty()) {
        list.append({QStringLiteral("NewsQuant"), sentences});
    }
    return list;
}

// The sentences around quotes as QuoteSentences found them before SentenceBoundaries: each
// block of paragraphs searched as a whole by QTextBoundaryFinder. The shared boundaries must
// give exactly these.
bool followsAbbreviation(QStringView text, qsizetype boundary)
{
    qsizetype end = boundary;
    while (end > 0 && text[end - 1].isSpace()) {
        --end;
    }
    if (end == 0 || text[end - 1] != QLatin1Char('.')) {
        return false;
    }
    qsizetype start = end - 1;
    while (start > 0 && text[start - 1].isLetter()) {
        --start;
    }
    const QStringView word = text.mid(start, end - 1 - start);
    return (word.size() == 1 && word.front().isUpper()) || SpeakerWords::isAbbreviation(word);
}

QList<qsizetype> blockStarts(
    QStringView text, const TextRange &block, const QList<QuoteSpan> &spans, qsizetype firstSpan)
{
    const QStringView blockText = text.mid(block.start, block.length());
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, blockText.data(), blockText.size());
    QList<qsizetype> starts {block.start};
    qsizetype span = firstSpan;
    for (qsizetype b = finder.toNextBoundary(); b > 0 && b < blockText.size();
         b = finder.toNextBoundary()) {
        const qsizetype position = block.start + b;
        while (span < spans.size() && spans[span].close < position) {
            ++span;
        }
        const bool insideQuote = span < spans.size() && spans[span].open < position;
        if (!insideQuote && !followsAbbreviation(text, position)) {
            starts.append(position);
        }
    }
    return starts;
}

TextRanges referenceAround(QStringView text, const QList<QuoteSpan> &spans)
{
    constexpr qsizetype WindowReach = QuoteSentences::WindowReach;
    TextRanges result;
    qsizetype previousEnd = 0;
    qsizetype i = 0;
    while (i < spans.size()) {
        const qsizetype floor = std::max(previousEnd, spans[i].open - WindowReach);
        qsizetype start = spans[i].open;
        while (start > floor && text[start - 1] != QLatin1Char('\n')) {
            --start;
        }
        qsizetype end = spans[i].close + 1;
        qsizetype last = i;
        auto extend = [&](qsizetype from) {
            const qsizetype ceiling = std::min(text.size(), from + WindowReach);
            qsizetype e = std::max(end, from);
            while (e < ceiling && text[e] != QLatin1Char('\n')) {
                ++e;
            }
            end = e;
        };
        extend(spans[i].close + 1);
        while (last + 1 < spans.size() && spans[last + 1].open < end
            && end - start < 16 * WindowReach) {
            ++last;
            extend(spans[last].close + 1);
        }
        const TextRange block {start, end};
        const QList<qsizetype> starts = blockStarts(text, block, spans, i);
        qsizetype s = 0;
        for (qsizetype k = i; k <= last; ++k) {
            while (s + 1 < starts.size() && starts[s + 1] <= spans[k].open) {
                ++s;
            }
            qsizetype e = s + 1;
            while (e < starts.size() && starts[e] <= spans[k].close) {
                ++e;
            }
            result.append({starts[s], e < starts.size() ? starts[e] : block.end});
        }
        previousEnd = end;
        i = last + 1;
    }
    return result;
}

} // namespace

/// The boundaries QTextBoundaryFinder finds in `paragraph` alone.
QList<qsizetype> finderBoundaries(QStringView paragraph)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, paragraph.data(), paragraph.size());
    QList<qsizetype> boundaries;
    for (qsizetype b = 0; b >= 0; b = finder.toNextBoundary()) {
        boundaries.append(b);
    }
    return boundaries;
}

QList<qsizetype> sharedBoundaries(const QString &paragraph)
{
    SentenceBoundaries sentences(paragraph);
    return sentences.inParagraph(0, paragraph.size());
}

/// SentenceBoundaries finds each paragraph's sentences once for the figure and the quote
/// extractors, and runs the finder only on the sentences that may hold a boundary of their
/// own; what they get must be what QTextBoundaryFinder gives on the text itself.
class TestSentenceBoundaries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// A character it takes for one that cannot end a sentence must not end one.
    void testEveryCharacterAsTheFinderTakesIt()
    {
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (QChar::isSurrogate(c) || c == u'\n') {
                continue;
            }
            const QString character = QString(QChar(char16_t(c)));
            for (const QString &text : {QStringLiteral("a") + character + QStringLiteral(" B c"),
                     QStringLiteral("a.") + character + QStringLiteral(" B c"),
                     QStringLiteral("A ") + character + QStringLiteral(". Be. c")}) {
                if (sharedBoundaries(text) != finderBoundaries(text)) {
                    QFAIL(qPrintable(QStringLiteral("U+%1 in \"%2\"")
                                         .arg(quint32(c), 4, 16, QLatin1Char('0'))
                                         .arg(text)));
                }
            }
        }
    }

    /// Texts made of the characters that matter to the rules, in every order.
    void testRandomTextsAsTheFinderSplitsThem()
    {
        const QString alphabet = QStringLiteral(".!?\"')] aAbZ1,\u201D\u2019\u201C\u2026\r\u2029"
                                                "\u00A0\u2014\u3002\u00E9\u00C9\t:;");
        quint32 seed = 12345;
        auto next = [&seed](quint32 bound) {
            seed = seed * 1664525u + 1013904223u;
            return (seed >> 8) % bound;
        };
        for (int round = 0; round < 20000; ++round) {
            QString text;
            const quint32 length = 1 + next(40);
            for (quint32 k = 0; k < length; ++k) {
                text += alphabet[qsizetype(next(quint32(alphabet.size())))];
            }
            QCOMPARE(sharedBoundaries(text), finderBoundaries(text));
        }
    }

    void testParagraphsAsTheFinderSplitsThem_data()
    {
        QTest::addColumn<QString>("text");
        for (const auto &[name, text] : texts()) {
            QTest::newRow(qPrintable(name)) << text;
        }
    }

    void testParagraphsAsTheFinderSplitsThem()
    {
        QFETCH(QString, text);
        SentenceBoundaries sentences(text);
        qsizetype start = 0;
        while (start <= text.size()) {
            qsizetype end = text.indexOf(QLatin1Char('\n'), start);
            end = end < 0 ? text.size() : end;
            const QStringView paragraph = QStringView(text).sliced(start, end - start);
            QTextBoundaryFinder finder(
                QTextBoundaryFinder::Sentence, paragraph.data(), paragraph.size());
            QList<qsizetype> expected;
            for (qsizetype b = 0; b >= 0; b = finder.toNextBoundary()) {
                expected.append(b);
            }
            QCOMPARE(sentences.inParagraph(start, end), expected);
            start = end + 1;
        }
    }

    void testQuoteSentencesAsBlocksGaveThem_data() { testParagraphsAsTheFinderSplitsThem_data(); }

    void testQuoteSentencesAsBlocksGaveThem()
    {
        QFETCH(QString, text);
        const QList<QuoteSpan> spans = QuoteScanner::scan(text);
        QVERIFY(!spans.isEmpty());
        SentenceBoundaries sentences(text);
        QCOMPARE(QuoteSentences::around(text, spans, sentences), referenceAround(text, spans));
    }
};

QTEST_GUILESS_MAIN(TestSentenceBoundaries)
#include "tst_sentenceboundaries.moc"
