#pragma once

#include <QLabel>

namespace factbench {

/// A word-wrapped label that asks for the height its text takes at its width. QFormLayout gives
/// a label its size hint's height, and QLabel's hint wraps the text at a narrow width: four
/// lines where two would do, and a gap under them.
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace factbench
