#include "quoteattribution.h"

#include "lowerword.h"
#include "quotesentences.h"
#include "quotetokens.h"
#include "speakerwords.h"
#include "tokenizer.h"

#include <QVarLengthArray>

#include <utility>

namespace factbench {

namespace {

using TokenKind = QuoteTokens::Kind;
using Token = QuoteTokens::Token;
using Words = QVarLengthArray<QStringView, 8>; // a phrase's words: at most eight are read

// An attribution with where its words are: `first` is the phrase's first token, `verb` the
// speech verb's.
struct Found
{
    Attribution attribution;
    qsizetype first = -1;
    qsizetype verb = -1;
    bool subjectless = false;
};

/// One sentence around quotes, and the rules that read its attribution.
class Sentence
{
public:
    Sentence(QStringView text, const TextRange &range, const QList<QuoteSpan> &spans,
        qsizetype firstSpan)
        : m_text(text)
        , m_tokens(QuoteTokens::tokenize(text, range, spans, firstSpan))
        , m_verbs(m_tokens.size(), qint8(-1))
    {
        m_according = accordingTo().attribution;
        m_lastQuote = m_tokens.size() - 1;
        while (m_lastQuote >= 0 && m_tokens[m_lastQuote].kind != TokenKind::Quote) {
            --m_lastQuote;
        }
        m_afterLastQuote = afterQuote(m_lastQuote);
        m_closing = closingClause().attribution;
    }

    QList<qsizetype> quoteTokens() const
    {
        QList<qsizetype> quotes;
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            if (m_tokens[i].kind == TokenKind::Quote) {
                quotes.append(i);
            }
        }
        return quotes;
    }

    Attribution attribute(qsizetype quote) const
    {
        if (m_according.isValid()) {
            return m_according;
        }
        if (m_closing.isValid()) {
            return m_closing;
        }
        // The closing clause already read what follows the last quote.
        if (const Found after = quote == m_lastQuote ? m_afterLastQuote : afterQuote(quote);
            after.attribution.isValid()) {
            return after.attribution;
        }
        bool sawVerb = false;
        for (qsizetype v = quote - 1; v >= 0; --v) {
            if (!isVerb(v)) {
                continue;
            }
            sawVerb = true;
            const Found found = subjectOf(v);
            if (found.subjectless
                || (!found.attribution.isValid() && SpeakerWords::isNounLikeVerb(word(v)))) {
                continue; // "..., adding that": the subject is an earlier verb's
            }
            if (found.attribution.kind == Attribution::Kind::Pronoun) {
                return antecedent(v, found.attribution);
            }
            return found.attribution;
        }
        if (sawVerb) {
            return sentenceSubject().attribution;
        }
        for (qsizetype v = quote + 1; v < m_tokens.size(); ++v) {
            if (isVerb(v)) {
                const Found found = subjectOf(v);
                if (found.attribution.isValid()) {
                    return found.attribution;
                }
            }
        }
        return {};
    }

private:
    bool isWord(qsizetype i) const
    {
        return i >= 0 && i < m_tokens.size() && m_tokens[i].kind == TokenKind::Word;
    }
    bool is(qsizetype i, TokenKind kind) const
    {
        return i >= 0 && i < m_tokens.size() && m_tokens[i].kind == kind;
    }
    QStringView word(qsizetype i) const
    {
        return m_text.mid(m_tokens[i].start, m_tokens[i].end - m_tokens[i].start);
    }
    bool isVerb(qsizetype i) const
    {
        if (!isWord(i)) {
            return false;
        }
        // The rules ask about the same words again for every quote of the sentence.
        qint8 &known = m_verbs[i];
        if (known < 0) {
            known = !SpeakerWords::isCapitalised(word(i)) && SpeakerWords::isSpeechVerb(word(i));
        }
        return known;
    }
    // "of" between two words of a name ("Minister of Foreign Affairs").
    bool isConnector(qsizetype i) const
    {
        return isWord(i) && SpeakerWords::isNameConnector(word(i)) && isWord(i - 1) && isWord(i + 1)
            && SpeakerWords::isCapitalised(word(i + 1));
    }

    Found phrase(qsizetype from, QSpan<const QStringView> words) const
    {
        Found found;
        found.attribution = SpeakerPhrase::classify(words);
        found.first = from;
        return found;
    }

    // The noun phrase that ends at token `k`, read backwards: "Ukraine's Air Force", "he".
    Found phraseEndingAt(qsizetype k, qsizetype floor) const
    {
        Words words;
        qsizetype i = k;
        for (; i >= floor && isWord(i) && words.size() < 8; --i) {
            const QStringView w = word(i);
            if (SpeakerWords::isPronoun(w)) {
                if (words.isEmpty()) {
                    words.insert(words.cbegin(), w);
                    --i;
                }
                break;
            }
            if (isVerb(i) || SpeakerWords::isDeterminer(w)
                || (SpeakerWords::isStopWord(w) && !isConnector(i))) {
                break;
            }
            words.insert(words.cbegin(), w);
        }
        return phrase(i + 1, words);
    }

    // The noun phrase that starts at token `k`: "said Oleh Zakharchuk", "said the Kremlin".
    // A lenient phrase runs on over lower-case words ("according to Russian state media TASS").
    Found phraseStartingAt(qsizetype k, bool lenient) const
    {
        while (isWord(k) && SpeakerWords::isAdverbOrAuxiliary(word(k))) {
            ++k;
        }
        Words words;
        for (qsizetype i = k; isWord(i) && words.size() < 8; ++i) {
            const QStringView w = word(i);
            if (words.isEmpty() && SpeakerWords::isDeterminer(w)) {
                continue;
            }
            if (SpeakerWords::isPronoun(w)) {
                if (words.isEmpty()) {
                    words.append(w);
                }
                break;
            }
            if (isVerb(i) || (SpeakerWords::isStopWord(w) && !isConnector(i))) {
                break;
            }
            if (!lenient && !words.isEmpty() && SpeakerWords::isCapitalised(words.last())
                && !SpeakerWords::isCapitalised(w) && !isConnector(i)) {
                break; // the name is over: "said Zelensky during a briefing"
            }
            words.append(w);
        }
        return phrase(k, words);
    }

    // "The ministry confirmed ... in what it called": a pronoun's referent may be the
    // subject of an earlier speech verb in the same sentence.
    Attribution antecedent(qsizetype verb, const Attribution &pronoun) const
    {
        const bool neuter = pronoun.phrase == u"it";
        if (!neuter && pronoun.phrase != u"he" && pronoun.phrase != u"she") {
            return pronoun;
        }
        for (qsizetype v = verb - 1; v >= 0; --v) {
            if (!isVerb(v)) {
                continue;
            }
            const Attribution earlier = subjectOf(v).attribution;
            if (neuter ? earlier.kind == Attribution::Kind::Institution
                       : (earlier.kind == Attribution::Kind::Person
                           || earlier.kind == Attribution::Kind::Role)) {
                return earlier;
            }
        }
        return pronoun;
    }

    // "Oleh Zakharchuk, deputy commander of the western air command said": a role after a
    // name and a comma describes the name, whose closing comma the writer left out.
    qsizetype appositiveName(qsizetype k, qsizetype floor) const
    {
        qsizetype comma = k;
        while (comma >= floor && isWord(comma) && k - comma < 12) {
            --comma;
        }
        if (!is(comma, TokenKind::Comma) || SpeakerWords::isCapitalised(word(comma + 1))
            || !isWord(comma - 1) || !SpeakerWords::isCapitalised(word(comma - 1))) {
            return -1;
        }
        for (qsizetype i = comma + 1; i <= k; ++i) {
            if (SpeakerWords::isTitle(word(i)) || SpeakerWords::isRoleNoun(word(i))) {
                return comma - 1;
            }
        }
        return -1;
    }

    // Who does the speech verb at `verb`: the phrase before it, past adverbs ("has also said")
    // and an appositive ("Vitaliy Sarantsev, a spokesperson for ..., told"), or after it when
    // the verb follows a quote ("“...,” said Oleh Zakharchuk").
    Found subjectBefore(qsizetype verb, qsizetype floor) const
    {
        Found subjectless;
        subjectless.subjectless = true;
        qsizetype k = verb - 1;
        while (k >= floor && isWord(k) && SpeakerWords::isAdverbOrAuxiliary(word(k))) {
            --k;
        }
        if (k < floor) {
            return subjectless;
        }
        if (is(k, TokenKind::Quote)) {
            Found found = phraseStartingAt(verb + 1, false);
            found.subjectless = !found.attribution.isValid();
            return found;
        }
        if (is(k, TokenKind::Comma)) {
            qsizetype p = k - 1;
            while (p >= floor && isWord(p)) {
                --p;
            }
            if (p == k - 1) {
                return subjectless;
            }
            const QStringView first = word(p + 1);
            const bool aside = !SpeakerWords::isCapitalised(first)
                || SpeakerWords::isDeterminer(first) || SpeakerWords::isStopWord(first);
            if (aside && is(p, TokenKind::Comma)) {
                Found found = phraseEndingAt(p - 1, floor); // past the appositive
                found.subjectless = !found.attribution.isValid();
                return found;
            }
            bool name = k - 1 - p <= 5;
            for (qsizetype i = p + 1; i < k && name; ++i) {
                name = SpeakerWords::isCapitalised(word(i)) || isConnector(i);
            }
            if (name) {
                return phraseEndingAt(k - 1, p + 1); // "Foreign Minister, Radosław Sikorski, said"
            }
            return subjectless;
        }
        if (isWord(k)) {
            const LowerWord lower(word(k));
            const QStringView w = lower.view();
            if (w == u"and" || w == u"but" || w == u"or" || w == u"nor") {
                return subjectless;
            }
            const qsizetype name = appositiveName(k, floor);
            return phraseEndingAt(name >= 0 ? name : k, floor);
        }
        return subjectless;
    }

    // subjectBefore(verb, 0), found once: the rules of every quote in a sentence, and a
    // pronoun's search for its antecedent, ask about the same verbs again.
    Found subjectOf(qsizetype verb) const
    {
        for (const auto &[known, subject] : m_subjects) {
            if (known == verb) {
                return subject;
            }
        }
        m_subjects.append({verb, subjectBefore(verb, 0)});
        return m_subjects.back().second;
    }

    // The attribution that follows a quote directly: "," Trump said / ", said Zelensky.
    Found afterQuote(qsizetype quote) const
    {
        qsizetype k = quote + 1;
        if (is(k, TokenKind::Comma)) {
            ++k;
        }
        if (!isWord(k)) {
            return {};
        }
        if (isVerb(k)) {
            Found found = phraseStartingAt(k + 1, false);
            found.verb = k;
            return found;
        }
        for (qsizetype m = k + 1; m < m_tokens.size() && m < k + 16; ++m) {
            if (!isWord(m) && !is(m, TokenKind::Comma)) {
                break;
            }
            if (!isVerb(m)) {
                continue;
            }
            Found found = subjectBefore(m, k);
            for (qsizetype i = k; i < found.first && found.attribution.isValid(); ++i) {
                if (!isWord(i) || !SpeakerWords::isDeterminer(word(i))) {
                    return {}; // the verb belongs to a later clause
                }
            }
            found.verb = m;
            return found;
        }
        return {};
    }

    // "..., the Kremlin said." at the end of a sentence reports the whole sentence, every quote
    // in it included.
    Found closingClause() const
    {
        const Found &found = m_afterLastQuote;
        if (!found.attribution.isValid()) {
            return {};
        }
        qsizetype words = 0;
        for (qsizetype i = found.verb + 1; i < m_tokens.size(); ++i) {
            words += isWord(i);
            if (is(i, TokenKind::Quote) || words > 8) {
                return {};
            }
        }
        return found;
    }

    Found accordingTo() const
    {
        for (qsizetype i = 0; i + 2 < m_tokens.size(); ++i) {
            if (isWord(i) && isWord(i + 1)
                && equalsIgnoringCase(word(i), QLatin1StringView("according"))
                && equalsIgnoringCase(word(i + 1), QLatin1StringView("to"))) {
                const Found found = phraseStartingAt(i + 2, true);
                if (found.attribution.isValid()) {
                    return found;
                }
            }
        }
        return {};
    }

    // The sentence's subject, after an opening phrase ("Following his call with Putin, Trump
    // ..."): the speaker of verbs that have no subject of their own ("..., and said that").
    Found sentenceSubject() const
    {
        qsizetype k = 0;
        if (isWord(0)) {
            const QStringView first = word(0);
            if (SpeakerWords::isStopWord(first) || first.endsWith(u"ing")
                || first.endsWith(u"ed")) {
                for (qsizetype i = 1; i < m_tokens.size() && i < 16 && !isVerb(i); ++i) {
                    if (is(i, TokenKind::Comma)) {
                        k = i + 1;
                        break;
                    }
                }
            }
        }
        while (isWord(k) && SpeakerWords::isDeterminer(word(k))) {
            ++k;
        }
        Words words;
        qsizetype i = k;
        for (; isWord(i) && (SpeakerWords::isCapitalised(word(i)) || isConnector(i)); ++i) {
            words.append(word(i));
        }
        if (words.isEmpty() && isWord(k) && SpeakerWords::isPronoun(word(k))) {
            words.append(word(k));
        }
        // "Russia’s defence ministry", "Trump’s remarks": a head noun after the name.
        for (qsizetype j = i; j < i + 2 && isWord(j) && !words.isEmpty(); ++j) {
            const QStringView w = word(j);
            if (SpeakerWords::isInstitutionWord(w) || SpeakerWords::isRoleNoun(w)
                || SpeakerWords::isSpeechNoun(w)) {
                for (qsizetype h = i; h <= j; ++h) {
                    words.append(word(h));
                }
                break;
            }
        }
        return phrase(k, words);
    }

    QStringView m_text;
    QList<Token> m_tokens;
    mutable QVarLengthArray<qint8, 128> m_verbs; // isVerb() of each token: -1 until asked
    mutable QVarLengthArray<std::pair<qsizetype, Found>, 4> m_subjects; // subjectOf() by verb
    // The last quote's token and the attribution right after it, which the closing clause and
    // that quote's own rules both read.
    qsizetype m_lastQuote = -1;
    Found m_afterLastQuote;
    // Attributions that cover every quote of the sentence.
    Attribution m_according;
    Attribution m_closing;
};

} // namespace

QList<Attribution> QuoteAttribution::attribute(
    QStringView text, const QList<QuoteSpan> &spans, SentenceBoundaries &boundaries)
{
    const TextRanges sentences = QuoteSentences::around(text, spans, boundaries);
    QList<Attribution> result;
    result.reserve(spans.size());
    qsizetype i = 0;
    while (i < spans.size()) {
        qsizetype last = i;
        while (last + 1 < spans.size() && sentences[last + 1] == sentences[i]) {
            ++last;
        }
        const Sentence sentence(text, sentences[i], spans, i);
        const QList<qsizetype> quotes = sentence.quoteTokens();
        for (qsizetype k = i; k <= last; ++k) {
            const qsizetype token = k - i < quotes.size() ? quotes[k - i] : -1;
            result.append(token >= 0 ? sentence.attribute(token) : Attribution {});
        }
        i = last + 1;
    }
    return result;
}

} // namespace factbench
