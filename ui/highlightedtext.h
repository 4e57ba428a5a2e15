#pragma once

#include <QString>

class QPlainTextEdit;
class QSyntaxHighlighter;

namespace factbench {

/// Replaces the text of `view`, whose document `highlighter` colours.
///
/// KSyntaxHighlighting's SyntaxHighlighter queues a rehighlightBlock() of the next block each
/// time a block ends in another state than before; after a new definition or theme, that is
/// nearly every block. The queued calls hold QTextBlock handles into the text being replaced,
/// and run afterwards they read freed fragments (a crash in QTextBlock::position()). So they are
/// dropped first: the new text is highlighted in full as it goes in.
void setHighlightedText(QPlainTextEdit *view, QSyntaxHighlighter *highlighter, const QString &text);

} // namespace factbench
