#pragma once

#include <QList>
#include <QSpan>
#include <QString>
#include <QStringView>

namespace factbench {

/// What the words naming a quote's speaker refer to, before names are resolved across the article.
struct Attribution
{
    enum class Kind {
        None, ///< nobody is named, or only someone anonymous ("officials said")
        Person, ///< a name with titles dropped: "Ihor Klymenko", "Trump"
        Institution, ///< "Kremlin", "TASS", "Russia’s defence ministry"
        Pronoun, ///< "he", "she", "it" (lower case)
        Role, ///< a person named by role only: "ukrainian president" (lower case)
    };
    Kind kind = Kind::None;
    QString phrase;

    bool isValid() const { return kind != Kind::None; }
    friend bool operator==(const Attribution &, const Attribution &) = default;
};

/// Reads a noun phrase that names a speaker: drops titles, roles and possessives from a person's
/// name ("Ukraine's Foreign Minister Andrii Sybiha" is "Andrii Sybiha") and tells people from
/// institutions, pronouns and roles.
class SpeakerPhrase
{
public:
    /// The phrase `words` (in text order, punctuation removed) as an attribution.
    static Attribution classify(QSpan<const QStringView> words);
    /// A person's name from a run of capitalised words, titles dropped ("US President Donald
    /// Trump" is "Donald Trump", "Mr Trump" is "Trump"); empty when only titles remain.
    static QString personName(QSpan<const QStringView> run);
    /// Where the words of personName(run) start in `run`, or run.size() when only titles
    /// remain: the speaker resolver tests a name's words before it spells the name.
    static qsizetype nameStart(QSpan<const QStringView> run);
    /// The name made of `words` (a run from its nameStart() on): personName() of the run.
    static QString spelledName(QSpan<const QStringView> words);
    /// Whether spelledName(words) names an institution (SpeakerWords::isInstitutionName()),
    /// answered without spelling it: the speaker resolver drops most names it finds this way.
    static bool spellsInstitution(QSpan<const QStringView> words);
};

} // namespace factbench
