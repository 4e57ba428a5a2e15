#include "projectmigration.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace factbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("factbench::ProjectMigration", text);
}

} // namespace

QString ProjectMigration::migrate(QJsonObject &root, int fromVersion)
{
    if (fromVersion == 0) {
        if (QString error = fromVersion0(root); !error.isEmpty()) {
            return error;
        }
    }
    return {};
}

QString ProjectMigration::fromVersion0(QJsonObject &root)
{
    QJsonArray articles = root.value(QStringLiteral("articles")).toArray();
    for (QJsonValueRef value : articles) {
        QJsonObject article = value.toObject();
        if (!article.value(QStringLiteral("text")).isString()) {
            return tr("an article of the version 0 file has no text");
        }
        article.insert(QStringLiteral("source"), article.take(QStringLiteral("path")));
        const QString text = article.take(QStringLiteral("text")).toString();
        article.insert(
            QStringLiteral("text"), QJsonArray::fromStringList(text.split(QLatin1Char('\n'))));
        value = article;
    }
    root.insert(QStringLiteral("articles"), articles);

    QJsonArray facts = root.value(QStringLiteral("facts")).toArray();
    for (QJsonValueRef value : facts) {
        QJsonObject fact = value.toObject();
        const bool confirmed = fact.take(QStringLiteral("confirmed")).toBool();
        fact.insert(QStringLiteral("status"),
            confirmed ? QStringLiteral("confirmed") : QStringLiteral("proposed"));
        value = fact;
    }
    root.insert(QStringLiteral("facts"), facts);
    root.insert(QStringLiteral("formatVersion"), 1);
    return {};
}

} // namespace factbench
