#include "englishwords.h"

#include "tokenizer.h"
#include "wordset.h"

namespace factbench::EnglishWords {

namespace {

bool contains(const WordSet &set, QStringView word)
{
    return set.contains(word);
}

// word.endsWith(suffix, Qt::CaseInsensitive), answered without a call into Qt for ASCII.
bool endsWithIgnoringCase(QStringView word, QLatin1StringView suffix)
{
    return word.size() >= suffix.size() && equalsIgnoringCase(word.last(suffix.size()), suffix);
}

// word.endsWith(u"'s") || word.endsWith(u"\u2019s"): a possessive.
bool endsWithApostropheS(QStringView word)
{
    return word.size() >= 2 && word.back() == u's'
        && (word[word.size() - 2] == u'\'' || word[word.size() - 2] == u'\u2019');
}

} // namespace

bool isFunctionWord(QStringView lowerWord)
{
    static const WordSet words
        = WordSet(u"the a an this that these those its their his her our my your of in on "
                  u"at to from by for with without into onto over under across through "
                  u"during after before since until till about around against between "
                  u"among per via toward towards within near off out up down amid despite "
                  u"and or but nor so yet than as while when where if because although "
                  u"though whereas is are was were be been being am has have had do does "
                  u"did will would shall should can could may might must who which what "
                  u"whom whose it they he she we you i them him us also only just still "
                  u"even already more less most least not no each every all both either "
                  u"neither some any many much few several other another such too very "
                  u"ago later earlier respectively apiece altogether alone here there "
                  u"then now said says told say including like unlike plus minus times am "
                  u"pm ahead behind away back again instead whether ");
    return contains(words, lowerWord);
}

bool isPluralNoun(QStringView lowerWord)
{
    static const WordSet irregular
        = WordSet(u"people men women children police staff personnel troops cattle feet "
                  u"teeth mice geese data media criteria phenomena aircraft sheep fish "
                  u"deer livestock infantry clergy militia offspring ");
    static const WordSet notPlural
        = WordSet(u"this its his has was is does always perhaps across thus whereas "
                  u"besides news series species less unless yes plus bus gas alias chaos "
                  u"canvas atlas bias lens us various previous serious famous nervous "
                  u"numerous anonymous obvious dangerous enormous tremendous ours yours "
                  u"hers theirs afterwards towards sometimes nevertheless analysis crisis "
                  u"basis thesis status virus campus census bonus focus consensus corpus "
                  u"stimulus tennis physics politics debris means headquarters economics "
                  u"mathematics overseas whilst amidst ");
    if (lowerWord.size() < 3) {
        return false;
    }
    if (contains(irregular, lowerWord)) {
        return true;
    }
    if (!endsWithIgnoringCase(lowerWord, QLatin1StringView("s"))
        || endsWithIgnoringCase(lowerWord, QLatin1StringView("ss"))
        || endsWithIgnoringCase(lowerWord, QLatin1StringView("ous"))
        || endsWithApostropheS(lowerWord)) {
        return false;
    }
    return !contains(notPlural, lowerWord);
}

bool isPastVerb(QStringView lowerWord)
{
    static const WordSet irregular
        = WordSet(u"hit hurt shot struck sent taken took held built lost left found made "
                  u"brought caught fell fallen cut put set spent sold bought paid won "
                  u"beaten beat seen saw met given gave done gone went kept led rose "
                  u"risen grew grown drawn thrown flown slain stolen broken destroyed "
                  u"overrun quit run ran shut spread hidden born dead missing wounded ");
    if (lowerWord.size() >= 5 && endsWithIgnoringCase(lowerWord, QLatin1StringView("ed"))) {
        static const WordSet notVerbs
            = WordSet(u"hundred need speed seed bed red shed breed feed creed indeed kindred "
                      u"sacred naked ");
        return !contains(notVerbs, lowerWord);
    }
    return contains(irregular, lowerWord);
}

bool isSayingVerb(QStringView lowerWord)
{
    static const WordSet words
        = WordSet(u"said says say told tells added adds stated states reported reports "
                  u"announced announces estimated estimates confirmed confirms wrote "
                  u"writes claimed claims warned warns noted explained insisted declared "
                  u"revealed disclosed posted tweeted ");
    return contains(words, lowerWord);
}

bool isPronoun(QStringView lowerWord)
{
    static const WordSet words(u"he she it they we i you who which that this there");
    return contains(words, lowerWord);
}

} // namespace factbench::EnglishWords
