#pragma once

#include "charactersearch.h"
#include "speakerwords.h"

#include <QStringView>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace factbench {

/// How many words a line has and how many of them are capitalised, as the speaker resolver asks
/// of the line around every mention of a quoted surname (a headline in title case names no one).
/// A word starts at a letter that no word character run already holds; ASCII is read without
/// Qt's Unicode tables, the inside of a word eight characters at a time.
class LineWords
{
public:
    struct Counts
    {
        int words = 0;
        int capitalised = 0;
    };

    static Counts count(QStringView line)
    {
        Counts counts;
        const char16_t *data = line.utf16();
        const qsizetype size = line.size();
        bool inWord = false;
        qsizetype i = 0;
        while (i < size) {
            const char16_t u = data[i];
            if (u >= 0x80) {
                const QChar c(u);
                const bool letter = c.isLetter();
                if (letter && !inWord) {
                    ++counts.words;
                    counts.capitalised += c.isUpper();
                }
                inWord = letter || (inWord && SpeakerWords::isWordChar(c));
                ++i;
            } else if (unsigned((u | 0x20) - u'a') < 26u) {
                if (!inWord) {
                    ++counts.words;
                    counts.capitalised += u <= u'Z';
                }
                // Letters and digits after a letter stay in its word.
                inWord = true;
                i = endOfAsciiRun(data, i + 1, size, AsciiRun::LettersAndDigits);
            } else {
                inWord = inWord && unsigned(u - u'0') < 10u; // digits go on a word, not start one
                ++i;
            }
        }
        return counts;
    }

    /// What count() would find, bounded from one cheap pass: at least the lower-case words
    /// after a space (each one a word not capitalised) and at most the capitals and characters
    /// beyond ASCII (among them the initial of every capitalised word).
    struct Bounds
    {
        int lowerCaseWordsAtLeast = 0;
        int capitalisedAtMost = 0;
    };

    /// The speaker resolver asks whether the line around a name is a headline in title case;
    /// the usual line is a paragraph of prose, whose lower-case words answer that it is not,
    /// read eight characters at a time with SSE2.
    static Bounds bounds(QStringView line)
    {
        Bounds bounds;
        const char16_t *data = line.utf16();
        const qsizetype size = line.size();
        auto add = [&](char16_t before, char16_t u) {
            bounds.lowerCaseWordsAtLeast += before == u' ' && unsigned(u - u'a') < 26u;
            bounds.capitalisedAtMost += unsigned(u - u'A') < 26u || u >= 0x80;
        };
        if (size == 0) {
            return bounds;
        }
        add(u' ', data[0]); // a word starts the line as after a space
        qsizetype i = 1;
#if defined(__SSE2__)
        const __m128i zero = _mm_setzero_si128();
        const __m128i space = _mm_set1_epi16(short(u' '));
        const __m128i lastLetter = _mm_set1_epi16(25);
        const __m128i lastAscii = _mm_set1_epi16(0x7F);
        // Per lane, how many of each were seen: subtracting a comparison's all-ones adds one.
        __m128i lowerAfterSpace = zero;
        __m128i capitals = zero;
        // At most 0x7FFF blocks between two sums, so that no lane overflows.
        qsizetype blocks = 0;
        auto sum = [&]() {
            alignas(16) qint16 lanes[16];
            _mm_store_si128(reinterpret_cast<__m128i *>(lanes), lowerAfterSpace);
            _mm_store_si128(reinterpret_cast<__m128i *>(lanes + 8), capitals);
            for (int k = 0; k < 8; ++k) {
                bounds.lowerCaseWordsAtLeast += lanes[k];
                bounds.capitalisedAtMost += lanes[k + 8];
            }
            lowerAfterSpace = zero;
            capitals = zero;
        };
        for (; i + 8 <= size; i += 8) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i - 1));
            // u - first (wrapping) is at most 25 exactly for the 26 letters from `first` on.
            const __m128i lower = _mm_cmpeq_epi16(
                _mm_subs_epu16(_mm_sub_epi16(units, _mm_set1_epi16(short(u'a'))), lastLetter),
                zero);
            const __m128i upper = _mm_cmpeq_epi16(
                _mm_subs_epu16(_mm_sub_epi16(units, _mm_set1_epi16(short(u'A'))), lastLetter),
                zero);
            const __m128i ascii = _mm_cmpeq_epi16(_mm_subs_epu16(units, lastAscii), zero);
            lowerAfterSpace = _mm_sub_epi16(
                lowerAfterSpace, _mm_and_si128(lower, _mm_cmpeq_epi16(before, space)));
            capitals = _mm_sub_epi16(
                capitals, _mm_or_si128(upper, _mm_andnot_si128(ascii, _mm_set1_epi16(-1))));
            if (++blocks == 0x7FFF) {
                sum();
                blocks = 0;
            }
        }
        sum();
#endif
        for (; i < size; ++i) {
            add(data[i - 1], data[i]);
        }
        return bounds;
    }
};

} // namespace factbench
