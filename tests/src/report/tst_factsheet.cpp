#include "reportfixture.h"

#include "article/textoffsets.h"
#include "report/divergencesummary.h"
#include "report/factsheetbuilder.h"
#include "report/factsheetexporter.h"
#include "report/reporttext.h"
#include "report/sourcepassage.h"

#include <QTest>

using namespace factbench;

namespace {

/// A sheet with one article per outlet and one entry stating `values` in them, in order.
FactSheet sheetStating(const QStringList &outlets, const QStringList &values,
    const QStringList &attributions = {}, FactKind kind = FactKind::Figure)
{
    FactSheet sheet;
    FactSheetEntry entry;
    entry.kind = kind;
    for (qsizetype i = 0; i < outlets.size(); ++i) {
        FactSheetArticle article;
        article.id = QStringLiteral("a%1").arg(i + 1);
        article.outlet = outlets.at(i);
        sheet.articles.append(article);
        FactSheetSource source;
        source.article = i;
        source.value = values.at(i);
        source.attribution = attributions.value(i);
        entry.sources.append(source);
    }
    sheet.entries.append(entry);
    return sheet;
}

Claim figureClaim(const QString &text, double value, FigureKind kind, const QString &unit = {},
    const QString &counted = {}, Qualifier qualifier = Qualifier::Equal)
{
    Claim claim;
    claim.text = text;
    claim.figure.text = text;
    claim.figure.value = value;
    claim.figure.kind = kind;
    claim.figure.unit = unit;
    claim.figure.counted = counted;
    claim.figure.qualifier = qualifier;
    return claim;
}

} // namespace

Q_DECLARE_METATYPE(factbench::FactSheetScope)
Q_DECLARE_METATYPE(factbench::Claim)

/// The fact sheet model: which facts, in which order, with which sources and sentences.
class TestFactSheet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testScopeChoosesFacts_data()
    {
        QTest::addColumn<FactSheetScope>("scope");
        QTest::addColumn<QList<FactStatus>>("allowed");
        QTest::addColumn<int>("count");
        QTest::newRow("confirmed")
            << FactSheetScope::Confirmed << QList<FactStatus> {FactStatus::Confirmed} << 6;
        QTest::newRow("disputed") << FactSheetScope::Disputed
                                  << QList<FactStatus> {FactStatus::Confirmed, FactStatus::Disputed}
                                  << 7;
        QTest::newRow("all") << FactSheetScope::All
                             << QList<FactStatus> {FactStatus::Confirmed, FactStatus::Disputed,
                                    FactStatus::Proposed, FactStatus::Rejected}
                             << -1;
    }

    void testScopeChoosesFacts()
    {
        QFETCH(FactSheetScope, scope);
        QFETCH(QList<FactStatus>, allowed);
        QFETCH(int, count);
        Project project;
        makeSampleProject(project);
        const FactSheet sheet = FactSheetBuilder::build(project.data(), scope);
        QCOMPARE(sheet.entries.size(), count < 0 ? project.facts().size() : count);
        // In the order an editor reads: confirmed, disputed, proposed, rejected.
        qsizetype rank = 0;
        for (const FactSheetEntry &entry : sheet.entries) {
            QVERIFY(allowed.contains(entry.status));
            QVERIFY(allowed.indexOf(entry.status) >= rank);
            rank = allowed.indexOf(entry.status);
        }
    }

    void testEntryCarriesReviewAndSources()
    {
        Project project;
        makeSampleProject(project);
        const FactSheet sheet = FactSheetBuilder::build(project.data(), FactSheetScope::Confirmed);
        QCOMPARE(sheet.editors, QStringList {SampleProject::editorName()});
        QVERIFY(sheet.lastDecision > SampleProject::startTime());
        const auto homes = std::find_if(
            sheet.entries.cbegin(), sheet.entries.cend(), [](const FactSheetEntry &entry) {
                return entry.label == QLatin1String("homes flooded");
            });
        QVERIFY(homes != sheet.entries.cend());
        QCOMPARE(homes->verifiedValue, QStringLiteral("360"));
        QCOMPARE(homes->verdict, QStringLiteral("accurate"));
        QCOMPARE(homes->editor, SampleProject::editorName());
        QVERIFY(homes->decided.isValid());
        QVERIFY(homes->divergent);
        QCOMPARE(homes->sources.size(), 3);
        // Sources follow the articles' order.
        QStringList outlets;
        for (const FactSheetSource &source : homes->sources) {
            outlets.append(sheet.articleOf(source).outlet);
            QVERIFY(source.passage.contains(source.stated));
            QVERIFY(source.passageLink.startsWith(
                sheet.articleOf(source).url + QStringLiteral("#:~:text=")));
        }
        QCOMPARE(outlets,
            (QStringList {QStringLiteral("The Coastal Herald"), QStringLiteral("Northshore Daily"),
                QStringLiteral("Bayline News")}));
        QVERIFY(homes->resolution.contains(QStringLiteral("resolved as 360")));
    }

    void testResolutionSentence_data()
    {
        QTest::addColumn<QStringList>("outlets");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("attributions");
        QTest::addColumn<QString>("verified");
        QTest::addColumn<QString>("expected");
        const QStringList five {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
            QStringLiteral("D"), QStringLiteral("E")};
        const QString airForce = QStringLiteral("Ukraine's Air Force");
        QTest::newRow("the issue's example")
            << five
            << QStringList {QStringLiteral("539"), QStringLiteral("550"), QStringLiteral("539"),
                   QStringLiteral("550"), QStringLiteral("539")}
            << QStringList {airForce, {}, airForce, QStringLiteral("Kyiv"), airForce}
            << QStringLiteral("539")
            << QStringLiteral("539 per Ukraine's Air Force in A, C and E; 550 in B and D; "
                              "resolved as 539.");
        QTest::newRow("agreement")
            << five.mid(0, 3)
            << QStringList {QStringLiteral("85"), QStringLiteral("85"), QStringLiteral("85")}
            << QStringList {} << QStringLiteral("85")
            << QStringLiteral("85 in A, B and C; verified as 85.");
        QTest::newRow("verified value first among equals")
            << five.mid(0, 2) << QStringList {QStringLiteral("340"), QStringLiteral("360")}
            << QStringList {} << QStringLiteral("360")
            << QStringLiteral("360 in B; 340 in A; resolved as 360.");
        QTest::newRow("unresolved")
            << five.mid(0, 2) << QStringList {QStringLiteral("12"), QStringLiteral("14")}
            << QStringList {} << QString() << QStringLiteral("12 in A; 14 in B; not resolved.");
    }

    void testResolutionSentence()
    {
        QFETCH(QStringList, outlets);
        QFETCH(QStringList, values);
        QFETCH(QStringList, attributions);
        QFETCH(QString, verified);
        QFETCH(QString, expected);
        FactSheet sheet = sheetStating(outlets, values, attributions);
        sheet.entries[0].verifiedValue = verified;
        QCOMPARE(DivergenceSummary::describe(sheet, sheet.entries.first()), expected);
    }

    void testResolutionCountsManyOutlets()
    {
        const QStringList outlets {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
            QStringLiteral("D"), QStringLiteral("E")};
        FactSheet sheet = sheetStating(outlets, QStringList(5, QStringLiteral("23")));
        // No translator in the test: the source text's plural stands.
        QVERIFY(DivergenceSummary::describe(sheet, sheet.entries.first())
                    .startsWith(QStringLiteral("23 in 5 outlet")));
    }

    void testResolutionGivesTheLinkersRule()
    {
        FactSheet sheet = sheetStating({QStringLiteral("A"), QStringLiteral("B")},
            {QStringLiteral("476"), QStringLiteral("268")});
        sheet.entries[0].agreement = Agreement::SumOfParts;
        sheet.entries[0].linkerReason = QStringLiteral("268 + 208 = 476");
        QCOMPARE(DivergenceSummary::describe(sheet, sheet.entries.first()),
            QStringLiteral(
                "476 in A; 268 in B; Factbench's reading: 268 + 208 = 476; not resolved."));
    }

    void testQuotesGroupByWordsNotPunctuation()
    {
        FactSheet sheet
            = sheetStating({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                {QStringLiteral("Dumb, destructive."), QStringLiteral("dumb destructive"),
                    QStringLiteral("stupid, destructive")},
                {}, FactKind::Quote);
        const FactSheetEntry &entry = sheet.entries.first();
        QVERIFY(DivergenceSummary::isDivergent(entry));
        QCOMPARE(DivergenceSummary::describe(sheet, entry),
            QStringLiteral(
                "“Dumb, destructive.” in A and B; “stupid, destructive” in C; not resolved."));
    }

    void testFigureValue_data()
    {
        QTest::addColumn<Claim>("claim");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number word") << figureClaim(QStringLiteral("Fourteen"), 14,
            FigureKind::Count) << QStringLiteral("14");
        QTest::newRow("at least") << figureClaim(
            QStringLiteral("12"), 12, FigureKind::Count, {}, {}, Qualifier::AtLeast)
                                  << QStringLiteral("at least 12");
        QTest::newRow("grouping") << figureClaim(QStringLiteral("1,700"), 1700, FigureKind::Count)
                                  << QStringLiteral("1,700");
        QTest::newRow("millions") << figureClaim(QStringLiteral("three million"), 3e6,
            FigureKind::Count) << QStringLiteral("3 million");
        QTest::newRow("money as written") << figureClaim(QStringLiteral("£45 million"), 45e6,
            FigureKind::Money, QStringLiteral("pound sterling"), {}, Qualifier::Approximately)
                                          << QStringLiteral("about £45 million");
        QTest::newRow("duration in words") << figureClaim(QStringLiteral("eight hours"), 8,
            FigureKind::Duration, QStringLiteral("hour"), QStringLiteral("hours"),
            Qualifier::MoreThan) << QStringLiteral("more than 8 hours");
        QTest::newRow("measure") << figureClaim(QStringLiteral("140 km/h"), 140,
            FigureKind::Measure, QStringLiteral("kilometre per hour"), QStringLiteral("km/h"),
            Qualifier::AtMost) << QStringLiteral("up to 140 km/h");
        Claim range = figureClaim(QStringLiteral("60 to 80"), 60, FigureKind::Count);
        range.figure.valueHigh = 80;
        QTest::newRow("range") << range << QStringLiteral("60–80");
        Claim corrected = figureClaim(QStringLiteral("£45 million"), 45e6, FigureKind::Money,
            QStringLiteral("pound sterling"));
        corrected.correction.value = 47.5e6;
        QTest::newRow("corrected") << corrected << QStringLiteral("£47.5 million");
    }

    void testFigureValue()
    {
        QFETCH(Claim, claim);
        QFETCH(QString, expected);
        QCOMPARE(ReportText::figureValue(claim), expected);
    }

    void testPassageIsTheSentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QString>("expected");
        QTest::newRow("middle sentence")
            << QStringLiteral("First one. Then 340 homes flooded, they said. Last one.")
            << QStringLiteral("340") << QStringLiteral("Then 340 homes flooded, they said.");
        QTest::newRow("quote with its own full stop")
            << QStringLiteral("Marsh said: \"We have never seen this.\" She left.")
            << QStringLiteral("We have never seen this.")
            << QStringLiteral("Marsh said: \"We have never seen this.\"");
        QTest::newRow("paragraph bounds")
            << QStringLiteral("Heading without stop\n\n12 people were hurt\nNext")
            << QStringLiteral("12") << QStringLiteral("12 people were hurt");
        QTest::newRow("chinese full stop")
            << QStringLiteral("乌克兰空军称。防空部队拦截了476架无人机。发言人说。")
            << QStringLiteral("476") << QStringLiteral("防空部队拦截了476架无人机。");
    }

    void testPassageIsTheSentence()
    {
        QFETCH(QString, text);
        QFETCH(QString, claim);
        QFETCH(QString, expected);
        const qsizetype start = text.indexOf(claim);
        const SourcePassage passage(text, TextOffsets(text), {start, start + claim.size()});
        QCOMPARE(passage.passage(), expected);
    }

    void testLongPassageIsCutAroundTheClaim()
    {
        const QString words = QStringLiteral("word ").repeated(200);
        const QString text = words + QStringLiteral("539 drones ") + words + QLatin1Char('.');
        const qsizetype start = text.indexOf(QStringLiteral("539"));
        const SourcePassage passage(text, TextOffsets(text), {start, start + 3});
        QVERIFY(passage.passage().size() <= SourcePassage::maximumLength + 2);
        QVERIFY(passage.passage().startsWith(QStringLiteral("…word")));
        QVERIFY(passage.passage().endsWith(QStringLiteral("word…")));
        QVERIFY(passage.passage().contains(QStringLiteral(" 539 drones ")));
    }

    void testSelectorsCountCodePoints()
    {
        // Two characters outside the BMP before the claim: UTF-16 counts four units.
        const QString text = QStringLiteral("🌊🚀 then 476 drones 🛩 were downed.");
        const qsizetype start = text.indexOf(QStringLiteral("476"));
        QCOMPARE(start, 10);
        const SourcePassage passage(text, TextOffsets(text), {start, start + 3});
        QCOMPARE(passage.start(), 8);
        QCOMPARE(passage.end(), 11);
        QCOMPARE(passage.exact(), QStringLiteral("476"));
        QCOMPARE(passage.prefix(), QStringLiteral("🌊🚀 then "));
        QCOMPARE(passage.suffix(), QStringLiteral(" drones 🛩 were downed."));
    }

    void testContextNeverSplitsACharacter()
    {
        // 40 astral characters before the claim: 32 code points of prefix are 64 UTF-16 units.
        const QString text
            = QString::fromUcs4(std::u32string(40, U'𝐀').c_str()) + QStringLiteral("476");
        const qsizetype start = text.indexOf(QStringLiteral("476"));
        const SourcePassage passage(text, TextOffsets(text), {start, start + 3});
        QCOMPARE(passage.prefix().toUcs4().size(), SourcePassage::contextCodePoints);
        QVERIFY(!passage.prefix().at(0).isLowSurrogate());
    }

    void testPassageLink_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        // '-', ',' and '&' are a text directive's syntax: inside the words they are encoded.
        QTest::newRow("web") << QStringLiteral("https://example.org/a?x=1#old")
                             << QStringLiteral("https://example.org/a?x=1#:~:text=Short%20"
                                               "sentence%2C%20with%20a%2Ddash%20%26%2012.");
        QTest::newRow("script") << QStringLiteral("javascript:alert(1)") << QString();
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QString();
        QTest::newRow("none") << QString() << QString();
    }

    void testPassageLink()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const QString text = QStringLiteral("Short sentence, with a-dash & 12.");
        const qsizetype start = text.indexOf(QStringLiteral("12"));
        const SourcePassage passage(text, TextOffsets(text), {start, start + 2});
        QCOMPARE(passage.link(url), expected);
    }

    void testOrphanedClaimKeepsItsWords()
    {
        Project project;
        makeSampleProject(project);
        ProjectData data = project.data();
        const ProjectFact &fact = data.facts.first();
        for (Claim &claim : data.claims) {
            if (claim.id == fact.members.first()) {
                claim.orphaned = true;
            }
        }
        const FactSheet sheet = FactSheetBuilder::build(data, FactSheetScope::All);
        const auto entry = std::find_if(sheet.entries.cbegin(), sheet.entries.cend(),
            [&](const FactSheetEntry &e) { return e.factId == fact.id; });
        QVERIFY(entry != sheet.entries.cend());
        const auto orphan = std::find_if(entry->sources.cbegin(), entry->sources.cend(),
            [](const FactSheetSource &source) { return source.start < 0; });
        QVERIFY(orphan != entry->sources.cend());
        QVERIFY(orphan->passage.isEmpty());
        QVERIFY(!orphan->exact.isEmpty());
    }

    void testPdfNeedsGraphicsAndSaysSo()
    {
        // This test runs without a QGuiApplication, as a plain command line would.
        const FactSheetExporter::Result rendered
            = FactSheetExporter::render(FactSheet {}, ExportFormat::Pdf);
        QVERIFY(!rendered.ok());
        QVERIFY(rendered.bytes.isEmpty());
        QVERIFY(FactSheetExporter::render(FactSheet {}, ExportFormat::Markdown).ok());
    }

    void testSaveNamesTheFile()
    {
        const QString error
            = FactSheetExporter::save("x", QStringLiteral("/nonexistent-folder/fact sheet.md"));
        QVERIFY(error.contains(QStringLiteral("fact sheet.md")));
    }
};

QTEST_GUILESS_MAIN(TestFactSheet)
#include "tst_factsheet.moc"
