#include "projectreaderproperties.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace factbench;

namespace {

const QString corpusDirectory = QStringLiteral(FACTBENCH_SOURCE_DIR "/tests/fuzz/corpus");

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// The fuzzer's corpus replayed under the normal build: its seeds (real project files) and every
/// input that once broke the reader. Each loads as a sound project that saves and reads back
/// equal, or is refused whole with one sentence; never a crash.
class TestProjectReaderCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testEveryInputLoadsOrGivesOneSentence_data()
    {
        QTest::addColumn<QString>("path");
        const QFileInfoList inputs = QDir(corpusDirectory).entryInfoList(QDir::Files, QDir::Name);
        QVERIFY2(inputs.size() >= 10, qPrintable(corpusDirectory));
        for (const QFileInfo &input : inputs) {
            QTest::newRow(qPrintable(input.fileName())) << input.filePath();
        }
    }

    void testEveryInputLoadsOrGivesOneSentence()
    {
        QFETCH(QString, path);
        bool loaded = false;
        const QString problem = ProjectReaderProperties::check(contentOf(path), &loaded);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The seeds are projects as Factbench writes them (`project-*`, remade by
        // make_corpus.py, and the version 0 sample) and must stay readable. The inputs that once
        // broke the reader (`crash-*`) only have to pass the checks above.
        const QString name = QFileInfo(path).fileName();
        if (!name.startsWith(QLatin1String("crash-"))) {
            QVERIFY2(loaded, "a seed project no longer loads: remake the corpus");
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectReaderCorpus)
#include "tst_projectreadercorpus.moc"
