#include "reviewtext.h"

#include "claimtext.h"
#include "review/project.h"

namespace factbench {

namespace {

/// Ids in a log entry's detail ("f3 f4", "c1 c2 c7").
QStringList idsIn(const QString &detail)
{
    return detail.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString withReason(const QString &sentence, const QString &reason)
{
    return reason.isEmpty() ? sentence + QLatin1Char('.')
                            : QStringLiteral("%1: %2.").arg(sentence, reason);
}

} // namespace

QString ReviewText::status(FactStatus status)
{
    switch (status) {
    case FactStatus::Proposed:
        return tr("Proposed");
    case FactStatus::Confirmed:
        return tr("Confirmed");
    case FactStatus::Rejected:
        return tr("Rejected");
    case FactStatus::Disputed:
        return tr("Disputed");
    }
    return {};
}

QString ReviewText::statusDescription(FactStatus status)
{
    switch (status) {
    case FactStatus::Proposed:
        return tr("Proposed by the linker, not reviewed yet");
    case FactStatus::Confirmed:
        return tr("Confirmed by the editor");
    case FactStatus::Rejected:
        return tr("Rejected: not a fact of the review");
    case FactStatus::Disputed:
        return tr("Disputed: the sources need checking");
    }
    return {};
}

QString ReviewText::agreement(const ProjectFact &fact)
{
    if (fact.divergent) {
        return withReason(tr("The sources disagree"), fact.reason);
    }
    switch (fact.agreement) {
    case Agreement::Single:
        return fact.members.size() < 2 ? tr("Only one claim: nothing to compare.")
                                       : tr("One source only: nothing to compare.");
    case Agreement::Equal:
        return withReason(tr("The sources agree"), fact.reason);
    case Agreement::CompatibleQualifiers:
        return withReason(tr("The sources agree once their qualifiers are read"), fact.reason);
    case Agreement::Rounding:
        return withReason(tr("The sources agree up to rounding"), fact.reason);
    case Agreement::SumOfParts:
        return withReason(tr("One source's parts add up to another's total"), fact.reason);
    case Agreement::Complement:
        return withReason(tr("A total minus a part gives another source's figure"), fact.reason);
    case Agreement::PartitiveTotal:
        return withReason(tr("One source gives a part of another's total"), fact.reason);
    case Agreement::Updated:
        return withReason(
            tr("A later source gives a larger figure: an update, not a contradiction"),
            fact.reason);
    case Agreement::Truncated:
        return withReason(tr("One quote is a cut of a longer one"), fact.reason);
    case Agreement::Divergent:
        return withReason(tr("The sources disagree"), fact.reason);
    }
    return fact.reason;
}

bool ReviewText::agreesByRule(const ProjectFact &fact)
{
    return !fact.divergent && fact.agreement != Agreement::Single
        && fact.agreement != Agreement::Equal && fact.agreement != Agreement::Divergent;
}

QString ReviewText::agreementTip(const ProjectFact &fact)
{
    if (fact.divergent || agreesByRule(fact)) {
        return agreement(fact);
    }
    return {};
}

QString ReviewText::logAction(const ReviewLogEntry &entry, const Project *project)
{
    const QString &action = entry.action;
    const auto claimText = [project](const QString &claimId) {
        const Claim *claim = project ? project->claim(claimId) : nullptr;
        return claim ? ClaimText::withSource(project, *claim) : claimId;
    };
    if (action == QLatin1String("confirm")) {
        return tr("Confirmed");
    }
    if (action == QLatin1String("reject")) {
        return tr("Rejected");
    }
    if (action == QLatin1String("dispute")) {
        return tr("Marked disputed");
    }
    if (action == QLatin1String("reopen")) {
        return tr("Reopened");
    }
    if (action == QLatin1String("create-fact")) {
        return tr("Created from %n claim(s)", nullptr, int(idsIn(entry.detail).size()));
    }
    if (action == QLatin1String("split-fact")) {
        return tr("Split into two facts");
    }
    if (action == QLatin1String("merge-facts")) {
        return tr("Merged with %n other fact(s)", nullptr, int(idsIn(entry.detail).size()));
    }
    if (action == QLatin1String("rename-fact")) {
        return tr("Renamed to “%1”").arg(entry.detail);
    }
    if (action == QLatin1String("set-verified-value")) {
        return entry.detail.isEmpty() ? tr("Cleared the verified value")
                                      : tr("Set the verified value to “%1”").arg(entry.detail);
    }
    if (action == QLatin1String("set-verdict")) {
        return entry.detail.isEmpty() ? tr("Cleared the verdict")
                                      : tr("Set the verdict to “%1”").arg(entry.detail);
    }
    if (action == QLatin1String("edit-note")) {
        return tr("Edited the note");
    }
    if (action == QLatin1String("move-claim")) {
        return entry.factId.isEmpty()
            ? tr("Took a claim out of its fact: %1").arg(claimText(entry.detail))
            : tr("Moved a claim here: %1").arg(claimText(entry.detail));
    }
    if (action == QLatin1String("correct-claim")) {
        return tr("Corrected a claim: %1").arg(claimText(entry.detail));
    }
    if (action == QLatin1String("delete-claim")) {
        return tr("Deleted a claim: %1").arg(claimText(entry.detail));
    }
    if (action == QLatin1String("add-claim")) {
        return tr("Marked a claim: %1").arg(claimText(entry.detail));
    }
    if (action == QLatin1String("add-article")) {
        return tr("Added an article (%1)").arg(entry.detail);
    }
    if (action == QLatin1String("remove-article")) {
        return tr("Removed an article (%1)").arg(entry.detail);
    }
    if (action == QLatin1String("reimport-article")) {
        return tr("Re-imported an article (%1)").arg(entry.detail);
    }
    if (action == QLatin1String("rerun-analysis")) {
        return tr("Extracted and linked again (%1)").arg(entry.detail);
    }
    // A newer Factbench may log actions this one does not know: show the stable name.
    return entry.detail.isEmpty() ? action : QStringLiteral("%1 (%2)").arg(action, entry.detail);
}

QList<ReviewLogEntry> ReviewText::logOf(const Project *project, const QString &factId)
{
    QList<ReviewLogEntry> entries;
    if (factId.isEmpty()) {
        return entries;
    }
    for (const ReviewLogEntry &entry : project->log()) {
        const bool namesFact = (entry.action == QLatin1String("split-fact")
                                   || entry.action == QLatin1String("merge-facts"))
            && idsIn(entry.detail).contains(factId);
        if (entry.factId == factId || namesFact) {
            entries.append(entry);
        }
    }
    return entries;
}

} // namespace factbench
