#pragma once

#include "factsheetwriter.h"

#include <QCoreApplication>

namespace factbench {

/// The fact sheet as CommonMark: a heading per fact, its review as a list, its sources as a
/// numbered list with the passage quoted and linked. Every text from a project is escaped, so
/// no article or note can turn into markup, a link or raw HTML.
class MarkdownWriter : public FactSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(factbench::MarkdownWriter)

public:
    QByteArray write(const FactSheet &sheet) const override;

    /// `text` as literal CommonMark inline text; lines after the first are joined with hard
    /// line breaks and indented by `indent` spaces (the continuation of a list item).
    static QString escape(const QString &text, int indent = 0);
};

} // namespace factbench
