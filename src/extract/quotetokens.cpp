#include "quotetokens.h"

#include "charactersearch.h"
#include "speakerwords.h"

#include <algorithm>
#include <array>

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

// What one character starts: a word, a one-character token (of the same value as its
// QuoteTokens::Kind) or nothing (spaces, other symbols).
enum class CharClass : quint8 {
    Word = quint8(QuoteTokens::Kind::Word),
    Comma = quint8(QuoteTokens::Kind::Comma),
    Break = quint8(QuoteTokens::Kind::Break),
    End = quint8(QuoteTokens::Kind::End),
    None = 0xFF,
};

CharClass classOf(QChar c)
{
    if (SpeakerWords::isWordChar(c)) {
        return CharClass::Word;
    }
    if (c == QLatin1Char(',')) {
        return CharClass::Comma;
    }
    if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')
        || c == QChar(0x2026)) {
        return CharClass::End;
    }
    if (c == QLatin1Char(':') || c == QLatin1Char(';') || c == QChar(0x2014) || c == QChar(0x2013)
        || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('-')
        || c == QLatin1Char('|')) {
        return CharClass::Break;
    }
    return CharClass::None;
}

// classOf() of every ASCII character, looked up: most characters of a sentence are ASCII.
const auto AsciiClasses = [] {
    std::array<CharClass, 128> classes {};
    for (char16_t u = 0; u < 128; ++u) {
        classes[u] = classOf(QChar(u));
    }
    return classes;
}();

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
    const char16_t *data = text.utf16();
    qsizetype span = firstSpan;
    // Where the next quote opens; a quote is only taken where it opens exactly.
    qsizetype quoteOpen = span < spans.size() ? spans[span].open : -1;
    qsizetype i = range.start;
    while (i < range.end) {
        if (i == quoteOpen) {
            append(Kind::Quote, i, spans[span].close + 1);
            i = spans[span].close + 1;
            ++span;
            quoteOpen = span < spans.size() ? spans[span].open : -1;
            continue;
        }
        const char16_t u = data[i];
        const CharClass kind = u < 0x80 ? AsciiClasses[u] : classOf(QChar(u));
        if (kind == CharClass::Word) {
            // The ASCII letters and digits at the start of a word, eight at a time; wordEnd()
            // goes on from the last of them exactly as from the first.
            qsizetype j = endOfAsciiRun(data, i + 1, range.end, AsciiRun::LettersAndDigits);
            if (j < range.end && SpeakerWords::mayContinueWord(data[j])) {
                j = SpeakerWords::wordEnd(text, j - 1, range.end);
            }
            append(Kind::Word, i, j);
            // "Mr." and "J." keep their period: it ends no clause.
            if (j < range.end && data[j] == u'.') {
                const QStringView word = text.mid(i, j - i);
                if (SpeakerWords::isAbbreviation(word)
                    || (word.size() == 1 && word.front().isUpper())) {
                    ++j;
                }
            }
            i = j;
            continue;
        }
        if (kind != CharClass::None) {
            append(Kind(quint8(kind)), i, i + 1);
        }
        ++i;
    }
    tokens.resize(count);
    return tokens;
}

} // namespace factbench
