#include "highlightedtext.h"

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

namespace factbench {

void setHighlightedText(QPlainTextEdit *view, QSyntaxHighlighter *highlighter, const QString &text)
{
    if (highlighter) {
        QCoreApplication::removePostedEvents(highlighter, QEvent::MetaCall);
    }
    view->setPlainText(text);
}

} // namespace factbench
