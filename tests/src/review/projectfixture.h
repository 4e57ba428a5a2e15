#pragma once

// Shared by the review and io tests: a small reviewed project over the built-in sample.

#include "article/samplearticles.h"
#include "review/project.h"

#include <QTest>

namespace factbench {

/// The first claim of `kind` in an article, or an empty id.
inline QString firstClaim(const Project &project, const QString &articleId, ClaimKind kind)
{
    for (const Claim &claim : project.claims()) {
        if (claim.articleId == articleId && claim.kind == kind) {
            return claim.id;
        }
    }
    return {};
}

/// The sample's three articles with their claims, two facts made by hand (one confirmed, with a
/// verified value, a verdict and a note) and one corrected claim.
inline void makeReviewedProject(Project &project)
{
    project.setEditorName(QStringLiteral("Test Editor"));
    const QStringList articles = project.addArticles(SampleArticles::load());
    QCOMPARE(articles.size(), 3);
    const QString figure0 = firstClaim(project, articles.at(0), ClaimKind::Figure);
    const QString figure1 = firstClaim(project, articles.at(1), ClaimKind::Figure);
    const QString figure2 = firstClaim(project, articles.at(2), ClaimKind::Figure);
    const QString quote0 = firstClaim(project, articles.at(0), ClaimKind::Quote);
    const QString quote1 = firstClaim(project, articles.at(1), ClaimKind::Quote);
    QVERIFY(!figure0.isEmpty() && !figure1.isEmpty() && !figure2.isEmpty());
    QVERIFY(!quote0.isEmpty() && !quote1.isEmpty());
    const QString figures
        = project.createFact({figure0, figure1, figure2}, QStringLiteral("homes flooded"));
    QVERIFY(!figures.isEmpty());
    QVERIFY(project.confirmFact(figures));
    QVERIFY(project.setVerifiedValue(figures, QStringLiteral("340")));
    QVERIFY(project.setVerdict(figures, QStringLiteral("accurate")));
    QVERIFY(project.editNote(figures, QStringLiteral("Two outlets round it.")));
    QVERIFY(
        !project.createFact({quote0, quote1}, QStringLiteral("mayor on the sea wall")).isEmpty());
    ClaimCorrection correction;
    correction.value = 341;
    QVERIFY(project.correctClaim(figure1, correction));
}

} // namespace factbench
