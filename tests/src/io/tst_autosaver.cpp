#include "../review/projectfixture.h"

#include "io/autosaver.h"
#include "review/project.h"

#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>

using namespace factbench;

namespace {

const QString childArgument = QStringLiteral("--crashing-session");

/// The crashing session: saves a project, changes it, lets the autosave run, then dies by
/// SIGKILL, leaving its locks and its autosave behind as a real crash would.
int crashingSession(const QString &projectFile)
{
    Project project;
    makeReviewedProject(project);
    if (!project.saveAs(projectFile).ok()) {
        return 2;
    }
    Autosaver autosaver(&project);
    project.rejectFact(project.facts().last().id);
    project.editNote(project.facts().last().id, QStringLiteral("Written just before the crash."));
    if (!autosaver.autosaveNow().ok()) {
        return 3;
    }
    std::raise(SIGKILL);
    return 4;
}

} // namespace

/// Autosave and recovery: unsaved work survives a crash, and a live session's autosave is never
/// offered to another instance.
class TestAutosaver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(Autosaver::autosaveDirectory()).removeRecursively();
    }

    void testIntervalComesFromSettings()
    {
        Project project;
        {
            Autosaver autosaver(&project);
            QCOMPARE(autosaver.interval(), std::chrono::milliseconds(30000));
        }
        QSettings().setValue(QStringLiteral("autosave/intervalSeconds"), 5);
        Autosaver autosaver(&project);
        QSettings().remove(QStringLiteral("autosave/intervalSeconds"));
        QCOMPARE(autosaver.interval(), std::chrono::milliseconds(5000));
    }

    void testTimerWritesBesideTheFileAndSaveRemovesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.factbench"));
        Project project;
        makeReviewedProject(project);
        QVERIFY(project.saveAs(path).ok());
        Autosaver autosaver(&project);
        autosaver.setInterval(std::chrono::milliseconds(20));
        QSignalSpy autosaved(&autosaver, &Autosaver::autosaved);
        QCOMPARE(autosaver.autosaveFileName(),
            dir.filePath(QStringLiteral(".review.factbench.autosave")));
        QTest::qWait(100);
        QCOMPARE(autosaved.count(), 0); // Nothing unsaved, nothing written.
        QVERIFY(project.confirmFact(project.facts().last().id));
        QVERIFY(autosaved.wait(2000));
        QVERIFY(QFileInfo::exists(autosaver.autosaveFileName()));
        // A live session's autosave is not a crash: not offered.
        QVERIFY(Autosaver::recoveryFor(path).isEmpty());
        QVERIFY(project.save().ok());
        QVERIFY(!QFileInfo::exists(autosaver.autosaveFileName()));
    }

    void testUntitledProjectAutosavesInTheDataFolder()
    {
        Project project;
        makeReviewedProject(project);
        Autosaver autosaver(&project);
        QVERIFY(autosaver.autosaveFileName().startsWith(Autosaver::autosaveDirectory()));
        QVERIFY(autosaver.autosaveNow().ok());
        QVERIFY(QFileInfo::exists(autosaver.autosaveFileName()));
        autosaver.discard();
        QVERIFY(!QFileInfo::exists(autosaver.autosaveFileName()));
    }

    void testWorkSurvivesACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.factbench"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {childArgument, path});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // "Restart": the saved file has the old review, the autosave the newer one.
        const QList<Autosaver::Recovery> recoveries = Autosaver::recoveryFor(path);
        QCOMPARE(recoveries.size(), 1);
        QCOMPARE(recoveries.first().projectFileName, path);
        Project project;
        Autosaver autosaver(&project);
        const ProjectResult recovered = project.recover(recoveries.first().autosaveFileName, path);
        QVERIFY2(recovered.ok(), qPrintable(recovered.message));
        QCOMPARE(project.fileName(), path);
        QVERIFY(project.isModified());
        QCOMPARE(project.facts().last().status, FactStatus::Rejected);
        QCOMPARE(project.facts().last().note, QStringLiteral("Written just before the crash."));
        Autosaver::removeRecovery(recoveries.first());
        QVERIFY(!QFileInfo::exists(recoveries.first().autosaveFileName));

        QVERIFY(project.save().ok()); // The dead session's lock was stale: this one holds it now.
        Project reopened;
        QVERIFY(reopened.open(path, Project::OpenMode::ReadOnly).ok());
        QCOMPARE(reopened.facts().last().status, FactStatus::Rejected);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("factbench-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_autosaver"));
    if (argc == 3 && QString::fromLocal8Bit(argv[1]) == childArgument) {
        QStandardPaths::setTestModeEnabled(true);
        return crashingSession(QString::fromLocal8Bit(argv[2]));
    }
    TestAutosaver test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_autosaver.moc"
