#pragma once

#include "analysis.h"
#include "projectcommand.h"

#include <QCoreApplication>

namespace factbench {

/// Runs extraction and linking again over a reviewed project. What the editor decided stays:
/// claims keep their corrections, claims in decided facts keep their values, facts keep their
/// status and members; new claims and new proposals arrive, proposals only for claims that no
/// fact holds yet.
class RerunAnalysisCommand : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(factbench::RerunAnalysisCommand)

public:
    /// Uses `analysis` when it is of the project's articles as they are, else analyses them.
    explicit RerunAnalysisCommand(Project *project, const Analysis *analysis = nullptr);

private:
    /// The extractor's claims matched to the project's by article, kind and range; returns
    /// extraction id -> claim id.
    QHash<QString, QString> mergeClaims(const QList<Extraction> &extractions);
    void proposeFacts(const QList<Fact> &facts, const QHash<QString, QString> &claimIds);

    QSet<QString> m_decidedClaims;
    int m_newClaims = 0;
    int m_newFacts = 0;
};

} // namespace factbench
