<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>FactbenchCli</name>
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
        <source>unknown command &apos;%1&apos;; run factbench-cli --help for the list.</source>
        <translation>unbekannter Befehl „%1“; factbench-cli --help zeigt die Liste.</translation>
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
    <message>
        <source>Usage: factbench-cli COMMAND [OPTIONS] ARGS...

Commands:
  extract [--lines] FILE...      figures, quotes and dates of articles, as JSON
  link    [--lines] FILE...      extract, plus the facts shared across articles
  new     PROJECT FILE...        a review project from articles
  new     --sample PROJECT       the built-in sample review
  export  PROJECT --format F [--scope confirmed|disputed|all] [-o OUT] [--url URL]
                                 a fact sheet from a saved project; F is md, html,
                                 pdf, csv, json, claimreview or webannotation
  check   PROJECT                validate a project file (exit 0 or 1)

Options:
  -h, --help                     this help
  -v, --version                  the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: factbench-cli new PROJECT FILE... or factbench-cli new --sample PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: factbench-cli export PROJECT --format md|html|pdf|csv|json|claimreview|webannotation [--scope confirmed|disputed|all] [-o OUT] [--url URL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use md, html, pdf, csv, json, claimreview or webannotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scope &apos;%1&apos;; use confirmed, disputed or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 format is binary; name the output file with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 has no facts in the scope &apos;%2&apos;; the fact sheet is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fact sheet cannot be written to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 articles, %3 claims, %4 facts, %5 reviewed
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
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
    <message>
        <source>Reviewed</source>
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
        <source>Partial quote</source>
        <translation>Teilzitat</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>in no fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed, sources diverge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Corrected by the editor&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In no fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::BackgroundAnalysis</name>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding figures and quotes: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking claims</source>
        <translation type="unfinished"></translation>
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
    <name>factbench::ClaimText</name>
    <message>
        <source>unattributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is named as the speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker corrected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value %1, counts %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value corrected from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words are no longer in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
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
    <name>factbench::DivergenceSummary</name>
    <message>
        <source>%1 per %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n outlet(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factbench&apos;s reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::ExportDialog</name>
    <message>
        <source>Export Fact Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed and disputed facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the fact sheet will be published: ClaimReview names each review by this address and the fact&apos;s anchor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fact is in this selection yet: the fact sheet is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) in the fact sheet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::ExportFormats</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (one row per fact and source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview (schema.org JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Annotation (W3C JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::FactInspector</name>
    <message>
        <source>Fact inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fact selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a fact in the table to see what each source says and to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sources state, e.g. drones launched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value you established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value the fact sheet gives, as you checked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accurate with context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your judgement of what the sources say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you resolved it, for the fact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was decided about this fact, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;dict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divergent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree by a rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::FactMatrixModel</name>
    <message>
        <source>Divergent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree by a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor&apos;s decision on the fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value the editor established</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::FactMembersEditor</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims of this fact. Double-click or press Return to show one in its article; drag one onto another fact in the table to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact that should hold the selected claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected claims into the chosen fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new fact of the selected claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ove to:</source>
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
    <name>factbench::FactSheetExporter</name>
    <message>
        <source>PDF needs the program&apos;s graphics (fonts and page layout), which are not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::FactsTable</name>
    <message>
        <source>All facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divergent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which facts the table shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the facts whose label, values, verdict or note contain these words (Down goes to the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No facts yet: add articles to compare their figures and quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fact matches the filter and the search.</source>
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
    <name>factbench::HtmlWriter</name>
    <message>
        <source>en</source>
        <comment>the language code (BCP 47) of this translation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Factbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed and disputed facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected by the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words are no longer in the article.</source>
        <translation type="unfinished"></translation>
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
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading and analysing articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracted and linked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s)</source>
        <translation>
            <numerusform>%n Artikel hinzugefügt</numerusform>
            <numerusform>%n Artikel hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste as Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Article &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Article &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Fact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Unreviewed Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Unreviewed Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Verified &amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split Off Selected Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Selected Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ove Claim to Fact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extract and Link Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Page &amp;Furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide share prompts, credits and other page furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open one project at a time, without articles beside it: %n of the files given are projects.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factbench closed without saving the changes to %1. They were saved automatically on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover them, or discard them for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered; save to keep the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factbench projects (*.factbench);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factbench projects (*.factbench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without saving, your review decisions since the last save are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no article text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only; save it under another name to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still working on the previous articles; try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the article; Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every fact is reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more facts to merge (Ctrl+click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts of figures and facts of quotes cannot be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the words of the claim in an article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked a figure; drag it onto a fact to link it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked a quote; drag it onto a fact to link it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim is in no fact; drag it onto a fact to link it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fact(s) reviewed</source>
        <translation>
            <numerusform>%1 von %n Fakt geprüft</numerusform>
            <numerusform>%1 von %n Fakten geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Factbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Fact Sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::MarkdownWriter</name>
    <message>
        <source>said by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected by the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(these words are no longer in the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed and disputed facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
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
    <name>factbench::MoveArticleCommand</name>
    <message>
        <source>Move article</source>
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
    <name>factbench::ReportText</name>
    <message>
        <source>about </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sources say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the sources diverge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the divergence was resolved</source>
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
    <name>factbench::ReviewText</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one claim: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One source only: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources agree once their qualifiers are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources agree up to rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One source&apos;s parts add up to another&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A total minus a part gives another source&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One source gives a part of another&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later source gives a larger figure: an update, not a contradiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One quote is a cut of a longer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created from %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Split into two facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged with %n other fact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the verified value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the verified value to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the verdict to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took a claim out of its fact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved a claim here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected a claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked a claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an article (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed an article (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-imported an article (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracted and linked again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by the linker, not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: not a fact of the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed: the sources need checking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>factbench::SampleProject</name>
    <message>
        <source>the sample&apos;s analysis no longer finds a fact of %1 stating %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample&apos;s analysis no longer finds the quote &quot;%1&quot; in every article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample&apos;s review step &quot;%1&quot; was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample can only be made in an empty project</source>
        <translation type="unfinished"></translation>
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
    <name>factbench::SourcesPanel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
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
</context>
</TS>
