#include "wordoccurrences.h"

#include "speakerwords.h"

#include "charactersearch.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <limits>

namespace factbench {

namespace {

// Where `needle` next occurs: the search for its first character is vectorised by Qt, which
// makes this several times faster than a general substring search on long texts.
qsizetype find(QStringView text, QStringView needle, qsizetype from)
{
    const QChar first = needle.front();
    for (qsizetype at = text.indexOf(first, from); at >= 0; at = text.indexOf(first, at + 1)) {
        if (text.sliced(at).startsWith(needle)) {
            return at;
        }
    }
    return -1;
}

bool isWordChar(QChar c)
{
    return SpeakerWords::isWordChar(c);
}

// Whether the word found at [start, end) stands alone: "Trump" in "Trump’s", not in "Trumpet".
bool isWholeWord(QStringView text, qsizetype start, qsizetype end)
{
    return (start == 0 || !isWordChar(text[start - 1]))
        && (end == text.size() || !isWordChar(text[end]));
}

// A word that only a whole run of word characters can equal: then its whole-word occurrences
// are exactly the runs that spell it, and no two of them overlap.
bool isPlainWord(const WordOccurrences::Word &word)
{
    return !word.text.isEmpty() && word.wholeLength == word.text.size()
        && std::all_of(word.text.cbegin(), word.text.cend(), isWordChar);
}

// Whether each UTF-16 code unit is a word character, by table: the pass reads every
// character of the text, and Qt's Unicode tables cost a call per character.
const std::array<bool, 0x10000> &wordUnits()
{
    static const std::array<bool, 0x10000> table = [] {
        std::array<bool, 0x10000> units {};
        for (char32_t u = 0; u < 0x10000; ++u) {
            units[u] = isWordChar(QChar(u));
        }
        return units;
    }();
    return table;
}

} // namespace

WordOccurrences::WordOccurrences(QStringView text, const QList<Word> &words)
    : m_positions(words.size())
{
    // Plain words are looked up for every run of word characters in one pass over the text;
    // the others are searched for one by one.
    //
    // The distinct plain words with their indices in `words`, and for each ASCII first
    // character (all others at [128]) which of them start with it: the runs looked up mostly
    // spell a word, and comparing them with the one or two words of their initial costs less
    // than hashing them.
    struct Plain
    {
        QStringView text;
        QVarLengthArray<qsizetype, 2> indices;
    };
    QList<Plain> plain;
    std::array<QVarLengthArray<qsizetype, 2>, 129> plainByInitial;
    qsizetype shortest = std::numeric_limits<qsizetype>::max();
    qsizetype longest = 0;
    // For each ASCII first character, and at [128] for all others, the lengths of the words
    // that start with it: bit n for length n, bit 63 for any longer. Most runs that start with
    // an initial have no word's length and are not looked up.
    std::array<quint64, 129> lengthsByInitial {};
    auto lengthBit = [](qsizetype length) { return quint64(1) << std::min<qsizetype>(length, 63); };
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString &word = words[w].text;
        if (isPlainWord(words[w])) {
            auto &sameInitial = plainByInitial[std::min<char16_t>(word.front().unicode(), 128)];
            qsizetype found = -1;
            for (const qsizetype p : sameInitial) {
                found = plain[p].text == word ? p : found;
            }
            if (found < 0) {
                found = plain.size();
                sameInitial.append(found);
                plain.append({word, {}});
            }
            plain[found].indices.append(w);
            shortest = std::min(shortest, word.size());
            longest = std::max(longest, word.size());
            lengthsByInitial[std::min<char16_t>(word.front().unicode(), 128)]
                |= lengthBit(word.size());
        } else if (!word.isEmpty()) {
            for (qsizetype at = find(text, word, 0); at >= 0;
                 at = find(text, word, at + word.size())) {
                if (isWholeWord(text, at, at + words[w].wholeLength)) {
                    m_positions[w].append(at);
                }
            }
        }
    }
    if (plain.isEmpty()) {
        return;
    }
    QVarLengthArray<char16_t, CharacterSearch::Capacity> distinctInitials;
    for (qsizetype u = 0; u < 128; ++u) {
        if (lengthsByInitial[u]) {
            distinctInitials.append(char16_t(u));
        }
    }
    const char16_t *const begin = text.utf16();
    const char16_t *const end = begin + text.size();
    auto lookUp = [&](qsizetype start, qsizetype length) {
        const QStringView run = text.sliced(start, length);
        for (const qsizetype p : plainByInitial[std::min<char16_t>(run.front().unicode(), 128)]) {
            if (plain[p].text == run) {
                for (const qsizetype w : plain[p].indices) {
                    m_positions[w].append(start);
                }
                return;
            }
        }
    };
    if (!lengthsByInitial[128] && distinctInitials.size() <= CharacterSearch::Capacity) {
        // Few initials (the usual handful of names): only the runs that start with one of them
        // are read, found eight characters at a time. The search already passes over the
        // initials inside runs of ASCII letters, by far the commonest place of a letter.
        const CharacterSearch search(distinctInitials);
        for (qsizetype at = search.nextAfterNonAlphanumeric(text, 0); at >= 0;
             at = search.nextAfterNonAlphanumeric(text, at + 1)) {
            if (at > 0 && isWordChar(text[at - 1])) {
                continue; // inside a run
            }
            // The run from the initial, read no further than one character past the longest
            // word: its ASCII letters and digits eight at a time, the rest one by one.
            const qsizetype stop = std::min(text.size(), at + longest + 1);
            qsizetype q = at + 1;
            for (;;) {
                q = endOfAsciiRun(begin, q, stop, AsciiRun::LettersAndDigits);
                if (q == stop || !isWordChar(text[q])) {
                    break;
                }
                ++q;
            }
            const char16_t *const p = begin + q;
            const qsizetype length = q - at;
            if (length >= shortest && length <= longest
                && (lengthsByInitial[text[at].unicode()] & lengthBit(length))
                && (p == end || !isWordChar(QChar(*p)))) {
                lookUp(at, length);
            }
        }
        return;
    }
    const std::array<bool, 0x10000> &isWordUnit = wordUnits();
    const char16_t *p = begin;
    while (p != end) {
        if (!isWordUnit[*p]) {
            ++p;
            continue;
        }
        const char16_t *const start = p;
        do {
            ++p;
        } while (p != end && isWordUnit[*p]);
        const qsizetype length = p - start;
        if (length >= shortest && length <= longest
            && (lengthsByInitial[std::min<char16_t>(*start, 128)] & lengthBit(length))) {
            lookUp(start - begin, length);
        }
    }
}

} // namespace factbench
