#include "articlehighlighter.h"
#include "contrast.h"
#include "syntaxrepository.h"
#include "textformats.h"

#include <QTest>
#include <QTextDocument>

using namespace factbench;

namespace {

struct Sample
{
    QString what;
    qsizetype position = 0;
    bool greyed = false;
};

} // namespace

/// The review colours over the themes: each theme gives the hues, and whatever the theme, the
/// marked text must stay readable on its tint.
class TestArticleHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(SyntaxRepository::articleDefinition().isValid());
        // One line a claim: a figure and a quote in every review state, then page furniture.
        QString text;
        for (int s = int(ReviewState::Unlinked); s <= int(ReviewState::Rejected); ++s) {
            for (const ClaimKind kind : {ClaimKind::Figure, ClaimKind::Quote}) {
                const QString words = kind == ClaimKind::Figure
                    ? QStringLiteral("340 homes")
                    : QStringLiteral("\"Never this high\"");
                const qsizetype start = text.size() + 4;
                text += QStringLiteral("The %1 were reported.\n").arg(words);
                ClaimMark mark;
                mark.claimId = QStringLiteral("c%1").arg(m_marks.size() + 1);
                mark.range = {start, start + words.size()};
                mark.kind = kind;
                mark.state = ReviewState(s);
                m_marks.append(mark);
            }
        }
        const qsizetype furniture = text.size();
        text += QStringLiteral("Share this article\n");
        m_furniture = {{furniture, furniture + 18}};
        m_document.setPlainText(text);
    }

    void testMarkedTextIsReadableInEveryTheme_data()
    {
        QTest::addColumn<QString>("theme");
        const QList<KSyntaxHighlighting::Theme> themes = SyntaxRepository::instance().themes();
        QVERIFY(themes.size() >= 2);
        for (const KSyntaxHighlighting::Theme &theme : themes) {
            QTest::newRow(qPrintable(theme.name())) << theme.name();
        }
    }

    void testMarkedTextIsReadableInEveryTheme()
    {
        QFETCH(QString, theme);
        ArticleHighlighter highlighter(&m_document);
        highlighter.setTheme(SyntaxRepository::instance().theme(theme));
        const QColor paper = QColor::fromRgba(highlighter.theme().editorColor(
            KSyntaxHighlighting::Theme::EditorColorRole::BackgroundColor));
        const QColor text
            = QColor::fromRgba(highlighter.theme().textColor(KSyntaxHighlighting::Theme::Normal));

        QList<Sample> samples;
        for (const ClaimMark &mark : std::as_const(m_marks)) {
            samples.append({QStringLiteral("%1 in state %2").arg(mark.claimId).arg(int(mark.state)),
                mark.range.start + 1, mark.state == ReviewState::Rejected});
        }
        samples.append({QStringLiteral("page furniture"), m_furniture.first().start + 1, true});
        const auto check = [&](const QString &when) {
            for (const Sample &sample : std::as_const(samples)) {
                const QTextCharFormat format = formatAt(&m_document, sample.position);
                const QColor foreground = format.hasProperty(QTextFormat::ForegroundBrush)
                    ? format.foreground().color()
                    : text;
                const QColor ground = format.hasProperty(QTextFormat::BackgroundBrush)
                    ? Contrast::over(format.background().color(), paper)
                    : paper;
                const double ratio = Contrast::ratio(foreground, ground);
                const double needed = sample.greyed ? Contrast::Graphics : Contrast::Text;
                QVERIFY2(ratio >= needed,
                    qPrintable(QStringLiteral("%1, %2: %3 on %4 is %5:1")
                                   .arg(sample.what, when, foreground.name(), ground.name())
                                   .arg(ratio, 0, 'f', 2)));
            }
        };
        highlighter.setMarks(m_marks, m_furniture);
        check(QStringLiteral("not selected"));
        QSet<QString> all;
        for (const ClaimMark &mark : std::as_const(m_marks)) {
            all.insert(mark.claimId);
        }
        highlighter.setEmphasised(all);
        // Emphasis is the selected fact's: rejected claims are greyed no longer.
        for (Sample &sample : samples) {
            sample.greyed = sample.what.startsWith(QLatin1String("page"));
        }
        check(QStringLiteral("emphasised"));
    }

private:
    QTextDocument m_document;
    QList<ClaimMark> m_marks;
    TextRanges m_furniture;
};

QTEST_MAIN(TestArticleHighlighter)
#include "tst_articlehighlighter.moc"
