#include "quoteextractor.h"

#include "quoteattribution.h"
#include "quotescanner.h"
#include "speakerresolver.h"
#include "speakerwords.h"

#include <algorithm>

namespace factbench {

namespace {

bool isClosingMark(QChar c)
{
    return c == QChar(0x201D) || c == QChar(0x2019) || c == QLatin1Char('"')
        || c == QLatin1Char('\'') || c == QChar(0x00BB) || c == QChar(0x203A);
}

// A full quote is a sentence of its own: it starts with a capital and opens a sentence, follows
// a colon, or follows "he added,". Anything else is a fragment woven into the reporter's
// sentence ("unleashed a “night of terror”").
bool isFullSentence(QStringView text, const QuoteSpan &span)
{
    for (qsizetype i = span.open + 1; i < span.close; ++i) {
        if (text[i].isLetter()) {
            if (!text[i].isUpper()) {
                return false;
            }
            break;
        }
    }
    qsizetype p = span.open - 1;
    while (p >= 0 && text[p].isSpace() && text[p] != QLatin1Char('\n')) {
        --p;
    }
    if (p < 0 || text[p] == QLatin1Char('\n')) {
        return true;
    }
    const QChar before = text[p];
    if (before == QLatin1Char('.') || before == QLatin1Char('!') || before == QLatin1Char('?')
        || before == QLatin1Char(':') || isClosingMark(before)) {
        return true;
    }
    if (before != QLatin1Char(',')) {
        return false;
    }
    qsizetype wordEnd = p;
    while (wordEnd > 0 && text[wordEnd - 1].isSpace()) {
        --wordEnd;
    }
    qsizetype wordStart = wordEnd;
    while (wordStart > 0 && text[wordStart - 1].isLetter() && wordEnd - wordStart < 20) {
        --wordStart;
    }
    return SpeakerWords::isSpeechVerb(text.mid(wordStart, wordEnd - wordStart));
}

// A full quote right after another one, with no attribution of its own, continues it
// ("“We had a call,” Trump said. “I’m not happy about that.”").
bool continuesPrevious(QStringView text, const QuoteSpan &previous, const QuoteSpan &span)
{
    constexpr qsizetype MaximumGap = 300;
    if (span.open - previous.close > MaximumGap) {
        return false;
    }
    int breaks = 0;
    for (qsizetype i = previous.close; i < span.open; ++i) {
        breaks += text[i] == QLatin1Char('\n');
    }
    return breaks <= 2;
}

QList<QuoteSpan> outsideBoilerplate(const QList<QuoteSpan> &spans, TextRanges boilerplate)
{
    if (boilerplate.isEmpty()) {
        return spans;
    }
    std::sort(boilerplate.begin(), boilerplate.end(),
        [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<QuoteSpan> kept;
    kept.reserve(spans.size());
    qsizetype next = 0; // spans are sorted too: one sweep over both
    for (const QuoteSpan &span : spans) {
        const TextRange range {span.open, span.close + 1};
        while (next < boilerplate.size() && boilerplate[next].end <= range.start) {
            ++next;
        }
        bool inside = false;
        for (qsizetype k = next; k < boilerplate.size() && boilerplate[k].start < range.end; ++k) {
            inside = inside || boilerplate[k].overlaps(range);
        }
        if (!inside) {
            kept.append(span);
        }
    }
    return kept;
}

} // namespace

QList<Quote> QuoteExtractor::extract(const QString &text, const TextRanges &boilerplate)
{
    SentenceBoundaries sentences(text);
    return extract(text, boilerplate, sentences);
}

QList<Quote> QuoteExtractor::extract(
    const QString &text, const TextRanges &boilerplate, SentenceBoundaries &sentences)
{
    const QList<QuoteSpan> spans = outsideBoilerplate(QuoteScanner::scan(text), boilerplate);
    const QList<Attribution> attributions = QuoteAttribution::attribute(text, spans, sentences);
    SpeakerResolver resolver(text, attributions);
    QList<Quote> quotes;
    quotes.reserve(spans.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const QuoteSpan &span = spans[i];
        Quote quote;
        quote.range = {span.open + 1, span.close};
        quote.text = text.mid(quote.range.start, quote.range.length());
        quote.partial = !isFullSentence(text, span);
        quote.speaker = resolver.resolve(attributions[i], span.open);
        if (quote.speaker.isEmpty() && !attributions[i].isValid() && !quote.partial && i > 0
            && continuesPrevious(text, spans[i - 1], span)) {
            quote.speaker = quotes.last().speaker;
            resolver.remember(quote.speaker);
        }
        quotes.append(std::move(quote));
    }
    return quotes;
}

} // namespace factbench
