#include "extract/quotescanner.h"
#include "extract/quotetokens.h"
#include "extract/speakerwords.h"

#include "seededrandom.h"

#include <QTest>

using namespace factbench;

namespace {

// Words, joiners, clause marks and quotation marks, ASCII and beyond: an accented letter, a
// combining mark, a letter of another script, digits beyond ASCII, a surrogate pair, the
// non-ASCII joiners (’ and the hyphen U+2010) and the titles whose period ends no clause.
const QStringList Pieces = {QStringLiteral(" "), QStringLiteral(" "), QStringLiteral("said"),
    QStringLiteral("Trump"), QStringLiteral("Mr"), QStringLiteral("J"), QStringLiteral("U"),
    QStringLiteral("S"), QStringLiteral("x"), QStringLiteral("42"), QStringLiteral("caf\u00E9"),
    QStringLiteral("e\u0301"), QStringLiteral("\u041A\u0438\u0457\u0432"), QStringLiteral("\u0663"),
    QStringLiteral("\U0001F600"), QStringLiteral("."), QStringLiteral(","), QStringLiteral("!"),
    QStringLiteral("?"), QStringLiteral(":"), QStringLiteral(";"), QStringLiteral("-"),
    QStringLiteral("("), QStringLiteral(")"), QStringLiteral("|"), QStringLiteral("'"),
    QStringLiteral("\""), QStringLiteral("\u2019"), QStringLiteral("\u2010"),
    QStringLiteral("\u2014"), QStringLiteral("\u2013"), QStringLiteral("\u2026"),
    QStringLiteral("\u201C"), QStringLiteral("\u201D"), QStringLiteral("\u2018"),
    QStringLiteral("\u00AB"), QStringLiteral("\u00BB"), QStringLiteral("\n"), QStringLiteral("\t"),
    QStringLiteral("\n\u201C"), QStringLiteral("\n\n\""), QStringLiteral("&"), QStringLiteral("_"),
    QStringLiteral("@")};

/// QuoteTokens::tokenize() as it was written before its fast paths: one character at a time,
/// every word read by SpeakerWords::wordEnd() from its first character.
QList<QuoteTokens::Token> tokenizeOneByOne(
    QStringView text, const TextRange &range, const QList<QuoteSpan> &spans, qsizetype firstSpan)
{
    using Kind = QuoteTokens::Kind;
    QList<QuoteTokens::Token> tokens;
    qsizetype span = firstSpan;
    qsizetype i = range.start;
    while (i < range.end) {
        if (span < spans.size() && spans[span].open == i) {
            tokens.append({Kind::Quote, i, spans[span].close + 1});
            i = spans[span].close + 1;
            ++span;
            continue;
        }
        const QChar c = text[i];
        if (SpeakerWords::isWordChar(c)) {
            qsizetype j = SpeakerWords::wordEnd(text, i, range.end);
            tokens.append({Kind::Word, i, j});
            const QStringView word = text.mid(i, j - i);
            if (j < range.end && text[j] == QLatin1Char('.')
                && (SpeakerWords::isAbbreviation(word)
                    || (word.size() == 1 && word.front().isUpper()))) {
                ++j;
            }
            i = j;
            continue;
        }
        if (c == QLatin1Char(',')) {
            tokens.append({Kind::Comma, i, i + 1});
        } else if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
            || c == QChar(0x2026)) {
            tokens.append({Kind::End, i, i + 1});
        } else if (c == QLatin1Char(':') || c == QLatin1Char(';') || c == QChar(0x2014)
            || c == QChar(0x2013) || c == QLatin1Char('(') || c == QLatin1Char(')')
            || c == QLatin1Char('-') || c == QLatin1Char('|')) {
            tokens.append({Kind::Break, i, i + 1});
        }
        ++i;
    }
    return tokens;
}

QString describe(const QList<QuoteTokens::Token> &tokens)
{
    QStringList parts;
    for (const QuoteTokens::Token &token : tokens) {
        parts.append(
            QStringLiteral("%1:%2-%3").arg(int(token.kind)).arg(token.start).arg(token.end));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

/// The quote extractor's fast paths must read a sentence exactly as the plain code they stand
/// in for.
class TestQuotePaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testTokensAreTheOneByOneTokens()
    {
        SeededRandom random;
        for (int round = 0; round < 20000; ++round) {
            const QString text = random.text(Pieces, 40);
            const QList<QuoteSpan> spans = QuoteScanner::scan(text);
            // A sentence anywhere in the text, from the first quote opening in it.
            const qsizetype start = random.below(quint32(text.size() + 1));
            const qsizetype end = start + random.below(quint32(text.size() - start + 1));
            qsizetype firstSpan = 0;
            while (firstSpan < spans.size() && spans[firstSpan].open < start) {
                ++firstSpan;
            }
            const TextRange range {start, end};
            const QString expected = describe(tokenizeOneByOne(text, range, spans, firstSpan));
            QCOMPARE(describe(QuoteTokens::tokenize(text, range, spans, firstSpan)), expected);
        }
    }

    // QuoteSentences reads each quote's paragraph from its span instead of searching for the
    // line breaks around it.
    void testSpansKnowTheirParagraphs()
    {
        SeededRandom random;
        int multiParagraph = 0;
        for (int round = 0; round < 20000; ++round) {
            const QString text = random.text(Pieces, 60);
            for (const QuoteSpan &span : QuoteScanner::scan(text)) {
                const QStringView view(text);
                QCOMPARE(span.paragraphStart, view.first(span.open).lastIndexOf(u'\n') + 1);
                const qsizetype lineBreak = view.indexOf(u'\n', span.close + 1);
                QCOMPARE(span.paragraphEnd, lineBreak >= 0 ? lineBreak : text.size());
                // No line break inside a quote of one paragraph.
                QCOMPARE(span.multiParagraph,
                    view.sliced(span.open, span.close - span.open).contains(u'\n'));
                multiParagraph += span.multiParagraph;
            }
        }
        QVERIFY(multiParagraph > 0);
        const QString text = QStringLiteral("He said:\n“One.\n“Two,” he added. “Three.”\nEnd.");
        const QList<QuoteSpan> spans = QuoteScanner::scan(text);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans[0].paragraphStart, 9);
        QCOMPARE(spans[0].paragraphEnd, text.indexOf(u"\nEnd"));
        QVERIFY(spans[0].multiParagraph);
        QCOMPARE(spans[1].paragraphStart, text.indexOf(u"“Two"));
    }

    void testTokensOfNewsSentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("attribution") << QStringLiteral("“We had a call,” Mr. Trump said.");
        QTest::newRow("initial") << QStringLiteral("J. K. Rowling, the U.S. author, said: “No.”");
        QTest::newRow("joined") << QStringLiteral(
            "Ukraine’s rock'n'roll Trump-Putin self‐made don’t ’90s x.y.");
        QTest::newRow("beyond ASCII") << QStringLiteral("Київ — Sikorski… «Nie», e\u0301té 42.");
        QTest::newRow("word at the end") << QStringLiteral("said Zelensky");
    }

    void testTokensOfNewsSentences()
    {
        QFETCH(QString, text);
        const QList<QuoteSpan> spans = QuoteScanner::scan(text);
        const TextRange range {0, text.size()};
        QCOMPARE(describe(QuoteTokens::tokenize(text, range, spans, 0)),
            describe(tokenizeOneByOne(text, range, spans, 0)));
    }
};

QTEST_GUILESS_MAIN(TestQuotePaths)
#include "tst_quotepaths.moc"
