#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace factbench {

namespace {

/// Installs the catalogue `name` of `locale` from `directory`; false when there is none.
bool installCatalogue(QCoreApplication *application, const QLocale &locale, const QString &name,
    const QString &directory)
{
    auto *translator = new QTranslator(application);
    if (translator->load(locale, name, QStringLiteral("_"), directory)) {
        return QCoreApplication::installTranslator(translator);
    }
    delete translator;
    return false;
}

} // namespace

void Translations::install(QCoreApplication *application, const QLocale &locale)
{
    // Qt's catalogue translates the standard dialogs and the --help of QCommandLineParser.
    installCatalogue(application, locale, QStringLiteral("qtbase"),
        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Ours is compiled into the binary by translations/CMakeLists.txt. Where the locale has
    // none (C, or a language nobody translated yet), the English one still gives the plural
    // forms ("1 article", "2 articles") that the sources write as "%n article(s)".
    if (!installCatalogue(
            application, locale, QStringLiteral("factbench"), QStringLiteral(":/i18n"))) {
        installCatalogue(application, QLocale(QLocale::English), QStringLiteral("factbench"),
            QStringLiteral(":/i18n"));
    }
}

} // namespace factbench
