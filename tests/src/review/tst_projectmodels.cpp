#include "projectfixture.h"

#include "review/articlemodel.h"
#include "review/claimmodel.h"
#include "review/factmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace factbench;

/// The fact, claim and article models follow every change of the project, verbs, undo, redo and
/// loading alike, with QAbstractItemModelTester watching each signal.
class TestProjectModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testModelsStayConsistentThroughVerbsUndoAndLoad()
    {
        Project project;
        FactModel facts(&project);
        ClaimModel claims(&project);
        ArticleModel articles(&project);
        QAbstractItemModelTester factTester(
            &facts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester claimTester(
            &claims, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester articleTester(
            &articles, QAbstractItemModelTester::FailureReportingMode::QtTest);

        makeReviewedProject(project);
        QCOMPARE(articles.rowCount(), 3);
        QCOMPARE(claims.rowCount(), int(project.claims().size()));
        QCOMPARE(facts.rowCount(), 2);

        const QModelIndex label = facts.index(0, FactModel::Label);
        QCOMPARE(label.data().toString(), QStringLiteral("homes flooded"));
        QCOMPARE(facts.index(0, FactModel::Status).data().toString(), QStringLiteral("confirmed"));
        QVERIFY(
            facts.index(0, FactModel::Values).data().toString().contains(QStringLiteral("341")));
        QCOMPARE(label.data(ProjectTableModel::IdRole).toString(), project.facts().first().id);

        QSignalSpy changed(&facts, &QAbstractItemModel::dataChanged);
        QVERIFY(project.rejectFact(project.facts().first().id));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(facts.index(0, FactModel::Status).data().toString(), QStringLiteral("rejected"));

        const QString member = project.facts().first().members.first();
        const QModelIndex claimRow = claims.indexOfId(member);
        QCOMPARE(claims.index(claimRow.row(), ClaimModel::Fact).data().toString(),
            QStringLiteral("homes flooded"));
        QVERIFY(project.moveClaim(member, {}));
        QCOMPARE(claims.index(claimRow.row(), ClaimModel::Fact).data().toString(), QString());

        QVERIFY(project.removeArticle(project.articles().first().id));
        QCOMPARE(articles.rowCount(), 2);
        QCOMPARE(claims.rowCount(), int(project.claims().size()));
        // A deleted claim leaves the claims model; the table it is kept in has no model.
        QVERIFY(project.deleteClaim(project.claims().first().id));
        QCOMPARE(claims.rowCount(), int(project.claims().size()));
        while (project.undoStack()->canUndo()) {
            project.undoStack()->undo();
        }
        QCOMPARE(articles.rowCount(), 0);
        QCOMPARE(claims.rowCount(), 0);
        QCOMPARE(facts.rowCount(), 0);
        while (project.undoStack()->canRedo()) {
            project.undoStack()->redo();
        }
        QCOMPARE(articles.rowCount(), 2);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("models.factbench"));
        QVERIFY(project.saveAs(path).ok());
        Project other;
        FactModel otherFacts(&other);
        QAbstractItemModelTester otherTester(
            &otherFacts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(other.open(path, Project::OpenMode::ReadOnly).ok());
        QCOMPARE(otherFacts.rowCount(), int(project.facts().size()));
        QCOMPARE(articles.headerData(ArticleModel::Outlet, Qt::Horizontal).toString(),
            QStringLiteral("Outlet"));
    }
};

QTEST_GUILESS_MAIN(TestProjectModels)
#include "tst_projectmodels.moc"
