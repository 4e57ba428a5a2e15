#include "factcommands.h"

namespace factbench {

namespace {

// QUndoCommand::id() of note edits: any value other than -1, the same for all of them.
constexpr int editNoteCommandId = 1;

QString statusAction(FactStatus status)
{
    switch (status) {
    case FactStatus::Confirmed:
        return QStringLiteral("confirm");
    case FactStatus::Rejected:
        return QStringLiteral("reject");
    case FactStatus::Disputed:
        return QStringLiteral("dispute");
    case FactStatus::Proposed:
        break;
    }
    return QStringLiteral("reopen");
}

} // namespace

CreateFactCommand::CreateFactCommand(
    Project *project, const QStringList &claimIds, const QString &label)
    : ProjectCommand(project, tr("Create fact"))
    , m_factId(newId(ProjectTable::Facts))
{
    takeOutOfFacts(claimIds);
    commitFactEdits();
    ProjectFact fact;
    fact.id = m_factId;
    fact.kind = project->claim(claimIds.first())->kind == ClaimKind::Figure ? FactKind::Figure
                                                                            : FactKind::Quote;
    fact.origin = Origin::Editor;
    fact.label = label;
    fact.members = claimIds;
    insert(ProjectTable::Facts, fact);
    log(QStringLiteral("create-fact"), m_factId, claimIds.join(QLatin1Char(' ')));
}

SplitFactCommand::SplitFactCommand(
    Project *project, const QString &factId, const QStringList &claimIds)
    : ProjectCommand(project, tr("Split fact"))
    , m_newFactId(newId(ProjectTable::Facts))
{
    const ProjectFact &original = *project->fact(factId);
    ProjectFact split;
    split.id = m_newFactId;
    split.kind = original.kind;
    split.origin = Origin::Editor;
    split.label = original.label;
    for (const QString &member : original.members) {
        if (claimIds.contains(member)) {
            split.members.append(member);
        }
    }
    ProjectFact &rest = editFact(factId);
    for (const QString &member : std::as_const(split.members)) {
        rest.members.removeAll(member);
    }
    commitFactEdits();
    // Right after the original, so the two halves stay together in the table.
    insert(ProjectTable::Facts, split, project->rowOf(ProjectTable::Facts, factId) + 1);
    log(QStringLiteral("split-fact"), factId, m_newFactId);
}

MergeFactsCommand::MergeFactsCommand(
    Project *project, const QString &factId, const QStringList &otherIds)
    : ProjectCommand(project, tr("Merge facts"))
{
    ProjectFact &target = editFact(factId);
    for (const QString &otherId : otherIds) {
        target.members.append(project->fact(otherId)->members);
        editFact(otherId).members.clear();
    }
    commitFactEdits();
    log(QStringLiteral("merge-facts"), factId, otherIds.join(QLatin1Char(' ')));
}

SetFactStatusCommand::SetFactStatusCommand(
    Project *project, const QString &factId, FactStatus status)
    : ProjectCommand(project,
        status == FactStatus::Confirmed      ? tr("Confirm fact")
            : status == FactStatus::Rejected ? tr("Reject fact")
            : status == FactStatus::Disputed ? tr("Mark fact disputed")
                                             : tr("Reopen fact"))
{
    editFact(factId).status = status;
    commitFactEdits();
    log(statusAction(status), factId);
}

SetFactTextCommand::SetFactTextCommand(
    Project *project, const QString &factId, FactText field, const QString &text)
    : ProjectCommand(project,
        field == FactText::Label               ? tr("Rename fact")
            : field == FactText::VerifiedValue ? tr("Set verified value")
            : field == FactText::Verdict       ? tr("Set verdict")
                                               : tr("Edit note"))
    , m_factId(factId)
    , m_field(field)
{
    static const QHash<FactText, QString> actions {
        {FactText::Label, QStringLiteral("rename-fact")},
        {FactText::VerifiedValue, QStringLiteral("set-verified-value")},
        {FactText::Verdict, QStringLiteral("set-verdict")},
        {FactText::Note, QStringLiteral("edit-note")},
    };
    // The note itself is in the fact; the log says only that it was edited.
    log(actions.value(field), factId, field == FactText::Note ? QString() : text);
    editFact(factId).text(field) = text;
    commitFactEdits();
}

int SetFactTextCommand::id() const
{
    return m_field == FactText::Note ? editNoteCommandId : -1;
}

bool SetFactTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const SetFactTextCommand *>(other);
    if (edit->m_field != FactText::Note || edit->m_factId != m_factId) {
        return false;
    }
    absorb(edit);
    return true;
}

} // namespace factbench
