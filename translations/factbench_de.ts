<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FactbenchCli</name>
    <message>
        <source>Usage: factbench-cli COMMAND [OPTIONS] ARGS...

Commands:
  extract [--lines] FILE...      figures, quotes and dates of articles, as JSON
  link    [--lines] FILE...      extract, plus the facts shared across articles
  new     PROJECT FILE...        a review project from articles
  export  PROJECT --format F [--scope confirmed|disputed|all] [-o OUT]
                                 a fact sheet from a saved project
  check   PROJECT                validate a project file (exit 0 or 1)

Options:
  -h, --help                     this help
  -v, --version                  the version
</source>
        <translation>Aufruf: factbench-cli BEFEHL [OPTIONEN] ARGUMENTE...

Befehle:
  extract [--lines] DATEI...     Zahlen, Zitate und Daten von Artikeln, als JSON
  link    [--lines] DATEI...     wie extract, dazu die Fakten, die Artikel teilen
  new     PROJEKT DATEI...       ein Prüfprojekt aus Artikeln
  export  PROJEKT --format F [--scope confirmed|disputed|all] [-o AUSGABE]
                                 ein Faktenblatt aus einem gespeicherten Projekt
  check   PROJEKT                eine Projektdatei prüfen (Status 0 oder 1)

Optionen:
  -h, --help                     diese Hilfe
  -v, --version                  die Version
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>no article given; name one or more files.</source>
        <translation>kein Artikel angegeben; nennen Sie eine oder mehrere Dateien.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available yet in this version.</source>
        <translation>„%1“ gibt es in dieser Version noch nicht.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run factbench-cli --help for the list.</source>
        <translation>unbekannter Befehl „%1“; factbench-cli --help zeigt die Liste.</translation>
    </message>
    <message>
        <source>usage: factbench-cli new PROJECT FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 articles, %3 claims, %4 proposed facts
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: factbench-cli check PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a valid project: %2 articles, %3 claims, %4 facts
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench</name>
    <message>
        <source>%1 is part of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rounds to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 then %2 (a later report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::AddArticlesCommand</name>
    <message>
        <source>Add article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>factbench::AddClaimCommand</name>
    <message>
        <source>Add claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::ArticleImporter</name>
    <message>
        <source>invalid UTF-8 was replaced with U+FFFD</source>
        <translation>ungültiges UTF-8 wurde durch U+FFFD ersetzt</translation>
    </message>
    <message>
        <source>%1 is not a text article</source>
        <translation>%1 ist kein Textartikel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>factbench::ArticleModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::ArticlePane</name>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>money</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>Prozentsatz</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>ordinal</source>
        <translation>Ordnungszahl</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Article from %1</source>
        <translation>Artikel von %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Figure&lt;/b&gt; %1 %2</source>
        <translation>&lt;b&gt;Zahl&lt;/b&gt; %1 %2</translation>
    </message>
    <message>
        <source>Counts: %1</source>
        <translation>Zählt: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Concept: %1</source>
        <translation>Begriff: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>niemand genannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Speaker: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Sprecher: %2</translation>
    </message>
    <message>
        <source>Partial quote</source>
        <translation>Teilzitat</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
</context>
<context>
    <name>factbench::ClaimModel</name>
    <message>
        <source>orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted / speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::CorrectClaimCommand</name>
    <message>
        <source>Correct claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::CreateFactCommand</name>
    <message>
        <source>Create fact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::DeleteClaimCommand</name>
    <message>
        <source>Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::FactModel</name>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::FactsPanel</name>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ divergent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↻ updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::FigureAgreement</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all %2 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compatible: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::HtmlImporter</name>
    <message>
        <source>elements nested deeper than %1 levels were flattened</source>
        <translation>Elemente, die tiefer als %1 Ebenen verschachtelt sind, wurden abgeflacht</translation>
    </message>
    <message>
        <source>the page could not be parsed as HTML</source>
        <translation>die Seite konnte nicht als HTML gelesen werden</translation>
    </message>
    <message>
        <source>no article text was found in the page</source>
        <translation>auf der Seite wurde kein Artikeltext gefunden</translation>
    </message>
</context>
<context>
    <name>factbench::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Factbench</source>
        <translation>Ü&amp;ber Factbench</translation>
    </message>
    <message>
        <source>About Factbench</source>
        <translation>Über Factbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Factbench %1&lt;/h3&gt;&lt;p&gt;Compare the figures and quotes of news articles about one event.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;KSyntaxHighlighting %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Factbench %1&lt;/h3&gt;&lt;p&gt;Vergleicht die Zahlen und Zitate von Nachrichtenartikeln über ein Ereignis.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3)&lt;br&gt;KSyntaxHighlighting %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 — Factbench</source>
        <translation>%1 — Factbench</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::MergeFactsCommand</name>
    <message>
        <source>Merge facts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::MoveClaimCommand</name>
    <message>
        <source>Move claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::Project</name>
    <message>
        <source>%1 is open in another Factbench (process %2 on %3); open it read-only to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be locked for editing (its folder may be read-only); open it read-only to look at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an autosave; recover it instead of opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no file yet; choose one with Save As.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only; save it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::ProjectJsonReader</name>
    <message>
        <source>its &quot;%1&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;%1&quot; has more than %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 number %2 has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an offset that is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points to character %2, past the end of its article&apos;s text (%3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a publication date that is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a line of text that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text of %1 does not match its SHA-256 (was it edited by hand?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a boilerplate range that is not [start, end]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to article %2, which is not in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown kind or origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its article&apos;s text at its offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a correction that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no numeric value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown qualifier or figure kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a corrected value that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names claim %2, which is not in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1 is in both fact %2 and fact %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown kind, origin, status or agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mixes figures and quotes (claim %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review log entry has a time that is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a &quot;%2&quot; that is neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 number %2 has an id that is not a short word of letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a line number that is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not an id)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::ProjectMigration</name>
    <message>
        <source>an article of the version 0 file has no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::ProjectReader</name>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1 MB, more than any project needs (at most %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than any project needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Factbench project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format version is missing or not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by a newer Factbench (format version %1; this one reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed claim %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::ProjectWriter</name>
    <message>
        <source>Could not save %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. The project is still open and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::QuoteAgreement</name>
    <message>
        <source>one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same words in %1 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter quotes are cuts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::ReimportArticleCommand</name>
    <message>
        <source>Re-import article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n claim(s) orphaned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>factbench::RemoveArticleCommand</name>
    <message>
        <source>Remove article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::RerunAnalysisCommand</name>
    <message>
        <source>Extract and link again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new fact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>factbench::SetFactStatusCommand</name>
    <message>
        <source>Confirm fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark fact disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen fact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::SetFactTextCommand</name>
    <message>
        <source>Rename fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set verified value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::SplitFactCommand</name>
    <message>
        <source>Split fact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>could not write the screenshot %1</source>
        <translation>das Bildschirmfoto %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Compare the figures and quotes of news articles.</source>
        <translation>Vergleicht die Zahlen und Zitate von Nachrichtenartikeln.</translation>
    </message>
    <message>
        <source>A project or articles to open; none opens the sample.</source>
        <translation>Ein Projekt oder Artikel zum Öffnen; ohne öffnet sich das Beispiel.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;file&gt; and quit.</source>
        <translation>Ein PNG des Hauptfensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Sample: Storm Morwenna</source>
        <translation>Beispiel: Sturm Morwenna</translation>
    </message>
</context>
</TS>
