#include "projectfixture.h"

#include "review/claimfactory.h"
#include "review/project.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace factbench;

using Verb = std::function<bool(Project &)>;
Q_DECLARE_METATYPE(Verb)

namespace {

QString factLabelled(const Project &project, const QString &label)
{
    for (const ProjectFact &fact : project.facts()) {
        if (fact.label == label) {
            return fact.id;
        }
    }
    return {};
}

QString figureFact(const Project &project)
{
    return factLabelled(project, QStringLiteral("homes flooded"));
}

QString quoteFact(const Project &project)
{
    return factLabelled(project, QStringLiteral("mayor on the sea wall"));
}

/// A claim of `kind` that no fact holds.
QString looseClaim(const Project &project, ClaimKind kind)
{
    for (const Claim &claim : project.claims()) {
        if (claim.kind == kind && project.factOfClaim(claim.id).isEmpty()) {
            return claim.id;
        }
    }
    return {};
}

/// The id index agrees with the tables, row by row, and with the facts' members.
void verifyIndex(const Project &project)
{
    for (qsizetype row = 0; row < project.articles().size(); ++row) {
        const QString &id = project.articles().at(row).id;
        QCOMPARE(project.rowOf(ProjectTable::Articles, id), row);
        QCOMPARE(project.article(id), &project.articles().at(row));
    }
    for (qsizetype row = 0; row < project.claims().size(); ++row) {
        const QString &id = project.claims().at(row).id;
        QCOMPARE(project.rowOf(ProjectTable::Claims, id), row);
        QCOMPARE(project.claim(id), &project.claims().at(row));
        QString holder;
        for (const ProjectFact &fact : project.facts()) {
            if (fact.members.contains(id)) {
                holder = fact.id;
            }
        }
        QCOMPARE(project.factOfClaim(id), holder);
    }
    for (qsizetype row = 0; row < project.facts().size(); ++row) {
        const QString &id = project.facts().at(row).id;
        QCOMPARE(project.rowOf(ProjectTable::Facts, id), row);
        QCOMPARE(project.fact(id), &project.facts().at(row));
    }
    for (qsizetype row = 0; row < project.dismissedClaims().size(); ++row) {
        const QString &id = project.dismissedClaims().at(row).id;
        QCOMPARE(project.rowOf(ProjectTable::Dismissed, id), row);
        QCOMPARE(project.rowOf(ProjectTable::Claims, id), -1);
    }
    QCOMPARE(project.rowOf(ProjectTable::Claims, QStringLiteral("c0")), -1);
    QVERIFY(!project.fact(QStringLiteral("a1")));
}

} // namespace

// A failed comparison inside verifyIndex() ends the test, not only the helper.
#define VERIFY_INDEX(project)                                                                      \
    do {                                                                                           \
        verifyIndex(project);                                                                      \
        if (QTest::currentTestFailed()) {                                                          \
            return;                                                                                \
        }                                                                                          \
    } while (false)

/// Every verb is one undo step that undoes to the exact data before and redoes to the exact
/// data after, review log included.
class TestProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testEveryVerbUndoesAndRedoes_data()
    {
        QTest::addColumn<Verb>("setup");
        QTest::addColumn<Verb>("verb");
        QTest::addColumn<int>("logged"); // Review log entries: one, or one per article added.
        const Verb none = [](Project &) { return true; };
        QTest::newRow("add article") << none << Verb([](Project &p) {
            return !p.addArticle(SampleArticles::load().first()).isEmpty();
        }) << 1;
        QTest::newRow("remove article")
            << none << Verb([](Project &p) { return p.removeArticle(p.articles().first().id); })
            << 1;
        QTest::newRow("re-import article") << none << Verb([](Project &p) {
            Article changed = p.articles().first().article;
            changed.text.prepend(QStringLiteral("Updated at 9:00. "));
            return p.reimportArticle(p.articles().first().id, changed);
        }) << 1;
        QTest::newRow("add claim") << none << Verb([](Project &p) {
            return !p.addClaim(p.articles().first().id, {0, 5}, ClaimKind::Quote).isEmpty();
        }) << 1;
        QTest::newRow("correct claim's counted noun") << none << Verb([](Project &p) {
            ClaimCorrection correction;
            correction.counted = QStringLiteral("houses");
            return p.correctClaim(p.claims().first().id, correction);
        }) << 1;
        QTest::newRow("correct claim's value") << none << Verb([](Project &p) {
            ClaimCorrection correction;
            correction.value = 1234.5;
            return p.correctClaim(looseClaim(p, ClaimKind::Figure), correction);
        }) << 1;
        QTest::newRow("correct quote's speaker") << none << Verb([](Project &p) {
            ClaimCorrection correction;
            correction.speaker = QStringLiteral("Mayor Ann Lee");
            return p.correctClaim(p.fact(quoteFact(p))->members.first(), correction);
        }) << 1;
        QTest::newRow("add articles") << none << Verb([](Project &p) {
            return p.addArticles(SampleArticles::load()).size() == 3;
        }) << 3;
        QTest::newRow("delete claim in a fact") << none << Verb([](Project &p) {
            return p.deleteClaim(p.fact(figureFact(p))->members.first());
        }) << 1;
        QTest::newRow("move claim into a fact") << none << Verb([](Project &p) {
            return p.moveClaim(looseClaim(p, ClaimKind::Figure), figureFact(p));
        }) << 1;
        QTest::newRow("move claim out of facts") << none << Verb([](Project &p) {
            return p.moveClaim(p.fact(figureFact(p))->members.first(), {});
        }) << 1;
        QTest::newRow("split fact") << none << Verb([](Project &p) {
            const ProjectFact *fact = p.fact(figureFact(p));
            return !p.splitFact(fact->id, {fact->members.last()}).isEmpty();
        }) << 1;
        QTest::newRow("merge facts") << Verb([](Project &p) {
            return !p.createFact({looseClaim(p, ClaimKind::Figure)}, QStringLiteral("extra"))
                        .isEmpty();
        }) << Verb([](Project &p) {
            return p.mergeFacts(figureFact(p), {factLabelled(p, QStringLiteral("extra"))});
        }) << 1;
        QTest::newRow("create fact") << none << Verb([](Project &p) {
            return !p.createFact({looseClaim(p, ClaimKind::Quote)}, QStringLiteral("new"))
                        .isEmpty();
        }) << 1;
        QTest::newRow("confirm") << none
                                 << Verb([](Project &p) { return p.confirmFact(quoteFact(p)); })
                                 << 1;
        QTest::newRow("reject") << none
                                << Verb([](Project &p) { return p.rejectFact(figureFact(p)); })
                                << 1;
        QTest::newRow("dispute") << none << Verb([](Project &p) {
            return p.markFactDisputed(figureFact(p));
        }) << 1;
        QTest::newRow("verified value") << none << Verb([](Project &p) {
            return p.setVerifiedValue(figureFact(p), QStringLiteral("342"));
        }) << 1;
        QTest::newRow("verdict") << none << Verb([](Project &p) {
            return p.setVerdict(figureFact(p), QStringLiteral("misleading"));
        }) << 1;
        QTest::newRow("note") << none << Verb([](Project &p) {
            return p.editNote(quoteFact(p), QStringLiteral("Same words in both."));
        }) << 1;
        QTest::newRow("rename") << none << Verb([](Project &p) {
            return p.renameFact(figureFact(p), QStringLiteral("homes"));
        }) << 1;
        QTest::newRow("rerun analysis") << none << Verb([](Project &p) {
            p.rerunAnalysis();
            return true;
        }) << 1;
    }

    void testEveryVerbUndoesAndRedoes()
    {
        QFETCH(Verb, setup);
        QFETCH(Verb, verb);
        QFETCH(int, logged);
        Project project;
        makeReviewedProject(project);
        QVERIFY(setup(project));
        const ProjectData before = project.data();
        const int steps = project.undoStack()->count();
        QVERIFY(verb(project));
        const ProjectData after = project.data();
        QCOMPARE(project.undoStack()->count(), steps + 1);
        QVERIFY(after != before);
        QCOMPARE(project.log().size(), before.log.size() + logged);
        project.undoStack()->undo();
        QVERIFY(project.data() == before);
        project.undoStack()->redo();
        QVERIFY(project.data() == after);
    }

    /// Lookups by id use an index: after every edit, undo and redo it still names the right rows.
    void testIndexFollowsEveryEdit()
    {
        Project project;
        makeReviewedProject(project);
        VERIFY_INDEX(project);
        const QString figures = figureFact(project);
        const QStringList members = project.fact(figures)->members;
        const int start = project.undoStack()->index();
        // Rows taken from the front and the middle, put back, facts split and merged.
        QVERIFY(project.removeArticle(project.articles().first().id));
        VERIFY_INDEX(project);
        QVERIFY(!project.splitFact(figures, {members.at(2)}).isEmpty());
        VERIFY_INDEX(project);
        QVERIFY(!project.createFact({looseClaim(project, ClaimKind::Figure)}, QStringLiteral("x"))
                     .isEmpty());
        VERIFY_INDEX(project);
        QVERIFY(project.mergeFacts(figures, {factLabelled(project, QStringLiteral("x"))}));
        VERIFY_INDEX(project);
        QVERIFY(project.deleteClaim(project.claims().at(project.claims().size() / 2).id));
        VERIFY_INDEX(project);
        QVERIFY(project.moveClaim(looseClaim(project, ClaimKind::Figure), figures));
        VERIFY_INDEX(project);
        QVERIFY(!project.addArticle(SampleArticles::load().first()).isEmpty());
        VERIFY_INDEX(project);
        project.rerunAnalysis();
        VERIFY_INDEX(project);
        const int end = project.undoStack()->index();
        while (project.undoStack()->index() > start) {
            project.undoStack()->undo();
            VERIFY_INDEX(project);
        }
        while (project.undoStack()->index() < end) {
            project.undoStack()->redo();
            VERIFY_INDEX(project);
        }
        project.clear();
        VERIFY_INDEX(project);
        QVERIFY(!project.claim(members.first()));
    }

    void testVerbsNamingNothingPushNothing()
    {
        Project project;
        makeReviewedProject(project);
        const int steps = project.undoStack()->count();
        const QString nothing = QStringLiteral("x99");
        QVERIFY(!project.removeArticle(nothing));
        QVERIFY(!project.confirmFact(nothing));
        QVERIFY(!project.editNote(nothing, QStringLiteral("note")));
        QVERIFY(!project.moveClaim(nothing, figureFact(project)));
        QVERIFY(!project.deleteClaim(nothing));
        QVERIFY(
            project.addClaim(project.articles().first().id, {5, 1}, ClaimKind::Figure).isEmpty());
        QVERIFY(project.addClaim(project.articles().first().id, {0, 1 << 30}, ClaimKind::Figure)
                    .isEmpty());
        // A quote cannot join a figure fact; a fact cannot split off all its members.
        QVERIFY(!project.moveClaim(looseClaim(project, ClaimKind::Quote), figureFact(project)));
        QVERIFY(project.splitFact(figureFact(project), project.fact(figureFact(project))->members)
                    .isEmpty());
        QVERIFY(!project.mergeFacts(figureFact(project), {quoteFact(project)}));
        // Setting what is already set is no step either.
        QVERIFY(project.confirmFact(figureFact(project)));
        QCOMPARE(project.undoStack()->count(), steps);
    }

    void testTypingANoteIsOneUndoStep()
    {
        Project project;
        makeReviewedProject(project);
        const QString fact = quoteFact(project);
        const int steps = project.undoStack()->count();
        const qsizetype logSize = project.log().size();
        for (const QString &typed : {QStringLiteral("S"), QStringLiteral("Sa"),
                 QStringLiteral("Sam"), QStringLiteral("Same")}) {
            QVERIFY(project.editNote(fact, typed));
        }
        QCOMPARE(project.undoStack()->count(), steps + 1);
        QCOMPARE(project.log().size(), logSize + 1);
        QCOMPARE(project.fact(fact)->note, QStringLiteral("Same"));
        project.undoStack()->undo();
        QCOMPARE(project.fact(fact)->note, QString());
        QCOMPARE(project.log().size(), logSize);
        project.undoStack()->redo();
        QCOMPARE(project.fact(fact)->note, QStringLiteral("Same"));
    }

    void testNoteOfAnotherFactIsAnotherStep()
    {
        Project project;
        makeReviewedProject(project);
        const int steps = project.undoStack()->count();
        QVERIFY(project.editNote(quoteFact(project), QStringLiteral("a")));
        QVERIFY(project.editNote(figureFact(project), QStringLiteral("b")));
        QVERIFY(project.editNote(quoteFact(project), QStringLiteral("ab")));
        QCOMPARE(project.undoStack()->count(), steps + 3);
    }

    void testReviewLogNamesEditorActionAndFact()
    {
        Project project;
        makeReviewedProject(project);
        const QString fact = quoteFact(project);
        QVERIFY(project.rejectFact(fact));
        const ReviewLogEntry &entry = project.log().last();
        QCOMPARE(entry.editor, QStringLiteral("Test Editor"));
        QCOMPARE(entry.action, QStringLiteral("reject"));
        QCOMPARE(entry.factId, fact);
        QVERIFY(qAbs(entry.time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        project.undoStack()->undo();
        QVERIFY(project.log().isEmpty() || project.log().last().action != QLatin1String("reject"));
    }

    void testReopeningTakesBackADecision()
    {
        Project project;
        makeReviewedProject(project);
        const QString fact = quoteFact(project);
        QVERIFY(project.confirmFact(fact));
        const int steps = project.undoStack()->count();
        QVERIFY(project.reopenFact(fact));
        QCOMPARE(project.fact(fact)->status, FactStatus::Proposed);
        QCOMPARE(project.log().last().action, QStringLiteral("reopen"));
        QCOMPARE(project.undoStack()->count(), steps + 1);
        // A proposal reopened again is no step.
        QVERIFY(project.reopenFact(fact));
        QCOMPARE(project.undoStack()->count(), steps + 1);
        project.undoStack()->undo();
        QCOMPARE(project.fact(fact)->status, FactStatus::Confirmed);
        QVERIFY(!project.reopenFact(QStringLiteral("no-such-fact")));
    }

    void testMovingTheLastMemberRemovesTheFact()
    {
        Project project;
        makeReviewedProject(project);
        const QString fact = quoteFact(project);
        const QStringList members = project.fact(fact)->members;
        QVERIFY(project.moveClaim(members.at(0), {}));
        QVERIFY(project.moveClaim(members.at(1), {}));
        QVERIFY(!project.fact(fact));
        project.undoStack()->undo();
        QCOMPARE(project.fact(fact)->members, QStringList {members.at(1)});
    }

    void testSplitKeepsOriginalAndNewFactTogether()
    {
        Project project;
        makeReviewedProject(project);
        const QString fact = figureFact(project);
        const QStringList members = project.fact(fact)->members;
        const QString split = project.splitFact(fact, {members.at(1), members.at(2)});
        QCOMPARE(project.fact(fact)->members, QStringList {members.at(0)});
        QCOMPARE(project.fact(split)->members, (QStringList {members.at(1), members.at(2)}));
        QCOMPARE(project.fact(split)->status, FactStatus::Proposed);
        QCOMPARE(project.rowOf(ProjectTable::Facts, split),
            project.rowOf(ProjectTable::Facts, fact) + 1);
        QVERIFY(project.mergeFacts(fact, {split}));
        QCOMPARE(project.fact(fact)->members, members);
        QVERIFY(!project.fact(split));
    }

    void testIdsAreNeverReused()
    {
        Project project;
        makeReviewedProject(project);
        const QString created = project.createFact(
            {looseClaim(project, ClaimKind::Figure)}, QStringLiteral("temporary"));
        QVERIFY(project.moveClaim(project.fact(created)->members.first(), figureFact(project)));
        QVERIFY(!project.fact(created));
        // The fact is gone but the history and the log still name it: a new fact must not take
        // its id.
        const QString next
            = project.createFact({looseClaim(project, ClaimKind::Figure)}, QStringLiteral("next"));
        QVERIFY(!next.isEmpty());
        QVERIFY(next != created);
    }

    void testCorrectionKeepsTheExtractedValue()
    {
        Project project;
        makeReviewedProject(project);
        const Claim *corrected = nullptr;
        for (const Claim &claim : project.claims()) {
            if (!claim.correction.isEmpty()) {
                corrected = &claim;
            }
        }
        QVERIFY(corrected);
        QCOMPARE(corrected->value(), 341.0);
        QVERIFY(corrected->figure.value != 341.0);
    }

    void testRerunKeepsEveryDecision()
    {
        Project project;
        makeReviewedProject(project);
        const ProjectData before = project.data();
        project.rerunAnalysis();
        // Same texts, same extractor: no claim is added twice, nothing decided changes.
        QCOMPARE(project.claims().size(), before.claims.size());
        for (const ProjectFact &fact : before.facts) {
            QVERIFY(*project.fact(fact.id) == fact);
        }
        for (const Claim &claim : before.claims) {
            QVERIFY(*project.claim(claim.id) == claim);
        }
    }

    void testRerunProposesOnceAndNeverTouchesDecisions()
    {
        Project project;
        project.addArticles(SampleArticles::load());
        project.rerunAnalysis();
        const QList<ProjectFact> proposed = project.facts();
        QVERIFY(proposed.size() >= 2);
        for (const ProjectFact &fact : proposed) {
            QCOMPARE(fact.status, FactStatus::Proposed);
            QCOMPARE(fact.origin, Origin::Program);
        }
        const QString confirmed = proposed.at(0).id;
        QVERIFY(project.confirmFact(confirmed));
        QVERIFY(project.renameFact(confirmed, QStringLiteral("checked by hand")));
        const ProjectFact decided = *project.fact(confirmed);

        project.rerunAnalysis();
        QVERIFY(*project.fact(confirmed) == decided);
        QCOMPARE(project.facts().size(), proposed.size()); // Nothing proposed twice.
        QSet<QString> seen;
        for (const ProjectFact &fact : project.facts()) {
            for (const QString &member : fact.members) {
                QVERIFY2(!seen.contains(member), qPrintable(member));
                seen.insert(member);
            }
        }
    }

    void testReimportPlacesClaimsAgainAndOrphansTheLost()
    {
        Project project;
        makeReviewedProject(project);
        const ProjectArticle original = project.articles().first();
        const QString fact = figureFact(project);
        const QString member = project.fact(fact)->members.first();
        const Claim before = *project.claim(member);
        QVERIFY(before.articleId == original.id);

        Article changed = original.article;
        const QString preamble = QStringLiteral("This story was updated on Sunday.\n\n");
        changed.text.prepend(preamble);
        QVERIFY(project.reimportArticle(original.id, changed));
        const Claim *moved = project.claim(member);
        QCOMPARE(moved->range.start, before.range.start + preamble.size());
        QCOMPARE(changed.text.mid(moved->range.start, moved->range.length()), before.text);
        QVERIFY(!moved->orphaned);
        QVERIFY(project.articles().first().sha256 != original.sha256);

        // The figure's words are gone from the next version: the claim stays, orphaned, in its
        // fact.
        Article rewritten = changed;
        rewritten.text.replace(before.text, QStringLiteral("several"));
        QVERIFY(project.reimportArticle(original.id, rewritten));
        QVERIFY(project.claim(member)->orphaned);
        QVERIFY(project.fact(fact)->members.contains(member));
        project.undoStack()->undo();
        QVERIFY(!project.claim(member)->orphaned);
    }

    /// An orphan is kept with its words, so a later version that has them again places it, and
    /// its fact, correction and id survive the whole round.
    void testOrphanIsPlacedAgainWhenItsWordsReturn()
    {
        Project project;
        makeReviewedProject(project);
        const ProjectArticle original = project.articles().at(1);
        QString corrected;
        for (const Claim &claim : project.claims()) {
            if (claim.articleId == original.id && !claim.correction.isEmpty()) {
                corrected = claim.id;
            }
        }
        QVERIFY(!corrected.isEmpty());
        const Claim before = *project.claim(corrected);
        const QString fact = project.factOfClaim(corrected);
        QVERIFY(!fact.isEmpty());

        Article without = original.article;
        without.text.replace(before.text, QStringLiteral("many"));
        QVERIFY(project.reimportArticle(original.id, without));
        QVERIFY(project.claim(corrected)->orphaned);
        QVERIFY(project.log().last().detail.contains(QStringLiteral("orphaned")));

        Article restored = original.article;
        restored.text.prepend(QStringLiteral("Corrected on Monday.\n\n"));
        QVERIFY(project.reimportArticle(original.id, restored));
        const Claim *placed = project.claim(corrected);
        QVERIFY(!placed->orphaned);
        QCOMPARE(ClaimFactory::textAt(restored.text, placed->range), before.text);
        QCOMPARE(placed->correction, before.correction);
        QCOMPARE(project.factOfClaim(corrected), fact);
    }

    /// The orphan flag and the claim's words are saved: a reopened project re-anchors the same.
    void testOrphanSurvivesSaveAndLoad()
    {
        QTemporaryDir dir; // Outlives the project, which holds a lock file in it.
        Project project;
        makeReviewedProject(project);
        const ProjectArticle original = project.articles().first();
        const QString member = project.fact(figureFact(project))->members.first();
        const Claim before = *project.claim(member);
        Article without = original.article;
        without.text.replace(before.text, QStringLiteral("several"));
        QVERIFY(project.reimportArticle(original.id, without));
        QVERIFY(project.claim(member)->orphaned);

        const QString path = dir.filePath(QStringLiteral("orphan.factbench"));
        QVERIFY(project.saveAs(path).ok());
        Project reopened;
        QVERIFY(reopened.open(path, Project::OpenMode::ReadOnly).ok());
        QVERIFY(reopened.claim(member)->orphaned);
        QCOMPARE(reopened.claim(member)->text, before.text);
        QVERIFY(reopened.reimportArticle(original.id, original.article));
        QVERIFY(!reopened.claim(member)->orphaned);
        QCOMPARE(reopened.claim(member)->range, before.range);
    }

    /// Deleting a claim is a decision: extracting again does not bring it back, and its id is
    /// not given to another claim.
    void testDeletedClaimStaysDeletedWhenExtractingAgain()
    {
        Project project;
        makeReviewedProject(project);
        const QString loose = looseClaim(project, ClaimKind::Figure);
        const QString member = project.fact(figureFact(project))->members.last();
        const Claim deleted = *project.claim(loose);
        const qsizetype claims = project.claims().size();
        QVERIFY(project.deleteClaim(loose));
        QVERIFY(project.deleteClaim(member));
        QCOMPARE(project.dismissedClaims().size(), 2);
        QVERIFY(project.dismissedClaims().first() == deleted);
        VERIFY_INDEX(project);

        project.rerunAnalysis();
        QCOMPARE(project.claims().size(), claims - 2);
        for (const Claim &claim : project.claims()) {
            QVERIFY(!(claim.articleId == deleted.articleId && claim.range == deleted.range));
        }
        const QString added
            = project.addClaim(project.articles().first().id, {0, 5}, ClaimKind::Quote);
        QVERIFY(added != loose && added != member);

        // Undone, the deletion is forgotten and the claim is back where it was.
        project.undoStack()->setIndex(project.undoStack()->index() - 4);
        QVERIFY(*project.claim(loose) == deleted);
        QVERIFY(project.dismissedClaims().isEmpty());
        VERIFY_INDEX(project);
    }

    /// A dismissed claim moves with its article's text and goes with its article.
    void testDismissedClaimsFollowTheirArticle()
    {
        Project project;
        makeReviewedProject(project);
        const ProjectArticle article = project.articles().first();
        QString loose;
        for (const Claim &claim : project.claims()) {
            if (claim.articleId == article.id && project.factOfClaim(claim.id).isEmpty()) {
                loose = claim.id;
            }
        }
        QVERIFY(!loose.isEmpty());
        const Claim deleted = *project.claim(loose);
        QVERIFY(project.deleteClaim(loose));

        Article changed = article.article;
        const QString preamble = QStringLiteral("Updated at noon.\n\n");
        changed.text.prepend(preamble);
        QVERIFY(project.reimportArticle(article.id, changed));
        const Claim &moved = project.dismissedClaims().first();
        QCOMPARE(moved.range.start, deleted.range.start + preamble.size());
        project.rerunAnalysis(); // At its new place it is still not extracted again.
        for (const Claim &claim : project.claims()) {
            QVERIFY(!(claim.articleId == article.id && claim.range == moved.range));
        }

        QVERIFY(project.removeArticle(article.id));
        QVERIFY(project.dismissedClaims().isEmpty());
        VERIFY_INDEX(project);
    }

    void testRemovingAnArticleTakesItsClaimsOutOfFacts()
    {
        Project project;
        makeReviewedProject(project);
        const QString article = project.articles().first().id;
        QVERIFY(project.removeArticle(article));
        for (const Claim &claim : project.claims()) {
            QVERIFY(claim.articleId != article);
        }
        for (const ProjectFact &fact : project.facts()) {
            for (const QString &member : fact.members) {
                QVERIFY(project.claim(member));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
