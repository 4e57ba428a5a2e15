#include "tokenizer.h"

namespace factbench {

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
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
    QList<Token> tokens;
    tokens.reserve(text.size() / 5 + 1);
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool glued = false;
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            glued = false;
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        token.glued = glued && !tokens.isEmpty();
        const bool leadingPoint = c == QLatin1Char('.') && i + 1 < n && text[i + 1].isDigit()
            && (i == 0 || text[i - 1].isSpace() || text[i - 1] == QLatin1Char('('));
        if (c.isDigit() || leadingPoint) {
            token.type = Token::Type::Number;
            ++i;
            while (i < n) {
                const QChar d = text[i];
                if (d.isDigit()) {
                    ++i;
                } else if ((d == QLatin1Char(',') || d == QLatin1Char('.')) && i + 1 < n
                    && text[i + 1].isDigit()) {
                    i += 2;
                } else {
                    break;
                }
            }
        } else if (c.isLetter() || c.isMark()) {
            token.type = Token::Type::Word;
            ++i;
            while (i < n) {
                const QChar d = text[i];
                if (d.isDigit()
                    && (isCurrencyCode(text.mid(token.start, i - token.start))
                        || (token.start > 0 && text[token.start - 1] == QLatin1Char('$')
                            && i - token.start <= 2))) {
                    break; // "RM79", "US$" stay apart from their amount
                }
                if (d.isLetter() || d.isMark() || d.isDigit()) {
                    ++i;
                } else if (isApostrophe(d) && i + 1 < n && text[i + 1].isLetter()) {
                    i += 2;
                } else if (d.isHighSurrogate()) {
                    break;
                } else {
                    break;
                }
            }
        } else {
            token.type = Token::Type::Symbol;
            i += (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) ? 2 : 1;
        }
        token.end = i;
        token.start += offset;
        token.end += offset;
        tokens.append(token);
        glued = true;
    }
    return tokens;
}

} // namespace factbench
