#include "../review/projectfixture.h"

#include "io/projectjsonreader.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace factbench;

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

const QString fileName = QStringLiteral("/projects/review.factbench");

QByteArray validFile()
{
    static const QByteArray bytes = [] {
        Project project;
        makeReviewedProject(project);
        return ProjectWriter::toJson(project.data(), {QStringLiteral("/projects"), {}, false});
    }();
    return bytes;
}

QJsonObject root()
{
    return QJsonDocument::fromJson(validFile()).object();
}

/// The first article's length in code points, as messages count it.
qsizetype firstArticleLength()
{
    const QJsonArray lines = root()
                                 .value(QStringLiteral("articles"))
                                 .toArray()
                                 .at(0)[QStringLiteral("text")]
                                 .toArray();
    QStringList text;
    for (const QJsonValue &line : lines) {
        text.append(line.toString());
    }
    return text.join(QLatin1Char('\n')).toUcs4().size();
}

/// Edits one entry of one of the root's arrays.
void editEntry(QJsonObject &root, const QString &table, qsizetype index,
    const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray array = root.value(table).toArray();
    QJsonObject entry = array.at(index).toObject();
    edit(entry);
    array.replace(index, entry);
    root.insert(table, array);
}

} // namespace

/// A project file may come from anywhere: each problem gives one sentence naming the file, and
/// a file with any problem is refused whole.
class TestProjectReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testValidFileReads()
    {
        const ProjectReader::Result read
            = ProjectReader::parse(validFile(), fileName, QStringLiteral("/projects"));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.formatVersion, 1);
        QCOMPARE(read.data.articles.size(), 3);
    }

    void testInvalidJsonGivesLineAndColumn()
    {
        const QByteArray bytes
            = "{\n  \"format\": \"factbench-project\",\n  \"formatVersion\": 1,,\n}";
        const ProjectReader::Result read = ProjectReader::parse(bytes, fileName, {});
        QVERIFY(!read.ok());
        QVERIFY2(
            read.error.startsWith(QStringLiteral("/projects/review.factbench cannot be opened: "
                                                 "it is not valid JSON")),
            qPrintable(read.error));
        QVERIFY2(read.error.contains(QStringLiteral("line 3, column 23")), qPrintable(read.error));
        QCOMPARE(read.error,
            QStringLiteral("/projects/review.factbench cannot be opened: it is not valid JSON "
                           "(unterminated object at line 3, column 23)."));
    }

    void testTooManyRowsAreRefusedBeforeReadingThem()
    {
        QByteArray bytes = "{\"format\": \"factbench-project\", \"formatVersion\": 1, "
                           "\"articles\": [], \"facts\": [], \"claims\": [";
        bytes.reserve(bytes.size() + 2 * (ProjectJsonReader::maximumRows + 1) + 8);
        for (qsizetype i = 0; i <= ProjectJsonReader::maximumRows; ++i) {
            bytes += i == 0 ? "0" : ",0";
        }
        bytes += "]}";
        const ProjectReader::Result read = ProjectReader::parse(bytes, fileName, {});
        QCOMPARE(read.error,
            QStringLiteral("/projects/review.factbench cannot be opened: its \"claims\" has more "
                           "than 5000000 entries."));
        QVERIFY(read.data == ProjectData {});
    }

    void testBadContentIsRefusedWhole_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not a project") << Mutation([](QJsonObject &root) {
            root.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        }) << QStringLiteral("it is not a Factbench project");
        QTest::newRow("newer format")
            << Mutation([](QJsonObject &root) { root.insert(QStringLiteral("formatVersion"), 7); })
            << QStringLiteral(
                   "it was made by a newer Factbench (format version 7; this one reads up "
                   "to 1)");
        QTest::newRow("version not a number") << Mutation([](QJsonObject &root) {
            root.insert(QStringLiteral("formatVersion"), QStringLiteral("1"));
        }) << QStringLiteral("its format version is missing or not a whole number");
        QTest::newRow("claims missing")
            << Mutation([](QJsonObject &root) { root.remove(QStringLiteral("claims")); })
            << QStringLiteral("its \"claims\" is missing or not a list");
        QTest::newRow("offset past the text")
            << Mutation([](QJsonObject &root) {
                   editEntry(root, QStringLiteral("claims"), 0,
                       [](QJsonObject &claim) { claim.insert(QStringLiteral("end"), 1000000); });
               })
            << QStringLiteral("claim c1 points to character 1000000, past the end of its "
                              "article's text (%1 characters)")
                   .arg(firstArticleLength());
        QTest::newRow("negative offset") << Mutation([](QJsonObject &root) {
            editEntry(root, QStringLiteral("claims"), 0,
                [](QJsonObject &claim) { claim.insert(QStringLiteral("start"), -3); });
        }) << QStringLiteral("claim c1 has an offset that is not a whole number");
        QTest::newRow("fractional offset") << Mutation([](QJsonObject &root) {
            editEntry(root, QStringLiteral("claims"), 0,
                [](QJsonObject &claim) { claim.insert(QStringLiteral("end"), 2.5); });
        }) << QStringLiteral("claim c1 has an offset that is not a whole number");
        QTest::newRow("absurd offset")
            << Mutation([](QJsonObject &root) {
                   editEntry(root, QStringLiteral("claims"), 0,
                       [](QJsonObject &claim) { claim.insert(QStringLiteral("end"), 1e300); });
               })
            << QStringLiteral("claim c1 points to character 1e+300, past the end of its article's "
                              "text (%1 characters)")
                   .arg(firstArticleLength());
        QTest::newRow("boilerplate past the text") << Mutation([](QJsonObject &root) {
            editEntry(root, QStringLiteral("articles"), 0, [](QJsonObject &article) {
                article.insert(QStringLiteral("boilerplate"), QJsonArray {QJsonArray {0, 99999}});
            });
        })
                                                   << QStringLiteral(
                                                          "article a1 points to character 99999, "
                                                          "past the end of its "
                                                          "article's text (%1 characters)")
                                                          .arg(firstArticleLength());
        QTest::newRow("absurd format version")
            << Mutation(
                   [](QJsonObject &root) { root.insert(QStringLiteral("formatVersion"), 1e300); })
            << QStringLiteral("it was made by a newer Factbench (format version 1e+300; this one "
                              "reads up to 1)");
        QTest::newRow("duplicate article id") << Mutation([](QJsonObject &root) {
            editEntry(root, QStringLiteral("articles"), 1, [](QJsonObject &article) {
                article.insert(QStringLiteral("id"), QStringLiteral("a1"));
            });
        }) << QStringLiteral("the id a1 is used twice");
        QTest::newRow("duplicate fact id") << Mutation([](QJsonObject &root) {
            editEntry(root, QStringLiteral("facts"), 1,
                [](QJsonObject &fact) { fact.insert(QStringLiteral("id"), QStringLiteral("f1")); });
        }) << QStringLiteral("the id f1 is used twice");
        QTest::newRow("dismissed claim of no article")
            << Mutation([](QJsonObject &root) {
                   QJsonObject claim
                       = root.value(QStringLiteral("claims")).toArray().at(0).toObject();
                   claim.insert(QStringLiteral("id"), QStringLiteral("c900"));
                   claim.insert(QStringLiteral("article"), QStringLiteral("a9"));
                   root.insert(QStringLiteral("dismissed"), QJsonArray {claim});
               })
            << QStringLiteral("dismissed claim c900 belongs to article a9, which is not in the "
                              "project");
        QTest::newRow("dismissed claim with a live claim's id") << Mutation([](QJsonObject &root) {
            const QJsonObject claim
                = root.value(QStringLiteral("claims")).toArray().at(0).toObject();
            root.insert(QStringLiteral("dismissed"), QJsonArray {claim});
        }) << QStringLiteral("the id c1 is used twice");
        QTest::newRow("fact holding a dismissed claim") << Mutation([](QJsonObject &root) {
            QJsonArray claims = root.value(QStringLiteral("claims")).toArray();
            const QJsonObject claim = claims.takeAt(0).toObject();
            root.insert(QStringLiteral("claims"), claims);
            root.insert(QStringLiteral("dismissed"), QJsonArray {claim});
            editEntry(root, QStringLiteral("facts"), 0, [](QJsonObject &fact) {
                fact.insert(QStringLiteral("members"), QJsonArray {QStringLiteral("c1")});
            });
        }) << QStringLiteral("fact f1 names claim c1, which is not in the project");
        QTest::newRow("missing id") << Mutation([](QJsonObject &root) {
            editEntry(root, QStringLiteral("facts"), 1,
                [](QJsonObject &fact) { fact.remove(QStringLiteral("id")); });
        }) << QStringLiteral("fact number 2 has no id");
        QTest::newRow("text not at offsets") << Mutation([](QJsonObject &root) {
            editEntry(root, QStringLiteral("claims"), 0, [](QJsonObject &claim) {
                claim.insert(QStringLiteral("text"), QStringLiteral("x"));
            });
        }) << QStringLiteral("claim c1 does not match its article's text at its offsets");
        QTest::newRow("duplicate claim id") << Mutation([](QJsonObject &root) {
            editEntry(root, QStringLiteral("claims"), 1, [](QJsonObject &claim) {
                claim.insert(QStringLiteral("id"), QStringLiteral("c1"));
            });
        }) << QStringLiteral("the id c1 is used twice");
        QTest::newRow("dangling article") << Mutation([](QJsonObject &root) {
            editEntry(root, QStringLiteral("claims"), 0, [](QJsonObject &claim) {
                claim.insert(QStringLiteral("article"), QStringLiteral("a9"));
            });
        }) << QStringLiteral("claim c1 belongs to article a9, which is not in the project");
        QTest::newRow("dangling member") << Mutation([](QJsonObject &root) {
            editEntry(root, QStringLiteral("facts"), 0, [](QJsonObject &fact) {
                fact.insert(QStringLiteral("members"), QJsonArray {QStringLiteral("c999")});
            });
        }) << QStringLiteral("fact f1 names claim c999, which is not in the project");
        QTest::newRow("claim in two facts")
            << Mutation([](QJsonObject &root) {
                   const QJsonArray members = root.value(QStringLiteral("facts"))
                                                  .toArray()
                                                  .at(0)[QStringLiteral("members")]
                                                  .toArray();
                   editEntry(root, QStringLiteral("facts"), 1, [&members](QJsonObject &fact) {
                       fact.insert(QStringLiteral("kind"), QStringLiteral("figure"));
                       fact.insert(QStringLiteral("members"), QJsonArray {members.at(0)});
                   });
               })
            << QStringLiteral("claim %1 is in both fact f1 and fact f2")
                   .arg(root()
                            .value(QStringLiteral("facts"))
                            .toArray()
                            .at(0)[QStringLiteral("members")][0]
                            .toString());
        QTest::newRow("unknown status") << Mutation([](QJsonObject &root) {
            editEntry(root, QStringLiteral("facts"), 0, [](QJsonObject &fact) {
                fact.insert(QStringLiteral("status"), QStringLiteral("maybe"));
            });
        }) << QStringLiteral("fact f1 has an unknown kind, origin, status or agreement");
        QTest::newRow("text edited by hand")
            << Mutation([](QJsonObject &root) {
                   editEntry(root, QStringLiteral("articles"), 0, [](QJsonObject &article) {
                       QJsonArray lines = article.value(QStringLiteral("text")).toArray();
                       lines.append(QStringLiteral("An added line."));
                       article.insert(QStringLiteral("text"), lines);
                   });
               })
            << QStringLiteral(
                   "the text of article a1 does not match its SHA-256 (was it edited by hand?)");
        QTest::newRow("log time") << Mutation([](QJsonObject &root) {
            editEntry(root, QStringLiteral("log"), 0, [](QJsonObject &entry) {
                entry.insert(QStringLiteral("time"), QStringLiteral("yesterday"));
            });
        }) << QStringLiteral("a review log entry has a time that is not a time");
    }

    void testBadContentIsRefusedWhole()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, problem);
        QJsonObject json = root();
        mutation(json);
        const ProjectReader::Result read
            = ProjectReader::parse(QJsonDocument(json).toJson(), fileName, {});
        QVERIFY(!read.ok());
        // One sentence, word for word: the file, what is wrong with it, a full stop.
        QCOMPARE(read.error,
            QStringLiteral("/projects/review.factbench cannot be opened: %1.").arg(problem));
        QVERIFY(read.data == ProjectData {});
    }

    void testAbsurdSizeIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.factbench"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ProjectReader::maximumFileSize + 1)); // Sparse: costs no disk.
        file.close();
        const ProjectReader::Result read = ProjectReader::read(path);
        QCOMPARE(read.error,
            QStringLiteral("%1 cannot be opened: it is 257 MB, more than any project needs (at "
                           "most 256 MB).")
                .arg(path));
    }

    void testMissingFileNamesIt()
    {
        const ProjectReader::Result read
            = ProjectReader::read(QStringLiteral("/nonexistent/p.factbench"));
        QVERIFY(
            read.error.startsWith(QStringLiteral("/nonexistent/p.factbench cannot be opened: ")));
    }

    void testVersionZeroIsMigrated()
    {
        const QString path = QStringLiteral(FACTBENCH_TEST_DATA "/project/version0.factbench");
        const ProjectReader::Result read = ProjectReader::read(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.formatVersion, 0);
        const ProjectData &data = read.data;
        QCOMPARE(data.articles.size(), 1);
        QCOMPARE(data.articles.first().article.source,
            QStringLiteral(FACTBENCH_TEST_DATA "/project/sources/storm.txt"));
        QCOMPARE(data.articles.first().sha256,
            ProjectArticle::hashText(data.articles.first().article.text));
        QCOMPARE(data.claims.size(), 3);
        QCOMPARE(data.claims.at(1).kind, ClaimKind::Quote);
        QCOMPARE(data.claims.at(1).quote.speaker, QStringLiteral("The mayor"));
        QCOMPARE(data.claims.at(2).figure.value, 47.0);
        QCOMPARE(data.facts.at(0).status, FactStatus::Confirmed);
        QCOMPARE(data.facts.at(0).kind, FactKind::Figure);
        QCOMPARE(data.facts.at(1).status, FactStatus::Proposed);
        QCOMPARE(data.facts.at(1).kind, FactKind::Quote);
        // Written back, it is a version 1 file that reads to the same project.
        const QByteArray written = ProjectWriter::toJson(
            data, {QStringLiteral(FACTBENCH_TEST_DATA "/project"), {}, false});
        const ProjectReader::Result again
            = ProjectReader::parse(written, path, QStringLiteral(FACTBENCH_TEST_DATA "/project"));
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.formatVersion, 1);
        QVERIFY(again.data == data);
    }

    /// Found by fuzz_projectreader: a "\ud800" escape reads as a lone surrogate, which saving
    /// turned into a replacement character, so the project saved was not the one opened.
    void testLoneSurrogateSurvivesSaving()
    {
        QByteArray bytes = validFile();
        QVERIFY(bytes.contains("\"verdict\": \"accurate\""));
        bytes.replace("\"verdict\": \"accurate\"", "\"verdict\": \"\\ud800accurate\\udc00\"");
        const ProjectReader::Result read = ProjectReader::parse(bytes, fileName, {});
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.data.facts.first().verdict,
            QChar(0xd800) + QStringLiteral("accurate") + QChar(0xdc00));
        const QByteArray written
            = ProjectWriter::toJson(read.data, {QStringLiteral("/projects"), {}, false});
        QVERIFY(written.contains("\"verdict\": \"\\ud800accurate\\udc00\""));
        const ProjectReader::Result again = ProjectReader::parse(written, fileName, {});
        QVERIFY(again.ok());
        QVERIFY(again.data == read.data);
    }

    /// A publication time with milliseconds was saved without them: the project saved was not
    /// the one opened (found by the fuzzer's round-trip check on a hand-made input).
    void testPublishedMillisecondsSurviveSaving()
    {
        QJsonObject json = root();
        editEntry(json, QStringLiteral("articles"), 0, [](QJsonObject &article) {
            article.insert(QStringLiteral("published"), QStringLiteral("2026-03-14T16:45:00.5Z"));
        });
        const ProjectReader::Result read
            = ProjectReader::parse(QJsonDocument(json).toJson(), fileName, {});
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.data.articles.first().article.published.time().msec(), 500);
        const QByteArray written
            = ProjectWriter::toJson(read.data, {QStringLiteral("/projects"), {}, false});
        QVERIFY(written.contains("\"published\": \"2026-03-14T16:45:00.500Z\""));
        const ProjectReader::Result again = ProjectReader::parse(written, fileName, {});
        QVERIFY(again.ok());
        QVERIFY(again.data == read.data);
    }

    /// Found by fuzz_projectreader: QDir::cleanPath makes "//x" of "/projects/..//x" and keeps
    /// ".." above the root, so such a source read back as another path after a save.
    void testSourceAboveTheRootReadsBackTheSame_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("absolute");
        QTest::newRow("double slash after ..") << QStringLiteral("..//x.txt") << "/x.txt";
        QTest::newRow("above the root")
            << QStringLiteral("../.././/sources/x.txt") << "/sources/x.txt";
        QTest::newRow("ordinary") << QStringLiteral("sources/./x.txt") << "/projects/sources/x.txt";
    }

    void testSourceAboveTheRootReadsBackTheSame()
    {
        QFETCH(QString, source);
        QFETCH(QString, absolute);
        QJsonObject json = root();
        editEntry(json, QStringLiteral("articles"), 0,
            [&source](QJsonObject &article) { article.insert(QStringLiteral("source"), source); });
        const QString base = QStringLiteral("/projects");
        const ProjectReader::Result read
            = ProjectReader::parse(QJsonDocument(json).toJson(), fileName, base);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.data.articles.first().article.source, absolute);
        const ProjectReader::Result again = ProjectReader::parse(
            ProjectWriter::toJson(read.data, {base, {}, false}), fileName, base);
        QCOMPARE(again.data.articles.first().article.source, absolute);
    }

    /// Found by fuzz_projectreader: an id is named in messages, so one with a line break (or a
    /// megabyte long) made a message of several lines. Ids must be short words.
    void testIdsMustBePlainWords_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("line break") << QStringLiteral("c1\n");
        QTest::newRow("space") << QStringLiteral("c 1");
        QTest::newRow("too long") << QString(65, QLatin1Char('c'));
    }

    void testIdsMustBePlainWords()
    {
        QFETCH(QString, id);
        QJsonObject json = root();
        editEntry(json, QStringLiteral("claims"), 1,
            [&id](QJsonObject &claim) { claim.insert(QStringLiteral("id"), id); });
        const ProjectReader::Result read
            = ProjectReader::parse(QJsonDocument(json).toJson(), fileName, {});
        QCOMPARE(read.error,
            QStringLiteral("/projects/review.factbench cannot be opened: claim number 2 has an id "
                           "that is not a short word of letters and digits."));
    }

    void testDanglingReferenceIsNamedOnlyWhenItIsAnId()
    {
        QJsonObject json = root();
        editEntry(json, QStringLiteral("claims"), 0, [](QJsonObject &claim) {
            claim.insert(QStringLiteral("article"), QStringLiteral("a1\nDear editor"));
        });
        const ProjectReader::Result read
            = ProjectReader::parse(QJsonDocument(json).toJson(), fileName, {});
        QCOMPARE(read.error,
            QStringLiteral("/projects/review.factbench cannot be opened: claim c1 belongs to "
                           "article (not an id), which is not in the project."));
    }

    /// Mutated files (flipped, cut, repeated bytes; values swapped for others of another type):
    /// the reader answers each with a project or a sentence, never a crash or half a project.
    void testMutatedFilesNeverCrash()
    {
        QRandomGenerator random(20251122);
        const QByteArray valid = validFile();
        const QJsonObject validRoot = QJsonDocument::fromJson(valid).object();
        int refused = 0;
        for (int round = 0; round < 1500; ++round) {
            QByteArray bytes;
            if (round % 2 == 0) {
                bytes = valid;
                const int edits = 1 + random.bounded(4);
                for (int e = 0; e < edits; ++e) {
                    const int at = random.bounded(int(bytes.size()));
                    switch (random.bounded(4)) {
                    case 0:
                        bytes[at] = char(random.bounded(256));
                        break;
                    case 1:
                        bytes.truncate(at);
                        break;
                    case 2:
                        bytes.remove(at, random.bounded(64));
                        break;
                    default:
                        bytes.insert(at, bytes.mid(random.bounded(int(bytes.size())), 64));
                        break;
                    }
                    if (bytes.isEmpty()) {
                        break;
                    }
                }
            } else {
                QJsonObject root = validRoot;
                mutateValue(random, root);
                bytes = QJsonDocument(root).toJson();
            }
            const ProjectReader::Result read = ProjectReader::parse(bytes, fileName, {});
            if (!read.ok()) {
                ++refused;
                QVERIFY(read.data.articles.isEmpty());
                QVERIFY(read.error.startsWith(fileName));
            }
        }
        QVERIFY(refused > 1000);
    }

private:
    /// Replaces one value somewhere in the tree by a value of another type or an odd number.
    static void mutateValue(QRandomGenerator &random, QJsonObject &root)
    {
        static const QJsonValue replacements[] = {QJsonValue(), QJsonValue(-1), QJsonValue(1e300),
            QJsonValue(0.5), QJsonValue(QStringLiteral("c1")), QJsonValue(QJsonArray {}),
            QJsonValue(QJsonObject {}), QJsonValue(true), QJsonValue(2147483648.0)};
        const QJsonValue replacement = replacements[random.bounded(int(std::size(replacements)))];
        const QStringList tables {QStringLiteral("articles"), QStringLiteral("claims"),
            QStringLiteral("facts"), QStringLiteral("log")};
        const QString table = tables.at(random.bounded(int(tables.size())));
        QJsonArray array = root.value(table).toArray();
        if (array.isEmpty()) {
            root.insert(table, replacement);
            return;
        }
        const int index = random.bounded(int(array.size()));
        QJsonObject entry = array.at(index).toObject();
        const QStringList keys = entry.keys();
        entry.insert(keys.at(random.bounded(int(keys.size()))), replacement);
        array.replace(index, entry);
        root.insert(table, array);
    }
};

QTEST_GUILESS_MAIN(TestProjectReader)
#include "tst_projectreader.moc"
