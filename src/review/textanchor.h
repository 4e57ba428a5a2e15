#pragma once

#include "article/textrange.h"

#include <QString>

#include <optional>

namespace factbench {

/// Places a passage again in a changed text by its exact words and the words around it, as
/// W3C Web Annotation's TextQuoteSelector does (exact + prefix + suffix).
class TextAnchor
{
public:
    /// How many characters of context on each side decide between repeated passages.
    static constexpr qsizetype contextLength = 32;

    TextAnchor() = default;
    /// The anchor of `range` in `text`.
    TextAnchor(const QString &text, const TextRange &range);
    /// An anchor with no context: it places only where the exact words occur once.
    explicit TextAnchor(const QString &exact);
    /// An anchor kept without its text (an orphaned claim): its words and their context.
    TextAnchor(const QString &exact, const QString &prefix, const QString &suffix);

    QString exact() const { return m_exact; }
    QString prefix() const { return m_prefix; }
    QString suffix() const { return m_suffix; }

    /// Where the passage is in `text`: the occurrence of the exact words whose context matches
    /// best, the one nearest the old position on a tie; nothing when the words are gone.
    std::optional<TextRange> locate(const QString &text) const;

private:
    QString m_exact;
    QString m_prefix;
    QString m_suffix;
    /// Where the passage was, relative to the old text's length, for ties.
    double m_relativePosition = 0;
};

} // namespace factbench
