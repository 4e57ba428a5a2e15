#include "article/samplearticles.h"
#include "articlehighlighter.h"
#include "articlepane.h"
#include "mainwindow.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace factbench;

namespace {

/// The character format the highlighter gave the text at `position` of the pane's document.
QTextCharFormat formatAt(const QPlainTextEdit *view, qsizetype position)
{
    const QTextBlock block = view->document()->findBlock(int(position));
    const int inBlock = int(position) - block.position();
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (inBlock >= range.start && inBlock < range.start + range.length) {
            return range.format;
        }
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(SyntaxRepository::articleDefinition().isValid(),
            "the Factbench Article definition is not in the repository");
        m_window.setArticles(SampleArticles::load(), QStringLiteral("Sample"));
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    }

    void testSampleOpensInThreePanes()
    {
        const QList<ArticlePane *> panes = m_window.findChildren<ArticlePane *>();
        QCOMPARE(panes.size(), 3);
        QCOMPARE(m_window.panes().size(), 3);
        QCOMPARE(m_window.panes()[0]->outlet(), QStringLiteral("The Coastal Herald"));
        QCOMPARE(m_window.panes()[0]->title(),
            QStringLiteral("Storm Morwenna floods Harlow Bay as sea wall gives way"));
        QCOMPARE(m_window.panes()[1]->outlet(), QStringLiteral("Northshore Daily"));
        QCOMPARE(m_window.panes()[2]->outlet(), QStringLiteral("Bayline News"));
        QCOMPARE(m_window.panes()[2]->title(),
            QStringLiteral("Hundreds of homes flooded as Storm Morwenna hits the coast"));
        QVERIFY(m_window.windowTitle().startsWith(QLatin1String("Sample")));
    }

    void testPanesStandSideBySide()
    {
        const QList<ArticlePane *> panes = m_window.panes();
        QVERIFY(
            panes[0]->mapTo(&m_window, QPoint()).x() < panes[1]->mapTo(&m_window, QPoint()).x());
        QVERIFY(
            panes[1]->mapTo(&m_window, QPoint()).x() < panes[2]->mapTo(&m_window, QPoint()).x());
        QCOMPARE(
            panes[0]->mapTo(&m_window, QPoint()).y(), panes[2]->mapTo(&m_window, QPoint()).y());
    }

    void testNumberCarriesFigureFormat()
    {
        const QPlainTextEdit *view = m_window.panes()[0]->textView();
        const QString text = view->toPlainText();
        const qsizetype number = text.indexOf(QLatin1String("340 homes"));
        QVERIFY(number >= 0);
        const KSyntaxHighlighting::Theme theme = m_window.panes()[0]->highlighter()->theme();
        const QColor figureColour = theme.textColor(KSyntaxHighlighting::Theme::DecVal);
        QCOMPARE(formatAt(view, number).foreground().color(), figureColour);
        QCOMPARE(formatAt(view, number + 2).foreground().color(), figureColour);
        // The word after it is plain text.
        QVERIFY(formatAt(view, number + 4).foreground().color() != figureColour);
    }

    void testQuoteCarriesStringFormat()
    {
        const QPlainTextEdit *view = m_window.panes()[0]->textView();
        const qsizetype quote = view->toPlainText().indexOf(QLatin1String("We have never seen"));
        QVERIFY(quote >= 0);
        const KSyntaxHighlighting::Theme theme = m_window.panes()[0]->highlighter()->theme();
        QCOMPARE(formatAt(view, quote + 3).foreground().color(),
            theme.textColor(KSyntaxHighlighting::Theme::String));
    }

private:
    MainWindow m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
