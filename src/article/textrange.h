#pragma once

#include <QList>
#include <QtGlobal>

namespace factbench {

/// A half-open range [start, end) of UTF-16 indices into an article's text.
struct TextRange
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool contains(qsizetype position) const { return position >= start && position < end; }
    bool overlaps(const TextRange &other) const { return start < other.end && other.start < end; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

using TextRanges = QList<TextRange>;

} // namespace factbench
