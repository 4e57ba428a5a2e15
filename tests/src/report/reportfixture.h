#pragma once

// Shared by the report tests: the sample review, and a review whose every text is hostile to
// some format (quotes, ampersands, angle brackets, right-to-left and non-Latin scripts, characters
// outside the Basic Multilingual Plane before the claims).

#include "report/factsheetbuilder.h"
#include "review/project.h"
#include "review/sampleproject.h"

#include <QTest>
#include <QTimeZone>

namespace factbench::hostile {

inline const QString label = QStringLiteral("Drones <downed> & \"intercepted\" — збито / 拦截");
inline const QString verifiedValue = QStringLiteral("476 <of 539> & \"more\"");
inline const QString verdict = QStringLiteral("mostly true — صحيح إلى حد كبير");
inline const QString noteFirstLine = QStringLiteral("Air Force & <ЗСУ> said \"476\"; it's 'final'");
inline const QString noteSecondLine = QStringLiteral("המספר אומת פעמיים — 中文说明 </script>");
inline const QString quoteLabel = QStringLiteral("Спікер: \"record night\" <人>");
inline const QString quoteVerdict = QStringLiteral("wording <unclear> & disputed");
inline const QString speaker = QStringLiteral("Юрій Ігнат & <Co>");

struct HostileArticle
{
    QString outlet;
    QString title;
    QString url;
    QString text;
    /// The figure's words, and the quote's (when there is one).
    QString figure;
    QString quote;
};

inline QList<HostileArticle> articles()
{
    return {
        {QStringLiteral("Kyiv \"Independent\" & <Co>"),
            QStringLiteral("Сили ППО збили 476 дронів & \"Shahed\" <update>"),
            QStringLiteral("https://example.org/uk?a=1&b=2"),
            QStringLiteral("Оновлено 🌊 о 09:00. Сили ППО збили 476 дронів, повідомили "
                           "\"Повітряні сили\" & <ЗСУ>. «Це була рекордна ніч & <не остання>», — "
                           "сказав речник 🚀 Ігнат."),
            QStringLiteral("476"), QStringLiteral("Це була рекордна ніч & <не остання>")},
        {QStringLiteral("الجزيرة"), QStringLiteral("الدفاع الجوي أسقط 476 طائرة مسيرة"),
            QStringLiteral("https://example.org/ar/مقال"),
            QStringLiteral("قال سلاح الجو 🛩 إن الدفاعات أسقطت 476 طائرة مسيرة من أصل 539 "
                           "في "
                           "الليل."),
            QStringLiteral("476"), {}},
        {QStringLiteral("הארץ"), QStringLiteral("חיל האוויר: 476 כטב\"מים יורטו"),
            QStringLiteral("https://example.org/he"),
            QStringLiteral("לדברי חיל האוויר, 476 כטב\"מים יורטו בלילה & <עדכון>."),
            QStringLiteral("476"), {}},
        // A URL that runs code: it must never become a link.
        {QStringLiteral("新华社"), QStringLiteral("乌克兰称拦截476架无人机"),
            QStringLiteral("javascript:alert(\"x\")"),
            QStringLiteral(
                "乌克兰空军称，防空部队拦截了476架无人机。“这是创纪录的一夜 & <夜>”，发言人说。"),
            QStringLiteral("476"), QStringLiteral("这是创纪录的一夜 & <夜>")},
    };
}

/// The claim of `words` in an article, added by hand as the editor would.
inline QString addClaim(Project &project, const QString &articleId, const QString &text,
    const QString &words, ClaimKind kind)
{
    const qsizetype start = text.indexOf(words);
    if (start < 0) {
        return {};
    }
    return project.addClaim(articleId, {start, start + words.size()}, kind);
}

/// A confirmed figure fact and a disputed quote fact over the hostile articles.
inline void makeHostileProject(Project &project)
{
    project.setEditorName(QStringLiteral("Édith <Editor> & \"Co\" محرر"));
    project.setClock([] { return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC); });
    QList<Article> imported;
    for (const HostileArticle &hostile : articles()) {
        Article article;
        article.source = QStringLiteral("/tmp/hostile & <article>.txt");
        article.outlet = hostile.outlet;
        article.title = hostile.title;
        article.url = hostile.url;
        article.text = hostile.text;
        article.setPublished(QDateTime(QDate(2025, 7, 4), QTime()), QStringLiteral("2025-07-04"));
        imported.append(article);
    }
    const QStringList ids = project.addArticles(imported);
    QCOMPARE(ids.size(), imported.size());
    QStringList figures;
    QStringList quotes;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const HostileArticle hostile = articles().at(i);
        figures.append(
            addClaim(project, ids.at(i), hostile.text, hostile.figure, ClaimKind::Figure));
        QVERIFY(!figures.last().isEmpty());
        if (!hostile.quote.isEmpty()) {
            quotes.append(
                addClaim(project, ids.at(i), hostile.text, hostile.quote, ClaimKind::Quote));
            QVERIFY(!quotes.last().isEmpty());
            ClaimCorrection correction;
            correction.speaker = speaker;
            QVERIFY(project.correctClaim(quotes.last(), correction));
        }
    }
    const QString figureFact = project.createFact(figures, label);
    QVERIFY(!figureFact.isEmpty());
    QVERIFY(project.confirmFact(figureFact));
    QVERIFY(project.setVerifiedValue(figureFact, verifiedValue));
    QVERIFY(project.setVerdict(figureFact, verdict));
    QVERIFY(project.editNote(figureFact, noteFirstLine + QLatin1Char('\n') + noteSecondLine));
    const QString quoteFact = project.createFact(quotes, quoteLabel);
    QVERIFY(!quoteFact.isEmpty());
    QVERIFY(project.markFactDisputed(quoteFact));
    QVERIFY(project.setVerdict(quoteFact, quoteVerdict));
}

} // namespace factbench::hostile

namespace factbench {

/// The built-in sample review; fails the test when its script no longer applies.
inline void makeSampleProject(Project &project)
{
    const ProjectResult built = SampleProject::build(project);
    QVERIFY2(built.ok(), qPrintable(built.message));
}

} // namespace factbench
