#pragma once

#include "claims.h"
#include "tokenizer.h"

namespace factbench {

/// The noun a figure counts, found after it.
struct CountedNoun
{
    QString counted; ///< as written: "drones", "drones and missiles"
    QString singular; ///< the head's singular: "drone", "missile", "person"
    qsizetype firstToken = -1; ///< where the noun phrase starts (after the number)
    qsizetype headToken = -1; ///< the head noun; -1 when none was found
    qsizetype lastToken = -1; ///< the phrase's last token
    bool found() const { return headToken >= 0; }
};

/// Reads the words around a number: its qualifier, the noun it counts, the action that
/// governs it and the source the sentence names. Shallow rules over closed word classes,
/// in place of a tagger: fast, deterministic and explainable.
class FigureContext
{
public:
    /// The qualifier written before token `first` ("at least", "more than", "nearly"), and
    /// where it starts (`first` when there is none).
    static Qualifier qualifierBefore(const TokenView &tokens, qsizetype first,
        qsizetype sentenceFirst, qsizetype *qualifierStart);
    /// The noun phrase that starts at token `from` and what it counts. `plural` says whether
    /// the number is other than one.
    static CountedNoun countedAt(
        const TokenView &tokens, qsizetype from, qsizetype sentenceLast, bool plural);
    /// "drones launched", "people injured": the counted noun with the verb that governs it.
    static QString conceptFor(const TokenView &tokens, const CountedNoun &noun,
        qsizetype numberFirst, qsizetype sentenceFirst, qsizetype sentenceLast);
    /// Who the sentence says the figure comes from: "according to X", "X said", "said X".
    static QString attributionIn(
        const TokenView &tokens, qsizetype sentenceFirst, qsizetype sentenceLast);
    /// The singular of a plural noun: "drones" -> "drone", "people" -> "person".
    static QString singularOf(QStringView lowerWord);
};

} // namespace factbench
