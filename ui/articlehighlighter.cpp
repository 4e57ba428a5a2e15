#include "articlehighlighter.h"

#include "syntaxrepository.h"

#include <QGuiApplication>
#include <QPalette>

namespace factbench {

ArticleHighlighter::ArticleHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
{
    setTheme(SyntaxRepository::themeFor(QGuiApplication::palette()));
    setDefinition(SyntaxRepository::articleDefinition());
}

} // namespace factbench
