#pragma once

#include "article/textrange.h"
#include "extract/tokenizer.h"

#include <QList>
#include <QStringView>

namespace factbench {

/// A word near a claim: negative distances are before it, positive after (1 = adjacent).
struct ContextWord
{
    QStringView text;
    int distance = 0;
    /// A comma, semicolon or dash stands between the claim and the word.
    bool acrossClause = false;
};

/// The words around claims of one article, within the claim's sentence. Asked for claims in
/// text order, it tokenizes each paragraph once.
class ClaimContext
{
public:
    explicit ClaimContext(QStringView text);

    /// Up to `reach` words on each side of `range`, stopping at the sentence's end, nearest
    /// first on each side (the words before, then the words after).
    QList<ContextWord> wordsAround(const TextRange &range, int reach);
    /// The text between two positions of the article.
    QStringView between(qsizetype from, qsizetype to) const { return m_text.mid(from, to - from); }

private:
    void loadParagraph(qsizetype position);
    bool endsSentence(qsizetype token) const;
    bool breaksClause(qsizetype token) const;

    QStringView m_text;
    qsizetype m_paragraphStart = -1;
    qsizetype m_paragraphEnd = -1;
    QList<Token> m_tokens;
};

} // namespace factbench
