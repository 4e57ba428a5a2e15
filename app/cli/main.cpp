// factbench-cli: the headless face of factbench_core (see shared/docs/CLI-CONTRACT.md).

#include "article/articleimporter.h"
#include "extract/extractor.h"
#include "i18n/translations.h"
#include "io/extractionjson.h"
#include "io/projectreader.h"
#include "link/linker.h"
#include "report/factsheetbuilder.h"
#include "report/factsheetexporter.h"
#include "review/project.h"
#include "review/sampleproject.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <memory>

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
        "  new     --sample PROJECT       the built-in sample review\n"
        "  export  PROJECT --format F [--scope confirmed|disputed|all] [-o OUT] [--url URL]\n"
        "                                 a fact sheet from a saved project; F is md, html,\n"
        "                                 pdf, csv, json, claimreview or webannotation\n"
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
    const bool sample = arguments.value(0) == QLatin1String("--sample");
    if ((sample && (arguments.size() != 2 || arguments.at(1).startsWith(QLatin1Char('-'))))
        || (!sample && (arguments.size() < 2 || arguments.first().startsWith(QLatin1Char('-'))))) {
        printError(FactbenchCli::tr(
            "usage: factbench-cli new PROJECT FILE... or factbench-cli new --sample PROJECT"));
        return BadUsage;
    }
    const QStringList files = arguments.mid(1);
    QList<Article> articles;
    bool anyBad = false;
    if (!sample && !readArticles(files, &articles, &anyBad)) {
        return BadUsage;
    }
    Project project;
    if (sample) {
        if (const ProjectResult built = SampleProject::build(project); !built.ok()) {
            printError(built.message);
            return BadInput;
        }
    } else {
        project.addArticles(articles);
        project.rerunAnalysis();
    }
    const QString fileName = sample ? files.first() : arguments.first();
    if (const ProjectResult saved = project.saveAs(fileName); !saved.ok()) {
        printError(saved.message);
        return BadInput;
    }
    QTextStream(stdout) << FactbenchCli::tr("%1: %2 articles, %3 claims, %4 facts, %5 reviewed\n")
                               .arg(project.fileName())
                               .arg(project.articles().size())
                               .arg(project.claims().size())
                               .arg(project.facts().size())
                               .arg(project.reviewedFactCount());
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

/// The options of `export`, as given.
struct ExportArguments
{
    QString project;
    QString format;
    QString scope = QStringLiteral("confirmed");
    QString output;
    QString url;
};

QString exportUsage()
{
    return FactbenchCli::tr("usage: factbench-cli export PROJECT --format "
                            "md|html|pdf|csv|json|claimreview|webannotation "
                            "[--scope confirmed|disputed|all] [-o OUT] [--url URL]");
}

/// Reads `--format F`, `--format=F`, `-f F` and the like; false (after saying why) on bad usage.
bool parseExportArguments(const QStringList &arguments, ExportArguments *parsed)
{
    const QList<std::pair<QStringList, QString *>> options {
        {{QStringLiteral("--format"), QStringLiteral("-f")}, &parsed->format},
        {{QStringLiteral("--scope")}, &parsed->scope},
        {{QStringLiteral("--output"), QStringLiteral("-o")}, &parsed->output},
        {{QStringLiteral("--url")}, &parsed->url},
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            if (!parsed->project.isEmpty()) {
                printError(exportUsage());
                return false;
            }
            parsed->project = argument;
            continue;
        }
        const QString name = argument.section(QLatin1Char('='), 0, 0);
        const auto option = std::find_if(options.cbegin(), options.cend(),
            [&](const auto &candidate) { return candidate.first.contains(name); });
        if (option == options.cend()) {
            printError(FactbenchCli::tr("unknown option '%1'.").arg(argument));
            return false;
        }
        if (argument.contains(QLatin1Char('='))) {
            *option->second = argument.section(QLatin1Char('='), 1);
        } else if (i + 1 < arguments.size()) {
            *option->second = arguments.at(++i);
        } else {
            printError(FactbenchCli::tr("option '%1' needs a value.").arg(name));
            return false;
        }
    }
    if (parsed->project.isEmpty() || parsed->format.isEmpty()) {
        printError(exportUsage());
        return false;
    }
    return true;
}

/// `export PROJECT --format F`: the fact sheet of a saved project, on stdout or into a file.
int exportCommand(const QStringList &arguments)
{
    ExportArguments parsed;
    if (!parseExportArguments(arguments, &parsed)) {
        return BadUsage;
    }
    const std::optional<ExportFormat> format = ExportFormats::fromName(parsed.format);
    if (!format) {
        printError(FactbenchCli::tr("unknown format '%1'; use md, html, pdf, csv, json, "
                                    "claimreview or webannotation.")
                       .arg(parsed.format));
        return BadUsage;
    }
    const std::optional<FactSheetScope> scope = factSheetScopeFromName(parsed.scope);
    if (!scope) {
        printError(FactbenchCli::tr("unknown scope '%1'; use confirmed, disputed or all.")
                       .arg(parsed.scope));
        return BadUsage;
    }
    if (ExportFormats::isBinary(*format) && parsed.output.isEmpty()) {
        printError(FactbenchCli::tr("the %1 format is binary; name the output file with -o.")
                       .arg(ExportFormats::name(*format)));
        return BadUsage;
    }
    const ProjectReader::Result read = ProjectReader::read(parsed.project);
    if (!read.ok()) {
        printError(read.error);
        return BadInput;
    }
    FactSheet sheet = FactSheetBuilder::build(read.data, *scope);
    sheet.publicationUrl = parsed.url;
    if (sheet.entries.isEmpty()) {
        printError(FactbenchCli::tr("warning: %1 has no facts in the scope '%2'; the fact sheet "
                                    "is empty.")
                       .arg(parsed.project, parsed.scope));
    }
    const FactSheetExporter::Result rendered = FactSheetExporter::render(sheet, *format);
    if (!rendered.ok()) {
        printError(rendered.error);
        return BadInput;
    }
    if (!parsed.output.isEmpty()) {
        if (const QString error = FactSheetExporter::save(rendered.bytes, parsed.output);
            !error.isEmpty()) {
            printError(error);
            return BadInput;
        }
        return Success;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)
        || out.write(rendered.bytes) != rendered.bytes.size()) {
        printError(FactbenchCli::tr("the fact sheet cannot be written to the standard output."));
        return BadInput;
    }
    return Success;
}

/// Whether the command line asks for a PDF, whose text layout needs a QGuiApplication.
bool needsGraphics(int argc, char *argv[])
{
    if (argc < 2 || qstrcmp(argv[1], "export") != 0) {
        return false;
    }
    for (int i = 2; i < argc; ++i) {
        const bool formatOption = qstrcmp(argv[i], "--format") == 0 || qstrcmp(argv[i], "-f") == 0;
        if ((formatOption && i + 1 < argc && qstricmp(argv[i + 1], "pdf") == 0)
            || qstricmp(argv[i], "--format=pdf") == 0 || qstricmp(argv[i], "-f=pdf") == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // A command line never needs a display: the offscreen platform gives fonts and layout
    // without one, whatever the session has set.
    std::unique_ptr<QCoreApplication> application;
    if (needsGraphics(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
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
        return exportCommand(arguments.mid(1));
    }
    printError(FactbenchCli::tr("unknown command '%1'; run factbench-cli --help for the list.")
                   .arg(command));
    return BadUsage;
}
