#pragma once

#include <QStringView>

#include <utility>

namespace factbench {

/// Judges one line of article text on its own: is it page furniture, and of which kind.
class FurnitureLine
{
public:
    enum class Kind {
        None, ///< Not furniture by itself (it may still be, in context).
        Prompt, ///< Share, subscribe, comment, rate, cookie, search and similar prompts.
        Credit, ///< A whole-line photo credit ("Photo: Jane Doe", "AFP/Getty Images").
        Date, ///< A line that only dates the page ("Fri, 04 Jul 2025 17:09:07 GMT").
        Counter, ///< A lone number or count ("0", "12 comments", "3 min read").
        Navigation, ///< Menu words, breadcrumbs, section labels, pipes and symbols.
        Copyright, ///< "© 2024 ...", "All rights reserved".
        RelatedHeading, ///< "More on ...", "Related", "Read more": a list of other stories follows.
    };

    static Kind classify(QStringView line);
    static bool isFurniture(QStringView line) { return classify(line) != Kind::None; }

    /// True for a short label with no digits and no sentence ending ("Diverging Reports
    /// Breakdown"): furniture when it stands next to furniture, a subheading otherwise.
    static bool isShortLabel(QStringView line);
    /// True for a line shaped like a headline: capitalised, at most 20 words, no final period.
    static bool isHeadlineLike(QStringView line);
    /// True when the line holds nothing but a date or time, with separators and a zone.
    static bool isDateLine(QStringView line);

    /// Where a line ends with a photo credit after its caption ("... 4 July 2025. Photo: State
    /// Emergency Service"), the index the credit starts at; -1 otherwise.
    static qsizetype creditTailStart(QStringView line);
    /// The [start, end) of an agency credit in parentheses ("(Reuters)", "(AP Photo/Jane Doe)")
    /// at or after `from`; start is -1 when there is none.
    static std::pair<qsizetype, qsizetype> parentheticalCredit(QStringView line, qsizetype from);

    /// Words of a line: runs of letters, digits and word punctuation between spaces, and in
    /// scripts written without spaces (Chinese, Japanese, Thai ...) one for every two letters.
    static qsizetype wordCount(QStringView line);
};

} // namespace factbench
