#pragma once

#include "article/textoffsets.h"
#include "article/textrange.h"

#include <QString>

namespace factbench {

/// Where a claim sits in its article, in the forms a fact sheet cites it: the sentence around it,
/// a link to that sentence, and W3C Web Annotation's selectors (code points, not UTF-16).
class SourcePassage
{
public:
    /// Longest passage quoted whole; a longer sentence is cut around the claim.
    static constexpr qsizetype maximumLength = 320;
    /// Context each side of a TextQuoteSelector's exact words, in code points.
    static constexpr qsizetype contextCodePoints = 32;

    /// `offsets` must be of `text`; `range` is in UTF-16 indices.
    SourcePassage(const QString &text, const TextOffsets &offsets, const TextRange &range);

    /// The sentence (or sentences) holding the claim, with "…" where it was cut.
    QString passage() const { return m_passage; }
    qsizetype start() const { return m_start; }
    qsizetype end() const { return m_end; }
    QString exact() const { return m_exact; }
    QString prefix() const { return m_prefix; }
    QString suffix() const { return m_suffix; }

    /// `url` with a text fragment (`#:~:text=start,end`) that scrolls a browser to the passage;
    /// empty unless `url` is http or https.
    QString link(const QString &url) const;
    /// Whether `url` may be given to a reader as a link: http, https, nothing that runs code.
    static bool isWebUrl(const QString &url);

private:
    QString m_passage;
    /// The passage's words as they stand in the text (no "…"), for the text fragment.
    QString m_fragmentText;
    qsizetype m_start = 0;
    qsizetype m_end = 0;
    QString m_exact;
    QString m_prefix;
    QString m_suffix;
};

} // namespace factbench
