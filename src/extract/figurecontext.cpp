#include "figurecontext.h"

#include "englishwords.h"
#include "gluedwords.h"
#include "lowerword.h"
#include "wordset.h"

#include <QVarLengthArray>

namespace factbench {

namespace {

LowerWord lower(const TokenView &tokens, qsizetype i)
{
    return LowerWord(tokens.text(i));
}

bool isAdverb(QStringView word)
{
    return word.size() > 4 && word.endsWith(QLatin1String("ly")) && word != u"family"
        && word != u"supply" && word != u"assembly" && word != u"rally" && word != u"ally";
}

/// Whether the number at `numberFirst` counts a part of the total its noun phrase names
/// ("72 out of the 550 drones", "half of the drones"): an "of" stands between them.
bool isPartOfTotal(const TokenView &tokens, qsizetype numberFirst, const CountedNoun &noun)
{
    for (qsizetype i = numberFirst + 1; i < noun.firstToken; ++i) {
        if (tokens.is(i, QLatin1StringView("of"))) {
            return true;
        }
    }
    return false;
}

// "drones" and "launched" make the concept "drones launched", written in one allocation.
QString conceptOf(const QString &counted, QStringView verb)
{
    QString joined;
    joined.reserve(counted.size() + 1 + verb.size());
    joined.append(counted).append(QLatin1Char(' ')).append(verb);
    return joined;
}

} // namespace

Qualifier FigureContext::qualifierBefore(
    const TokenView &tokens, qsizetype first, qsizetype sentenceFirst, qsizetype *qualifierStart)
{
    *qualifierStart = first;
    auto word = [&](qsizetype back) {
        const qsizetype i = first - back;
        return LowerWord(i >= sentenceFirst && tokens.isWord(i) ? tokens.text(i) : QStringView());
    };
    const LowerWord lower1 = word(1);
    const LowerWord lower2 = word(2);
    const LowerWord lower3 = word(3);
    const QStringView w1 = lower1.view();
    const QStringView w2 = lower2.view();
    const QStringView w3 = lower3.view();
    auto found = [&](qsizetype back, Qualifier qualifier) {
        *qualifierStart = first - back;
        return qualifier;
    };
    // Three words, then two, then one: the longest phrase wins.
    if ((w3 == u"no" && w2 == u"fewer" && w1 == u"than")
        || (w3 == u"no" && w2 == u"less" && w1 == u"than")) {
        return found(3, Qualifier::AtLeast);
    }
    if ((w3 == u"no" && w2 == u"more" && w1 == u"than")
        || (w3 == u"as" && w2 == u"many" && w1 == u"as")
        || (w3 == u"as" && w2 == u"much" && w1 == u"as")) {
        return found(3, Qualifier::AtMost);
    }
    if (w3 == u"in" && w2 == u"excess" && w1 == u"of") {
        return found(3, Qualifier::MoreThan);
    }
    if (w2 == u"at" && w1 == u"least") {
        return found(2, Qualifier::AtLeast);
    }
    if (w2 == u"at" && w1 == u"most") {
        return found(2, Qualifier::AtMost);
    }
    if ((w2 == u"more" || w2 == u"greater" || w2 == u"higher" || w2 == u"larger")
        && w1 == u"than") {
        return found(2, Qualifier::MoreThan);
    }
    if ((w2 == u"fewer" || w2 == u"less" || w2 == u"lower") && w1 == u"than") {
        return found(2, Qualifier::LessThan);
    }
    if (w2 == u"up" && w1 == u"to") {
        return found(2, Qualifier::AtMost);
    }
    if ((w2 == u"close" && w1 == u"to") || (w2 == u"upwards" && w1 == u"of")
        || (w2 == u"an" && w1 == u"estimated") || (w2 == u"just" && w1 == u"over")
        || (w2 == u"just" && w1 == u"under")) {
        if (w1 == u"over") {
            return found(2, Qualifier::MoreThan);
        }
        if (w1 == u"under") {
            return found(2, Qualifier::LessThan);
        }
        return found(2, w2 == u"upwards" ? Qualifier::MoreThan : Qualifier::Approximately);
    }
    if (w1 == u"over" || w1 == u"above" || w1 == u"exceeding" || w1 == u"beyond") {
        return found(1, Qualifier::MoreThan);
    }
    if (w1 == u"under" || w1 == u"below") {
        return found(1, Qualifier::LessThan);
    }
    if (w1 == u"nearly" || w1 == u"almost" || w1 == u"about" || w1 == u"around"
        || w1 == u"approximately" || w1 == u"roughly" || w1 == u"some" || w1 == u"estimated"
        || w1 == u"circa" || w1 == u"approx" || w1 == u"nearing") {
        return found(1, Qualifier::Approximately);
    }
    return Qualifier::Equal;
}

QString FigureContext::singularOf(QStringView word)
{
    // Compared as written (lower case), like every test below: a short list, read in full.
    static constexpr std::pair<QLatin1StringView, QLatin1StringView> Irregular[] = {
        {QLatin1StringView("people"), QLatin1StringView("person")},
        {QLatin1StringView("men"), QLatin1StringView("man")},
        {QLatin1StringView("women"), QLatin1StringView("woman")},
        {QLatin1StringView("children"), QLatin1StringView("child")},
        {QLatin1StringView("feet"), QLatin1StringView("foot")},
        {QLatin1StringView("teeth"), QLatin1StringView("tooth")},
        {QLatin1StringView("mice"), QLatin1StringView("mouse")},
        {QLatin1StringView("geese"), QLatin1StringView("goose")},
        {QLatin1StringView("data"), QLatin1StringView("datum")},
        {QLatin1StringView("media"), QLatin1StringView("medium")},
        {QLatin1StringView("police"), QLatin1StringView("police officer")},
        {QLatin1StringView("troops"), QLatin1StringView("troop")},
    };
    for (const auto &[plural, singular] : Irregular) {
        if (word.size() == plural.size() && word == plural) {
            return singular;
        }
    }
    if (!EnglishWords::isPluralNoun(word)) {
        return word.toString();
    }
    auto endsWith = [&word](QLatin1StringView suffix) {
        return word.size() >= suffix.size() && word.last(suffix.size()) == suffix;
    };
    if (endsWith(QLatin1StringView("ies")) && word.size() > 4) {
        return word.chopped(3).toString() + QLatin1Char('y');
    }
    static constexpr QLatin1StringView Sibilants[]
        = {QLatin1StringView("sses"), QLatin1StringView("ches"), QLatin1StringView("shes"),
            QLatin1StringView("xes"), QLatin1StringView("zes")};
    for (const QLatin1StringView suffix : Sibilants) {
        if (endsWith(suffix)) {
            return word.chopped(2).toString();
        }
    }
    if (endsWith(QLatin1StringView("ves")) && word.size() > 4) {
        // "lives" -> "life", "wolves" -> "wolf"; "drives" stays "drive".
        if (word == QLatin1StringView("lives") || word == QLatin1StringView("wives")
            || word == QLatin1StringView("knives")) {
            return word.chopped(3).toString() + QLatin1StringView("fe");
        }
    }
    return (word.endsWith(u's') ? word.chopped(1) : word).toString();
}

CountedNoun FigureContext::countedAt(
    const TokenView &tokens, qsizetype from, qsizetype sentenceLast, bool plural)
{
    CountedNoun noun;
    QVarLengthArray<qsizetype, 8> run;
    // Where the last word of the run splits when its head is glued to the next word, else 0.
    qsizetype gluedHead = 0;
    qsizetype i = from;
    while (i <= sentenceLast && run.size() < 5) {
        if (!tokens.isWord(i)) {
            // "air-defence systems": a hyphen inside a compound keeps the phrase going.
            if (tokens.isSymbol(i, u'-') && tokens.glued(i) && tokens.isWord(i + 1)
                && tokens.glued(i + 1) && !run.isEmpty()) {
                ++i;
                continue;
            }
            break;
        }
        const LowerWord lowerWord = lower(tokens, i);
        const QStringView word = lowerWord.view();
        if (EnglishWords::isFunctionWord(word) || isAdverb(word)) {
            break;
        }
        // "550 dronespenetrating air defences": page scraping glued the noun to the next word.
        if (plural && word.size() >= GluedWords::ShortestGlued
            && !EnglishWords::isPluralNoun(word)) {
            const qsizetype point = GluedWords::splitPoint(word);
            if (point > 0 && EnglishWords::isPluralNoun(word.first(point))) {
                run.append(i);
                gluedHead = point;
                break;
            }
        }
        // "-ing" words modify a noun that follows ("public housing properties"); otherwise,
        // like past participles, they start the verb phrase after the noun.
        const bool modifier = word.endsWith(QLatin1String("ing")) && tokens.isWord(i + 1)
            && !EnglishWords::isFunctionWord(lower(tokens, i + 1).view());
        const bool verbLike
            = EnglishWords::isPastVerb(word) || (word.endsWith(QLatin1String("ing")) && !modifier);
        if (!run.isEmpty() && verbLike && !EnglishWords::isPluralNoun(word)) {
            break;
        }
        run.append(i);
        ++i;
        if (plural && EnglishWords::isPluralNoun(word)) {
            break; // the first plural is the head: "drones evaded", "people injured"
        }
    }
    if (run.isEmpty()) {
        return noun;
    }
    // The head is the run's last word: with `plural`, the run ends at its first plural.
    const qsizetype head = run.last();
    noun.firstToken = run.first();
    noun.headToken = head;
    noun.lastToken = head;
    if (gluedHead) {
        // The rest of the word is the next word: neither a second noun nor "of" follows.
        noun.counted = tokens.text(head).first(gluedHead).toString();
        noun.singular = singularOf(LowerWord(noun.counted).view());
        return noun;
    }
    noun.counted = tokens.text(head).toString();

    // Coordination: "drones and missiles", "schools and kindergartens", "cruise and ballistic
    // missiles". A number or determiner after "and" starts another phrase instead.
    const qsizetype conj = head + 1;
    if (conj <= sentenceLast
        && (tokens.is(conj, QLatin1StringView("and"))
            || tokens.is(conj, QLatin1StringView("or")))) {
        const bool headIsNoun = EnglishWords::isPluralNoun(lower(tokens, head).view()) || !plural;
        for (qsizetype k = conj + 1; k <= sentenceLast && k <= conj + 3; ++k) {
            if (!tokens.isWord(k)) {
                break;
            }
            const LowerWord lowerWord = lower(tokens, k);
            const QStringView word = lowerWord.view();
            if (EnglishWords::isFunctionWord(word) || isAdverb(word)
                || EnglishWords::isPastVerb(word) || word.endsWith(QLatin1String("ing"))) {
                break; // "locations and falling debris": a new clause, not a second noun
            }
            if (EnglishWords::isPluralNoun(word)) {
                if (headIsNoun && plural
                    && EnglishWords::isPluralNoun(lower(tokens, head).view())) {
                    noun.counted = tokens.span(head, k).toString();
                } else {
                    noun.counted = tokens.text(k).toString();
                }
                noun.headToken = k;
                noun.lastToken = k;
                break;
            }
        }
    }
    // "barrels of oil", "categories of products": a measure of a bare noun.
    if (tokens.is(noun.lastToken + 1, QLatin1StringView("of")) && noun.lastToken + 2 <= sentenceLast
        && tokens.isWord(noun.lastToken + 2)) {
        const LowerWord lowerNext = lower(tokens, noun.lastToken + 2);
        const QStringView next = lowerNext.view();
        if (!EnglishWords::isFunctionWord(next) && !isAdverb(next)
            && !EnglishWords::isPastVerb(next) && !tokens.isCapitalized(noun.lastToken + 2)) {
            noun.counted = tokens.span(noun.headToken, noun.lastToken + 2).toString();
            noun.lastToken += 2;
        }
    }
    noun.singular = singularOf(lower(tokens, noun.headToken).view());
    return noun;
}

QString FigureContext::conceptFor(const TokenView &tokens, const CountedNoun &noun,
    qsizetype numberFirst, qsizetype sentenceFirst, qsizetype sentenceLast)
{
    if (!noun.found()) {
        return {};
    }
    static const WordSet auxiliaries(u"were was have had has been being are is be got reportedly "
                                     u"also still later successfully");
    // A part of a total ("72 out of the 550 drones launched by Russia evaded air defences"):
    // a participle with its agent after the noun describes the total, and the verb of the
    // clause is the part's.
    if (isPartOfTotal(tokens, numberFirst, noun)) {
        static const WordSet clauseOpeners(u"by from at on in into over against");
        const qsizetype participle = noun.lastToken + 1;
        if (participle + 1 <= sentenceLast && tokens.isWord(participle)
            && tokens.isWord(participle + 1)
            && EnglishWords::isPastVerb(lower(tokens, participle).view())
            && clauseOpeners.contains(lower(tokens, participle + 1).view())) {
            for (qsizetype i = participle + 2; i <= sentenceLast && i <= participle + 6; ++i) {
                if (!tokens.isWord(i)) {
                    break;
                }
                const LowerWord lowerWord = lower(tokens, i);
                const QStringView word = lowerWord.view();
                if (EnglishWords::isPastVerb(word) && !auxiliaries.contains(word)) {
                    return conceptOf(noun.counted, word);
                }
            }
        }
    }
    // After the noun: "people were injured", "drones evaded".
    for (qsizetype i = noun.lastToken + 1; i <= sentenceLast && i <= noun.lastToken + 4; ++i) {
        if (!tokens.isWord(i)) {
            break;
        }
        const LowerWord lowerWord = lower(tokens, i);
        const QStringView word = lowerWord.view();
        if (auxiliaries.contains(word)) {
            continue;
        }
        if (EnglishWords::isPastVerb(word)) {
            return conceptOf(noun.counted, word);
        }
        break;
    }
    // Before the number: "Russia launched over 500 drones", "downed 268 of the drones".
    for (qsizetype i = numberFirst - 1; i >= sentenceFirst && i >= numberFirst - 6; --i) {
        if (!tokens.isWord(i)) {
            if (tokens.isSymbol(i, u'$') || tokens.isSymbol(i, u'€') || tokens.isSymbol(i, u'£')) {
                continue;
            }
            break;
        }
        const LowerWord lowerWord = lower(tokens, i);
        const QStringView word = lowerWord.view();
        if (EnglishWords::isPastVerb(word) && !EnglishWords::isSayingVerb(word)) {
            return conceptOf(noun.counted, word);
        }
        if (EnglishWords::isSayingVerb(word)) {
            break;
        }
    }
    return noun.counted;
}

QString FigureContext::attributionIn(
    const TokenView &tokens, qsizetype sentenceFirst, qsizetype sentenceLast)
{
    auto phraseFrom = [&](qsizetype start, int direction) -> QString {
        // The run of words from `start` in `direction` up to punctuation, at most 7 words.
        qsizetype a = start;
        qsizetype b = start;
        for (qsizetype i = start;
             i >= sentenceFirst && i <= sentenceLast && std::abs(i - start) < 7; i += direction) {
            if (!tokens.isWord(i)) {
                break;
            }
            const LowerWord lowerWord = lower(tokens, i);
            const QStringView word = lowerWord.view();
            if (direction < 0
                && (word == u"and" || word == u"but" || word == u"which" || word == u"that")) {
                break;
            }
            if (direction > 0
                && (word == u"that" || word == u"on" || word == u"in" || word == u"late"
                    || word == u"early" || word == u"last")) {
                break;
            }
            (direction < 0 ? a : b) = i;
        }
        if (!tokens.isWord(start)) {
            return {};
        }
        const QString phrase = tokens.span(a, b).toString();
        return phrase;
    };
    // "It also confirmed", "They said": a pronoun names nobody.
    // Its first word is lowered as QString::toLower() would, without copying the phrase.
    const auto startsWithPronoun = [](const QString &phrase) {
        const qsizetype space = phrase.indexOf(QLatin1Char(' '));
        const LowerWord first(QStringView(phrase).first(space < 0 ? phrase.size() : space));
        return EnglishWords::isPronoun(first.view());
    };
    for (qsizetype i = sentenceFirst; i < sentenceLast; ++i) {
        if (tokens.is(i, QLatin1StringView("according"))
            && tokens.is(i + 1, QLatin1StringView("to"))) {
            return phraseFrom(i + 2, +1);
        }
    }
    for (qsizetype i = sentenceFirst; i <= sentenceLast; ++i) {
        if (!tokens.isWord(i) || !EnglishWords::isSayingVerb(tokens.text(i))) {
            continue;
        }
        // "X said", then "said X".
        if (i - 1 >= sentenceFirst && tokens.isWord(i - 1)) {
            const QString subject = phraseFrom(i - 1, -1);
            if (!subject.isEmpty() && !startsWithPronoun(subject)) {
                return subject;
            }
            // "It also confirmed a bleak record": with a pronoun for its subject, the words
            // after the verb are its object, not an inverted subject.
            if (!subject.isEmpty()) {
                continue;
            }
        }
        if (i + 1 <= sentenceLast && tokens.isWord(i + 1)) {
            const QString subject = phraseFrom(i + 1, +1);
            const LowerWord lowerFirst = lower(tokens, i + 1);
            const QStringView first = lowerFirst.view();
            if (!subject.isEmpty() && !EnglishWords::isPronoun(first) && first != u"on"
                && first != u"in" && first != u"it" && first != u"that") {
                return subject;
            }
        }
    }
    return {};
}

} // namespace factbench
