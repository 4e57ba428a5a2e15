#include "extract/speakernames.h"

#include <QTest>

using namespace factbench;

namespace {

// One article per list of speakers, one quote per speaker ("" is a quote with nobody named).
QList<Extraction> articles(const QList<QStringList> &speakersPerArticle)
{
    QList<Extraction> extractions;
    for (const QStringList &speakers : speakersPerArticle) {
        Extraction extraction;
        for (const QString &speaker : speakers) {
            Quote quote;
            quote.speaker = speaker;
            extraction.quotes.append(quote);
        }
        extractions.append(extraction);
    }
    return extractions;
}

QList<QStringList> speakers(const QList<Extraction> &extractions)
{
    QList<QStringList> result;
    for (const Extraction &extraction : extractions) {
        QStringList names;
        for (const Quote &quote : extraction.quotes) {
            names.append(quote.speaker);
        }
        result.append(names);
    }
    return result;
}

} // namespace

/// One spelling per speaker across the articles of a run.
class TestSpeakerNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testUnify_data()
    {
        QTest::addColumn<QList<QStringList>>("input");
        QTest::addColumn<QList<QStringList>>("expected");
        const QString kovalenko = QStringLiteral("Oksana Kovalenko");
        QTest::newRow("transliteration endings are one person, most articles win")
            << QList<QStringList> {{QStringLiteral("Mykola Tkachenkiy")},
                   {QStringLiteral("Mykola Tkachenko")}, {QStringLiteral("Mykola Tkachenko")}}
            << QList<QStringList> {{QStringLiteral("Mykola Tkachenkiy")},
                   {QStringLiteral("Mykola Tkachenko")}, {QStringLiteral("Mykola Tkachenko")}};
        QTest::newRow("y, iy and yy endings join")
            << QList<QStringList> {{QStringLiteral("Petro Zavadsky")},
                   {QStringLiteral("Petro Zavadskiy"), QStringLiteral("Petro Zavadskyy")},
                   {QStringLiteral("Petro Zavadsky")}}
            << QList<QStringList> {{QStringLiteral("Petro Zavadsky")},
                   {QStringLiteral("Petro Zavadsky"), QStringLiteral("Petro Zavadsky")},
                   {QStringLiteral("Petro Zavadsky")}};
        QTest::newRow("short form joins the only full name")
            << QList<QStringList> {{QStringLiteral("Kovalenko")}, {kovalenko}}
            << QList<QStringList> {{kovalenko}, {kovalenko}};
        QTest::newRow("short transliteration joins the full name")
            << QList<QStringList> {{QStringLiteral("Zavadskyy")},
                   {QStringLiteral("Petro Zavadsky")}}
            << QList<QStringList> {
                   {QStringLiteral("Petro Zavadsky")}, {QStringLiteral("Petro Zavadsky")}};
        QTest::newRow("short form stays when two people share the surname")
            << QList<QStringList> {{QStringLiteral("Kovalenko")}, {kovalenko},
                   {QStringLiteral("Ivan Kovalenko")}}
            << QList<QStringList> {
                   {QStringLiteral("Kovalenko")}, {kovalenko}, {QStringLiteral("Ivan Kovalenko")}};
        QTest::newRow("different surnames stay apart")
            << QList<QStringList> {{QStringLiteral("Anna Novak"), QStringLiteral("Anna Novakova")}}
            << QList<QStringList> {{QStringLiteral("Anna Novak"), QStringLiteral("Anna Novakova")}};
        QTest::newRow("institutions join by normalised name")
            << QList<QStringList> {{QStringLiteral("Interior Ministry")},
                   {QStringLiteral("interior ministry")}, {QStringLiteral("Interior Ministry")}}
            << QList<QStringList> {{QStringLiteral("Interior Ministry")},
                   {QStringLiteral("Interior Ministry")}, {QStringLiteral("Interior Ministry")}};
        QTest::newRow("institution is not a person's short form")
            << QList<QStringList> {{QStringLiteral("NATO")}, {QStringLiteral("Jens Nato")}}
            << QList<QStringList> {{QStringLiteral("NATO")}, {QStringLiteral("Jens Nato")}};
        QTest::newRow("accents fold")
            << QList<QStringList> {{QStringLiteral("Radosław Sikorski")},
                   {QStringLiteral("Radoslaw Sikorski")}, {QStringLiteral("Radosław Sikorski")}}
            << QList<QStringList> {{QStringLiteral("Radosław Sikorski")},
                   {QStringLiteral("Radosław Sikorski")}, {QStringLiteral("Radosław Sikorski")}};
        QTest::newRow("quotes without a speaker stay without") << QList<QStringList> {
            {QString(), kovalenko}} << QList<QStringList> {{QString(), kovalenko}};
    }

    void testUnify()
    {
        QFETCH(QList<QStringList>, input);
        QFETCH(QList<QStringList>, expected);
        QList<Extraction> extractions = articles(input);
        SpeakerNames::unify(extractions);
        QCOMPARE(speakers(extractions), expected);
    }
};

QTEST_GUILESS_MAIN(TestSpeakerNames)
#include "tst_speakernames.moc"
