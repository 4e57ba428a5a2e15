#pragma once

// Shared by the review widget tests: the built-in sample as a project the linker has proposed
// facts for, and the palettes the widgets are rendered in.

#include "article/samplearticles.h"
#include "review/project.h"

#include <QPalette>
#include <QTest>

namespace factbench {

/// The sample's three articles (The Coastal Herald, Northshore Daily, Bayline News) with the
/// facts the linker proposes for them; nothing reviewed yet.
inline void makeSampleReview(Project &project)
{
    project.setEditorName(QStringLiteral("Test Editor"));
    QCOMPARE(project.addArticles(SampleArticles::load()).size(), 3);
    project.rerunAnalysis();
    QVERIFY2(project.facts().size() >= 10, "the linker proposes fewer facts than expected");
}

/// The id of the first fact with this label, or an empty id.
inline QString factLabelled(const Project &project, const QString &label)
{
    for (const ProjectFact &fact : project.facts()) {
        if (fact.label == label) {
            return fact.id;
        }
    }
    return {};
}

/// The member of a fact that comes from the article with this outlet, or an empty id.
inline QString memberFrom(const Project &project, const QString &factId, const QString &outlet)
{
    const ProjectFact *fact = project.fact(factId);
    for (const QString &member : fact ? fact->members : QStringList()) {
        const Claim *claim = project.claim(member);
        if (claim && project.article(claim->articleId)->article.outlet == outlet) {
            return member;
        }
    }
    return {};
}

/// Breeze-like light and dark palettes, to look at the widgets in both.
inline QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    palette.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::ButtonText, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x70, 0x7d, 0x8a));
    return palette;
}

inline QPalette darkPalette()
{
    QPalette palette(QColor(0x31, 0x36, 0x3b), QColor(0x20, 0x23, 0x26));
    palette.setColor(QPalette::Base, QColor(0x14, 0x16, 0x18));
    palette.setColor(QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
    palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Button, QColor(0x29, 0x2c, 0x30));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    palette.setColor(QPalette::Light, QColor(0x40, 0x45, 0x4b));
    palette.setColor(QPalette::Mid, QColor(0x2c, 0x30, 0x34));
    palette.setColor(QPalette::Dark, QColor(0x14, 0x16, 0x18));
    return palette;
}

} // namespace factbench
