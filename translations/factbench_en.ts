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
    <name>factbench::FactMembersEditor</name>
    <message numerus="yes">
        <source>Move %n claim(s)</source>
        <translation>
            <numerusform>Move %n claim</numerusform>
            <numerusform>Move %n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>factbench::FactsTable</name>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fact(s)</source>
        <translation>
            <numerusform>%1 of %n fact</numerusform>
            <numerusform>%1 of %n facts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>factbench::MainWindow</name>
    <message numerus="yes">
        <source>Added %n article(s)</source>
        <translation>
            <numerusform>Added %n article</numerusform>
            <numerusform>Added %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open one project at a time, without articles beside it: %n of the files given are projects.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fact(s) reviewed</source>
        <translation>
            <numerusform>%1 of %n fact reviewed</numerusform>
            <numerusform>%1 of %n facts reviewed</numerusform>
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
<context>
    <name>factbench::ReviewText</name>
    <message numerus="yes">
        <source>Created from %n claim(s)</source>
        <translation>
            <numerusform>Created from %n claim</numerusform>
            <numerusform>Created from %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged with %n other fact(s)</source>
        <translation>
            <numerusform>Merged with %n other fact</numerusform>
            <numerusform>Merged with %n other facts</numerusform>
        </translation>
    </message>
</context>
</TS>
