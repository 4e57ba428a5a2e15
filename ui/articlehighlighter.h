#pragma once

#include "article/textrange.h"
#include "review/projectdata.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QSet>
#include <QTextCharFormat>

namespace factbench {

/// Where a claim stands in the review, as the article panes colour it.
enum class ReviewState { Unlinked, Proposed, Divergent, Confirmed, Disputed, Rejected };

/// One claim as a pane shows it: where it is, what it is, and where it stands.
struct ClaimMark
{
    QString claimId;
    TextRange range;
    ClaimKind kind = ClaimKind::Figure;
    ReviewState state = ReviewState::Unlinked;
    /// The speaker's name in the text near a quote; empty when not found.
    TextRange speaker;

    friend bool operator==(const ClaimMark &, const ClaimMark &) = default;
};

/// Colours an article pane in two layers: the project's syntax definition gives the lexical
/// layer (numbers, quotation marks, attribution verbs), and the project's claims, their review
/// state and the page furniture are laid over it, in colours taken from the same
/// KSyntaxHighlighting theme, so a dark theme darkens everything at once.
class ArticleHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    /// The text properties that say which claim a character belongs to (for tests and tools).
    enum ClaimProperty {
        ClaimKindProperty = QTextFormat::UserProperty + 1,
        ReviewStateProperty,
        EmphasisedProperty,
    };
    enum class MarkKind { None, Figure, Quote, Speaker, Boilerplate };

    explicit ArticleHighlighter(QTextDocument *document);

    /// The claims of the article shown, sorted here; rehighlights only when they changed.
    void setMarks(QList<ClaimMark> marks, const TextRanges &boilerplate);
    /// The claims to emphasise (the selected fact's members).
    void setEmphasised(const QSet<QString> &claimIds);
    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

    const QList<ClaimMark> &marks() const { return m_marks; }
    /// The claim at a document position (a figure before the quote around it), or nullptr.
    const ClaimMark *markAt(qsizetype position) const;
    const ClaimMark *mark(const QString &claimId) const;

    /// The format of a claim in a state: exposed so tests and the legend use the same colours.
    QTextCharFormat formatFor(ClaimKind kind, ReviewState state) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    void updateFormats();
    void overlay(qsizetype blockStart, qsizetype blockLength, const TextRange &range,
        const QTextCharFormat &format);

    QList<ClaimMark> m_marks;
    TextRanges m_boilerplate;
    QSet<QString> m_emphasised;
    QHash<int, QTextCharFormat> m_formats;
    QTextCharFormat m_speakerFormat;
    QTextCharFormat m_boilerplateFormat;
    QTextCharFormat m_emphasisFormat;
};

} // namespace factbench
