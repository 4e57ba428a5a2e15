#pragma once

#include "factsheetwriter.h"

#include <QJsonArray>

namespace factbench {

/// The fact sheet as schema.org ClaimReview JSON-LD, the markup fact-checkers publish for
/// search engines: one review per reviewed fact of the sheet (confirmed, and disputed when the
/// scope holds them; a proposal or a rejection is no review), with the claim, where it
/// appeared, the verdict as the rating's `alternateName`, the editor and the date.
class ClaimReviewWriter : public FactSheetWriter
{
public:
    /// Google's guidance: keep `claimReviewed` under 75 characters.
    static constexpr qsizetype maximumClaimLength = 74;

    QByteArray write(const FactSheet &sheet) const override;
    static QJsonArray reviews(const FactSheet &sheet);
    /// The claim in a short line: "homes flooded: 340, more than 300 or 360", or
    /// "Elena Marsh: “We have never seen …”", cut at a word under the limit (code points).
    static QString claimReviewed(const FactSheetEntry &entry);
    static bool isReview(const FactSheetEntry &entry);
};

} // namespace factbench
