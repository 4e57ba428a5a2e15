#pragma once

#include "article.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace factbench {

/// Reads articles from files (plain text, Markdown, HTML) with every offset kept meaningful.
class ArticleImporter
{
public:
    enum class Format { Guess, PlainText, Markdown, Html };

    /// Reads one file; a file that cannot be read gives an Article whose `error` says why.
    static Article importFile(const QString &path, Format format = Format::Guess);
    /// Every line of the file is its own plain-text article (for sentence-level benchmarks).
    static QList<Article> importLines(const QString &path);
    /// An article from bytes already read; `source` names them in messages.
    static Article importBytes(
        const QByteArray &bytes, const QString &source, Format format = Format::Guess);

    static Format formatForPath(const QString &path);

    /// The text of a plain-text file: UTF-8 with a BOM dropped and CRLF turned into LF.
    /// Sets `warning` when invalid UTF-8 had to be replaced.
    static QString decodePlainText(const QByteArray &bytes, QString *warning = nullptr);
    /// True when the bytes look like a binary file rather than text.
    static bool looksBinary(const QByteArray &bytes);
};

} // namespace factbench
