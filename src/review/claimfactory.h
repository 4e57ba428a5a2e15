#pragma once

#include "projectdata.h"

namespace factbench {

/// Makes project claims out of what the extractor found.
class ClaimFactory
{
public:
    static Claim fromFigure(const QString &id, const ProjectArticle &article, const Figure &figure);
    static Claim fromQuote(const QString &id, const ProjectArticle &article, const Quote &quote);
    /// A claim the editor marked by hand; a figure takes the values the extractor reads in the
    /// selection, if any, else a number in it, else 0 for the editor to correct.
    static Claim fromSelection(
        const QString &id, const ProjectArticle &article, const TextRange &range, ClaimKind kind);
    /// The text between `range`'s bounds, or an empty string when they fall outside.
    static QString textAt(const QString &text, const TextRange &range);
};

} // namespace factbench
