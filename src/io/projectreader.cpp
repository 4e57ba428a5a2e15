#include "projectreader.h"

#include "projectjsonreader.h"
#include "projectmigration.h"
#include "projectwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace factbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("factbench::ProjectReader", text);
}

ProjectReader::Result failure(const QString &fileName, const QString &problem)
{
    ProjectReader::Result result;
    result.error = tr("%1 cannot be opened: %2.").arg(QDir::toNativeSeparators(fileName), problem);
    return result;
}

/// 1-based line and column of a byte offset, the column counted in characters.
QString position(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const QByteArrayView before(bytes.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    // Spelt out, not through tr(): lupdate gives a free function's tr() no class context.
    return QCoreApplication::translate("factbench::ProjectReader", "line %1, column %2")
        .arg(line)
        .arg(column);
}

} // namespace

ProjectReader::Result ProjectReader::read(const QString &fileName, const QString &baseDirectory)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(fileName, file.errorString());
    }
    if (file.size() > maximumFileSize) {
        return failure(fileName,
            tr("it is %1 MB, more than any project needs (at most %2 MB)")
                .arg((file.size() + 1024 * 1024 - 1) / (1024 * 1024))
                .arg(maximumFileSize / (1024 * 1024)));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return failure(fileName, file.errorString());
    }
    return parse(bytes, fileName,
        baseDirectory.isEmpty() ? QFileInfo(fileName).absolutePath() : baseDirectory);
}

ProjectReader::Result ProjectReader::parse(
    const QByteArray &bytes, const QString &fileName, const QString &baseDirectory)
{
    if (bytes.size() > maximumFileSize) {
        return failure(fileName, tr("it is larger than any project needs"));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failure(fileName,
            tr("it is not valid JSON (%1 at %2)")
                .arg(parseError.errorString(), position(bytes, parseError.offset)));
    }
    QJsonObject root = document.object();
    if (!document.isObject()
        || root.value(QStringLiteral("format")).toString() != QLatin1String("factbench-project")) {
        return failure(fileName, tr("it is not a Factbench project"));
    }
    const QJsonValue versionValue = root.value(QStringLiteral("formatVersion"));
    const double version = versionValue.toDouble(-1);
    if (!versionValue.isDouble() || version < 0 || version != std::floor(version)) {
        return failure(fileName, tr("its format version is missing or not a whole number"));
    }
    if (version > ProjectWriter::formatVersion) {
        return failure(fileName,
            tr("it was made by a newer Factbench (format version %1; this one reads up to %2)")
                .arg(version)
                .arg(ProjectWriter::formatVersion));
    }
    if (const QString problem = ProjectMigration::migrate(root, int(version)); !problem.isEmpty()) {
        return failure(fileName, problem);
    }

    Result result;
    result.formatVersion = int(version);
    ProjectJsonReader reader(baseDirectory);
    if (!reader.read(root, &result.data)) {
        return failure(fileName, reader.error());
    }
    result.isAutosave = root.contains(QStringLiteral("autosaveOf"));
    result.autosaveOf = root.value(QStringLiteral("autosaveOf")).toString();
    return result;
}

} // namespace factbench
