#include "wrappedlabel.h"

namespace factbench {

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

QSize WrappedLabel::sizeHint() const
{
    const QSize hint = QLabel::sizeHint();
    return {hint.width(), width() > hint.width() ? heightForWidth(width()) : hint.height()};
}

QSize WrappedLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, fontMetrics().height()};
}

void WrappedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (height() != sizeHint().height()) {
        updateGeometry(); // The hint follows the width.
    }
}

} // namespace factbench
