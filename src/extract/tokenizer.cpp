#include "tokenizer.h"

#include "charactersearch.h"

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
                i = endOfAsciiRun(data, i, n, AsciiRun::Letters); // most words are only these
                if (i == n || data[i] == u' ') {
                    break; // the commonest end of a word
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
        if (i < n && data[i] == u' ') {
            glued = false; // the space after most tokens, passed here rather than above
            ++i;
        }
    }
    tokens.resize(count);
    return tokens;
}

} // namespace factbench
