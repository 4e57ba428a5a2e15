#include "articleimporter.h"

#include "boilerplatedetector.h"
#include "htmlimporter.h"
#include "markdownimporter.h"
#include "plaintextmetadata.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace factbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("factbench::ArticleImporter", text);
}

Article failed(const QString &source, const QString &message)
{
    Article article;
    article.source = source;
    article.error = message;
    return article;
}

} // namespace

ArticleImporter::Format ArticleImporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        return Format::Markdown;
    }
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        return Format::Html;
    }
    return Format::PlainText;
}

bool ArticleImporter::looksBinary(const QByteArray &bytes)
{
    // A NUL byte does not occur in UTF-8 text; UTF-16 files and images have plenty.
    return bytes.left(64 * 1024).contains('\0');
}

QString ArticleImporter::decodePlainText(const QByteArray &bytes, QString *warning)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError() && warning) {
        *warning = tr("invalid UTF-8 was replaced with U+FFFD");
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

Article ArticleImporter::importBytes(const QByteArray &bytes, const QString &source, Format format)
{
    if (format == Format::Guess) {
        format = formatForPath(source);
    }
    if (looksBinary(bytes)) {
        return failed(source, tr("%1 is not a text article").arg(source));
    }
    QString warning;
    QString decoded = decodePlainText(bytes, &warning);

    Article article;
    switch (format) {
    case Format::Markdown:
        article = MarkdownImporter::parse(decoded);
        break;
    case Format::Html:
        if (!warning.isEmpty()) {
            // Not UTF-8: a page may name its encoding ("windows-1252") in a <meta> tag.
            QStringDecoder declared = QStringDecoder::decoderForHtml(bytes);
            if (declared.isValid() && qstrcmp(declared.name(), "UTF-8") != 0) {
                decoded = declared.decode(bytes);
                warning.clear();
            }
        }
        article = HtmlImporter::parse(decoded);
        break;
    case Format::PlainText:
    case Format::Guess:
        article.text = decoded;
        break;
    }
    article.source = source;
    if (!warning.isEmpty()) {
        article.warnings.append(tr("%1: %2").arg(source, warning));
    }
    if (article.text.trimmed().isEmpty()) {
        article.warnings.append(tr("%1 is empty").arg(source));
    }
    if (article.boilerplate.isEmpty()) {
        article.boilerplate = BoilerplateDetector::detect(article.text);
    }
    if (article.title.isEmpty() || article.outlet.isEmpty() || !article.published.isValid()) {
        PlainTextMetadata::guess(article);
    }
    return article;
}

Article ArticleImporter::importFile(const QString &path, Format format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failed(path, tr("%1 cannot be read: %2").arg(path, file.errorString()));
    }
    return importBytes(file.readAll(), path, format);
}

QList<Article> ArticleImporter::importLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {failed(path, tr("%1 cannot be read: %2").arg(path, file.errorString()))};
    }
    const QByteArray bytes = file.readAll();
    if (looksBinary(bytes)) {
        return {failed(path, tr("%1 is not a text article").arg(path))};
    }
    QString warning;
    const QString text = decodePlainText(bytes, &warning);
    QList<Article> articles;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines[i].isEmpty()) {
            break; // the newline that ends the file does not start another article
        }
        Article article;
        article.source = path;
        article.line = int(i + 1);
        article.text = lines[i];
        articles.append(article);
    }
    if (!warning.isEmpty() && !articles.isEmpty()) {
        articles.first().warnings.append(tr("%1: %2").arg(path, warning));
    }
    return articles;
}

} // namespace factbench
