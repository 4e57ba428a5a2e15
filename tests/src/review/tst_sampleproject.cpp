#include "io/projectreader.h"
#include "review/project.h"
#include "review/sampleproject.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace factbench;

namespace {

void build(Project &project)
{
    const ProjectResult built = SampleProject::build(project);
    QVERIFY2(built.ok(), qPrintable(built.message));
}

const ProjectFact *factLabelled(const Project &project, const QString &label)
{
    for (const ProjectFact &fact : project.facts()) {
        if (fact.label == label) {
            return &fact;
        }
    }
    return nullptr;
}

} // namespace

/// The built-in sample review: the GUI opens it and the export golden files are made of it.
class TestSampleProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testSampleHasEveryKindOfDecision()
    {
        Project project;
        build(project);
        QCOMPARE(project.articles().size(), 3);
        QHash<FactStatus, int> statuses;
        for (const ProjectFact &fact : project.facts()) {
            ++statuses[fact.status];
        }
        QCOMPARE(statuses.value(FactStatus::Confirmed), 6);
        QCOMPARE(statuses.value(FactStatus::Disputed), 1);
        QCOMPARE(statuses.value(FactStatus::Rejected), 1);
        QVERIFY(statuses.value(FactStatus::Proposed) >= 1);
    }

    void testDivergentFactIsResolvedWithAnExplanation()
    {
        Project project;
        build(project);
        const ProjectFact *homes = factLabelled(project, QStringLiteral("homes flooded"));
        QVERIFY(homes);
        QVERIFY(homes->divergent);
        QCOMPARE(homes->status, FactStatus::Confirmed);
        QCOMPARE(homes->verifiedValue, QStringLiteral("360"));
        QVERIFY(homes->note.contains(QStringLiteral("official count")));
    }

    void testQuoteSpeakerIsTheFireChiefEverywhere()
    {
        Project project;
        build(project);
        const ProjectFact *crews = nullptr;
        for (const ProjectFact &fact : project.facts()) {
            if (fact.label.startsWith(QStringLiteral("Tom Okafor:"))) {
                crews = &fact;
            }
        }
        QVERIFY(crews);
        QCOMPARE(crews->members.size(), 3);
        for (const QString &member : crews->members) {
            QCOMPARE(project.claim(member)->speaker(), QStringLiteral("Tom Okafor"));
        }
    }

    void testSampleIsTheSameEveryTime()
    {
        Project first;
        build(first);
        Project second;
        build(second);
        QCOMPARE(first.data(), second.data());
        // The log runs on the sample's own clock, one minute a step, under the sample's editor.
        QCOMPARE(first.log().first().time, SampleProject::startTime());
        QDateTime previous;
        for (const ReviewLogEntry &entry : first.log()) {
            QCOMPARE(entry.editor, SampleProject::editorName());
            QCOMPARE(SampleProject::startTime().secsTo(entry.time) % 60, 0);
            QVERIFY(!previous.isValid() || entry.time > previous);
            previous = entry.time;
        }
    }

    void testSampleOpensLikeAFile()
    {
        Project project;
        project.setEditorName(QStringLiteral("Someone Else"));
        build(project);
        QCOMPARE(project.undoStack()->count(), 0);
        QVERIFY(!project.isModified());
        // What the user does next is theirs, logged now and under their own name.
        QCOMPARE(project.editorName(), QStringLiteral("Someone Else"));
        QVERIFY(project.now() > SampleProject::startTime().addDays(1));
    }

    void testSampleSurvivesSaveAndRead()
    {
        Project project;
        build(project);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = dir.filePath(QStringLiteral("sample.factbench"));
        const ProjectResult saved = project.saveAs(fileName);
        QVERIFY2(saved.ok(), qPrintable(saved.message));
        const ProjectReader::Result read = ProjectReader::read(fileName);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.data, project.data());
    }

    void testSampleNeedsAnEmptyProject()
    {
        Project project;
        build(project);
        const ProjectResult again = SampleProject::build(project);
        QVERIFY(!again.ok());
        QVERIFY(again.message.contains(QStringLiteral("empty")));
    }
};

QTEST_GUILESS_MAIN(TestSampleProject)
#include "tst_sampleproject.moc"
