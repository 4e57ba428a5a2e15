#include "io/jsonstreamwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace factbench;

/// The project file's JSON writer: what it writes, Qt's parser reads back unchanged.
class TestJsonStreamWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testKeysKeepTheirOrderAndNestingIndents()
    {
        JsonStreamWriter json;
        json.beginObject();
        json.key("format");
        json.value(QStringLiteral("x"));
        json.key("list");
        json.beginArray();
        json.inlineArray({0, 315});
        json.endArray();
        json.key("empty");
        json.beginArray();
        json.endArray();
        json.endObject();
        QCOMPARE(json.take(),
            QByteArray("{\n    \"format\": \"x\",\n    \"list\": [\n        [0, 315]\n    ],\n"
                       "    \"empty\": []\n}\n"));
    }

    void testSingleLineObjectsStayOnOneLine()
    {
        JsonStreamWriter json;
        json.beginArray();
        json.beginObject(JsonStreamWriter::Layout::SingleLine);
        json.key("id");
        json.value(QStringLiteral("f1"));
        json.key("members");
        json.value(QStringList {QStringLiteral("c1"), QStringLiteral("c2")});
        json.key("correction");
        json.beginObject();
        json.endObject();
        json.endObject();
        json.beginObject(JsonStreamWriter::Layout::SingleLine);
        json.endObject();
        json.endArray();
        QCOMPARE(json.take(),
            QByteArray(
                "[\n    {\"id\": \"f1\", \"members\": [\"c1\", \"c2\"], \"correction\": {}},\n"
                "    {}\n]"));
    }

    void testStringsAndNumbersReadBackUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("number");
        QTest::newRow("quotes and backslash") << QStringLiteral("“said” \"he\" \\ /") << 539.0;
        QTest::newRow("control characters") << QStringLiteral("a\tb\nc\rd\x01\x1f") << 0.1;
        QTest::newRow("astral") << QStringLiteral("\U0001F600 Zelenskyy") << -2.5e-7;
        // A file may hold "\ud800" escapes, which Qt reads as lone surrogates: written back as
        // escapes, never as '?' (found by fuzz_projectreader).
        QTest::newRow("lone surrogates") << (QString(QChar(0xd800))
            + QStringLiteral("a\U0001F600\"") + QChar(0xdc00) + QChar(0xdbff))
                                         << 1.0;
        QTest::newRow("large") << QStringLiteral("") << 1e300;
        QTest::newRow("integral beyond int") << QStringLiteral("x") << 3000000000.0;
    }

    void testStringsAndNumbersReadBackUnchanged()
    {
        QFETCH(QString, text);
        QFETCH(double, number);
        JsonStreamWriter json;
        json.beginObject();
        json.key("text");
        json.value(text);
        json.key("number");
        json.value(number);
        json.key("lines");
        json.value(QStringList {text, text});
        json.key("missing");
        json.value(std::optional<double>());
        json.endObject();
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(json.take(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(QStringLiteral("text")).toString(), text);
        QCOMPARE(object.value(QStringLiteral("number")).toDouble(), number);
        QCOMPARE(object.value(QStringLiteral("lines")).toArray().at(1).toString(), text);
        QVERIFY(object.value(QStringLiteral("missing")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestJsonStreamWriter)
#include "tst_jsonstreamwriter.moc"
