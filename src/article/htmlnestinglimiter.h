#pragma once

#include <QByteArray>

namespace factbench {

/// Caps how deeply the elements of an HTML page nest before gumbo parses it: gumbo's tree
/// builder searches the stack of open elements for every start tag, so 100,000 nested <div>s
/// take minutes. Tags beyond the cap are blanked with spaces; their text stays, and every byte
/// keeps its offset.
class HtmlNestingLimiter
{
public:
    static constexpr int DefaultMaximumDepth = 512;

    /// Returns the number of tags blanked (0 for any ordinary page). Linear in the page size.
    static qsizetype limit(QByteArray &html, int maximumDepth = DefaultMaximumDepth);
};

} // namespace factbench
