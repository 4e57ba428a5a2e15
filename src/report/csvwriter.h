#pragma once

#include "factsheetwriter.h"

#include <QStringList>

namespace factbench {

/// The fact sheet as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a
/// quotation mark or a line break), one row per fact and source, with a header row of fixed
/// English column names for scripts. A fact without sources still gets one row.
class CsvWriter : public FactSheetWriter
{
public:
    QByteArray write(const FactSheet &sheet) const override;

    static QStringList columns();
    /// One field as RFC 4180 wants it. A text a spreadsheet would run as a formula (starting
    /// with =, +, -, @, a tab or a carriage return, and not a number) gets a leading apostrophe.
    static QString field(const QString &text);
};

} // namespace factbench
