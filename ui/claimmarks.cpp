#include "claimmarks.h"

#include "review/project.h"

namespace factbench {

namespace {

bool isWordBoundary(const QString &text, qsizetype at)
{
    return at < 0 || at >= text.size() || !text.at(at).isLetterOrNumber();
}

/// The occurrences of `word` as a whole word in text[from, to).
QList<TextRange> wordOccurrences(
    const QString &text, const QString &word, qsizetype from, qsizetype to)
{
    QList<TextRange> found;
    for (qsizetype at = text.indexOf(word, from); at >= 0 && at + word.size() <= to;
         at = text.indexOf(word, at + 1)) {
        if (isWordBoundary(text, at - 1) && isWordBoundary(text, at + word.size())) {
            found.append({at, at + word.size()});
        }
    }
    return found;
}

} // namespace

ReviewState ClaimMarks::stateOf(FactStatus status, bool divergent)
{
    switch (status) {
    case FactStatus::Confirmed:
        return ReviewState::Confirmed;
    case FactStatus::Rejected:
        return ReviewState::Rejected;
    case FactStatus::Disputed:
        return ReviewState::Disputed;
    case FactStatus::Proposed:
        break;
    }
    return divergent ? ReviewState::Divergent : ReviewState::Proposed;
}

TextRange ClaimMarks::speakerNear(
    const QString &text, const TextRange &quote, const QString &speaker)
{
    if (speaker.isEmpty()) {
        return {};
    }
    // The paragraph around the quote: attribution rarely crosses a blank line.
    qsizetype from = text.lastIndexOf(QLatin1String("\n\n"), quote.start);
    from = from < 0 ? 0 : from + 2;
    qsizetype to = text.indexOf(QLatin1String("\n\n"), quote.end);
    to = to < 0 ? text.size() : to;
    // The whole name first, then the surname ("Mr Okafor", "Okafor said").
    const QString surname = speaker.section(QLatin1Char(' '), -1);
    for (const QString &name : {speaker, surname}) {
        TextRange best;
        qsizetype bestDistance = -1;
        for (const TextRange &range : wordOccurrences(text, name, from, to)) {
            if (range.overlaps(quote)) {
                continue;
            }
            const qsizetype distance
                = range.end <= quote.start ? quote.start - range.end : range.start - quote.end;
            if (bestDistance < 0 || distance < bestDistance) {
                best = range;
                bestDistance = distance;
            }
        }
        if (bestDistance >= 0) {
            return best;
        }
    }
    return {};
}

QHash<QString, QList<ClaimMark>> ClaimMarks::of(const Project &project)
{
    QHash<QString, ReviewState> states;
    for (const ProjectFact &fact : project.facts()) {
        const ReviewState state = stateOf(fact.status, fact.divergent);
        for (const QString &member : fact.members) {
            states.insert(member, state);
        }
    }
    QHash<QString, const QString *> texts;
    for (const ProjectArticle &article : project.articles()) {
        texts.insert(article.id, &article.article.text);
    }
    QHash<QString, QList<ClaimMark>> marks;
    for (const Claim &claim : project.claims()) {
        const QString *text = texts.value(claim.articleId);
        if (claim.orphaned || !text) {
            continue;
        }
        ClaimMark mark {
            claim.id, claim.range, claim.kind, states.value(claim.id, ReviewState::Unlinked), {}};
        if (claim.kind == ClaimKind::Quote) {
            mark.speaker = speakerNear(*text, claim.range, claim.speaker());
        }
        marks[claim.articleId].append(mark);
    }
    return marks;
}

} // namespace factbench
