#include "highlightedtext.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QPlainTextEdit>
#include <QTest>

using namespace factbench;

namespace {

/// Counts the queued calls that reach an object, and stops them: a stale rehighlightBlock()
/// would crash the test instead of failing it.
class QueuedCallCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::MetaCall) {
            ++count;
            return true;
        }
        return false;
    }
};

QString jsonLines(int records)
{
    QString text;
    for (int i = 0; i < records; ++i) {
        text += QStringLiteral("{\n  \"value\": [\n    %1,\n    \"text\"\n  ]\n},\n").arg(i);
    }
    return text;
}

} // namespace

class TestHighlightedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testReplacingTheTextDropsRehighlightsOfTheOldText()
    {
        QPlainTextEdit view;
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(view.document());
        highlighter->setTheme(SyntaxRepository::themeFor(view.palette()));
        const KSyntaxHighlighting::Definition json
            = SyntaxRepository::instance().definitionForName(QStringLiteral("JSON"));
        QVERIFY(json.isValid());
        setHighlightedText(&view, highlighter, jsonLines(40));
        QCoreApplication::processEvents();

        // A new definition re-highlights every block; each that ends in a new state queues a
        // rehighlight of the block after it, a handle into this text.
        QueuedCallCounter counter;
        highlighter->installEventFilter(&counter);
        highlighter->setDefinition(json);
        setHighlightedText(&view, highlighter, QStringLiteral("{\n  \"replaced\": true\n}\n"));
        QCoreApplication::processEvents();
        // What still arrives is about the new text, whose first block (kept by setPlainText)
        // changed state too: fewer calls than its blocks, where the old text's 240 blocks
        // queued as many.
        QVERIFY2(counter.count < view.document()->blockCount(),
            qPrintable(QStringLiteral("%1 queued calls").arg(counter.count)));

        // The new text is highlighted all the same: the key has a format of its own.
        const QTextBlock key = view.document()->findBlockByNumber(1);
        QVERIFY(!key.layout()->formats().isEmpty());
    }
};

QTEST_MAIN(TestHighlightedText)
#include "tst_highlightedtext.moc"
