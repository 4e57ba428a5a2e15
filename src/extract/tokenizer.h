#pragma once

#include <QList>
#include <QStringView>

namespace factbench {

/// One token of a paragraph: a word, a number, or a single symbol or punctuation character.
struct Token
{
    enum class Type : quint8 { Word, Number, Symbol };

    qsizetype start = 0;
    qsizetype end = 0;
    Type type = Type::Word;
    /// True when nothing separates this token from the one before it ("5" "k", "F" "-" "16").
    bool glued = false;

    qsizetype length() const { return end - start; }
};

} // namespace factbench

// Plain data: QList copies tokens with memcpy and appends them without a call per token.
Q_DECLARE_TYPEINFO(factbench::Token, Q_PRIMITIVE_TYPE);

namespace factbench {

/// Splits text into words (letters and digits starting with a letter, with inner apostrophes),
/// numbers (digits with inner , and . separators) and single other characters. Linear and
/// allocation-light: the extractors tokenize only the paragraphs that may hold a claim.
class Tokenizer
{
public:
    static QList<Token> tokenize(QStringView text, qsizetype offset = 0);
};

/// Whether `word` equals the ASCII word `ascii` ignoring case, exactly as
/// QStringView::compare(ascii, Qt::CaseInsensitive) == 0 answers it: the extractors ask this of
/// many words near every number, and an all-ASCII word needs no call into Qt's case tables.
inline bool equalsIgnoringCase(QStringView word, QLatin1StringView ascii)
{
    if (word.size() != ascii.size()) {
        return false; // Qt folds one code unit to one: different lengths never compare equal
    }
    for (qsizetype k = 0; k < word.size(); ++k) {
        const char16_t u = word[k].unicode();
        if (u >= 0x80) {
            return word.compare(ascii, Qt::CaseInsensitive) == 0; // "\u212A" folds to "k"
        }
        const char16_t a = char16_t(uchar(ascii[k].toLatin1()));
        if ((u >= u'A' && u <= u'Z' ? u + 32 : u) != (a >= u'A' && a <= u'Z' ? a + 32 : a)) {
            return false;
        }
    }
    return true;
}

/// The value of digits as QStringView::toInt() reads them (0 when they do not read), without its
/// locale machinery for plain ASCII digits, which nearly every number token is.
inline int digitsValue(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 9) {
        return digits.toInt();
    }
    int value = 0;
    for (const QChar c : digits) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9') {
            return digits.toInt();
        }
        value = 10 * value + (u - u'0');
    }
    return value;
}

/// Read-only view of tokens over their text, with the small queries the extractors share.
class TokenView
{
public:
    TokenView(QStringView text, const QList<Token> &tokens, qsizetype offset = 0)
        : m_text(text)
        , m_tokens(tokens)
        , m_offset(offset)
    { }

    qsizetype size() const { return m_tokens.size(); }
    const Token &at(qsizetype i) const { return m_tokens[i]; }
    QStringView text(qsizetype i) const
    {
        const Token &token = m_tokens[i];
        return m_text.sliced(token.start - m_offset, token.length());
    }
    /// The characters from token `first` to token `last` inclusive, as written.
    QStringView span(qsizetype first, qsizetype last) const
    {
        return m_text.sliced(
            m_tokens[first].start - m_offset, m_tokens[last].end - m_tokens[first].start);
    }
    bool isWord(qsizetype i) const { return valid(i) && m_tokens[i].type == Token::Type::Word; }
    bool isNumber(qsizetype i) const { return valid(i) && m_tokens[i].type == Token::Type::Number; }
    bool isSymbol(qsizetype i, QChar c) const
    {
        return valid(i) && m_tokens[i].type == Token::Type::Symbol && text(i).front() == c;
    }
    /// Case-insensitive comparison of token i with an ASCII word.
    bool is(qsizetype i, QLatin1StringView word) const
    {
        // The length first: most tokens asked about are not the word.
        return valid(i) && m_tokens[i].length() == word.size() && equalsIgnoringCase(text(i), word);
    }
    bool isCapitalized(qsizetype i) const { return isWord(i) && text(i).front().isUpper(); }
    bool glued(qsizetype i) const { return valid(i) && m_tokens[i].glued; }
    bool valid(qsizetype i) const { return i >= 0 && i < m_tokens.size(); }

private:
    QStringView m_text;
    const QList<Token> &m_tokens;
    qsizetype m_offset;
};

} // namespace factbench
