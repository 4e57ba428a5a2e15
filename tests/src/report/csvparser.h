#pragma once

// An RFC 4180 reader for the tests, written apart from the writer so that it can catch it.

#include <QList>
#include <QString>
#include <QStringList>

namespace factbench {

/// The records of `text`; `error` says where the text breaks the RFC (a quote inside an
/// unquoted field, text after a closing quote, a bare line feed, an unclosed quote).
inline QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool afterQuote = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            afterQuote = fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *error = QStringLiteral("a CR without LF at %1").arg(i);
                return {};
            }
            ++i;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            afterQuote = fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            *error = QStringLiteral("a bare LF at %1").arg(i);
            return {};
        } else if (afterQuote) {
            *error = QStringLiteral("text after a closing quote at %1").arg(i);
            return {};
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted) {
                *error = QStringLiteral("a quote inside an unquoted field at %1").arg(i);
                return {};
            }
            quoted = true;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = QStringLiteral("an unclosed quote");
        return {};
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        *error = QStringLiteral("the last record has no CRLF");
        return {};
    }
    return records;
}

} // namespace factbench
