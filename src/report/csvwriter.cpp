#include "csvwriter.h"

namespace factbench {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString flag(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString line(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &text : fields) {
        escaped.append(CsvWriter::field(text));
    }
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QStringList CsvWriter::columns()
{
    return {QStringLiteral("fact"), QStringLiteral("label"), QStringLiteral("kind"),
        QStringLiteral("status"), QStringLiteral("verified_value"), QStringLiteral("verdict"),
        QStringLiteral("note"), QStringLiteral("divergent"), QStringLiteral("resolution"),
        QStringLiteral("editor"), QStringLiteral("decided"), QStringLiteral("claim"),
        QStringLiteral("value"), QStringLiteral("stated"), QStringLiteral("attribution"),
        QStringLiteral("corrected"), QStringLiteral("outlet"), QStringLiteral("title"),
        QStringLiteral("published"), QStringLiteral("url"), QStringLiteral("passage"),
        QStringLiteral("passage_link"), QStringLiteral("start"), QStringLiteral("end")};
}

QString CsvWriter::field(const QString &text)
{
    QString value = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStarts.contains(value.at(0))) {
        bool isNumber = false;
        value.toDouble(&isNumber);
        if (!isNumber) {
            value.prepend(QLatin1Char('\''));
        }
    }
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QByteArray CsvWriter::write(const FactSheet &sheet) const
{
    QString out = line(columns());
    for (const FactSheetEntry &entry : sheet.entries) {
        const QStringList factFields {entry.factId, entry.label, factKindName(entry.kind),
            factStatusName(entry.status), entry.verifiedValue, entry.verdict, entry.note,
            flag(entry.divergent), entry.resolution, entry.editor, isoTime(entry.decided)};
        if (entry.sources.isEmpty()) {
            out += line(factFields + QStringList(columns().size() - factFields.size()));
            continue;
        }
        for (const FactSheetSource &source : entry.sources) {
            const FactSheetArticle &article = sheet.articleOf(source);
            const bool placed = source.start >= 0;
            out += line(factFields
                + QStringList {source.claimId, source.value, source.stated, source.attribution,
                    flag(source.corrected), article.outlet, article.title, article.published,
                    article.url, source.passage, source.passageLink,
                    placed ? QString::number(source.start) : QString(),
                    placed ? QString::number(source.end) : QString()});
        }
    }
    return out.toUtf8();
}

} // namespace factbench
