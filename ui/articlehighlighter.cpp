#include "articlehighlighter.h"

#include "contrast.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>

#include <algorithm>

namespace factbench {

namespace {

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

/// Makes the text of `format` readable on its tint over the pane's paper: the themes' hues are
/// chosen for code on their own background, not under a review tint. Greyed text (rejected
/// claims, page furniture) is held to the large-text contrast, the rest to body text's.
void readable(QTextCharFormat &format, const QColor &paper, bool greyed)
{
    const QColor ground = format.hasProperty(QTextFormat::BackgroundBrush)
        ? Contrast::over(format.background().color(), paper)
        : paper;
    format.setForeground(Contrast::ensured(
        format.foreground().color(), ground, greyed ? Contrast::Graphics : Contrast::Text));
}

int formatKey(ClaimKind kind, ReviewState state)
{
    return int(kind) * 16 + int(state);
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
    const auto colour
        = [&current](Theme::TextStyle style) { return QColor::fromRgba(current.textColor(style)); };
    // Kind gives the hue of the text: figures as numbers, quotes as strings. State gives the
    // background and the line: green for confirmed, red for what disagrees, struck and grey for
    // rejected, so the eye finds what is left to review.
    const QColor paper = QColor::fromRgba(
        current.editorColor(KSyntaxHighlighting::Theme::EditorColorRole::BackgroundColor));
    m_formats.clear();
    for (const ClaimKind kind : {ClaimKind::Figure, ClaimKind::Quote}) {
        const QColor hue = colour(kind == ClaimKind::Figure ? Theme::DecVal : Theme::String);
        for (int s = int(ReviewState::Unlinked); s <= int(ReviewState::Rejected); ++s) {
            const auto state = ReviewState(s);
            QTextCharFormat format;
            format.setForeground(hue);
            if (kind == ClaimKind::Figure) {
                format.setFontWeight(QFont::Bold);
            }
            switch (state) {
            case ReviewState::Unlinked:
                format.setBackground(withAlpha(hue, 18));
                break;
            case ReviewState::Proposed:
                format.setBackground(withAlpha(hue, kind == ClaimKind::Figure ? 44 : 30));
                break;
            case ReviewState::Divergent:
                // Error, not Alert: some dark themes draw alerts green.
                format.setBackground(withAlpha(colour(Theme::Error), 40));
                format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                format.setUnderlineColor(colour(Theme::Error));
                break;
            case ReviewState::Confirmed:
                format.setBackground(withAlpha(colour(Theme::Others), 48));
                format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
                format.setUnderlineColor(colour(Theme::Others));
                break;
            case ReviewState::Disputed:
                format.setBackground(withAlpha(colour(Theme::Warning), 40));
                format.setUnderlineStyle(QTextCharFormat::DashUnderline);
                format.setUnderlineColor(colour(Theme::Warning));
                break;
            case ReviewState::Rejected:
                format.setForeground(colour(Theme::Comment));
                format.setFontStrikeOut(true);
                format.setFontWeight(QFont::Normal);
                break;
            }
            readable(format, paper, state == ReviewState::Rejected);
            format.setProperty(ClaimKindProperty,
                int(kind == ClaimKind::Figure ? MarkKind::Figure : MarkKind::Quote));
            format.setProperty(ReviewStateProperty, s);
            m_formats.insert(formatKey(kind, state), format);
        }
    }

    m_speakerFormat = QTextCharFormat();
    m_speakerFormat.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    m_speakerFormat.setUnderlineColor(colour(Theme::String));
    m_speakerFormat.setProperty(ClaimKindProperty, int(MarkKind::Speaker));

    m_boilerplateFormat = QTextCharFormat();
    m_boilerplateFormat.setForeground(colour(Theme::Comment));
    m_boilerplateFormat.setFontItalic(true);
    readable(m_boilerplateFormat, paper, true);
    m_boilerplateFormat.setProperty(ClaimKindProperty, int(MarkKind::Boilerplate));

    // The selected fact's members: the theme's search highlight, as a find would show them.
    m_emphasisFormat = QTextCharFormat();
    m_emphasisFormat.setBackground(QColor::fromRgba(
        current.editorColor(KSyntaxHighlighting::Theme::EditorColorRole::SearchHighlight)));
    m_emphasisFormat.setForeground(colour(Theme::Normal));
    m_emphasisFormat.setFontWeight(QFont::Bold);
    readable(m_emphasisFormat, paper, false);
    m_emphasisFormat.setProperty(EmphasisedProperty, true);
}

QTextCharFormat ArticleHighlighter::formatFor(ClaimKind kind, ReviewState state) const
{
    return m_formats.value(formatKey(kind, state));
}

void ArticleHighlighter::setMarks(QList<ClaimMark> marks, const TextRanges &boilerplate)
{
    std::sort(marks.begin(), marks.end(), [](const ClaimMark &a, const ClaimMark &b) {
        return a.range.start < b.range.start
            || (a.range.start == b.range.start && a.range.end > b.range.end);
    });
    if (marks == m_marks && boilerplate == m_boilerplate) {
        return;
    }
    m_marks = std::move(marks);
    m_boilerplate = boilerplate;
    rehighlight();
}

void ArticleHighlighter::setEmphasised(const QSet<QString> &claimIds)
{
    if (claimIds == m_emphasised) {
        return;
    }
    // Only the blocks of the claims that change need painting again.
    QSet<QString> changed = claimIds;
    changed.unite(m_emphasised).subtract(QSet<QString>(claimIds).intersect(m_emphasised));
    m_emphasised = claimIds;
    for (const ClaimMark &claim : std::as_const(m_marks)) {
        if (!changed.contains(claim.claimId)) {
            continue;
        }
        QTextBlock block = document()->findBlock(int(claim.range.start));
        while (block.isValid() && block.position() < claim.range.end) {
            rehighlightBlock(block);
            block = block.next();
        }
    }
}

const ClaimMark *ArticleHighlighter::markAt(qsizetype position) const
{
    // Marks are sorted by start; a figure inside a quote starts later and wins.
    const ClaimMark *found = nullptr;
    for (const ClaimMark &claim : m_marks) {
        if (claim.range.start > position) {
            break;
        }
        if (claim.range.contains(position)) {
            found = &claim;
        }
    }
    return found;
}

const ClaimMark *ArticleHighlighter::mark(const QString &claimId) const
{
    const auto it = std::find_if(m_marks.cbegin(), m_marks.cend(),
        [&claimId](const ClaimMark &claim) { return claim.claimId == claimId; });
    return it == m_marks.cend() ? nullptr : &*it;
}

void ArticleHighlighter::overlay(qsizetype blockStart, qsizetype blockLength,
    const TextRange &range, const QTextCharFormat &format)
{
    const qsizetype start = std::max(range.start, blockStart);
    const qsizetype end = std::min(range.end, blockStart + blockLength);
    if (start >= end) {
        return;
    }
    // Keep what the lower layers set (a figure inside a quote keeps the quote's underline) and
    // add ours.
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
    // Quotes first, then the figures inside them, then the emphasis on top of all.
    for (const ClaimKind kind : {ClaimKind::Quote, ClaimKind::Figure}) {
        for (const ClaimMark &claim : std::as_const(m_marks)) {
            if (claim.range.start >= block.end) {
                break;
            }
            if (claim.kind != kind) {
                continue;
            }
            if (claim.range.overlaps(block)) {
                overlay(blockStart, blockLength, claim.range,
                    m_formats.value(formatKey(claim.kind, claim.state)));
            }
            if (claim.speaker.length() > 0 && claim.speaker.overlaps(block)) {
                overlay(blockStart, blockLength, claim.speaker, m_speakerFormat);
            }
        }
    }
    for (const ClaimMark &claim : std::as_const(m_marks)) {
        if (claim.range.start >= block.end) {
            break;
        }
        if (m_emphasised.contains(claim.claimId) && claim.range.overlaps(block)) {
            overlay(blockStart, blockLength, claim.range, m_emphasisFormat);
        }
    }
}

} // namespace factbench
