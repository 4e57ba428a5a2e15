#include "../review/projectfixture.h"

#include "io/projectreader.h"
#include "review/project.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstdio>

using namespace factbench;

namespace {

const QString childArgument = QStringLiteral("--save-in-a-loop");
constexpr int kills = 200;

/// The child: opens the project and saves a new version again and again (verdict "run R save S")
/// until it is killed.
int saveInALoop(const QString &path, const QString &run)
{
    Project project;
    if (!project.open(path).ok()) {
        return 2;
    }
    const QString fact = project.facts().first().id;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (int save = 1;; ++save) {
        project.setVerdict(fact, QStringLiteral("run %1 save %2").arg(run).arg(save));
        if (!project.save().ok()) {
            return 3;
        }
    }
}

ProjectData load(const QString &path)
{
    const ProjectReader::Result read = ProjectReader::read(path);
    if (!read.ok()) {
        qWarning("%s", qPrintable(read.error));
    }
    return read.data;
}

} // namespace

/// Saving is atomic: a process killed by SIGKILL at any moment of a save leaves the file whole,
/// either the version before or the one being written.
class TestSaveCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testKilledSavesLeaveAWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.factbench"));
        {
            Project project;
            QList<Article> articles;
            for (int copy = 0; copy < 20; ++copy) {
                articles.append(SampleArticles::load());
            }
            project.addArticles(articles);
            project.createFact({project.claims().first().id}, QStringLiteral("under test"));
            QVERIFY(project.saveAs(path).ok());
        }
        ProjectData previous = load(path);
        QVERIFY(!previous.articles.isEmpty());
        const QRegularExpression version(QStringLiteral("^run (\\d+) save (\\d+)$"));
        QRandomGenerator random(4242);
        int newer = 0;
        for (int run = 1; run <= kills; ++run) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                {childArgument, path, QString::number(run)});
            QVERIFY(child.waitForReadyRead(30000));
            QTest::qSleep(random.bounded(1, 40));
            child.kill();
            QVERIFY(child.waitForFinished(30000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const ProjectData now = load(path);
            QVERIFY2(!now.articles.isEmpty(), qPrintable(QStringLiteral("after kill %1").arg(run)));
            QVERIFY(now.articles == previous.articles);
            QVERIFY(now.claims == previous.claims);
            const QString verdict = now.facts.first().verdict;
            if (verdict != previous.facts.first().verdict) {
                // A newer version: exactly the one of this run's S-th save.
                const QRegularExpressionMatch match = version.match(verdict);
                QVERIFY2(match.hasMatch(), qPrintable(verdict));
                QCOMPARE(match.captured(1).toInt(), run);
                QCOMPARE(now.log.size(), previous.log.size() + match.captured(2).toInt());
                ++newer;
            } else {
                QVERIFY(now == previous);
            }
            previous = now;
        }
        // Most kills land after at least one save; on a loaded machine some do not.
        QVERIFY2(newer >= kills / 10, qPrintable(QString::number(newer)));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && QString::fromLocal8Bit(argv[1]) == childArgument) {
        return saveInALoop(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    TestSaveCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_savecrash.moc"
