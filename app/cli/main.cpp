// factbench-cli: the headless face of factbench_core (see shared/docs/CLI-CONTRACT.md).

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace {

enum ExitStatus { Success = 0, BadInput = 1, BadUsage = 2 };

QString tr(const char *text)
{
    return QCoreApplication::translate("factbench-cli", text);
}

void printError(const QString &message)
{
    QTextStream(stderr) << "factbench-cli: " << message << '\n';
}

QString usage()
{
    return tr("Usage: factbench-cli COMMAND [OPTIONS] ARGS...\n"
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("factbench-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FACTBENCH_VERSION));

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
    static const QStringList planned = {QStringLiteral("extract"), QStringLiteral("link"),
        QStringLiteral("new"), QStringLiteral("export"), QStringLiteral("check")};
    if (planned.contains(command)) {
        printError(tr("'%1' is not available yet in this version.").arg(command));
        return BadUsage;
    }
    printError(tr("unknown command '%1'; run factbench-cli --help for the list.").arg(command));
    return BadUsage;
}
