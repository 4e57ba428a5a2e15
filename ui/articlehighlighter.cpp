#include "articlehighlighter.h"

#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>

#include <algorithm>

namespace factbench {

namespace {

/// The first element of a list sorted by range start whose range may reach `position`.
template<typename Claim>
const Claim *claimAt(const QList<Claim> &claims, qsizetype position)
{
    for (const Claim &claim : claims) {
        if (claim.range.contains(position)) {
            return &claim;
        }
        if (claim.range.start > position) {
            break;
        }
    }
    return nullptr;
}

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

ArticleHighlighter::ArticleHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    setTheme(SyntaxRepository::themeFor(QGuiApplication::palette()));
    setDefinition(SyntaxRepository::articleDefinition());
}

void ArticleHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    KSyntaxHighlighting::SyntaxHighlighter::setTheme(theme);
    updateFormats();
    rehighlight();
}

void ArticleHighlighter::updateFormats()
{
    using KSyntaxHighlighting::Theme;
    const Theme current = theme();
    // Extracted claims stand out more than the lexical guesses under them: a tinted
    // background in the same hue as the text colour.
    const QColor figure = current.textColor(Theme::DecVal);
    m_figureFormat = QTextCharFormat();
    m_figureFormat.setForeground(figure);
    m_figureFormat.setFontWeight(QFont::Bold);
    m_figureFormat.setBackground(withAlpha(figure, 40));
    m_figureFormat.setProperty(ClaimKindProperty, int(ClaimKind::Figure));

    const QColor quote = current.textColor(Theme::String);
    m_quoteFormat = QTextCharFormat();
    m_quoteFormat.setForeground(quote);
    m_quoteFormat.setBackground(withAlpha(quote, 28));
    m_quoteFormat.setProperty(ClaimKindProperty, int(ClaimKind::Quote));

    m_boilerplateFormat = QTextCharFormat();
    m_boilerplateFormat.setForeground(QColor::fromRgba(current.textColor(Theme::Comment)));
    m_boilerplateFormat.setFontItalic(true);
    m_boilerplateFormat.setProperty(ClaimKindProperty, int(ClaimKind::Boilerplate));
}

void ArticleHighlighter::setClaims(const Extraction &extraction, const TextRanges &boilerplate)
{
    m_extraction = extraction;
    m_boilerplate = boilerplate;
    auto byStart = [](const auto &a, const auto &b) { return a.range.start < b.range.start; };
    std::sort(m_extraction.figures.begin(), m_extraction.figures.end(), byStart);
    std::sort(m_extraction.quotes.begin(), m_extraction.quotes.end(), byStart);
    rehighlight();
}

const Figure *ArticleHighlighter::figureAt(qsizetype position) const
{
    return claimAt(m_extraction.figures, position);
}

const Quote *ArticleHighlighter::quoteAt(qsizetype position) const
{
    return claimAt(m_extraction.quotes, position);
}

void ArticleHighlighter::overlay(qsizetype blockStart, qsizetype blockLength,
    const TextRange &range, const QTextCharFormat &format)
{
    const qsizetype start = std::max(range.start, blockStart);
    const qsizetype end = std::min(range.end, blockStart + blockLength);
    if (start >= end) {
        return;
    }
    // Keep what the lexical layer set (a figure inside a quote stays a figure) and add ours.
    for (qsizetype i = start; i < end; ++i) {
        QTextCharFormat merged = this->format(int(i - blockStart));
        merged.merge(format);
        setFormat(int(i - blockStart), 1, merged);
    }
}

void ArticleHighlighter::highlightBlock(const QString &text)
{
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockLength = text.size();
    const TextRange block {blockStart, blockStart + blockLength};
    for (const TextRange &range : std::as_const(m_boilerplate)) {
        if (range.overlaps(block)) {
            overlay(blockStart, blockLength, range, m_boilerplateFormat);
        }
    }
    // Quotes first, so a figure inside a quote keeps its own colour on top.
    for (const Quote &quote : std::as_const(m_extraction.quotes)) {
        if (quote.range.start >= block.end) {
            break;
        }
        if (quote.range.overlaps(block)) {
            overlay(blockStart, blockLength, quote.range, m_quoteFormat);
        }
    }
    const auto first
        = std::lower_bound(m_extraction.figures.cbegin(), m_extraction.figures.cend(), blockStart,
            [](const Figure &figure, qsizetype position) { return figure.range.end <= position; });
    for (auto it = first; it != m_extraction.figures.cend() && it->range.start < block.end; ++it) {
        overlay(blockStart, blockLength, it->range, m_figureFormat);
    }
}

} // namespace factbench
