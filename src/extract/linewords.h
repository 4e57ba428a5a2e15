#pragma once

#include "charactersearch.h"
#include "speakerwords.h"

#include <QStringView>

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
};

} // namespace factbench
