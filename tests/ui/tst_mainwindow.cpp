#include "article/samplearticles.h"
#include "articlehighlighter.h"
#include "articlepane.h"
#include "factspanel.h"
#include "mainwindow.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QHelpEvent>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <QTreeWidget>

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

    void testExtractorClaimsAreLaidOverTheLexicalLayer()
    {
        using Kind = ArticleHighlighter::ClaimKind;
        const QPlainTextEdit *herald = m_window.panes()[0]->textView();
        const QString text = herald->toPlainText();
        auto kindAt = [](const QPlainTextEdit *view, qsizetype position) {
            return Kind(
                formatAt(view, position).intProperty(ArticleHighlighter::ClaimKindProperty));
        };
        QCOMPARE(kindAt(herald, text.indexOf(QLatin1String("340 homes"))), Kind::Figure);
        QCOMPARE(kindAt(herald, text.indexOf(QLatin1String("We have never seen"))), Kind::Quote);
        QCOMPARE(
            kindAt(herald, text.indexOf(QLatin1String("Share this article"))), Kind::Boilerplate);
        QCOMPARE(kindAt(herald, text.indexOf(QLatin1String("Harlow Bay overnight"))), Kind::None);

        // A year is a number to the lexical layer but not a figure to the extractor.
        const QPlainTextEdit *bayline = m_window.panes()[2]->textView();
        const qsizetype year = bayline->toPlainText().indexOf(QLatin1String("1987"));
        QVERIFY(year >= 0);
        QCOMPARE(kindAt(bayline, year), Kind::None);
        const KSyntaxHighlighting::Theme theme = m_window.panes()[2]->highlighter()->theme();
        QCOMPARE(formatAt(bayline, year).foreground().color(),
            QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::DecVal)));
    }

    void testTooltipDescribesTheClaim()
    {
        ArticlePane *pane = m_window.panes()[0];
        const QString text = pane->textView()->toPlainText();
        const qsizetype figure = text.indexOf(QLatin1String("340 homes"));
        const QString description = pane->claimDescriptionAt(figure + 1);
        QVERIFY2(description.contains(QLatin1String("340")), qPrintable(description));
        QVERIFY(description.contains(QLatin1String("homes")));
        const QString quote
            = pane->claimDescriptionAt(text.indexOf(QLatin1String("We have never")));
        QVERIFY2(quote.contains(QLatin1String("Elena Marsh")), qPrintable(quote));
        QVERIFY(pane->claimDescriptionAt(text.indexOf(QLatin1String("overnight"))).isEmpty());

        // Hovering the figure shows that description as the tooltip.
        QTextCursor cursor(pane->textView()->document());
        cursor.setPosition(int(figure + 1));
        const QPoint at = pane->textView()->cursorRect(cursor).center();
        QWidget *viewport = pane->textView()->viewport();
        QHelpEvent hover(QEvent::ToolTip, at, viewport->mapToGlobal(at));
        QCoreApplication::sendEvent(viewport, &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QLatin1String("homes")), qPrintable(QToolTip::text()));
        QToolTip::hideText();
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

    void testFactsListShowsEachSourcesValue()
    {
        const QTreeWidget *facts = m_window.factsPanel()->view();
        // The sample's flooded homes: 360, 340 and "more than 300", flagged divergent.
        const QList<QTreeWidgetItem *> homes
            = facts->findItems(QStringLiteral("homes flooded"), Qt::MatchExactly, 0);
        QCOMPARE(homes.size(), 1);
        QCOMPARE(facts->columnCount(), 2 + 3);
        QStringList values;
        for (int column = 2; column < facts->columnCount(); ++column) {
            values.append(homes.first()->text(column));
        }
        values.sort();
        QCOMPARE(values,
            (QStringList {QStringLiteral("340"), QStringLiteral("360"), QStringLiteral(">300")}));
        QVERIFY(homes.first()->text(1).contains(QStringLiteral("divergent")));
        QVERIFY(homes.first()->toolTip(1).contains(QStringLiteral("340")));
    }

    void testSelectingAFactMarksItsMemberInEveryPane()
    {
        QTreeWidget *facts = m_window.factsPanel()->view();
        const QTreeWidgetItem *homes
            = facts->findItems(QStringLiteral("homes flooded"), Qt::MatchExactly, 0).first();
        facts->setCurrentItem(const_cast<QTreeWidgetItem *>(homes));
        QStringList selected;
        for (const ArticlePane *pane : m_window.panes()) {
            selected.append(pane->textView()->textCursor().selectedText());
        }
        selected.sort();
        QCOMPARE(selected,
            (QStringList {QStringLiteral("300"), QStringLiteral("340"), QStringLiteral("360")}));
    }

    void testClickingAClaimSelectsItsFact()
    {
        QTreeWidget *facts = m_window.factsPanel()->view();
        facts->setCurrentItem(nullptr);
        ArticlePane *pane = m_window.panes()[0];
        QPlainTextEdit *view = pane->textView();
        // Clear the selection the previous test left, then click inside "nine hours".
        QTextCursor cursor = view->textCursor();
        cursor.clearSelection();
        view->setTextCursor(cursor);
        const int position = int(view->toPlainText().indexOf(QLatin1String("nine hours")));
        QVERIFY(position >= 0);
        cursor.setPosition(position + 1);
        view->setTextCursor(cursor);
        view->ensureCursorVisible();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(cursor).center());
        QVERIFY(facts->currentItem());
        QCOMPARE(facts->currentItem()->text(0), QStringLiteral("hours"));
    }

private:
    MainWindow m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
