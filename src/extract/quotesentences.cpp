#include "quotesentences.h"

#include "speakerwords.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace factbench {

namespace {

// A boundary right after "Mr." or an initial ("J.") is not the end of a sentence.
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

// Sentence starts in [block.start, block.end), absolute, without those inside quotes or after
// abbreviations.
QList<qsizetype> sentenceStarts(
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

} // namespace

TextRanges QuoteSentences::around(QStringView text, const QList<QuoteSpan> &spans)
{
    TextRanges result;
    result.reserve(spans.size());
    qsizetype previousEnd = 0;
    qsizetype i = 0;
    while (i < spans.size()) {
        // A block: the paragraphs holding a run of quotes, bounded on very long paragraphs.
        // Searches never reach behind the previous block, so the whole pass stays linear.
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
        const QList<qsizetype> starts = sentenceStarts(text, block, spans, i);
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

} // namespace factbench
