#pragma once

#include <QStringView>

namespace factbench {

/// Calls `visit(paragraph, offset)` for every line of `text` (without its newline), where
/// `offset` is the line's index in `text`. The extractors and detectors all read an article
/// one line at a time, so that work stays local and linear.
template<typename Visit>
void forEachParagraph(QStringView text, Visit &&visit)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            end = text.size();
        }
        visit(text.mid(start, end - start), start);
        start = end + 1;
    }
}

} // namespace factbench
