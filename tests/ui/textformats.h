#pragma once

// Shared by the widget tests that look at what a highlighter did to a text.

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace factbench {

/// The format the highlighter gave the character at `position` (the last range covering it).
inline QTextCharFormat formatAt(const QTextDocument *document, qsizetype position)
{
    const QTextBlock block = document->findBlock(int(position));
    const int inBlock = int(position) - block.position();
    QTextCharFormat found;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length) {
            found = range.format;
        }
    }
    return found;
}

inline QTextCharFormat formatAt(const QPlainTextEdit *view, qsizetype position)
{
    return formatAt(view->document(), position);
}

} // namespace factbench
