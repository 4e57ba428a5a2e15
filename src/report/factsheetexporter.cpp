#include "factsheetexporter.h"

#include "pdfwriter.h"

#include <QDir>
#include <QSaveFile>

namespace factbench {

FactSheetExporter::Result FactSheetExporter::render(const FactSheet &sheet, ExportFormat format)
{
    if (format == ExportFormat::Pdf && !PdfWriter::isAvailable()) {
        return {{},
            tr("PDF needs the program's graphics (fonts and page layout), which are not "
               "running.")};
    }
    return {ExportFormats::writer(format)->write(sheet), {}};
}

QString FactSheetExporter::save(const QByteArray &bytes, const QString &fileName)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("%1 cannot be written: %2.").arg(shown, file.errorString());
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return tr("%1 cannot be written: %2.").arg(shown, file.errorString());
    }
    return {};
}

} // namespace factbench
