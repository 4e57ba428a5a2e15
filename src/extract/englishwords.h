#pragma once

#include <QStringView>

namespace factbench {

/// Small closed word classes of English that the extractors lean on instead of a tagger.
namespace EnglishWords {

/// Function words that end a noun phrase: determiners, prepositions, conjunctions,
/// auxiliaries, pronouns and the commonest adverbs.
bool isFunctionWord(QStringView lowerWord);
/// A plural noun by form ("drones", "people", "children"), not "this", "was" or "bus".
bool isPluralNoun(QStringView lowerWord);
/// A past participle or past tense by form ("launched", "hit", "shot").
bool isPastVerb(QStringView lowerWord);
/// Verbs that introduce reported speech or a source ("said", "told", "reported").
bool isSayingVerb(QStringView lowerWord);
/// Personal and relative pronouns ("he", "they", "who").
bool isPronoun(QStringView lowerWord);

} // namespace EnglishWords

} // namespace factbench
