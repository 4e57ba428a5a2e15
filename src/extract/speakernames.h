#pragma once

#include "claims.h"

#include <QList>

namespace factbench {

/// One person, one name across a run of articles: spelling variants (Zelensky, Zelenskiy,
/// Zelenskyy) and short forms ("Trump", "Mr Trump") become one canonical name.
class SpeakerNames
{
public:
    /// Rewrites every quote's speaker in `extractions` to its canonical name.
    static void unify(QList<Extraction> &extractions);
};

} // namespace factbench
