#include "quotetokens.h"

#include "speakerwords.h"

namespace factbench {

QList<QuoteTokens::Token> QuoteTokens::tokenize(
    QStringView text, const TextRange &range, const QList<QuoteSpan> &spans, qsizetype firstSpan)
{
    // Written in place into a list grown by doubling, as the tokenizer does: about one token
    // every five characters.
    QList<Token> tokens(range.length() / 4 + 4);
    qsizetype count = 0;
    auto append = [&tokens, &count](Kind kind, qsizetype start, qsizetype end) {
        if (count == tokens.size()) {
            tokens.resize(2 * count);
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
