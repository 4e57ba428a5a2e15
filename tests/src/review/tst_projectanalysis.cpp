#include "projectfixture.h"

#include "review/analysis.h"
#include "review/articlemodel.h"
#include "review/project.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace factbench;

/// The verbs the window uses to keep long work off the GUI thread (an analysis made elsewhere),
/// and the article order.
class TestProjectAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testAnalysisMadeElsewhereGivesTheSameProject()
    {
        const QList<Article> articles = SampleArticles::load();
        Project direct;
        direct.addArticles(articles);
        direct.rerunAnalysis();

        Project handed;
        const Analysis analysis = Analysis::of(articles);
        QVERIFY(analysis.isOf(articles));
        QCOMPARE(handed.addArticles(articles, analysis).size(), articles.size());
        QCOMPARE(handed.claims(), direct.claims());
        QCOMPARE(handed.facts(), direct.facts());
        QVERIFY(!handed.facts().isEmpty());
        // Adding and proposing is one step for the editor.
        QCOMPARE(handed.undoStack()->count(), 1);
        handed.undoStack()->undo();
        QVERIFY(handed.articles().isEmpty());
        QVERIFY(handed.claims().isEmpty());
        QVERIFY(handed.facts().isEmpty());
        handed.undoStack()->redo();
        QCOMPARE(handed.facts(), direct.facts());
    }

    void testProgressReportsEachArticleAndCanStop()
    {
        const QList<Article> articles = SampleArticles::load();
        QList<qsizetype> reported;
        const std::optional<Analysis> watched = Analysis::of(articles, [&](qsizetype done) {
            reported.append(done);
            return true;
        });
        QVERIFY(watched);
        QCOMPARE(reported, (QList<qsizetype> {1, 2, 3}));
        // The same analysis as without progress: ids across the run, speakers unified.
        const Analysis plain = Analysis::of(articles);
        QCOMPARE(watched->articleHashes, plain.articleHashes);
        QCOMPARE(watched->extractions.size(), plain.extractions.size());
        for (qsizetype i = 0; i < plain.extractions.size(); ++i) {
            const Extraction &a = watched->extractions.at(i);
            const Extraction &b = plain.extractions.at(i);
            QCOMPARE(a.figures.size(), b.figures.size());
            QCOMPARE(a.quotes.size(), b.quotes.size());
            for (qsizetype f = 0; f < a.figures.size(); ++f) {
                QCOMPARE(a.figures.at(f).id, b.figures.at(f).id);
            }
            for (qsizetype q = 0; q < a.quotes.size(); ++q) {
                QCOMPARE(a.quotes.at(q).id, b.quotes.at(q).id);
                QCOMPARE(a.quotes.at(q).speaker, b.quotes.at(q).speaker);
            }
        }
        QVERIFY(watched->extractions.at(1).figures.first().id.startsWith(QLatin1String("a1f")));
        QCOMPARE(watched->facts.size(), plain.facts.size());

        int calls = 0;
        const std::optional<Analysis> stopped
            = Analysis::of(articles, [&calls](qsizetype) { return ++calls < 2; });
        QVERIFY(!stopped);
        QCOMPARE(calls, 2);
    }

    void testStaleAnalysisIsNotUsed()
    {
        const QList<Article> articles = SampleArticles::load();
        // An analysis of the first article only: it does not fit three.
        const Analysis stale = Analysis::of(articles.mid(0, 1));
        QVERIFY(!stale.isOf(articles));
        Project project;
        project.addArticles(articles, stale);
        Project direct;
        direct.addArticles(articles);
        direct.rerunAnalysis();
        QCOMPARE(project.claims(), direct.claims());
        QCOMPARE(project.facts(), direct.facts());

        // An edited text makes an analysis stale too.
        QList<Article> edited = articles;
        edited[1].text.append(QStringLiteral("\nA late correction: 12 more homes."));
        QVERIFY(!Analysis::of(articles).isOf(edited));
    }

    void testRerunWithAnalysisKeepsDecisions()
    {
        Project project;
        makeReviewedProject(project);
        const ProjectFact confirmed = project.facts().first();
        QList<Article> articles;
        for (const ProjectArticle &article : project.articles()) {
            articles.append(article.article);
        }
        project.rerunAnalysis(Analysis::of(articles));
        QCOMPARE(*project.fact(confirmed.id), confirmed);
        QVERIFY(project.facts().size() > 2);
    }

    void testMoveArticleUndoesAndRedoes()
    {
        Project project;
        const QStringList ids = project.addArticles(SampleArticles::load());
        QCOMPARE(ids.size(), 3);
        QVERIFY(project.moveArticle(ids.at(2), 0));
        QCOMPARE(project.articles().at(0).id, ids.at(2));
        QCOMPARE(project.articles().at(1).id, ids.at(0));
        project.undoStack()->undo();
        QCOMPARE(project.articles().at(0).id, ids.at(0));
        QCOMPARE(project.articles().at(2).id, ids.at(2));
        project.undoStack()->redo();
        QCOMPARE(project.articles().at(0).id, ids.at(2));
        const int steps = project.undoStack()->count();
        QVERIFY(project.moveArticle(ids.at(2), 0)); // Already there: nothing to undo.
        QCOMPARE(project.undoStack()->count(), steps);
        QVERIFY(!project.moveArticle(ids.at(0), 3));
        QVERIFY(!project.moveArticle(QStringLiteral("a99"), 0));
    }

    void testArticleModelCountsReviewedClaims()
    {
        Project project;
        ArticleModel model(&project);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        makeReviewedProject(project);
        // The fixture confirms one fact with one figure of each article.
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model.index(row, ArticleModel::Reviewed).data().toInt(), 1);
            QVERIFY(model.index(row, ArticleModel::Claims).data().toInt() > 1);
        }
        const QString confirmed = project.facts().first().id;
        QVERIFY(project.rejectFact(confirmed)); // Rejecting is a decision too.
        QCOMPARE(model.index(0, ArticleModel::Reviewed).data().toInt(), 1);
        project.undoStack()->undo();
        project.undoStack()->undo(); // The confirmation, back to proposed... and before it.
        while (project.fact(confirmed)->status != FactStatus::Proposed) {
            project.undoStack()->undo();
        }
        QCOMPARE(model.index(0, ArticleModel::Reviewed).data().toInt(), 0);
        QVERIFY(project.moveArticle(project.articles().at(2).id, 0));
    }
};

QTEST_GUILESS_MAIN(TestProjectAnalysis)
#include "tst_projectanalysis.moc"
