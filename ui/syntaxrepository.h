#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace factbench {

/// The application's one KSyntaxHighlighting repository, with Factbench's own definitions.
class SyntaxRepository
{
public:
    static KSyntaxHighlighting::Repository &instance();
    /// The project's article definition (resources/syntax/factbench-article.xml).
    static KSyntaxHighlighting::Definition articleDefinition();
    /// The dark default theme for a dark palette, the light one otherwise.
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);
    /// The theme named `name`, or the one for `palette` when `name` is empty or unknown.
    static KSyntaxHighlighting::Theme theme(const QString &name, const QPalette &palette);
};

} // namespace factbench
