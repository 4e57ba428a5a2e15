#pragma once

#include <QSpan>
#include <QStringView>
#include <QtAlgorithms>

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace factbench {

/// Finds the next character of a text that is one of a few code units, or at least a given
/// one: the quote scanner and the speaker resolver look for a handful of characters among all
/// the characters of an article, and with SSE2 (every x86-64 processor) eight of them are
/// compared at once, as Qt's own QStringView::indexOf() does for one.
class CharacterSearch
{
public:
    static constexpr qsizetype Capacity = 8;

    /// Looks for `units` (at most Capacity of them) and, when `atLeast` is not 0, for every
    /// code unit from `atLeast` up.
    explicit CharacterSearch(QSpan<const char16_t> units, char16_t atLeast = 0)
        : m_count(std::min(units.size(), Capacity))
        , m_atLeast(atLeast)
    {
        for (qsizetype k = 0; k < m_count; ++k) {
            m_units[k] = units[k];
#if defined(__SSE2__)
            m_wanted[k] = _mm_set1_epi16(short(units[k]));
#endif
        }
#if defined(__SSE2__)
        // u >= atLeast exactly when subtracting atLeast - 1 with saturation leaves more than 0.
        m_below = _mm_set1_epi16(short(atLeast - 1));
#endif
    }

    bool matches(char16_t u) const
    {
        if (m_atLeast != 0 && u >= m_atLeast) {
            return true;
        }
        for (qsizetype k = 0; k < m_count; ++k) {
            if (u == m_units[k]) {
                return true;
            }
        }
        return false;
    }

    /// The first position from `from` on holding a character looked for, or -1.
    qsizetype next(QStringView text, qsizetype from) const
    {
        const char16_t *data = text.utf16();
        const qsizetype size = text.size();
        qsizetype i = from;
#if defined(__SSE2__)
        const __m128i zero = _mm_setzero_si128();
        for (; i + 8 <= size; i += 8) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            __m128i hits = m_atLeast != 0
                ? _mm_andnot_si128(
                    _mm_cmpeq_epi16(_mm_subs_epu16(units, m_below), zero), _mm_set1_epi16(-1))
                : zero;
            for (qsizetype k = 0; k < m_count; ++k) {
                hits = _mm_or_si128(hits, _mm_cmpeq_epi16(units, m_wanted[k]));
            }
            if (const int mask = _mm_movemask_epi8(hits)) {
                return i + qCountTrailingZeroBits(quint32(mask)) / 2;
            }
        }
#endif
        for (; i < size; ++i) {
            if (matches(data[i])) {
                return i;
            }
        }
        return -1;
    }

private:
#if defined(__SSE2__)
    __m128i m_wanted[Capacity];
    __m128i m_below;
#endif
    std::array<char16_t, Capacity> m_units {};
    qsizetype m_count;
    char16_t m_atLeast;
};

} // namespace factbench
