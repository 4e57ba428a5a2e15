#pragma once

#include <QSpan>
#include <QStringView>
#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <utility>

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

    /// Looks for `units` (at most Capacity of them), for every code unit from `atLeast` up
    /// when it is not 0, and for every one below `below`.
    explicit CharacterSearch(QSpan<const char16_t> units, char16_t atLeast = 0, char16_t below = 0)
        : m_count(std::min(units.size(), Capacity))
        , m_atLeast(atLeast)
        , m_below(below)
    {
        for (qsizetype k = 0; k < m_count; ++k) {
            m_units[k] = units[k];
#if defined(__SSE2__)
            m_wanted[k] = _mm_set1_epi16(short(units[k]));
#endif
        }
#if defined(__SSE2__)
        // Without atLeast no unit is above 0xFFFF; without `below` its comparison is masked off.
        m_belowAtLeast = _mm_set1_epi16(short(atLeast != 0 ? atLeast - 1 : 0xFFFF));
        m_lastBelow = _mm_set1_epi16(short(below != 0 ? below - 1 : 0));
        m_belowWanted = _mm_set1_epi16(short(below != 0 ? -1 : 0));
#endif
    }

    bool matches(char16_t u) const
    {
        if ((m_atLeast != 0 && u >= m_atLeast) || u < m_below) {
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
        return dispatch<Position::Anywhere>(text, from);
    }

    /// Like next(), but skips the characters right after an ASCII letter or digit: the speaker
    /// resolver wants the initials of words, and most occurrences of a letter are inside one.
    /// A character after any other character (a space, a letter beyond ASCII) is found.
    qsizetype nextAfterNonAlphanumeric(QStringView text, qsizetype from) const
    {
        return dispatch<Position::AfterNonAlphanumeric>(text, from);
    }

private:
    enum class Position { Anywhere, AfterNonAlphanumeric };

    static bool isAsciiAlphanumeric(char16_t u)
    {
        return unsigned((u | 0x20) - u'a') < 26u || unsigned(u - u'0') < 10u;
    }

    template<Position Where>
    qsizetype dispatch(QStringView text, qsizetype from) const
    {
        // Searches for a few letters compare with no range at all.
        return m_atLeast != 0 || m_below != 0 ? dispatch<Where, Ranges::Used>(text, from)
                                              : dispatch<Where, Ranges::Unused>(text, from);
    }

    enum class Ranges { Used, Unused };

    template<Position Where, Ranges Range>
    qsizetype dispatch(QStringView text, qsizetype from) const
    {
        switch (m_count) { // the comparisons unrolled for each number of units
        case 0:
            return scan<0, Where, Range>(text, from);
        case 1:
            return scan<1, Where, Range>(text, from);
        case 2:
            return scan<2, Where, Range>(text, from);
        case 3:
            return scan<3, Where, Range>(text, from);
        case 4:
            return scan<4, Where, Range>(text, from);
        case 5:
            return scan<5, Where, Range>(text, from);
        case 6:
            return scan<6, Where, Range>(text, from);
        case 7:
            return scan<7, Where, Range>(text, from);
        default:
            return scan<8, Where, Range>(text, from);
        }
    }

    template<qsizetype Count, Position Where, Ranges Range>
    qsizetype scan(QStringView text, qsizetype from) const
    {
        const char16_t *data = text.utf16();
        const qsizetype size = text.size();
        qsizetype i = from;
        if constexpr (Where == Position::AfterNonAlphanumeric) {
            if (i == 0 && size > 0 && matches(data[0])) {
                return 0; // nothing before the first character
            }
            i = std::max<qsizetype>(i, 1); // from here on data[i - 1] exists
        }
#if defined(__SSE2__)
        [[maybe_unused]] const __m128i zero = _mm_setzero_si128();
        for (; i + 8 <= size; i += 8) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            __m128i hits = wantedAmong(units, std::make_index_sequence<Count>());
            if constexpr (Range == Ranges::Used) {
                // Saturating subtraction leaves 0 exactly for the units at most what is
                // subtracted: those below atLeast (cleared) and those below `below` (kept).
                hits = _mm_or_si128(hits,
                    _mm_andnot_si128(_mm_cmpeq_epi16(_mm_subs_epu16(units, m_belowAtLeast), zero),
                        _mm_set1_epi16(-1)));
                hits = _mm_or_si128(hits,
                    _mm_and_si128(
                        _mm_cmpeq_epi16(_mm_subs_epu16(units, m_lastBelow), zero), m_belowWanted));
            }
            if constexpr (Where == Position::AfterNonAlphanumeric) {
                // The same tests as endOfAsciiRun(), on the characters one position back.
                const __m128i before
                    = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i - 1));
                const __m128i letters = _mm_cmpeq_epi16(
                    _mm_subs_epu16(_mm_sub_epi16(_mm_or_si128(before, _mm_set1_epi16(0x20)),
                                       _mm_set1_epi16(short(u'a'))),
                        _mm_set1_epi16(25)),
                    zero);
                const __m128i digits = _mm_cmpeq_epi16(
                    _mm_subs_epu16(
                        _mm_sub_epi16(before, _mm_set1_epi16(short(u'0'))), _mm_set1_epi16(9)),
                    zero);
                hits = _mm_andnot_si128(_mm_or_si128(letters, digits), hits);
            }
            if (const int mask = _mm_movemask_epi8(hits)) {
                return i + qCountTrailingZeroBits(quint32(mask)) / 2;
            }
        }
#endif
        for (; i < size; ++i) {
            if (matches(data[i])
                && (Where == Position::Anywhere || !isAsciiAlphanumeric(data[i - 1]))) {
                return i;
            }
        }
        return -1;
    }

#if defined(__SSE2__)
    // The units equal to one looked for, all comparisons written out: the compiler does not
    // unroll a loop over them, and the loop cost more than the comparisons.
    template<std::size_t... K>
    __m128i wantedAmong([[maybe_unused]] __m128i units, std::index_sequence<K...>) const
    {
        __m128i hits = _mm_setzero_si128();
        ((hits = _mm_or_si128(hits, _mm_cmpeq_epi16(units, m_wanted[K]))), ...);
        return hits;
    }

    __m128i m_wanted[Capacity];
    __m128i m_belowAtLeast; // atLeast - 1
    __m128i m_lastBelow; // below - 1
    __m128i m_belowWanted; // all ones when there is a `below`
#endif
    std::array<char16_t, Capacity> m_units {};
    qsizetype m_count;
    char16_t m_atLeast;
    char16_t m_below;
};

enum class AsciiRun { Letters, LettersAndDigits };

/// Where the run of ASCII letters (and digits) from `i` ends, at most at `end`: the
/// tokenizers read most of a text's characters here, eight at a time with SSE2.
inline qsizetype endOfAsciiRun(const char16_t *data, qsizetype i, qsizetype end, AsciiRun run)
{
    auto inRun = [run](char16_t u) {
        return unsigned((u | 0x20) - u'a') < 26u
            || (run == AsciiRun::LettersAndDigits && unsigned(u - u'0') < 10u);
    };
#if defined(__SSE2__)
    const __m128i lowerCase = _mm_set1_epi16(0x20);
    const __m128i a = _mm_set1_epi16(short(u'a'));
    const __m128i zeroDigit = _mm_set1_epi16(short(u'0'));
    const __m128i lastLetter = _mm_set1_epi16(25);
    const __m128i lastDigit = _mm_set1_epi16(9);
    const __m128i zero = _mm_setzero_si128();
    for (; i + 8 <= end; i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        // (u | 0x20) - 'a' is at most 25 exactly for letters, u - '0' at most 9 for digits:
        // subtracting that bound with saturation leaves 0 for them.
        const __m128i letters = _mm_cmpeq_epi16(
            _mm_subs_epu16(_mm_sub_epi16(_mm_or_si128(units, lowerCase), a), lastLetter), zero);
        __m128i inside = letters;
        if (run == AsciiRun::LettersAndDigits) {
            inside = _mm_or_si128(inside,
                _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(units, zeroDigit), lastDigit), zero));
        }
        const quint32 mask = quint32(_mm_movemask_epi8(inside));
        if (mask != 0xFFFF) {
            return i + qCountTrailingZeroBits(~mask) / 2;
        }
    }
#endif
    while (i < end && inRun(data[i])) {
        ++i;
    }
    return i;
}

} // namespace factbench
