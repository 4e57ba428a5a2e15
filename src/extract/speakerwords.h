#pragma once

#include <QSpan>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace factbench {

/// The small English lexicon of attribution: speech verbs, titles and roles dropped from names,
/// institution nouns, and the function words that end a name. Every lookup takes any case.
class SpeakerWords
{
public:
    /// "said", "told", "adding", "warned", ...
    static bool isSpeechVerb(QStringView word);
    /// Speech verbs that are also common nouns ("calls", "reports"): they need a clear speaker.
    static bool isNounLikeVerb(QStringView word);
    /// Titles, roles and honorifics written before a name ("President", "Minister", "Mr").
    static bool isTitle(QStringView word);
    /// Nouns that stand for a person in a role ("the president", "a spokesman").
    static bool isRoleNoun(QStringView word);
    /// Nouns that make a phrase an institution ("Kremlin", "ministry", "air force").
    static bool isInstitutionWord(QStringView word);
    /// Nouns for what someone said ("Trump's remarks"), whose owner is the speaker.
    static bool isSpeechNoun(QStringView word);
    /// Words that may stand between a subject and its verb ("has", "also", "later", "firmly").
    static bool isAdverbOrAuxiliary(QStringView word);
    /// Function words that never belong to a name ("the", "however", "after", "which").
    static bool isStopWord(QStringView word);
    /// Articles and possessive determiners ("the", "a", "its").
    static bool isDeterminer(QStringView word);
    /// Lower-case words inside a name ("of" in "Minister of Foreign Affairs", "bin", "van").
    static bool isNameConnector(QStringView word);
    /// Abbreviations whose period ends no sentence ("Mr.", "Gen.").
    static bool isAbbreviation(QStringView word);
    /// Plural nouns for unnamed sources ("officials", "witnesses"): they name no speaker.
    static bool isAnonymousSource(QStringView word);
    /// "he", "she", "it", ...
    static bool isPronoun(QStringView word);

    /// A letter, digit or combining mark; ASCII is answered without the Unicode tables, since
    /// this runs on every character the quote extractor reads.
    static bool isWordChar(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        }
        return c.isLetterOrNumber() || c.isMark();
    }
    /// Where the word starting at `start` ends (at most at `limit`): letters and digits, joined
    /// by apostrophes, hyphens and periods ("Ukraine’s", "Trump-Putin", "U.S").
    static qsizetype wordEnd(QStringView text, qsizetype start, qsizetype limit)
    {
        // Inline, the quote tokenizer reads most words without a call: a run of ASCII letters
        // and digits ended by ASCII that joins nothing (a space, a comma). The rest of the
        // word, if any, is read where wordEndFrom() reads every word after such a run.
        const char16_t *data = text.utf16();
        qsizetype j = start + 1;
        while (j < limit && isAsciiLetterOrDigit(data[j])) {
            ++j;
        }
        if (j >= limit || !mayContinueWord(data[j])) {
            return j;
        }
        return wordEndFrom(text, j, limit);
    }
    /// Whether a word may go on past this character, which ends a run of ASCII letters and
    /// digits: a joiner (apostrophe, hyphen, period) or any character beyond ASCII. Every other
    /// ASCII character ends the word.
    static bool mayContinueWord(char16_t u)
    {
        return u >= 0x80 || u == u'\'' || u == u'-' || u == u'.';
    }
    /// An ASCII letter or digit, one comparison each: (u | 0x20) - 'a' and u - '0' wrap around
    /// below their ranges.
    static bool isAsciiLetterOrDigit(char16_t u)
    {
        return unsigned((u | 0x20) - u'a') < 26u || unsigned(u - u'0') < 10u;
    }
    /// The word that ends at `end` and starts after a space (no more than 40 characters back),
    /// whole as wordEnd() reads it; empty when punctuation comes first.
    static QStringView wordBefore(QStringView text, qsizetype end);
    /// True when the word starts with an upper-case letter.
    static bool isCapitalised(QStringView word);
    /// "Ukraine’s" -> "Ukraine"; other words unchanged.
    static QStringView withoutPossessive(QStringView word)
    {
        return isPossessive(word) ? word.chopped(2) : word;
    }
    /// Ends in "’s", "'s" or "’S" after at least one other character.
    static bool isPossessive(QStringView word)
    {
        if (word.size() <= 2) {
            return false;
        }
        const char16_t apostrophe = word[word.size() - 2].unicode();
        const char16_t s = word.back().unicode();
        return (apostrophe == u'\u2019' && (s == u's' || s == u'S'))
            || (apostrophe == u'\'' && s == u's');
    }
    /// True when a speaker name is an institution rather than a person ("Kremlin", "TASS",
    /// "Russia’s defence ministry").
    static bool isInstitutionName(const QString &name);
    /// isInstitutionName() of the name these words spell with a space between (none empty):
    /// the speaker resolver asks before it spells the name.
    static bool isInstitutionName(QSpan<const QStringView> words);

private:
    /// wordEnd() from `j`, at the end of a run of ASCII letters and digits.
    static qsizetype wordEndFrom(QStringView text, qsizetype j, qsizetype limit);
};

} // namespace factbench
