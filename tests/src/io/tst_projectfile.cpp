#include "../review/projectfixture.h"

#include "article/articleimporter.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"
#include "review/project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

using namespace factbench;

namespace {

const QString holdArgument = QStringLiteral("--hold-the-project");

/// The first instance in testSecondInstanceMayOnlyRead: opens the project for editing, says so,
/// and keeps it open until it is killed.
int holdTheProject(const QString &path)
{
    Project project;
    if (!project.open(path).ok()) {
        return 2;
    }
    std::fputs("editing\n", stdout);
    std::fflush(stdout);
    for (;;) {
        ::pause();
    }
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// Saving and opening: equal projects back, a file that diffs cleanly, the undo stack clean only
/// after a real commit, failed saves that keep everything, and one editor per file.
class TestProjectFile : public QObject
{
    Q_OBJECT
    /// Row by row, so that a failure names what differs.
    static void compareData(const ProjectData &actual, const ProjectData &expected)
    {
        QCOMPARE(actual.articles.size(), expected.articles.size());
        for (qsizetype i = 0; i < actual.articles.size(); ++i) {
            const Article &a = actual.articles.at(i).article;
            const Article &b = expected.articles.at(i).article;
            QCOMPARE(a.source, b.source);
            QCOMPARE(a.text, b.text);
            QCOMPARE(a.publishedIso(), b.publishedIso());
            QVERIFY2(actual.articles.at(i) == expected.articles.at(i),
                qPrintable(actual.articles.at(i).id));
        }
        QCOMPARE(actual.claims.size(), expected.claims.size());
        for (qsizetype i = 0; i < actual.claims.size(); ++i) {
            QVERIFY2(
                actual.claims.at(i) == expected.claims.at(i), qPrintable(actual.claims.at(i).id));
        }
        QCOMPARE(actual.facts.size(), expected.facts.size());
        for (qsizetype i = 0; i < actual.facts.size(); ++i) {
            QVERIFY2(actual.facts.at(i) == expected.facts.at(i), qPrintable(actual.facts.at(i).id));
        }
        QCOMPARE(actual.log.size(), expected.log.size());
        for (qsizetype i = 0; i < actual.log.size(); ++i) {
            QCOMPARE(actual.log.at(i).time, expected.log.at(i).time);
            QVERIFY(actual.log.at(i) == expected.log.at(i));
        }
    }

private Q_SLOTS:
    void testSaveThenOpenGivesAnEqualProject()
    {
        QTemporaryDir dir;
        Project project;
        makeReviewedProject(project);
        const QString path = dir.filePath(QStringLiteral("review.factbench"));
        QVERIFY(project.saveAs(path).ok());
        QVERIFY(!project.isModified());

        Project reopened;
        const ProjectResult opened = reopened.open(path, Project::OpenMode::ReadOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        compareData(reopened.data(), project.data());
        QVERIFY(reopened.data() == project.data());
        QVERIFY(!reopened.isModified());
        QVERIFY(reopened.isReadOnly());
    }

    /// The claims the editor deleted are saved apart, so a reopened project still does not
    /// extract them again.
    void testDismissedClaimsAreSaved()
    {
        QTemporaryDir dir;
        Project project;
        makeReviewedProject(project);
        const QString deleted = project.claims().last().id;
        QVERIFY(project.deleteClaim(deleted));
        const QString path = dir.filePath(QStringLiteral("review.factbench"));
        QVERIFY(project.saveAs(path).ok());
        Project reopened;
        QVERIFY(reopened.open(path, Project::OpenMode::ReadOnly).ok());
        QVERIFY(reopened.data() == project.data());
        QCOMPARE(reopened.dismissedClaims().first().id, deleted);
        const qsizetype claims = reopened.claims().size();
        reopened.rerunAnalysis();
        QCOMPARE(reopened.claims().size(), claims);
        QVERIFY(!reopened.claim(deleted));
    }

    void testSavingTwiceWritesTheSameBytes()
    {
        Project project;
        makeReviewedProject(project);
        const ProjectWriter::Options options {QStringLiteral("/tmp"), {}, false};
        const QByteArray first = ProjectWriter::toJson(project.data(), options);
        QCOMPARE(ProjectWriter::toJson(project.data(), options), first);
        // One text line per element, so a changed paragraph diffs as one line.
        const QJsonObject root = QJsonDocument::fromJson(first).object();
        QCOMPARE(
            root.value(QStringLiteral("format")).toString(), QStringLiteral("factbench-project"));
        QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 1);
        QCOMPARE(
            root.value(QStringLiteral("appVersion")).toString(), QStringLiteral(FACTBENCH_VERSION));
        const QJsonObject article
            = root.value(QStringLiteral("articles")).toArray().first().toObject();
        QVERIFY(article.value(QStringLiteral("text")).toArray().size() > 5);
        QCOMPARE(article.value(QStringLiteral("sha256")).toString().size(), 64);
    }

    void testArticlePathsAreRelativeToTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sources")));
        const QString source = dir.filePath(QStringLiteral("sources/story.txt"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Officials said 45 people were rescued.\n");
        file.close();
        Project project;
        QVERIFY(!project.addArticle(ArticleImporter::importFile(source)).isEmpty());
        const QString path = dir.filePath(QStringLiteral("review.factbench"));
        QVERIFY(project.saveAs(path).ok());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(saved.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("articles"))
                     .toArray()
                     .first()[QStringLiteral("source")]
                     .toString(),
            QStringLiteral("sources/story.txt"));
        const ProjectReader::Result read = ProjectReader::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read.data.articles.first().article.source, source);
    }

    void testCleanOnlyAfterASuccessfulSave()
    {
        QTemporaryDir dir;
        Project project;
        makeReviewedProject(project);
        QVERIFY(project.isModified());
        QSignalSpy savedSpy(&project, &Project::saved);
        const ProjectResult failed
            = project.saveAs(dir.filePath(QStringLiteral("gone/review.factbench")));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.message.contains(QStringLiteral("gone/review.factbench")),
            qPrintable(failed.message));
        QVERIFY(project.isModified());
        QVERIFY(project.fileName().isEmpty());
        QCOMPARE(savedSpy.count(), 0);
        QVERIFY(project.saveAs(dir.filePath(QStringLiteral("review.factbench"))).ok());
        QVERIFY(!project.isModified());
        QCOMPARE(savedSpy.count(), 1);
    }

    void testSaveIntoARemovedFolderKeepsState()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("review"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("review.factbench"));
        Project project;
        makeReviewedProject(project);
        QVERIFY(project.saveAs(path).ok());
        QVERIFY(project.confirmFact(project.facts().last().id));
        QVERIFY(QDir(folder).removeRecursively()); // The folder went away (a USB stick pulled out).
        const ProjectResult failed = project.save();
        QVERIFY(!failed.ok());
        QVERIFY2(failed.message.startsWith(QStringLiteral("Could not save %1: ").arg(path)),
            qPrintable(failed.message));
        QVERIFY(project.isModified());
        QCOMPARE(project.fileName(), path);
        QCOMPARE(project.facts().last().status, FactStatus::Confirmed);
    }

    void testSaveOverAFolderFails()
    {
        QTemporaryDir dir;
        Project project;
        makeReviewedProject(project);
        const ProjectResult failed = project.saveAs(dir.path());
        QVERIFY(!failed.ok());
        QVERIFY(project.isModified());
        QVERIFY(project.fileName().isEmpty());
    }

    void testFailedSaveKeepsTheOldFile()
    {
        if (::geteuid() == 0) {
            QSKIP("root writes into read-only folders (testDiskFullKeepsTheOldFileAndTheState "
                  "fails a save for root too)");
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.factbench"));
        Project project;
        makeReviewedProject(project);
        QVERIFY(project.saveAs(path).ok());
        const QByteArray onDisk = contentOf(path);
        QVERIFY(project.confirmFact(project.facts().last().id));
        const ProjectData before = project.data();
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const ProjectResult failed = project.save();
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.message.startsWith(QStringLiteral("Could not save %1: ").arg(path))
                && failed.message.endsWith(QLatin1Char('.')),
            qPrintable(failed.message));
        QVERIFY(project.isModified());
        QVERIFY(project.data() == before);
        QCOMPARE(contentOf(path), onDisk);
    }

    /// A disk that fills up in the middle of a save (the file size limit stands in for it, and
    /// binds root too): the save says so in one sentence, the old file stays whole, and the
    /// project keeps every change, still unsaved.
    void testDiskFullKeepsTheOldFileAndTheState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.factbench"));
        Project project;
        makeReviewedProject(project);
        QVERIFY(project.saveAs(path).ok());
        const QByteArray onDisk = contentOf(path);
        QVERIFY(project.editNote(project.facts().last().id, QString(8192, QLatin1Char('n'))));
        const ProjectData before = project.data();
        const int undoIndex = project.undoStack()->index();

        rlimit unlimited {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &unlimited), 0);
        rlimit full = unlimited;
        full.rlim_cur = rlim_t(onDisk.size() + 1024); // The old file fits; the new one does not.
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // A failed write, not a signal.
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &full), 0);
        const ProjectResult failed = project.save();
        ::setrlimit(RLIMIT_FSIZE, &unlimited);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!failed.ok());
        QCOMPARE(failed.message,
            QStringLiteral("Could not save %1: File too large. The project is still open and "
                           "unchanged.")
                .arg(path));
        QCOMPARE(contentOf(path), onDisk);
        QVERIFY(project.isModified());
        QCOMPARE(project.undoStack()->index(), undoIndex);
        QVERIFY(project.data() == before);
        QCOMPARE(project.fileName(), path);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            (QStringList {QStringLiteral(".review.factbench.lock"),
                QStringLiteral("review.factbench")})); // No half-written file left behind.
        QVERIFY(project.save().ok()); // Space again: the same changes save.
        QVERIFY(!project.isModified());
    }

    /// A second Factbench (another process) may not edit a project that one is editing; it may
    /// open it read-only. When the first dies, its lock is stale and the project opens again.
    void testSecondInstanceMayOnlyRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.factbench"));
        {
            Project project;
            makeReviewedProject(project);
            QVERIFY(project.saveAs(path).ok());
        }
        QProcess first;
        first.start(QCoreApplication::applicationFilePath(), {holdArgument, path});
        QVERIFY(first.waitForReadyRead(30000));
        QCOMPARE(first.readLine(), QByteArray("editing\n"));

        Project second;
        const ProjectResult refused = second.open(path);
        QCOMPARE(refused.message,
            QStringLiteral("%1 is open in another Factbench (process %2 on %3); open it read-only "
                           "to look at it.")
                .arg(path)
                .arg(first.processId())
                .arg(QSysInfo::machineHostName()));
        QVERIFY(second.articles().isEmpty());
        QVERIFY(second.fileName().isEmpty());
        const ProjectResult read = second.open(path, Project::OpenMode::ReadOnly);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QVERIFY(second.isReadOnly());
        QVERIFY(second.rejectFact(second.facts().first().id));
        QCOMPARE(second.save().message,
            QStringLiteral("%1 is open read-only; save it under another name.").arg(path));
        QVERIFY(second.isModified());

        first.kill(); // SIGKILL: the lock file stays behind, as after a crash.
        QVERIFY(first.waitForFinished(30000));
        Project third;
        const ProjectResult reopened = third.open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message));
        QVERIFY(!third.isReadOnly());
        QVERIFY(third.save().ok());
    }

    void testSecondEditorIsRefusedButMayRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.factbench"));
        Project first;
        makeReviewedProject(first);
        QVERIFY(first.saveAs(path).ok());

        Project second;
        const ProjectResult refused = second.open(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message.contains(QStringLiteral("is open in another Factbench")),
            qPrintable(refused.message));
        QVERIFY(second.articles().isEmpty());
        QVERIFY(second.open(path, Project::OpenMode::ReadOnly).ok());
        QVERIFY(second.confirmFact(second.facts().last().id));
        QVERIFY(!second.save().ok());

        first.clear(); // Releases the lock.
        Project third;
        QVERIFY(third.open(path).ok());
    }

    void testReopeningTheSameFileKeepsItsLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.factbench"));
        Project project;
        makeReviewedProject(project);
        QVERIFY(project.saveAs(path).ok());
        QVERIFY(project.open(path).ok());
        QVERIFY(project.save().ok());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QString::fromLocal8Bit(argv[1]) == holdArgument) {
        return holdTheProject(QString::fromLocal8Bit(argv[2]));
    }
    TestProjectFile test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_projectfile.moc"
