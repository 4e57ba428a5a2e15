#pragma once

#include "quotescanner.h"
#include "sentenceboundaries.h"
#include "speakerphrase.h"

#include <QList>
#include <QStringView>

namespace factbench {

/// Finds who a quote's own sentence says spoke it: "according to X", a reporting clause that
/// ends the sentence ("..., the Kremlin said."), the clause right after the quote ("," Trump
/// said), or the nearest speech verb before it and that verb's subject. Names are not resolved
/// here: "he", "Trump" and "the Ukrainian president" come back as written.
class QuoteAttribution
{
public:
    /// One attribution per span of `spans` (sorted by position, all in `text`).
    static QList<Attribution> attribute(
        QStringView text, const QList<QuoteSpan> &spans, SentenceBoundaries &sentences);
};

} // namespace factbench
