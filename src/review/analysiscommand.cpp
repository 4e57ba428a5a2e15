#include "analysiscommand.h"

#include "claimfactory.h"

#include <QSet>

namespace factbench {

namespace {

struct ClaimKey
{
    QString articleId;
    ClaimKind kind;
    qsizetype start;
    qsizetype end;
    friend bool operator==(const ClaimKey &, const ClaimKey &) = default;
};

size_t qHash(const ClaimKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.articleId, int(key.kind), key.start, key.end);
}

} // namespace

RerunAnalysisCommand::RerunAnalysisCommand(Project *project, const Analysis *analysis)
    : ProjectCommand(project, tr("Extract and link again"))
{
    for (const ProjectFact &fact : project->facts()) {
        if (fact.status != FactStatus::Proposed || fact.origin == Origin::Editor) {
            m_decidedClaims.unite(QSet<QString>(fact.members.cbegin(), fact.members.cend()));
        }
    }
    QList<Article> articles;
    for (const ProjectArticle &article : project->articles()) {
        articles.append(article.article);
    }
    const bool usable = analysis && analysis->isOf(articles);
    const Analysis computed = usable ? Analysis() : Analysis::of(articles);
    const Analysis &current = usable ? *analysis : computed;
    const QHash<QString, QString> claimIds = mergeClaims(current.extractions);
    proposeFacts(current.facts, claimIds);
    log(QStringLiteral("rerun-analysis"), {},
        tr("%n new claim(s)", nullptr, m_newClaims) + QStringLiteral(", ")
            + tr("%n new fact(s)", nullptr, m_newFacts));
}

QHash<QString, QString> RerunAnalysisCommand::mergeClaims(const QList<Extraction> &extractions)
{
    QHash<ClaimKey, const Claim *> existing;
    for (const Claim &claim : project()->claims()) {
        if (!claim.orphaned) {
            existing.insert(
                {claim.articleId, claim.kind, claim.range.start, claim.range.end}, &claim);
        }
    }
    // What the editor deleted is not extracted again.
    QSet<ClaimKey> dismissed;
    for (const Claim &claim : project()->dismissedClaims()) {
        if (!claim.orphaned) {
            dismissed.insert({claim.articleId, claim.kind, claim.range.start, claim.range.end});
        }
    }
    QHash<QString, QString> claimIds;
    auto merge = [&](const QString &extractionId, Claim found) {
        const ClaimKey key {found.articleId, found.kind, found.range.start, found.range.end};
        if (dismissed.contains(key)) {
            return;
        }
        const Claim *old = existing.value(key, nullptr);
        if (!old) {
            found.id = newId(ProjectTable::Claims);
            insert(ProjectTable::Claims, found);
            claimIds.insert(extractionId, found.id);
            ++m_newClaims;
            return;
        }
        claimIds.insert(extractionId, old->id);
        // A better extractor may read a claim better; not one the editor has decided on.
        if (old->origin == Origin::Program && !m_decidedClaims.contains(old->id)) {
            Claim updated = *old;
            updated.figure = found.figure;
            updated.quote = found.quote;
            if (updated != *old) {
                replace(ProjectTable::Claims, old->id, updated);
            }
        }
    };
    const QList<ProjectArticle> &articles = project()->articles();
    for (qsizetype i = 0; i < articles.size(); ++i) {
        for (const Figure &figure : extractions.at(i).figures) {
            merge(figure.id, ClaimFactory::fromFigure({}, articles.at(i), figure));
        }
        for (const Quote &quote : extractions.at(i).quotes) {
            merge(quote.id, ClaimFactory::fromQuote({}, articles.at(i), quote));
        }
    }
    return claimIds;
}

void RerunAnalysisCommand::proposeFacts(
    const QList<Fact> &facts, const QHash<QString, QString> &claimIds)
{
    QSet<QString> held;
    for (const ProjectFact &fact : project()->facts()) {
        held.unite(QSet<QString>(fact.members.cbegin(), fact.members.cend()));
    }
    for (const Fact &proposal : facts) {
        QStringList members;
        for (const QString &member : proposal.members) {
            const QString claimId = claimIds.value(member);
            if (!claimId.isEmpty() && !held.contains(claimId)) {
                members.append(claimId);
            }
        }
        // Part of the proposal is already in facts: the rest is worth proposing only when it
        // still links claims.
        const bool whole = members.size() == proposal.members.size();
        if (members.isEmpty() || (!whole && members.size() < 2)) {
            continue;
        }
        ProjectFact fact;
        fact.id = newId(ProjectTable::Facts);
        fact.kind = proposal.kind;
        fact.label = proposal.label;
        fact.members = members;
        fact.divergent = proposal.divergent;
        fact.agreement = proposal.agreement;
        fact.reason = whole ? proposal.reason : QString();
        insert(ProjectTable::Facts, fact);
        held.unite(QSet<QString>(members.cbegin(), members.cend()));
        ++m_newFacts;
    }
}

} // namespace factbench
