#pragma once

#include <QList>

namespace factbench {

/// One claim of a run: the article's index and the claim's index in that article's figures
/// or quotes.
struct ClaimRef
{
    int article = 0;
    int index = 0;
    friend bool operator==(const ClaimRef &, const ClaimRef &) = default;
};

using ClaimGroup = QList<ClaimRef>;

} // namespace factbench
