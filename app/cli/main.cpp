// factbench-cli: the headless face of factbench_core (see shared/docs/CLI-CONTRACT.md).

#include "article/articleimporter.h"
#include "extract/extractor.h"
#include "i18n/translations.h"
#include "io/extractionjson.h"
#include "io/projectreader.h"
#include "link/linker.h"
#include "review/project.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

using namespace factbench;

namespace {

enum ExitStatus { Success = 0, BadInput = 1, BadUsage = 2 };

/// The translation context of the command line's messages.
class FactbenchCli
{
    Q_DECLARE_TR_FUNCTIONS(FactbenchCli)
};

void printError(const QString &message)
{
    QTextStream(stderr) << "factbench-cli: " << message << '\n';
}

QString usage()
{
    return FactbenchCli::tr(
        "Usage: factbench-cli COMMAND [OPTIONS] ARGS...\n"
        "\n"
        "Commands:\n"
        "  extract [--lines] FILE...      figures, quotes and dates of articles, as JSON\n"
        "  link    [--lines] FILE...      extract, plus the facts shared across articles\n"
        "  new     PROJECT FILE...        a review project from articles\n"
        "  export  PROJECT --format F [--scope confirmed|disputed|all] [-o OUT]\n"
        "                                 a fact sheet from a saved project\n"
        "  check   PROJECT                validate a project file (exit 0 or 1)\n"
        "\n"
        "Options:\n"
        "  -h, --help                     this help\n"
        "  -v, --version                  the version\n");
}

/// Reads the articles named on the command line; `--lines` makes every line an article.
/// Returns false (after saying why) on bad usage.
bool readArticles(const QStringList &arguments, QList<Article> *articles, bool *anyBad)
{
    bool lines = false;
    QStringList files;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--lines")) {
            lines = true;
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            printError(FactbenchCli::tr("unknown option '%1'.").arg(argument));
            return false;
        } else {
            files.append(argument);
        }
    }
    if (files.isEmpty()) {
        printError(FactbenchCli::tr("no article given; name one or more files."));
        return false;
    }
    for (const QString &file : files) {
        const QList<Article> read = lines ? ArticleImporter::importLines(file)
                                          : QList<Article> {ArticleImporter::importFile(file)};
        for (const Article &article : read) {
            if (!article.isValid()) {
                printError(article.error);
                *anyBad = true;
            }
            for (const QString &warning : article.warnings) {
                printError(FactbenchCli::tr("warning: %1").arg(warning));
            }
        }
        articles->append(read);
    }
    return true;
}

/// `extract` prints the claims of every article; `link` adds the facts shared across them.
int extractCommand(const QStringList &arguments, bool withFacts)
{
    QList<Article> articles;
    bool anyBad = false;
    if (!readArticles(arguments, &articles, &anyBad)) {
        return BadUsage;
    }
    const QList<Extraction> extractions = Extractor::extractAll(articles);
    const QJsonObject json = withFacts
        ? ExtractionJson::linkedRun(articles, extractions, Linker::link(articles, extractions))
        : ExtractionJson::run(articles, extractions);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return BadInput;
    }
    out.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return anyBad ? BadInput : Success;
}

/// `new PROJECT FILE...`: a review project from articles, with extracted claims and proposed
/// facts, written through QSaveFile (an existing file is replaced whole or not at all).
int newCommand(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.first().startsWith(QLatin1Char('-'))) {
        printError(FactbenchCli::tr("usage: factbench-cli new PROJECT FILE..."));
        return BadUsage;
    }
    QList<Article> articles;
    bool anyBad = false;
    if (!readArticles(arguments.mid(1), &articles, &anyBad)) {
        return BadUsage;
    }
    Project project;
    project.addArticles(articles);
    project.rerunAnalysis();
    if (const ProjectResult saved = project.saveAs(arguments.first()); !saved.ok()) {
        printError(saved.message);
        return BadInput;
    }
    QTextStream(stdout) << FactbenchCli::tr("%1: %2 articles, %3 claims, %4 proposed facts\n")
                               .arg(project.fileName())
                               .arg(project.articles().size())
                               .arg(project.claims().size())
                               .arg(project.facts().size());
    return anyBad ? BadInput : Success;
}

/// `check PROJECT`: exit 0 when the file loads whole, else 1 with the reader's sentence.
int checkCommand(const QStringList &arguments)
{
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        printError(FactbenchCli::tr("usage: factbench-cli check PROJECT"));
        return BadUsage;
    }
    const ProjectReader::Result read = ProjectReader::read(arguments.first());
    if (!read.ok()) {
        printError(read.error);
        return BadInput;
    }
    QTextStream(stdout) << FactbenchCli::tr(
        "%1 is a valid project: %2 articles, %3 claims, %4 facts\n")
                               .arg(arguments.first())
                               .arg(read.data.articles.size())
                               .arg(read.data.claims.size())
                               .arg(read.data.facts.size());
    return Success;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("factbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FACTBENCH_VERSION));
    Translations::install(&app);

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        QTextStream(stderr) << usage();
        return BadUsage;
    }
    const QString command = arguments.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        QTextStream(stdout) << usage();
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        QTextStream(stdout) << "factbench-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (command == QLatin1String("extract")) {
        return extractCommand(arguments.mid(1), false);
    }
    if (command == QLatin1String("link")) {
        return extractCommand(arguments.mid(1), true);
    }
    if (command == QLatin1String("new")) {
        return newCommand(arguments.mid(1));
    }
    if (command == QLatin1String("check")) {
        return checkCommand(arguments.mid(1));
    }
    if (command == QLatin1String("export")) {
        printError(FactbenchCli::tr("'%1' is not available yet in this version.").arg(command));
        return BadUsage;
    }
    printError(FactbenchCli::tr("unknown command '%1'; run factbench-cli --help for the list.")
                   .arg(command));
    return BadUsage;
}
