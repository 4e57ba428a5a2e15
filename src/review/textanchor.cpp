#include "textanchor.h"

#include <cmath>

namespace factbench {

namespace {

// Occurrences looked at: enough for any article, bounded for a hostile one.
constexpr int maximumOccurrences = 10000;

qsizetype commonSuffixLength(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n]) {
        ++n;
    }
    return n;
}

qsizetype commonPrefixLength(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) {
        ++n;
    }
    return n;
}

} // namespace

TextAnchor::TextAnchor(const QString &text, const TextRange &range)
{
    const qsizetype start = std::clamp<qsizetype>(range.start, 0, text.size());
    const qsizetype end = std::clamp<qsizetype>(range.end, start, text.size());
    m_exact = text.mid(start, end - start);
    const qsizetype prefixStart = std::max<qsizetype>(0, start - contextLength);
    m_prefix = text.mid(prefixStart, start - prefixStart);
    m_suffix = text.mid(end, contextLength);
    m_relativePosition = text.isEmpty() ? 0 : double(start) / double(text.size());
}

TextAnchor::TextAnchor(const QString &exact)
    : m_exact(exact)
{ }

TextAnchor::TextAnchor(const QString &exact, const QString &prefix, const QString &suffix)
    : m_exact(exact)
    , m_prefix(prefix)
    , m_suffix(suffix)
{ }

std::optional<TextRange> TextAnchor::locate(const QString &text) const
{
    if (m_exact.isEmpty()) {
        return std::nullopt;
    }
    const bool hasContext = !m_prefix.isEmpty() || !m_suffix.isEmpty();
    const double oldPosition = m_relativePosition * double(text.size());
    std::optional<TextRange> best;
    qsizetype bestScore = -1;
    double bestDistance = 0;
    int occurrences = 0;
    for (qsizetype at = text.indexOf(m_exact); at >= 0 && occurrences < maximumOccurrences;
         at = text.indexOf(m_exact, at + 1)) {
        ++occurrences;
        const qsizetype end = at + m_exact.size();
        const qsizetype score = commonSuffixLength(m_prefix, QStringView(text).left(at))
            + commonPrefixLength(m_suffix, QStringView(text).mid(end));
        const double distance = std::abs(double(at) - oldPosition);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = TextRange {at, end};
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (!hasContext && occurrences > 1) {
        // Without context a repeated passage could be any of them: better orphaned than wrong.
        return std::nullopt;
    }
    return best;
}

} // namespace factbench
