#pragma once

#include "article/textrange.h"
#include "extract/claims.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QTextCharFormat>

namespace factbench {

/// Colours an article pane in two layers: the project's syntax definition gives the lexical
/// layer (numbers, quotation marks, attribution verbs), and the extractor's claims and the
/// page furniture are laid over it, in colours taken from the same KSyntaxHighlighting theme.
class ArticleHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    /// The text property that says which claim a character belongs to (for tests and tools).
    enum ClaimProperty { ClaimKindProperty = QTextFormat::UserProperty + 1 };
    enum class ClaimKind { None, Figure, Quote, Boilerplate };

    explicit ArticleHighlighter(QTextDocument *document);

    /// The extractor's results and the boilerplate of the article shown; rehighlights.
    void setClaims(const Extraction &extraction, const TextRanges &boilerplate);
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    /// The figure or quote at a document position, or nullptr.
    const Figure *figureAt(qsizetype position) const;
    const Quote *quoteAt(qsizetype position) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void updateFormats();
    void overlay(qsizetype blockStart, qsizetype blockLength, const TextRange &range,
        const QTextCharFormat &format);

    Extraction m_extraction;
    TextRanges m_boilerplate;
    QTextCharFormat m_figureFormat;
    QTextCharFormat m_quoteFormat;
    QTextCharFormat m_boilerplateFormat;
};

} // namespace factbench
