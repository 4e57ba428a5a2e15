#include "claimcontext.h"

#include <algorithm>

namespace factbench {

ClaimContext::ClaimContext(QStringView text)
    : m_text(text)
{ }

void ClaimContext::loadParagraph(qsizetype position)
{
    if (position >= m_paragraphStart && position < m_paragraphEnd) {
        return;
    }
    const qsizetype before
        = position > 0 ? m_text.lastIndexOf(QLatin1Char('\n'), position - 1) : -1;
    m_paragraphStart = before + 1;
    const qsizetype after = m_text.indexOf(QLatin1Char('\n'), position);
    m_paragraphEnd = after < 0 ? m_text.size() : after;
    m_tokens = Tokenizer::tokenize(
        m_text.mid(m_paragraphStart, m_paragraphEnd - m_paragraphStart), m_paragraphStart);
}

bool ClaimContext::endsSentence(qsizetype token) const
{
    const Token &t = m_tokens[token];
    if (t.type != Token::Type::Symbol) {
        return false;
    }
    const QChar c = m_text[t.start];
    if (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?')) {
        return false;
    }
    // "U.S." and "3.5" keep their dots: a sentence ends where a space follows.
    return t.end >= m_text.size() || m_text[t.end].isSpace();
}

bool ClaimContext::breaksClause(qsizetype token) const
{
    const Token &t = m_tokens[token];
    if (t.type != Token::Type::Symbol) {
        return false;
    }
    const QChar c = m_text[t.start];
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QChar(0x2013)
        || c == QChar(0x2014) || (c == QLatin1Char('-') && t.glued == false);
}

QList<ContextWord> ClaimContext::wordsAround(const TextRange &range, int reach)
{
    QList<ContextWord> words;
    if (range.start >= m_text.size()) {
        return words;
    }
    loadParagraph(range.start);
    const auto first = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), range.start,
        [](const Token &token, qsizetype position) { return token.end <= position; });
    const qsizetype firstIndex = first - m_tokens.cbegin();
    int distance = 0;
    bool acrossClause = false;
    for (qsizetype i = firstIndex - 1; i >= 0 && distance < reach; --i) {
        if (endsSentence(i)) {
            break;
        }
        acrossClause |= breaksClause(i);
        if (m_tokens[i].type == Token::Type::Word) {
            words.append(
                {m_text.mid(m_tokens[i].start, m_tokens[i].length()), -++distance, acrossClause});
        }
    }
    distance = 0;
    acrossClause = false;
    for (qsizetype i = firstIndex; i < m_tokens.size() && distance < reach; ++i) {
        if (m_tokens[i].start < range.end) {
            continue;
        }
        acrossClause |= breaksClause(i);
        if (m_tokens[i].type == Token::Type::Word) {
            words.append(
                {m_text.mid(m_tokens[i].start, m_tokens[i].length()), ++distance, acrossClause});
        }
        if (endsSentence(i)) {
            break;
        }
    }
    return words;
}

} // namespace factbench
