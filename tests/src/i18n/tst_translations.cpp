#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace factbench;

/// The catalogues compiled into factbench_core load for a locale and translate.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void testGermanCatalogueTranslatesTheMenus()
    {
        Translations::install(qApp, QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(QCoreApplication::translate("factbench::MainWindow", "&File"),
            QStringLiteral("&Datei"));
        QCOMPARE(
            QCoreApplication::translate("factbench::MainWindow", "Added %n article(s)", nullptr, 3),
            QStringLiteral("3 Artikel hinzugefügt"));
        QCOMPARE(QCoreApplication::translate("factbench::ArticleImporter", "%1 is empty")
                     .arg(QStringLiteral("a.txt")),
            QStringLiteral("a.txt ist leer"));
        QCOMPARE(QCoreApplication::translate("FactbenchCli", "warning: %1"),
            QStringLiteral("Warnung: %1"));
    }

    void testEnglishPluralsWithoutACatalogueForTheLocale()
    {
        Translations::install(qApp, QLocale::c());
        QCOMPARE(
            QCoreApplication::translate("factbench::MainWindow", "Added %n article(s)", nullptr, 1),
            QStringLiteral("Added 1 article"));
        QCOMPARE(
            QCoreApplication::translate("factbench::MainWindow", "Added %n article(s)", nullptr, 2),
            QStringLiteral("Added 2 articles"));
        QCOMPARE(
            QCoreApplication::translate("factbench::MainWindow", "&File"), QStringLiteral("&File"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
