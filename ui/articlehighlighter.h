#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

namespace factbench {

/// Colours an article pane: the project's syntax definition gives the lexical layer (numbers,
/// quotation marks, attribution verbs); the extractor's claims will be laid on top of it.
class ArticleHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    explicit ArticleHighlighter(QTextDocument *document);
};

} // namespace factbench
