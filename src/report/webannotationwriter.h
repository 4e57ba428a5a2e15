#pragma once

#include "factsheetwriter.h"

#include <QJsonObject>

namespace factbench {

/// The fact sheet as W3C Web Annotation JSON-LD (an AnnotationCollection): each fact one
/// annotation, motivated `linking` while proposed and `assessing` once the editor decided, with
/// bodies for the label, the verdict and the note, and one target per member claim carrying a
/// TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector in Unicode code points
/// of the article text Factbench holds.
class WebAnnotationWriter : public FactSheetWriter
{
public:
    QByteArray write(const FactSheet &sheet) const override;
    static QJsonObject collection(const FactSheet &sheet);
    /// A stable IRI for a fact of a review: the same fact of the same articles gets the same id.
    static QString annotationId(const FactSheet &sheet, const FactSheetEntry &entry);
};

} // namespace factbench
