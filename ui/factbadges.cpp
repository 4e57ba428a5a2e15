#include "factbadges.h"

#include "contrast.h"

#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Theme>

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace factbench {

namespace {

/// Graphics need 3:1 against their background to be made out (WCAG 2.1, 1.4.11).
constexpr int badgeSize = 16;

using Painting = std::function<void(QPainter &, const QRectF &)>;

/// An icon drawn at 1x and 2x so that it stays sharp on high-density screens.
QIcon drawnIcon(const Painting &paint)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(badgeSize, badgeSize) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, QRectF(0, 0, badgeSize, badgeSize));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QPen strokePen(const QColor &colour, qreal width)
{
    return QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

/// A disc with a white mark drawn by `mark` inside it.
QIcon discIcon(const QColor &colour, const Painting &mark)
{
    return drawnIcon([colour, mark](QPainter &painter, const QRectF &rect) {
        const QRectF disc = rect.adjusted(2, 2, -2, -2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(disc);
        mark(painter, disc);
    });
}

QIcon proposedIcon(const QColor &colour)
{
    return drawnIcon([colour](QPainter &painter, const QRectF &rect) {
        painter.setPen(strokePen(colour, 1.6));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(rect.adjusted(2.8, 2.8, -2.8, -2.8));
    });
}

QIcon confirmedIcon(const QColor &colour)
{
    return discIcon(colour, [](QPainter &painter, const QRectF &disc) {
        painter.setPen(strokePen(Qt::white, 1.7));
        const QPointF c = disc.center();
        painter.drawPolyline(
            QPolygonF {c + QPointF(-3.2, 0.2), c + QPointF(-0.9, 2.5), c + QPointF(3.3, -2.2)});
    });
}

QIcon rejectedIcon(const QColor &colour)
{
    return discIcon(colour, [](QPainter &painter, const QRectF &disc) {
        painter.setPen(strokePen(Qt::white, 1.7));
        const QPointF c = disc.center();
        painter.drawLine(c + QPointF(-2.5, -2.5), c + QPointF(2.5, 2.5));
        painter.drawLine(c + QPointF(-2.5, 2.5), c + QPointF(2.5, -2.5));
    });
}

QIcon disputedIcon(const QColor &colour)
{
    // A question mark drawn as a path: fonts differ too much at this size.
    return discIcon(colour, [](QPainter &painter, const QRectF &disc) {
        painter.setPen(strokePen(Qt::white, 1.7));
        const QPointF c = disc.center();
        QPainterPath hook;
        hook.moveTo(c + QPointF(-2.2, -1.4));
        hook.cubicTo(c + QPointF(-2.2, -4.2), c + QPointF(2.6, -4.2), c + QPointF(2.4, -1.5));
        hook.cubicTo(c + QPointF(2.3, 0.0), c + QPointF(0.0, 0.2), c + QPointF(0.0, 1.4));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(hook);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(c + QPointF(0.0, 3.5), 1.0, 1.0);
    });
}

QIcon warningIcon(const QColor &colour)
{
    return drawnIcon([colour](QPainter &painter, const QRectF &rect) {
        const QPolygonF triangle {QPointF(rect.center().x(), rect.top() + 1.5),
            QPointF(rect.right() - 1.0, rect.bottom() - 2.0),
            QPointF(rect.left() + 1.0, rect.bottom() - 2.0)};
        painter.setPen(strokePen(colour, 1.5));
        painter.setBrush(colour);
        painter.drawPolygon(triangle);
        painter.setPen(strokePen(Qt::white, 1.7));
        const qreal x = rect.center().x();
        painter.drawLine(QPointF(x, rect.top() + 5.8), QPointF(x, rect.top() + 9.6));
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(x, rect.top() + 12.0), 0.95, 0.95);
    });
}

QIcon approximatelyIcon(const QColor &colour)
{
    // "≈": the values differ, but a rule explains it.
    return drawnIcon([colour](QPainter &painter, const QRectF &rect) {
        painter.setPen(strokePen(colour, 1.4));
        painter.setBrush(Qt::NoBrush);
        const QPointF c = rect.center();
        for (const qreal dy : {-2.0, 2.0}) {
            QPainterPath wave;
            wave.moveTo(c + QPointF(-4.5, dy + 0.8));
            wave.cubicTo(c + QPointF(-2.0, dy - 2.2), c + QPointF(2.0, dy + 2.2),
                c + QPointF(4.5, dy - 0.8));
            painter.drawPath(wave);
        }
    });
}

} // namespace

FactBadges::FactBadges(const QPalette &palette)
{
    using KSyntaxHighlighting::Theme;
    const Theme theme = SyntaxRepository::themeFor(palette);
    const QColor base = palette.color(QPalette::Base);
    const auto themed = [&theme, &base](Theme::TextStyle style) {
        return Contrast::ensured(
            QColor::fromRgba(theme.textColor(style)), base, Contrast::Graphics);
    };
    m_proposed = themed(Theme::DataType);
    m_confirmed = themed(Theme::Preprocessor);
    m_rejected = themed(Theme::Comment);
    m_disputed = themed(Theme::Information);
    m_divergent = themed(Theme::Error);
    m_agreedByRule = m_rejected;

    m_statusIcons[int(FactStatus::Proposed)] = proposedIcon(m_proposed);
    m_statusIcons[int(FactStatus::Confirmed)] = confirmedIcon(m_confirmed);
    m_statusIcons[int(FactStatus::Rejected)] = rejectedIcon(m_rejected);
    m_statusIcons[int(FactStatus::Disputed)] = disputedIcon(m_disputed);
    m_divergentIcon = warningIcon(m_divergent);
    m_agreedByRuleIcon = approximatelyIcon(m_agreedByRule);
    m_headerIcon = warningIcon(Contrast::ensured(palette.color(QPalette::PlaceholderText),
        palette.color(QPalette::Button), Contrast::Graphics));
}

QColor FactBadges::statusColor(FactStatus status) const
{
    switch (status) {
    case FactStatus::Proposed:
        return m_proposed;
    case FactStatus::Confirmed:
        return m_confirmed;
    case FactStatus::Rejected:
        return m_rejected;
    case FactStatus::Disputed:
        return m_disputed;
    }
    return m_proposed;
}

QIcon FactBadges::statusIcon(FactStatus status) const
{
    return m_statusIcons[int(status)];
}

} // namespace factbench
