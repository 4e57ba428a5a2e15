<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>factbench::AddArticlesCommand</name>
    <message numerus="yes">
        <source>Add %n article(s)</source>
        <translation>
            <numerusform>Add %n article</numerusform>
            <numerusform>Add %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>factbench::DivergenceSummary</name>
    <message numerus="yes">
        <source>%1 in %n outlet(s)</source>
        <translation>
            <numerusform>%1 in %n outlet</numerusform>
            <numerusform>%1 in %n outlets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>factbench::ExportDialog</name>
    <message numerus="yes">
        <source>%n fact(s) in the fact sheet.</source>
        <translation>
            <numerusform>%n fact in the fact sheet.</numerusform>
            <numerusform>%n facts in the fact sheet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>factbench::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>factbench::ReimportArticleCommand</name>
    <message numerus="yes">
        <source>%1, %n claim(s) orphaned</source>
        <translation>
            <numerusform>%1, %n claim orphaned</numerusform>
            <numerusform>%1, %n claims orphaned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>factbench::RerunAnalysisCommand</name>
    <message numerus="yes">
        <source>%n new claim(s)</source>
        <translation>
            <numerusform>%n new claim</numerusform>
            <numerusform>%n new claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new fact(s)</source>
        <translation>
            <numerusform>%n new fact</numerusform>
            <numerusform>%n new facts</numerusform>
        </translation>
    </message>
</context>
</TS>
