#include "quotetokens.h"

#include "speakerwords.h"

#include <algorithm>

namespace factbench {

namespace {

// Sets the size of the token list without clearing the new tokens first (Qt 6.8 and later):
// every one is written before it is read, and clearing a list sized by the whole sentence cost
// more than writing the few tokens outside its quotes.
void resizeForWriting(QList<QuoteTokens::Token> &tokens, qsizetype size)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    tokens.resizeForOverwrite(size);
#else
    tokens.resize(size);
#endif
}

} // namespace

QList<QuoteTokens::Token> QuoteTokens::tokenize(
    QStringView text, const TextRange &range, const QList<QuoteSpan> &spans, qsizetype firstSpan)
{
    // Written in place into a list grown by doubling, as the tokenizer does: about one token
    // every five characters outside the quotes, which are one token each and often most of
    // the sentence.
    qsizetype outside = range.length();
    for (qsizetype k = firstSpan; k < spans.size() && spans[k].open < range.end; ++k) {
        outside -= std::min(spans[k].close + 1, range.end) - std::max(spans[k].open, range.start);
    }
    QList<Token> tokens;
    resizeForWriting(tokens, std::max<qsizetype>(outside, 0) / 4 + 4);
    qsizetype count = 0;
    auto append = [&tokens, &count](Kind kind, qsizetype start, qsizetype end) {
        if (count == tokens.size()) {
            resizeForWriting(tokens, 2 * count);
        }
        tokens.data()[count++] = {kind, start, end};
    };
    qsizetype span = firstSpan;
    qsizetype i = range.start;
    while (i < range.end) {
        if (span < spans.size() && spans[span].open == i) {
            append(Kind::Quote, i, spans[span].close + 1);
            i = spans[span].close + 1;
            ++span;
            continue;
        }
        const QChar c = text[i];
        if (SpeakerWords::isWordChar(c)) {
            qsizetype j = SpeakerWords::wordEnd(text, i, range.end);
            append(Kind::Word, i, j);
            const QStringView word = text.mid(i, j - i);
            // "Mr." and "J." keep their period: it ends no clause.
            if (j < range.end && text[j] == QLatin1Char('.')
                && (SpeakerWords::isAbbreviation(word)
                    || (word.size() == 1 && word.front().isUpper()))) {
                ++j;
            }
            i = j;
            continue;
        }
        if (c == QLatin1Char(',')) {
            append(Kind::Comma, i, i + 1);
        } else if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
            || c == QChar(0x2026)) {
            append(Kind::End, i, i + 1);
        } else if (c == QLatin1Char(':') || c == QLatin1Char(';') || c == QChar(0x2014)
            || c == QChar(0x2013) || c == QLatin1Char('(') || c == QLatin1Char(')')
            || c == QLatin1Char('-') || c == QLatin1Char('|')) {
            append(Kind::Break, i, i + 1);
        }
        ++i;
    }
    tokens.resize(count);
    return tokens;
}

} // namespace factbench
