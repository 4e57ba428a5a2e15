#include "syntaxrepository.h"

#include <QPalette>

namespace factbench {

KSyntaxHighlighting::Repository &SyntaxRepository::instance()
{
    // Loading every definition takes tens of milliseconds; do it once for the application.
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Definition SyntaxRepository::articleDefinition()
{
    return instance().definitionForName(QStringLiteral("Factbench Article"));
}

KSyntaxHighlighting::Theme SyntaxRepository::themeFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return instance().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                        : KSyntaxHighlighting::Repository::LightTheme);
}

KSyntaxHighlighting::Theme SyntaxRepository::theme(const QString &name, const QPalette &palette)
{
    if (!name.isEmpty()) {
        const KSyntaxHighlighting::Theme named = instance().theme(name);
        if (named.isValid() && named.name() == name) {
            return named;
        }
    }
    return themeFor(palette);
}

} // namespace factbench
