#pragma once

#include "review/projectdata.h"

#include <QCoreApplication>

namespace factbench {

class Project;

/// The review's stable names (statuses, the linker's rules, log actions) in the user's words.
/// The project file keeps the names; only the widgets translate them.
class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(factbench::ReviewText)

public:
    /// "Proposed", "Confirmed", "Rejected", "Disputed".
    static QString status(FactStatus status);
    /// What a status means, for a tooltip.
    static QString statusDescription(FactStatus status);
    /// One sentence on whether the members agree and by which rule, with the linker's reason:
    /// "The sources disagree: 539 (3 sources) vs 550 (2 sources)."
    static QString agreement(const ProjectFact &fact);
    /// The tooltip of the divergence badge: the reason, or for a fact whose members agree by a
    /// rule other than equality, which rule.
    static QString agreementTip(const ProjectFact &fact);
    /// Whether the members agree only by a rule (rounding, an update, ...), not by being equal.
    static bool agreesByRule(const ProjectFact &fact);
    /// A log action as a phrase ("Confirmed", "Moved a claim here: Northshore Daily: 12"); the
    /// entry's detail completes it where it names something. `project` looks up what ids name.
    static QString logAction(const ReviewLogEntry &entry, const Project *project);
    /// The log entries that concern a fact, oldest first: its own and the splits and merges
    /// that name it.
    static QList<ReviewLogEntry> logOf(const Project *project, const QString &factId);
};

} // namespace factbench
