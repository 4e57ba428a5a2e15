#include "tokenizer.h"

#include <QtAlgorithms>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace factbench {

namespace {

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == 0x2019;
}

// The tokenizer reads every character of a text: ASCII, by far the most common, is classified
// without Qt's Unicode tables; other characters go through QChar exactly as before.
bool isAsciiSpace(char16_t c)
{
    return c == u' ' || (c >= 0x09 && c <= 0x0d);
}

bool isAsciiLetter(char16_t c)
{
    return unsigned((c | 0x20) - u'a') < 26u; // one comparison: below 'a' wraps around
}

// Where the run of ASCII letters from `i` ends: most of a text's characters are read here, and
// with SSE2 eight of them are tested at once.
qsizetype endOfAsciiLetters(const char16_t *data, qsizetype i, qsizetype n)
{
#if defined(__SSE2__)
    const __m128i lowerCase = _mm_set1_epi16(0x20);
    const __m128i a = _mm_set1_epi16(short(u'a'));
    const __m128i lastOffset = _mm_set1_epi16(25);
    const __m128i zero = _mm_setzero_si128();
    for (; i + 8 <= n; i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        // (u | 0x20) - 'a' is at most 25 exactly for letters; saturating leaves 0 for them.
        const __m128i offsets = _mm_sub_epi16(_mm_or_si128(units, lowerCase), a);
        const __m128i letters = _mm_cmpeq_epi16(_mm_subs_epu16(offsets, lastOffset), zero);
        const quint32 mask = quint32(_mm_movemask_epi8(letters));
        if (mask != 0xFFFF) {
            return i + qCountTrailingZeroBits(~mask) / 2;
        }
    }
#endif
    while (i < n && isAsciiLetter(data[i])) {
        ++i;
    }
    return i;
}

bool isDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= 0x80 && QChar(c).isDigit());
}

/// Currency codes written glued to the amount ("RM79", "Rs500", "USD5").
bool isCurrencyCode(QStringView letters)
{
    static const char16_t *codes[] = {u"RM", u"Rs", u"INR", u"USD", u"US", u"EUR", u"GBP", u"AUD",
        u"CAD", u"NIS", u"JPY", u"CNY", u"RMB", u"UAH", u"HK"};
    if (letters.size() < 2 || letters.size() > 3) {
        return false;
    }
    for (const char16_t *code : codes) {
        if (letters == QStringView(code)) {
            return true;
        }
    }
    return false;
}

} // namespace

QList<Token> Tokenizer::tokenize(QStringView text, qsizetype offset)
{
    // Tokens are written in place into a list grown by doubling: QList::append costs more than
    // the classification of a token's characters. News text has a token every five or six
    // characters.
    QList<Token> tokens(text.size() / 4 + 8);
    Token *out = tokens.data();
    qsizetype count = 0;
    const char16_t *data = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool glued = false; // only after a token: the first token is never glued
    while (i < n) {
        const char16_t u = data[i];
        if (u == u' ' || (u < 0x80 ? isAsciiSpace(u) : QChar(u).isSpace())) {
            glued = false;
            ++i;
            continue;
        }
        if (count == tokens.size()) {
            tokens.resize(2 * count);
            out = tokens.data();
        }
        Token &token = out[count++];
        token.start = offset + i;
        token.glued = glued;
        glued = true;
        const QChar c(u);
        const bool leadingPoint = u == u'.' && i + 1 < n && isDigit(data[i + 1])
            && (i == 0 || QChar(data[i - 1]).isSpace() || data[i - 1] == u'(');
        if (isAsciiLetter(u) || (u >= 0x80 && !isDigit(u) && (c.isLetter() || c.isMark()))) {
            token.type = Token::Type::Word;
            const qsizetype start = i;
            ++i;
            for (;;) {
                i = endOfAsciiLetters(data, i, n); // most words are ASCII letters only
                if (i == n) {
                    break;
                }
                const char16_t d = data[i];
                if (isDigit(d)) {
                    if (isCurrencyCode(text.sliced(start, i - start))
                        || (start > 0 && data[start - 1] == u'$' && i - start <= 2)) {
                        break; // "RM79", "US$" stay apart from their amount
                    }
                    ++i;
                } else if (d >= 0x80 && (QChar(d).isLetter() || QChar(d).isMark())) {
                    ++i;
                } else if (isApostrophe(d) && i + 1 < n && QChar(data[i + 1]).isLetter()) {
                    i += 2;
                } else {
                    break;
                }
            }
        } else if (isDigit(u) || leadingPoint) {
            token.type = Token::Type::Number;
            ++i;
            while (i < n) {
                const char16_t d = data[i];
                if (isDigit(d)) {
                    ++i;
                } else if ((d == u',' || d == u'.') && i + 1 < n && isDigit(data[i + 1])) {
                    i += 2;
                } else {
                    break;
                }
            }
        } else {
            token.type = Token::Type::Symbol;
            i += (c.isHighSurrogate() && i + 1 < n && QChar(data[i + 1]).isLowSurrogate()) ? 2 : 1;
        }
        token.end = offset + i;
    }
    tokens.resize(count);
    return tokens;
}

} // namespace factbench
