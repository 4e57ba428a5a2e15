#include "article.h"

#include <algorithm>

namespace factbench {

bool Article::isBoilerplate(qsizetype position) const
{
    return std::any_of(boilerplate.cbegin(), boilerplate.cend(),
        [position](const TextRange &range) { return range.contains(position); });
}

bool Article::overlapsBoilerplate(const TextRange &range) const
{
    return std::any_of(boilerplate.cbegin(), boilerplate.cend(),
        [&range](const TextRange &furniture) { return furniture.overlaps(range); });
}

} // namespace factbench
