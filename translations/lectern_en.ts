<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Annotation</name>
    <message>
        <source>fact-check</source>
        <translation>fact-check</translation>
    </message>
    <message>
        <source>needs source</source>
        <translation>needs source</translation>
    </message>
    <message>
        <source>name/title</source>
        <translation>name/title</translation>
    </message>
    <message>
        <source>figure</source>
        <comment>tag: a number to check</comment>
        <translation>figure</translation>
    </message>
    <message>
        <source>typo</source>
        <translation>typo</translation>
    </message>
    <message>
        <source>style</source>
        <translation>style</translation>
    </message>
    <message>
        <source>legal</source>
        <translation>legal</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Train the entity tagger from span-annotated articles (JSON Lines: id, text, entities).</source>
        <translation>Train the entity tagger from span-annotated articles (JSON Lines: id, text, entities).</translation>
    </message>
    <message>
        <source>Span file (JSON Lines).</source>
        <translation>Span file (JSON Lines).</translation>
    </message>
    <message>
        <source>Split file (JSON: lists of article ids).</source>
        <translation>Split file (JSON: lists of article ids).</translation>
    </message>
    <message>
        <source>Train only on the articles of this list.</source>
        <translation>Train only on the articles of this list.</translation>
    </message>
    <message>
        <source>Continue from this model (adaptation).</source>
        <translation>Continue from this model (adaptation).</translation>
    </message>
    <message>
        <source>Passes over the data.</source>
        <translation>Passes over the data.</translation>
    </message>
    <message>
        <source>The training data&apos;s licence terms, recorded in the model.</source>
        <translation>The training data&apos;s licence terms, recorded in the model.</translation>
    </message>
    <message>
        <source>The model file to write.</source>
        <translation>The model file to write.</translation>
    </message>
    <message>
        <source>Keep at most this many features (size, speed).</source>
        <translation>Keep at most this many features (size, speed).</translation>
    </message>
    <message>
        <source>Print an entity tagger model&apos;s provenance.</source>
        <translation>Print an entity tagger model&apos;s provenance.</translation>
    </message>
    <message>
        <source>The model file.</source>
        <translation>The model file.</translation>
    </message>
    <message>
        <source>Continue training the entity tagger on the entity corrections stored in a review database.</source>
        <translation>Continue training the entity tagger on the entity corrections stored in a review database.</translation>
    </message>
    <message>
        <source>The review database.</source>
        <translation>The review database.</translation>
    </message>
    <message>
        <source>Continue from this model (default: the bundled one).</source>
        <translation>Continue from this model (default: the bundled one).</translation>
    </message>
    <message>
        <source>Learn word clusters from this unlabeled text (JSON Lines with &quot;text&quot;) and the training articles.</source>
        <translation>Learn word clusters from this unlabeled text (JSON Lines with &quot;text&quot;) and the training articles.</translation>
    </message>
    <message>
        <source>Number of word clusters (with --cluster-text).</source>
        <translation>Number of word clusters (with --cluster-text).</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::AnnotationsVerb</name>
    <message>
        <source>%1: the article cannot be recorded in the review database</source>
        <translation>%1: the article cannot be recorded in the review database</translation>
    </message>
    <message>
        <source>annotation %1 %2</source>
        <translation>annotation %1 %2</translation>
    </message>
    <message>
        <source>%1: the re-anchored annotations cannot be saved in the review database</source>
        <translation>%1: the re-anchored annotations cannot be saved in the review database</translation>
    </message>
    <message>
        <source>Export, import and add review annotations (W3C Web Annotations) kept in Lectern&apos;s database.</source>
        <translation>Export, import and add review annotations (W3C Web Annotations) kept in Lectern&apos;s database.</translation>
    </message>
    <message>
        <source>The article file.</source>
        <translation>The article file.</translation>
    </message>
    <message>
        <source>Review database (default: the one in Preferences).</source>
        <translation>Review database (default: the one in Preferences).</translation>
    </message>
    <message>
        <source>Write the export here instead of standard output.</source>
        <translation>Write the export here instead of standard output.</translation>
    </message>
    <message>
        <source>Start, in code points.</source>
        <translation>Start, in code points.</translation>
    </message>
    <message>
        <source>End (exclusive), in code points.</source>
        <translation>End (exclusive), in code points.</translation>
    </message>
    <message>
        <source>Comment text.</source>
        <translation>Comment text.</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>A tag (repeatable).</translation>
    </message>
    <message>
        <source>Author (default: from Preferences).</source>
        <translation>Author (default: from Preferences).</translation>
    </message>
    <message>
        <source>Add K annotations, one transaction each.</source>
        <translation>Add K annotations, one transaction each.</translation>
    </message>
    <message>
        <source>usage: lectern annotations export|import|add|list FILE … (see --help)</source>
        <translation>usage: lectern annotations export|import|add|list FILE … (see --help)</translation>
    </message>
    <message>
        <source>usage: lectern annotations import FILE ANNOTATIONS.jsonld</source>
        <translation>usage: lectern annotations import FILE ANNOTATIONS.jsonld</translation>
    </message>
    <message>
        <source>%1: the review database cannot be opened</source>
        <translation>%1: the review database cannot be opened</translation>
    </message>
    <message>
        <source>%1: the file is too large</source>
        <translation>%1: the file is too large</translation>
    </message>
    <message>
        <source>%1: the annotations could not be saved in the review database %2</source>
        <translation>%1: the annotations could not be saved in the review database %2</translation>
    </message>
    <message numerus="yes">
        <source>imported %n annotations (%1 re-anchored, %2 orphaned)</source>
        <translation>
            <numerusform>imported %n annotation (%1 re-anchored, %2 orphaned)</numerusform>
            <numerusform>imported %n annotations (%1 re-anchored, %2 orphaned)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations had no urn:uuid id and were given a new one</source>
        <translation>
            <numerusform>%n annotation had no urn:uuid id and was given a new one</numerusform>
            <numerusform>%n annotations had no urn:uuid id and were given a new one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations had no creation time and were given the import time</source>
        <translation>
            <numerusform>%n annotation had no creation time and was given the import time</numerusform>
            <numerusform>%n annotations had no creation time and were given the import time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selectors Lectern cannot anchor were kept as they were</source>
        <translation>
            <numerusform>%n selector Lectern cannot anchor was kept as it was</numerusform>
            <numerusform>%n selectors Lectern cannot anchor were kept as they were</numerusform>
        </translation>
    </message>
    <message>
        <source>add needs --start, --end and --comment</source>
        <translation>add needs --start, --end and --comment</translation>
    </message>
    <message>
        <source>--start/--end must give a non-empty span inside the text (0..%1 code points)</source>
        <translation>--start/--end must give a non-empty span inside the text (0..%1 code points)</translation>
    </message>
    <message>
        <source>%1: the annotation cannot be saved in the review database</source>
        <translation>%1: the annotation cannot be saved in the review database</translation>
    </message>
    <message>
        <source>Export format: jsonld, csv, md, or docx/odt (the draft itself with the annotations as comments).</source>
        <translation>Export format: jsonld, csv, md, or docx/odt (the draft itself with the annotations as comments).</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (jsonld, csv, md, docx, odt)</source>
        <translation>unknown format &apos;%1&apos; (jsonld, csv, md, docx, odt)</translation>
    </message>
    <message>
        <source>watch: stop after N changes (default 1).</source>
        <translation>watch: stop after N changes (default 1).</translation>
    </message>
    <message>
        <source>watch: give up after S seconds (default 60).</source>
        <translation>watch: give up after S seconds (default 60).</translation>
    </message>
    <message>
        <source>--count and --timeout must be positive numbers</source>
        <translation>--count and --timeout must be positive numbers</translation>
    </message>
    <message>
        <source>%1: only a team server (postgresql://…) announces changes</source>
        <translation>%1: only a team server (postgresql://…) announces changes</translation>
    </message>
    <message>
        <source>watching %1</source>
        <translation>watching %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes arrived before the timeout</source>
        <translation>
            <numerusform>%n change arrived before the timeout</numerusform>
            <numerusform>%n changes arrived before the timeout</numerusform>
        </translation>
    </message>
    <message>
        <source>add, sync on a team server: the offline journal (default: one per server in the data folder).</source>
        <translation>add, sync on a team server: the offline journal (default: one per server in the data folder).</translation>
    </message>
    <message>
        <source>usage: lectern annotations sync [--db URI] [--journal FILE]</source>
        <translation>usage: lectern annotations sync [--db URI] [--journal FILE]</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (export, import, add, list, watch, sync)</source>
        <translation>unknown command &apos;%1&apos; (export, import, add, list, watch, sync)</translation>
    </message>
    <message>
        <source>the team server went away: the comments are kept in the offline journal %1</source>
        <translation>the team server went away: the comments are kept in the offline journal %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changes wait in the offline journal %1; “lectern annotations sync” sends them when the team server is back</source>
        <translation>
            <numerusform>%n change waits in the offline journal %1; “lectern annotations sync” sends it when the team server is back</numerusform>
            <numerusform>%n changes wait in the offline journal %1; “lectern annotations sync” sends them when the team server is back</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to send: no offline journal %1</source>
        <translation>nothing to send: no offline journal %1</translation>
    </message>
    <message>
        <source>sent %1, already on the server %2, conflicts %3 (kept on the server), refused %4 (kept in the journal), pending %5</source>
        <translation>sent %1, already on the server %2, conflicts %3 (kept on the server), refused %4 (kept in the journal), pending %5</translation>
    </message>
    <message>
        <source>The comments are kept in the offline journal %1.</source>
        <translation>The comments are kept in the offline journal %1.</translation>
    </message>
    <message>
        <source>sync needs a team server: --db postgresql://…</source>
        <translation>sync needs a team server: --db postgresql://…</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::Cli</name>
    <message>
        <source>no verb given</source>
        <translation>no verb given</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (known: %2)</source>
        <translation>unknown command &apos;%1&apos; (known: %2)</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::ExtractVerb</name>
    <message>
        <source>Import articles and print what Lectern finds in them, one JSON line per file.</source>
        <translation>Import articles and print what Lectern finds in them, one JSON line per file.</translation>
    </message>
    <message>
        <source>Article files (text, HTML, Markdown).</source>
        <translation>Article files (text, HTML, Markdown).</translation>
    </message>
    <message>
        <source>no file given (usage: lectern extract FILE...)</source>
        <translation>no file given (usage: lectern extract FILE...)</translation>
    </message>
    <message>
        <source>Read names with this tagger model (default: the bundled one).</source>
        <translation>Read names with this tagger model (default: the bundled one).</translation>
    </message>
    <message>
        <source>Use the rules and gazetteers alone.</source>
        <translation>Use the rules and gazetteers alone.</translation>
    </message>
    <message>
        <source>--model and --no-model exclude each other</source>
        <translation>--model and --no-model exclude each other</translation>
    </message>
    <message>
        <source>%1: %2; using the rules alone</source>
        <translation>%1: %2; using the rules alone</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::LibraryVerb</name>
    <message>
        <source>added %1</source>
        <translation>added %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>updated %1</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>unchanged %1</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 failed</source>
        <translation>%1 added, %2 updated, %3 unchanged, %4 failed</translation>
    </message>
    <message>
        <source>no match for %1</source>
        <translation>no match for %1</translation>
    </message>
    <message>
        <source>The library: import, search and list articles.</source>
        <translation>The library: import, search and list articles.</translation>
    </message>
    <message>
        <source>The database (default: from Preferences).</source>
        <translation>The database (default: from Preferences).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>At most N search results.</source>
        <translation>At most N search results.</translation>
    </message>
    <message>
        <source>Only articles in this review state.</source>
        <translation>Only articles in this review state.</translation>
    </message>
    <message>
        <source>Only articles from this source.</source>
        <translation>Only articles from this source.</translation>
    </message>
    <message>
        <source>Only articles with this annotation tag.</source>
        <translation>Only articles with this annotation tag.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (%2)</source>
        <translation>unknown command &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>usage: lectern library add PATH…</source>
        <translation>usage: lectern library add PATH…</translation>
    </message>
    <message>
        <source>usage: lectern library search QUERY</source>
        <translation>usage: lectern library search QUERY</translation>
    </message>
    <message>
        <source>usage: lectern library %1 FILE</source>
        <translation>usage: lectern library %1 FILE</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos; (draft, in-review, approved)</source>
        <translation>unknown state &apos;%1&apos; (draft, in-review, approved)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit needs a positive number</translation>
    </message>
    <message numerus="yes">
        <source>%n articles added</source>
        <translation>
            <numerusform>%n article added</numerusform>
            <numerusform>%n articles added</numerusform>
        </translation>
    </message>
    <message>
        <source>files</source>
        <translation>files</translation>
    </message>
    <message>
        <source>interrupted after %1 of %2 files; they are stored: run the same command again to import the rest</source>
        <translation>interrupted after %1 of %2 files; they are stored: run the same command again to import the rest</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>%1 of %2 articles re-read (%3), %4 failed</source>
        <translation>%1 of %2 articles re-read (%3), %4 failed</translation>
    </message>
    <message>
        <source>interrupted: run the same command again to re-read the rest</source>
        <translation>interrupted: run the same command again to re-read the rest</translation>
    </message>
    <message>
        <source>add, search, list, export, import, vacuum or reindex.</source>
        <translation>add, search, list, export, import, vacuum or reindex.</translation>
    </message>
    <message>
        <source>Show progress with the rate and the time left on stderr (add, reindex).</source>
        <translation>Show progress with the rate and the time left on stderr (add, reindex).</translation>
    </message>
    <message>
        <source>usage: lectern library add|search|list|export|import|vacuum|reindex …</source>
        <translation>usage: lectern library add|search|list|export|import|vacuum|reindex …</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 of %2 %3</translation>
    </message>
    <message>
        <source>%1 articles/s</source>
        <translation>%1 articles/s</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>about %1 left</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::PdfVerb</name>
    <message>
        <source>Write the editorial printout of articles as PDF: highlights, page numbers, content hash and QR code.</source>
        <translation>Write the editorial printout of articles as PDF: highlights, page numbers, content hash and QR code.</translation>
    </message>
    <message>
        <source>Article files (text, HTML, Markdown).</source>
        <translation>Article files (text, HTML, Markdown).</translation>
    </message>
    <message>
        <source>Output PDF file, or a directory for several articles.</source>
        <translation>Output PDF file, or a directory for several articles.</translation>
    </message>
    <message>
        <source>Print without entity highlights.</source>
        <translation>Print without entity highlights.</translation>
    </message>
    <message>
        <source>Print the annotations as numbered notes, beside their lines where they fit.</source>
        <translation>Print the annotations as numbered notes, beside their lines where they fit.</translation>
    </message>
    <message>
        <source>With --annotations: print every note at the end, none in the margin.</source>
        <translation>With --annotations: print every note at the end, none in the margin.</translation>
    </message>
    <message>
        <source>Add the index of people, organizations, places and figures.</source>
        <translation>Add the index of people, organizations, places and figures.</translation>
    </message>
    <message>
        <source>Paper size: A4 (default) or Letter.</source>
        <translation>Paper size: A4 (default) or Letter.</translation>
    </message>
    <message>
        <source>Print in gray levels only.</source>
        <translation>Print in gray levels only.</translation>
    </message>
    <message>
        <source>Put the QR code on every page.</source>
        <translation>Put the QR code on every page.</translation>
    </message>
    <message>
        <source>Review database the annotations come from (default: the one in Preferences).</source>
        <translation>Review database the annotations come from (default: the one in Preferences).</translation>
    </message>
    <message>
        <source>Language of the printout: vi or en (default: the interface language).</source>
        <translation>Language of the printout: vi or en (default: the interface language).</translation>
    </message>
    <message>
        <source>--language must be vi or en, not &apos;%1&apos;</source>
        <translation>--language must be vi or en, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no file given (usage: lectern pdf FILE... -o OUT.pdf|DIR)</source>
        <translation>no file given (usage: lectern pdf FILE... -o OUT.pdf|DIR)</translation>
    </message>
    <message>
        <source>no output given (-o OUT.pdf, or -o DIR for several files)</source>
        <translation>no output given (-o OUT.pdf, or -o DIR for several files)</translation>
    </message>
    <message>
        <source>--paper must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--paper must be A4 or Letter, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: the output must end in .pdf, or be a directory</source>
        <translation>%1: the output must end in .pdf, or be a directory</translation>
    </message>
    <message>
        <source>%1: the directory cannot be created</source>
        <translation>%1: the directory cannot be created</translation>
    </message>
    <message>
        <source>the review database %1 cannot be opened</source>
        <translation>the review database %1 cannot be opened</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>no QR code: %1</source>
        <translation>no QR code: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::PrintVerb</name>
    <message>
        <source>Print the editorial printout of an article on a printer: highlights, page numbers, content hash, QR code and, with --annotations, the notes.</source>
        <translation>Print the editorial printout of an article on a printer: highlights, page numbers, content hash, QR code and, with --annotations, the notes.</translation>
    </message>
    <message>
        <source>Article file (text, HTML, Markdown).</source>
        <translation>Article file (text, HTML, Markdown).</translation>
    </message>
    <message>
        <source>Name of the printer (a CUPS queue on Linux: lpstat -p lists them).</source>
        <translation>Name of the printer (a CUPS queue on Linux: lpstat -p lists them).</translation>
    </message>
    <message>
        <source>Print without entity highlights.</source>
        <translation>Print without entity highlights.</translation>
    </message>
    <message>
        <source>Print the annotations as numbered notes, beside their lines where they fit.</source>
        <translation>Print the annotations as numbered notes, beside their lines where they fit.</translation>
    </message>
    <message>
        <source>With --annotations: print every note at the end, none in the margin.</source>
        <translation>With --annotations: print every note at the end, none in the margin.</translation>
    </message>
    <message>
        <source>Paper size: A4 (default) or Letter.</source>
        <translation>Paper size: A4 (default) or Letter.</translation>
    </message>
    <message>
        <source>Print in gray levels only.</source>
        <translation>Print in gray levels only.</translation>
    </message>
    <message>
        <source>Review database the annotations come from (default: the one in Preferences).</source>
        <translation>Review database the annotations come from (default: the one in Preferences).</translation>
    </message>
    <message>
        <source>give exactly one file (usage: lectern print FILE --printer NAME)</source>
        <translation>give exactly one file (usage: lectern print FILE --printer NAME)</translation>
    </message>
    <message>
        <source>no printer given (--printer NAME; lpstat -p lists the printers)</source>
        <translation>no printer given (--printer NAME; lpstat -p lists the printers)</translation>
    </message>
    <message>
        <source>--paper must be A4 or Letter, not “%1”</source>
        <translation>--paper must be A4 or Letter, not “%1”</translation>
    </message>
    <message>
        <source>there is no printer “%1”: no printer is set up on this system</source>
        <translation>there is no printer “%1”: no printer is set up on this system</translation>
    </message>
    <message>
        <source>there is no printer “%1” (the printers here: %2)</source>
        <translation>there is no printer “%1” (the printers here: %2)</translation>
    </message>
    <message>
        <source>the review database %1 cannot be opened: %2</source>
        <translation>the review database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>the printer “%1” cannot be used</source>
        <translation>the printer “%1” cannot be used</translation>
    </message>
    <message>
        <source>%1 -&gt; printer %2 (1 page)</source>
        <translation>%1 -&gt; printer %2 (1 page)</translation>
    </message>
    <message>
        <source>%1 -&gt; printer %2 (%3 pages)</source>
        <translation>%1 -&gt; printer %2 (%3 pages)</translation>
    </message>
    <message>
        <source>no QR code: %1</source>
        <translation>no QR code: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::QrVerb</name>
    <message>
        <source>Write the QR code of an article (its URL, or a citation with its content hash) or of a given payload, as PNG or SVG.</source>
        <translation>Write the QR code of an article (its URL, or a citation with its content hash) or of a given payload, as PNG or SVG.</translation>
    </message>
    <message>
        <source>Article file (text, HTML, Markdown).</source>
        <translation>Article file (text, HTML, Markdown).</translation>
    </message>
    <message>
        <source>Output file: .png or .svg.</source>
        <translation>Output file: .png or .svg.</translation>
    </message>
    <message>
        <source>Encode this text instead of the article&apos;s payload.</source>
        <translation>Encode this text instead of the article&apos;s payload.</translation>
    </message>
    <message>
        <source>Error correction: L, M, Q or H (default M).</source>
        <translation>Error correction: L, M, Q or H (default M).</translation>
    </message>
    <message>
        <source>Image side in pixels (default 400).</source>
        <translation>Image side in pixels (default 400).</translation>
    </message>
    <message>
        <source>one article at a time (usage: lectern qr FILE -o OUT.png|OUT.svg)</source>
        <translation>one article at a time (usage: lectern qr FILE -o OUT.png|OUT.svg)</translation>
    </message>
    <message>
        <source>no file given (usage: lectern qr FILE -o OUT.png|OUT.svg [--payload TEXT])</source>
        <translation>no file given (usage: lectern qr FILE -o OUT.png|OUT.svg [--payload TEXT])</translation>
    </message>
    <message>
        <source>no output given (-o OUT.png or -o OUT.svg)</source>
        <translation>no output given (-o OUT.png or -o OUT.svg)</translation>
    </message>
    <message>
        <source>%1: the output must end in .png or .svg</source>
        <translation>%1: the output must end in .png or .svg</translation>
    </message>
    <message>
        <source>--ecc must be L, M, Q or H, not &apos;%1&apos;</source>
        <translation>--ecc must be L, M, Q or H, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--size must be a number of pixels from 21 to 20000, not &apos;%1&apos;</source>
        <translation>--size must be a number of pixels from 21 to 20000, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: cannot be written: %2</translation>
    </message>
    <message>
        <source>lectern qr: %1 (%2 × %2 modules, ECC %3)</source>
        <translation>lectern qr: %1 (%2 × %2 modules, ECC %3)</translation>
    </message>
</context>
<context>
    <name>Lectern::Cli::ServerVerb</name>
    <message>
        <source>Set up a PostgreSQL team server for shared review: its schema, roles and who has which role.</source>
        <translation>Set up a PostgreSQL team server for shared review: its schema, roles and who has which role.</translation>
    </message>
    <message>
        <source>The team server: postgresql://user@host:port/database[?sslmode=…].</source>
        <translation>The team server: postgresql://user@host:port/database[?sslmode=…].</translation>
    </message>
    <message>
        <source>usage: lectern server init|grant … --db postgresql://… (see --help)</source>
        <translation>usage: lectern server init|grant … --db postgresql://… (see --help)</translation>
    </message>
    <message>
        <source>--db postgresql://user@host:port/database is required</source>
        <translation>--db postgresql://user@host:port/database is required</translation>
    </message>
    <message>
        <source>usage: lectern server init --db postgresql://…</source>
        <translation>usage: lectern server init --db postgresql://…</translation>
    </message>
    <message>
        <source>the team server&apos;s review schema is current (version %1)</source>
        <translation>the team server&apos;s review schema is current (version %1)</translation>
    </message>
    <message>
        <source>created the review schema (version %1) and the roles reviewer, editor and admin</source>
        <translation>created the review schema (version %1) and the roles reviewer, editor and admin</translation>
    </message>
    <message>
        <source>updated the review schema from version %1 to %2</source>
        <translation>updated the review schema from version %1 to %2</translation>
    </message>
    <message>
        <source>usage: lectern server grant USER reviewer|editor|admin --db postgresql://…</source>
        <translation>usage: lectern server grant USER reviewer|editor|admin --db postgresql://…</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (reviewer, editor, admin)</source>
        <translation>unknown role &apos;%1&apos; (reviewer, editor, admin)</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 is now %2</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::AnnotationCommand</name>
    <message>
        <source>Entity Correction: %1</source>
        <translation>Entity Correction: %1</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Add Comment</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Edit Comment</translation>
    </message>
    <message>
        <source>Resolve Comment</source>
        <translation>Resolve Comment</translation>
    </message>
    <message>
        <source>Mark Comment Won&apos;t Fix</source>
        <translation>Mark Comment Won&apos;t Fix</translation>
    </message>
    <message>
        <source>Reopen Comment</source>
        <translation>Reopen Comment</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Delete Entity Correction</source>
        <translation>Delete Entity Correction</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>Delete Comment</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::AnnotationModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>Won&apos;t fix</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::AnnotationStore</name>
    <message>
        <source>The connection to the team server %1 was lost: nothing of this change was saved.</source>
        <translation>The connection to the team server %1 was lost: nothing of this change was saved.</translation>
    </message>
    <message>
        <source>The team server %1 refused the change: your role may not change this (reviewers change only their own comments and replies; editors also others&apos; comments and the review state).</source>
        <translation>The team server %1 refused the change: your role may not change this (reviewers change only their own comments and replies; editors also others&apos; comments and the review state).</translation>
    </message>
    <message>
        <source>Someone else changed this comment on the team server first (version %1, yours was based on %2): nothing was overwritten; both versions are kept.</source>
        <translation>Someone else changed this comment on the team server first (version %1, yours was based on %2): nothing was overwritten; both versions are kept.</translation>
    </message>
    <message>
        <source>Someone else changed the review state on the team server first: nothing was overwritten.</source>
        <translation>Someone else changed the review state on the team server first: nothing was overwritten.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::ArticleImporter</name>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <source>The file is %1 MB; Lectern opens articles up to %2 MB.</source>
        <translation>The file is %1 MB; Lectern opens articles up to %2 MB.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>The file cannot be read: %1.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most Lectern opens.</source>
        <translation>The file is larger than %1 MB, the most Lectern opens.</translation>
    </message>
    <message>
        <source>The file contains only white space.</source>
        <translation>The file contains only white space.</translation>
    </message>
    <message>
        <source>The file has %1 lines; Lectern opens articles of up to %2 lines.</source>
        <translation>The file has %1 lines; Lectern opens articles of up to %2 lines.</translation>
    </message>
    <message>
        <source>The page has %1 HTML elements; Lectern opens pages of up to %2.</source>
        <translation>The page has %1 HTML elements; Lectern opens pages of up to %2.</translation>
    </message>
    <message>
        <source>The file has no article text.</source>
        <translation>The file has no article text.</translation>
    </message>
    <message>
        <source>No file was named.</source>
        <translation>No file was named.</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe, device or socket), so it is not read.</source>
        <translation>This is not a regular file (a pipe, device or socket), so it is not read.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::Database</name>
    <message>
        <source>A statement on the database %1 failed: %2</source>
        <translation>A statement on the database %1 failed: %2</translation>
    </message>
    <message>
        <source>no transaction to commit</source>
        <translation>no transaction to commit</translation>
    </message>
    <message>
        <source>Cannot read the schema versions of the database %1: %2</source>
        <translation>Cannot read the schema versions of the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1 for schema versions: %2</source>
        <translation>Cannot prepare the database %1 for schema versions: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Lectern: its “%2” tables are at version %3, this version knows up to %4.</source>
        <translation>The database %1 was written by a newer Lectern: its “%2” tables are at version %3, this version knows up to %4.</translation>
    </message>
    <message>
        <source>Cannot record the schema versions of the database %1: %2</source>
        <translation>Cannot record the schema versions of the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot update the database %1: step %2 of the “%3” tables (%4) failed, nothing of it was applied: %5</source>
        <translation>Cannot update the database %1: step %2 of the “%3” tables (%4) failed, nothing of it was applied: %5</translation>
    </message>
    <message>
        <source>Internal error: the schema steps of “%1” are not numbered 1 to %2.</source>
        <translation>Internal error: the schema steps of “%1” are not numbered 1 to %2.</translation>
    </message>
    <message>
        <source>The database %1 holds version %2 of the “%3” tables and this Lectern needs version %4: open it once with write access to update it.</source>
        <translation>The database %1 holds version %2 of the “%3” tables and this Lectern needs version %4: open it once with write access to update it.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>Cannot open the database %1: the Qt SQLite driver (QSQLITE) is not installed.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the file does not exist.</source>
        <translation>Cannot open the database %1: the file does not exist.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>it is not an SQLite database</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the version of the database %1.</source>
        <translation>Cannot read the version of the database %1.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its table of schema versions is missing.</source>
        <translation>The database %1 is damaged: its table of schema versions is missing.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Lectern (storage format %2, unknown to this version).</source>
        <translation>The database %1 was written by a newer Lectern (storage format %2, unknown to this version).</translation>
    </message>
    <message>
        <source>%1: unknown kind of database.</source>
        <translation>%1: unknown kind of database.</translation>
    </message>
    <message>
        <source>The team server %1 has a newer schema than this Lectern understands: its “%2” tables are at version %3, this version knows up to %4. Update Lectern to work on it.</source>
        <translation>The team server %1 has a newer schema than this Lectern understands: its “%2” tables are at version %3, this version knows up to %4. Update Lectern to work on it.</translation>
    </message>
    <message>
        <source>The team server %1 holds no “%2” tables: that part of Lectern is not kept on team servers (use a local database file for it).</source>
        <translation>The team server %1 holds no “%2” tables: that part of Lectern is not kept on team servers (use a local database file for it).</translation>
    </message>
    <message>
        <source>The team server %1 has no Lectern tables yet: an administrator must run “lectern server init --db %1” first.</source>
        <translation>The team server %1 has no Lectern tables yet: an administrator must run “lectern server init --db %1” first.</translation>
    </message>
    <message>
        <source>The team server %1 has an older schema: its “%2” tables are at version %3 and this Lectern needs version %4. Nothing was changed; an administrator must run “lectern server init --db %1” to update it.</source>
        <translation>The team server %1 has an older schema: its “%2” tables are at version %3 and this Lectern needs version %4. Nothing was changed; an administrator must run “lectern server init --db %1” to update it.</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1: the Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Cannot connect to the team server %1: the Qt PostgreSQL driver (QPSQL) is not installed (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 names no database: write it as postgresql://user@host:port/database.</source>
        <translation>The PostgreSQL address %1 names no database: write it as postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 has the option “%2”, which Lectern does not pass on (known: host, %3).</source>
        <translation>The PostgreSQL address %1 has the option “%2”, which Lectern does not pass on (known: host, %3).</translation>
    </message>
    <message>
        <source>The PostgreSQL address %1 has a “;” in the option “%2”.</source>
        <translation>The PostgreSQL address %1 has a “;” in the option “%2”.</translation>
    </message>
    <message>
        <source>(your login name)</source>
        <translation>(your login name)</translation>
    </message>
    <message>
        <source>The team server %1 refused the password of the user %2: put the right one in ~/.pgpass or PGPASSWORD (Lectern never stores it).</source>
        <translation>The team server %1 refused the password of the user %2: put the right one in ~/.pgpass or PGPASSWORD (Lectern never stores it).</translation>
    </message>
    <message>
        <source>The team server %1 has no user %2: ask its administrator for an account.</source>
        <translation>The team server %1 has no user %2: ask its administrator for an account.</translation>
    </message>
    <message>
        <source>The team server %1 has no database “%2”: check the address, or ask its administrator to create it and run “lectern server init”.</source>
        <translation>The team server %1 has no database “%2”: check the address, or ask its administrator to create it and run “lectern server init”.</translation>
    </message>
    <message>
        <source>The team server %1 does not let the user %2 connect to the database “%3”: ask its administrator for access.</source>
        <translation>The team server %1 does not let the user %2 connect to the database “%3”: ask its administrator for access.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to the team server %1 failed: check the sslmode of the address and the server&apos;s certificate.</source>
        <translation>The secure (TLS) connection to the team server %1 failed: check the sslmode of the address and the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached: it may be stopped or restarting, or the network or the address may be wrong.</source>
        <translation>The team server %1 cannot be reached: it may be stopped or restarting, or the network or the address may be wrong.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::DatabaseLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>No database was given.</translation>
    </message>
    <message>
        <source>“%1” is not a file address.</source>
        <translation>“%1” is not a file address.</translation>
    </message>
    <message>
        <source>“%1” is neither a file nor a postgresql:// address.</source>
        <translation>“%1” is neither a file nor a postgresql:// address.</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address: %2</source>
        <translation>“%1” is not a valid PostgreSQL address: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL address holds a password: leave it out and put it in ~/.pgpass or PGPASSWORD instead.</source>
        <translation>The PostgreSQL address holds a password: leave it out and put it in ~/.pgpass or PGPASSWORD instead.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::DatabaseNotifier</name>
    <message>
        <source>No database to listen to.</source>
        <translation>No database to listen to.</translation>
    </message>
    <message>
        <source>The database %1 does not announce changes.</source>
        <translation>The database %1 does not announce changes.</translation>
    </message>
    <message>
        <source>Cannot listen to the changes on %1.</source>
        <translation>Cannot listen to the changes on %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::DocxReader</name>
    <message>
        <source>The document has more than %1 paragraphs; Lectern opens articles of up to %1.</source>
        <translation>The document has more than %1 paragraphs; Lectern opens articles of up to %1.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not a Word document (it has no %1).</source>
        <translation>The file is a ZIP archive but not a Word document (it has no %1).</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::EntityCorrection</name>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organization</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>Reject figure “%1”</source>
        <translation>Reject figure “%1”</translation>
    </message>
    <message>
        <source>Verify figure “%1”</source>
        <translation>Verify figure “%1”</translation>
    </message>
    <message>
        <source>Add missed figure “%1”</source>
        <translation>Add missed figure “%1”</translation>
    </message>
    <message>
        <source>Reject %1 “%2”</source>
        <translation>Reject %1 “%2”</translation>
    </message>
    <message>
        <source>Change “%1” from %2 to %3</source>
        <translation>Change “%1” from %2 to %3</translation>
    </message>
    <message>
        <source>Rename %1 “%2” to “%3”</source>
        <translation>Rename %1 “%2” to “%3”</translation>
    </message>
    <message>
        <source>Merge “%1” into %2 “%3”</source>
        <translation>Merge “%1” into %2 “%3”</translation>
    </message>
    <message>
        <source>Split “%1” off %2 “%3”</source>
        <translation>Split “%1” off %2 “%3”</translation>
    </message>
    <message>
        <source>Verify %1 “%2”</source>
        <translation>Verify %1 “%2”</translation>
    </message>
    <message>
        <source>Add missed %1 “%2”</source>
        <translation>Add missed %1 “%2”</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::EntityListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Also written</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Verified by an editor</source>
        <translation>Verified by an editor</translation>
    </message>
    <message>
        <source>The name mixes alphabets (a foreign letter that looks Latin): it may imitate another name.</source>
        <translation>The name mixes alphabets (a foreign letter that looks Latin): it may imitate another name.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::HtmlImporter</name>
    <message>
        <source>The page is too large.</source>
        <translation>The page is too large.</translation>
    </message>
    <message>
        <source>The page could not be read as HTML.</source>
        <translation>The page could not be read as HTML.</translation>
    </message>
    <message>
        <source>The page holds no article text.</source>
        <translation>The page holds no article text.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::ImportFormats</name>
    <message>
        <source>Text files</source>
        <translation>Text files</translation>
    </message>
    <message>
        <source>HTML pages</source>
        <translation>HTML pages</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Word documents</translation>
    </message>
    <message>
        <source>OpenDocument texts</source>
        <translation>OpenDocument texts</translation>
    </message>
    <message>
        <source>Articles and reviews (%1)</source>
        <translation>Articles and reviews (%1)</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Articles (%1)</translation>
    </message>
    <message>
        <source>Lectern reviews (%1)</source>
        <translation>Lectern reviews (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::JsonGuard</name>
    <message>
        <source>The file is too large (%1 bytes; the limit is %2).</source>
        <translation>The file is too large (%1 bytes; the limit is %2).</translation>
    </message>
    <message>
        <source>The JSON is nested more than %1 levels deep.</source>
        <translation>The JSON is nested more than %1 levels deep.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>The file is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The file holds neither a JSON object nor an array.</source>
        <translation>The file holds neither a JSON object nor an array.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::LibraryListModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Open notes</source>
        <translation>Open notes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::MarkdownImporter</name>
    <message>
        <source>The file contains no article text.</source>
        <translation>The file contains no article text.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::MetricModel</name>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>money</source>
        <translation>money</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>Consistent: %1</source>
        <translation>Consistent: %1</translation>
    </message>
    <message>
        <source>Inconsistent: %1</source>
        <translation>Inconsistent: %1</translation>
    </message>
    <message>
        <source>check failed</source>
        <translation>check failed</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>consistent</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Verified by an editor</source>
        <translation>Verified by an editor</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::OdtReader</name>
    <message>
        <source>The document has more than %1 paragraphs; Lectern opens articles of up to %1.</source>
        <translation>The document has more than %1 paragraphs; Lectern opens articles of up to %1.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive but not an OpenDocument text (it has no content.xml).</source>
        <translation>The file is a ZIP archive but not an OpenDocument text (it has no content.xml).</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::OfficeImporter</name>
    <message>
        <source>The document is encrypted (password-protected); save it without a password and open it again.</source>
        <translation>The document is encrypted (password-protected); save it without a password and open it again.</translation>
    </message>
    <message>
        <source>The file is an old Word 97–2003 document (.doc) or another Office binary file, not a .docx: save it as .docx or .odt in Word or LibreOffice and open that.</source>
        <translation>The file is an old Word 97–2003 document (.doc) or another Office binary file, not a .docx: save it as .docx or .odt in Word or LibreOffice and open that.</translation>
    </message>
    <message>
        <source>The file is not a Word (.docx) or OpenDocument (.odt) document: it is not a ZIP package.</source>
        <translation>The file is not a Word (.docx) or OpenDocument (.odt) document: it is not a ZIP package.</translation>
    </message>
    <message>
        <source>The file is an OpenDocument file of another kind (%1), not a text document.</source>
        <translation>The file is an OpenDocument file of another kind (%1), not a text document.</translation>
    </message>
    <message>
        <source>The file is a ZIP archive, not a Word (.docx) or OpenDocument (.odt) document.</source>
        <translation>The file is a ZIP archive, not a Word (.docx) or OpenDocument (.odt) document.</translation>
    </message>
    <message>
        <source>Tracked changes: %1 insertions accepted, %2 deletions dropped.</source>
        <translation>Tracked changes: %1 insertions accepted, %2 deletions dropped.</translation>
    </message>
    <message numerus="yes">
        <source>The document links to %n outside resources (images, templates or pages); Lectern did not fetch them.</source>
        <translation>
            <numerusform>The document links to %n outside resource (an image, template or page); Lectern did not fetch it.</numerusform>
            <numerusform>The document links to %n outside resources (images, templates or pages); Lectern did not fetch them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The document has no text.</source>
        <translation>The document has no text.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::OfficeReviewExport</name>
    <message>
        <source>The draft is a Word document (.docx): export its review as docx.</source>
        <translation>The draft is a Word document (.docx): export its review as docx.</translation>
    </message>
    <message>
        <source>The draft is an OpenDocument text (.odt): export its review as odt.</source>
        <translation>The draft is an OpenDocument text (.odt): export its review as odt.</translation>
    </message>
    <message>
        <source>The document has no text.</source>
        <translation>The document has no text.</translation>
    </message>
    <message>
        <source>(Not found in this version of the text: “%1”)</source>
        <translation>(Not found in this version of the text: “%1”)</translation>
    </message>
    <message>
        <source>Entity correction: %1</source>
        <translation>Entity correction: %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>won&apos;t fix</source>
        <translation>won&apos;t fix</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Tags: %1 · Status: %2</source>
        <translation>Tags: %1 · Status: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::OfficeXmlCursor</name>
    <message>
        <source>The document is nested more than %1 levels deep.</source>
        <translation>The document is nested more than %1 levels deep.</translation>
    </message>
    <message>
        <source>The document has more than %1 XML elements.</source>
        <translation>The document has more than %1 XML elements.</translation>
    </message>
    <message>
        <source>The document declares a DTD or entities, which Office documents never do.</source>
        <translation>The document declares a DTD or entities, which Office documents never do.</translation>
    </message>
    <message>
        <source>The document&apos;s XML is damaged (%1).</source>
        <translation>The document&apos;s XML is damaged (%1).</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PastedArticle</name>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>The clipboard holds no text.</translation>
    </message>
    <message>
        <source>The clipboard holds more than %1 MB; Lectern opens articles up to %1 MB.</source>
        <translation>The clipboard holds more than %1 MB; Lectern opens articles up to %1 MB.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PdfExporter</name>
    <message>
        <source>The PDF cannot be written: %1.</source>
        <translation>The PDF cannot be written: %1.</translation>
    </message>
    <message>
        <source>The PDF cannot be saved: %1.</source>
        <translation>The PDF cannot be saved: %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PdfImporter</name>
    <message>
        <source>The file has a .pdf name but is not a PDF document.</source>
        <translation>The file has a .pdf name but is not a PDF document.</translation>
    </message>
    <message>
        <source>The file is a PDF document that is damaged or incomplete; Lectern cannot read it.</source>
        <translation>The file is a PDF document that is damaged or incomplete; Lectern cannot read it.</translation>
    </message>
    <message>
        <source>The PDF document is protected by a password; Lectern opens only PDFs that are not encrypted.</source>
        <translation>The PDF document is protected by a password; Lectern opens only PDFs that are not encrypted.</translation>
    </message>
    <message>
        <source>The PDF document has no pages.</source>
        <translation>The PDF document has no pages.</translation>
    </message>
    <message>
        <source>The PDF document has %1 pages; Lectern opens documents of up to %2 pages.</source>
        <translation>The PDF document has %1 pages; Lectern opens documents of up to %2 pages.</translation>
    </message>
    <message>
        <source>Reading the text of the PDF document took longer than %1 seconds; Lectern stopped.</source>
        <translation>Reading the text of the PDF document took longer than %1 seconds; Lectern stopped.</translation>
    </message>
    <message>
        <source>The PDF document has more than %1 characters of text; Lectern opens articles of up to %1.</source>
        <translation>The PDF document has more than %1 characters of text; Lectern opens articles of up to %1.</translation>
    </message>
    <message numerus="yes">
        <source>The PDF document has no text layer: its %n page(s) look like scanned images. Lectern reads the text of a PDF; run text recognition (OCR) on it first.</source>
        <translation>
            <numerusform>The PDF document has no text layer: its %n page looks like a scanned image. Lectern reads the text of a PDF; run text recognition (OCR) on it first.</numerusform>
            <numerusform>The PDF document has no text layer: its %n pages look like scanned images. Lectern reads the text of a PDF; run text recognition (OCR) on it first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF document has no article text.</source>
        <translation>The PDF document has no article text.</translation>
    </message>
    <message numerus="yes">
        <source>PDF page(s) %1 have no text layer (scanned images?) and were left out.</source>
        <translation>
            <numerusform>PDF page %1 has no text layer (a scanned image?) and was left out.</numerusform>
            <numerusform>PDF pages %1 have no text layer (scanned images?) and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running header, footer or page number line(s) of the PDF removed.</source>
        <translation>
            <numerusform>%n running header, footer or page number line of the PDF removed.</numerusform>
            <numerusform>%n running header, footer or page number lines of the PDF removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PlainTextImporter</name>
    <message>
        <source>The file contains only white space.</source>
        <translation>The file contains only white space.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PortalTextImporter</name>
    <message>
        <source>The file contains only white space.</source>
        <translation>The file contains only white space.</translation>
    </message>
    <message>
        <source>The file holds only portal chrome (menus, dates, footer) and no article text.</source>
        <translation>The file holds only portal chrome (menus, dates, footer) and no article text.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PrintAppendix</name>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>money</source>
        <translation>money</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>Index of names and figures</source>
        <translation>Index of names and figures</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>also: %1</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Check failed:</source>
        <translation>Check failed:</translation>
    </message>
    <message>
        <source>No names or figures were found in this article.</source>
        <translation>No names or figures were found in this article.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::PrintRenderer</name>
    <message>
        <source>Highlights:</source>
        <translation>Highlights:</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organization</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>figure</translation>
    </message>
    <message>
        <source>There is no device to print on.</source>
        <translation>There is no device to print on.</translation>
    </message>
    <message>
        <source>The printout could not be started: the printer or file cannot be painted on.</source>
        <translation>The printout could not be started: the printer or file cannot be painted on.</translation>
    </message>
    <message>
        <source>Printed %1 with Lectern</source>
        <translation>Printed %1 with Lectern</translation>
    </message>
    <message>
        <source>The printout stopped at page %1: the device refused a new page.</source>
        <translation>The printout stopped at page %1: the device refused a new page.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>QR: %1</source>
        <translation>QR: %1</translation>
    </message>
    <message>
        <source>The printout could not be finished: the device reported an error.</source>
        <translation>The printout could not be finished: the device reported an error.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::QrEncoder</name>
    <message>
        <source>The QR code payload is empty.</source>
        <translation>The QR code payload is empty.</translation>
    </message>
    <message>
        <source>The QR code payload contains a NUL character.</source>
        <translation>The QR code payload contains a NUL character.</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>digits</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>characters</translation>
    </message>
    <message>
        <source>bytes of UTF-8</source>
        <translation>bytes of UTF-8</translation>
    </message>
    <message>
        <source>The payload is too long for a QR code: it is %1 %2, and at error-correction level %3 a QR code holds at most %4 %2.</source>
        <translation>The payload is too long for a QR code: it is %1 %2, and at error-correction level %3 a QR code holds at most %4 %2.</translation>
    </message>
    <message>
        <source>The QR code could not be encoded: %1.</source>
        <translation>The QR code could not be encoded: %1.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::ReviewJournal</name>
    <message>
        <source>The offline journal %1 cannot be used: %2</source>
        <translation>The offline journal %1 cannot be used: %2</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::ReviewServer</name>
    <message>
        <source>%1 is not a team server: give its postgresql://user@host:port/database address.</source>
        <translation>%1 is not a team server: give its postgresql://user@host:port/database address.</translation>
    </message>
    <message>
        <source>Cannot read the users of the team server %1 (%2).</source>
        <translation>Cannot read the users of the team server %1 (%2).</translation>
    </message>
    <message>
        <source>The team server %1 has no user “%2” who may log in: create it first (for example with createuser, or CREATE ROLE … LOGIN).</source>
        <translation>The team server %1 has no user “%2” who may log in: create it first (for example with createuser, or CREATE ROLE … LOGIN).</translation>
    </message>
    <message>
        <source>The team server %1 does not let you give roles: connect as its administrator (%2).</source>
        <translation>The team server %1 does not let you give roles: connect as its administrator (%2).</translation>
    </message>
    <message>
        <source>Cannot give the role on the team server %1 (%2).</source>
        <translation>Cannot give the role on the team server %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::ReviewSession</name>
    <message>
        <source>Re-attach Comment</source>
        <translation>Re-attach Comment</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is a %1, not an article in text, HTML or Markdown.</source>
        <translation>The file is a %1, not an article in text, HTML or Markdown.</translation>
    </message>
    <message>
        <source>The file is binary (it contains NUL characters), not text.</source>
        <translation>The file is binary (it contains NUL characters), not text.</translation>
    </message>
    <message>
        <source>Some bytes are not valid UTF-16 and were replaced with �.</source>
        <translation>Some bytes are not valid UTF-16 and were replaced with �.</translation>
    </message>
    <message>
        <source>The file is binary (it contains NUL bytes), not text.</source>
        <translation>The file is binary (it contains NUL bytes), not text.</translation>
    </message>
    <message>
        <source>The text could not be decoded as Windows-1258.</source>
        <translation>The text could not be decoded as Windows-1258.</translation>
    </message>
    <message numerus="yes">
        <source>The file is not valid UTF-8: %n invalid byte(s) were replaced with �.</source>
        <translation>
            <numerusform>The file is not valid UTF-8: %n invalid byte was replaced with �.</numerusform>
            <numerusform>The file is not valid UTF-8: %n invalid bytes were replaced with �.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is binary (it contains control characters), not text.</source>
        <translation>The file is binary (it contains control characters), not text.</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::WebAnnotationJson</name>
    <message>
        <source>an annotation&apos;s id is not an IRI</source>
        <translation>an annotation&apos;s id is not an IRI</translation>
    </message>
    <message>
        <source>unknown annotation kind “%1”</source>
        <translation>unknown annotation kind “%1”</translation>
    </message>
    <message>
        <source>the annotation has no text selector: it has no target</source>
        <translation>the annotation has no text selector: it has no target</translation>
    </message>
    <message>
        <source>the target has no text selector (TextQuoteSelector or TextPositionSelector)</source>
        <translation>the target has no text selector (TextQuoteSelector or TextPositionSelector)</translation>
    </message>
    <message>
        <source>the target has no selector Lectern can anchor in the text (%1)</source>
        <translation>the target has no selector Lectern can anchor in the text (%1)</translation>
    </message>
    <message>
        <source>unknown status “%1”</source>
        <translation>unknown status “%1”</translation>
    </message>
    <message>
        <source>an entity correction is malformed</source>
        <translation>an entity correction is malformed</translation>
    </message>
    <message>
        <source>The file is not a W3C Web Annotation collection.</source>
        <translation>The file is not a W3C Web Annotation collection.</translation>
    </message>
    <message>
        <source>The file holds too many annotations (%1; the limit is %2).</source>
        <translation>The file holds too many annotations (%1; the limit is %2).</translation>
    </message>
    <message>
        <source>Annotation %1 cannot be read: %2.</source>
        <translation>Annotation %1 cannot be read: %2.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>it is not a JSON object</translation>
    </message>
    <message>
        <source>a TextPositionSelector has invalid offsets</source>
        <translation>a TextPositionSelector has invalid offsets</translation>
    </message>
    <message>
        <source>a RangeSelector ends before it starts</source>
        <translation>a RangeSelector ends before it starts</translation>
    </message>
</context>
<context>
    <name>Lectern::Core::ZipPackage</name>
    <message>
        <source>The archive cannot be read.</source>
        <translation>The archive cannot be read.</translation>
    </message>
    <message>
        <source>The file is not a ZIP archive.</source>
        <translation>The file is not a ZIP archive.</translation>
    </message>
    <message>
        <source>The ZIP archive is damaged (truncated or inconsistent).</source>
        <translation>The ZIP archive is damaged (truncated or inconsistent).</translation>
    </message>
    <message>
        <source>The archive has %1 parts; Lectern opens documents of up to %2.</source>
        <translation>The archive has %1 parts; Lectern opens documents of up to %2.</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>The archive is not open.</translation>
    </message>
    <message>
        <source>The document has no part “%1”.</source>
        <translation>The document has no part “%1”.</translation>
    </message>
    <message>
        <source>The document is encrypted (password-protected); save it without a password and open it again.</source>
        <translation>The document is encrypted (password-protected); save it without a password and open it again.</translation>
    </message>
    <message>
        <source>The part “%1” is larger than %2 MB uncompressed (a ZIP bomb?); Lectern does not read it.</source>
        <translation>The part “%1” is larger than %2 MB uncompressed (a ZIP bomb?); Lectern does not read it.</translation>
    </message>
    <message>
        <source>The document&apos;s parts add up to more than %1 MB uncompressed (a ZIP bomb?).</source>
        <translation>The document&apos;s parts add up to more than %1 MB uncompressed (a ZIP bomb?).</translation>
    </message>
    <message>
        <source>The part “%1” uses a compression method Lectern cannot read.</source>
        <translation>The part “%1” uses a compression method Lectern cannot read.</translation>
    </message>
    <message>
        <source>The part “%1” cannot be read: the archive is damaged.</source>
        <translation>The part “%1” cannot be read: the archive is damaged.</translation>
    </message>
    <message>
        <source>The archive cannot be created.</source>
        <translation>The archive cannot be created.</translation>
    </message>
    <message>
        <source>The archive cannot be written.</source>
        <translation>The archive cannot be written.</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::AnnotationDialog</name>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Other tags, separated by commas</source>
        <translation>Other tags, separated by commas</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Replies:</source>
        <translation>Replies:</translation>
    </message>
    <message>
        <source>Write a reply</source>
        <translation>Write a reply</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::AnnotationsPanel</name>
    <message>
        <source>Open: %1 · Resolved: %2 · Won&apos;t fix: %3</source>
        <translation>Open: %1 · Resolved: %2 · Won&apos;t fix: %3</translation>
    </message>
    <message>
        <source>Orphans (%1): text no longer in the article</source>
        <translation>Orphans (%1): text no longer in the article</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>All authors</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Filter comments</source>
        <translation>Filter comments</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>Re-attach to Selection</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ArticleInfoPanel</name>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Published:</translation>
    </message>
    <message>
        <source>Authors:</source>
        <translation>Authors:</translation>
    </message>
    <message>
        <source>Photographers:</source>
        <translation>Photographers:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Content hash:</source>
        <translation>Content hash:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Article information</source>
        <translation>Article information</translation>
    </message>
    <message>
        <source>Import notes:</source>
        <translation>Import notes:</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Show in Folder</translation>
    </message>
    <message>
        <source>Open the folder that holds the article&apos;s file</source>
        <translation>Open the folder that holds the article&apos;s file</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>Copy Path</translation>
    </message>
    <message>
        <source>Copy the file&apos;s full path to the clipboard</source>
        <translation>Copy the file&apos;s full path to the clipboard</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ArticleView</name>
    <message>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsure (confidence %1%): check this name.</source>
        <translation>Unsure (confidence %1%): check this name.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>won&apos;t fix</source>
        <translation>won&apos;t fix</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::BatchImportDialog</name>
    <message>
        <source>Import into the Library</source>
        <translation>Import into the Library</translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation>Add &amp;Folder…</translation>
    </message>
    <message>
        <source>Add F&amp;iles…</source>
        <translation>Add F&amp;iles…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Cancel Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Import a Folder</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Import Articles</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import</source>
        <translation>
            <numerusform>%n file to import</numerusform>
            <numerusform>%n files to import</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 failed</source>
        <translation>%1 added, %2 updated, %3 unchanged, %4 failed</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>Cancelling: storing the files read so far…</source>
        <translation>Cancelling: storing the files read so far…</translation>
    </message>
    <message>
        <source>%1 articles/s, %2 MB/s</source>
        <translation>%1 articles/s, %2 MB/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1:%2 left</source>
        <translation>about %1:%2 left</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ClipboardArticle</name>
    <message>
        <source>New Article from Clipboard</source>
        <translation>New Article from Clipboard</translation>
    </message>
    <message>
        <source>Lectern could not make an article of the clipboard.

%1</source>
        <translation>Lectern could not make an article of the clipboard.

%1</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::DraftReviewExport</name>
    <message>
        <source>Export Review to &amp;OpenDocument…</source>
        <translation>Export Review to &amp;OpenDocument…</translation>
    </message>
    <message>
        <source>Export Review to &amp;Word…</source>
        <translation>Export Review to &amp;Word…</translation>
    </message>
    <message>
        <source>-review</source>
        <comment>file name suffix</comment>
        <translation>-review</translation>
    </message>
    <message>
        <source>Export Review to OpenDocument</source>
        <translation>Export Review to OpenDocument</translation>
    </message>
    <message>
        <source>Export Review to Word</source>
        <translation>Export Review to Word</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Cannot export the review</source>
        <translation>Cannot export the review</translation>
    </message>
    <message>
        <source>Lectern could not write “%1”.

%2</source>
        <translation>Lectern could not write “%1”.

%2</translation>
    </message>
    <message numerus="yes">
        <source>The review (%n annotation(s)) was written into %1</source>
        <translation>
            <numerusform>The review (%n annotation) was written into %1</numerusform>
            <numerusform>The review (%n annotations) was written into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::EntityCorrectionDialog</name>
    <message>
        <source>Apply to &amp;all articles (remember in the user gazetteer)</source>
        <translation>Apply to &amp;all articles (remember in the user gazetteer)</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::EntityCorrectionMenu</name>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organization</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Metric</translation>
    </message>
    <message>
        <source>Add as &amp;Person…</source>
        <translation>Add as &amp;Person…</translation>
    </message>
    <message>
        <source>Add as &amp;Organization…</source>
        <translation>Add as &amp;Organization…</translation>
    </message>
    <message>
        <source>Add as P&amp;lace…</source>
        <translation>Add as P&amp;lace…</translation>
    </message>
    <message>
        <source>Add as &amp;Metric</source>
        <translation>Add as &amp;Metric</translation>
    </message>
    <message>
        <source>&amp;Reject (False Positive)</source>
        <translation>&amp;Reject (False Positive)</translation>
    </message>
    <message>
        <source>Re&amp;name Canonical Name…</source>
        <translation>Re&amp;name Canonical Name…</translation>
    </message>
    <message>
        <source>&amp;Merge With…</source>
        <translation>&amp;Merge With…</translation>
    </message>
    <message>
        <source>&amp;Merge Selected Entries</source>
        <translation>&amp;Merge Selected Entries</translation>
    </message>
    <message>
        <source>&amp;Split Alias Off…</source>
        <translation>&amp;Split Alias Off…</translation>
    </message>
    <message>
        <source>Mark &amp;Verified</source>
        <translation>Mark &amp;Verified</translation>
    </message>
    <message>
        <source>Apply to &amp;All Articles</source>
        <translation>Apply to &amp;All Articles</translation>
    </message>
    <message numerus="yes">
        <source>%n selected entries</source>
        <translation>
            <numerusform>%n selected entry</numerusform>
            <numerusform>%n selected entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>Change &amp;Type</translation>
    </message>
    <message>
        <source>Also write one-click corrections to the user gazetteer, for every article opened later</source>
        <translation>Also write one-click corrections to the user gazetteer, for every article opened later</translation>
    </message>
    <message>
        <source>&amp;Entity Corrections</source>
        <translation>&amp;Entity Corrections</translation>
    </message>
    <message>
        <source>The user gazetteer could not be written: %1</source>
        <translation>The user gazetteer could not be written: %1</translation>
    </message>
    <message>
        <source>Remembered for all articles: %1</source>
        <translation>Remembered for all articles: %1</translation>
    </message>
    <message>
        <source>Rename Canonical Name</source>
        <translation>Rename Canonical Name</translation>
    </message>
    <message>
        <source>New canonical name for “%1” (the old name stays an alias):</source>
        <translation>New canonical name for “%1” (the old name stays an alias):</translation>
    </message>
    <message>
        <source>Merge Entries</source>
        <translation>Merge Entries</translation>
    </message>
    <message>
        <source>Merge into “%1” (the other entry&apos;s name becomes an alias):</source>
        <translation>Merge into “%1” (the other entry&apos;s name becomes an alias):</translation>
    </message>
    <message>
        <source>Split Alias Off</source>
        <translation>Split Alias Off</translation>
    </message>
    <message>
        <source>Make this alias of “%1” an entry of its own:</source>
        <translation>Make this alias of “%1” an entry of its own:</translation>
    </message>
    <message>
        <source>Canonical name of the person “%1”:</source>
        <translation>Canonical name of the person “%1”:</translation>
    </message>
    <message>
        <source>Canonical name of the organization “%1”:</source>
        <translation>Canonical name of the organization “%1”:</translation>
    </message>
    <message>
        <source>Canonical name of the place “%1”:</source>
        <translation>Canonical name of the place “%1”:</translation>
    </message>
    <message>
        <source>Add Missed Entity</source>
        <translation>Add Missed Entity</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::EntityPanel</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter (diacritics optional)</source>
        <translation>Filter (diacritics optional)</translation>
    </message>
    <message>
        <source>By appearance</source>
        <translation>By appearance</translation>
    </message>
    <message>
        <source>By mentions</source>
        <translation>By mentions</translation>
    </message>
    <message>
        <source>Previous mention (Shift+F3)</source>
        <translation>Previous mention (Shift+F3)</translation>
    </message>
    <message>
        <source>Next mention (F3)</source>
        <translation>Next mention (F3)</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::FileDrop</name>
    <message>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Lectern does not open files of this kind: %1.

It opens %2, and Lectern reviews.</source>
        <translation>Lectern does not open files of this kind: %1.

It opens %2, and Lectern reviews.</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::FindBar</name>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Find in article</translation>
    </message>
    <message>
        <source>Ignore &amp;diacritics</source>
        <translation>Ignore &amp;diacritics</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::LibraryMaintenance</name>
    <message>
        <source>The library could not be opened: %1</source>
        <translation>The library could not be opened: %1</translation>
    </message>
    <message>
        <source>Library exported to %1 (%2 articles, %3).</source>
        <translation>Library exported to %1 (%2 articles, %3).</translation>
    </message>
    <message>
        <source>The library could not be exported: %1</source>
        <translation>The library could not be exported: %1</translation>
    </message>
    <message>
        <source>%1 article(s) added from %2; articles already in the library were kept as they are.</source>
        <translation>%1 article(s) added from %2; articles already in the library were kept as they are.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 could not be imported: %2</translation>
    </message>
    <message>
        <source>Database compacted: %1 before, %2 now.</source>
        <translation>Database compacted: %1 before, %2 now.</translation>
    </message>
    <message>
        <source>The database could not be compacted: %1</source>
        <translation>The database could not be compacted: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::LibraryWindow</name>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Search titles, text and comments (diacritics optional)</source>
        <translation>Search titles, text and comments (diacritics optional)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>People and Organizations</source>
        <translation>People and Organizations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Named as</source>
        <translation>Named as</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>“%1” cannot be opened: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) re-read</source>
        <translation>
            <numerusform>%n article re-read</numerusform>
            <numerusform>%n articles re-read</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-reading with the new extractor: %1 of %2</source>
        <translation>Re-reading with the new extractor: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::MainWindow</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>&amp;Close Article</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Clear Recent Files</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Export &amp;QR Code…</source>
        <translation>Export &amp;QR Code…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Exported %1 (%n page)</numerusform>
            <numerusform>Exported %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Find in Article…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>Open &amp;Sample Article</source>
        <translation>Open &amp;Sample Article</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>&amp;About Lectern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Article Info</source>
        <translation>Article Info</translation>
    </message>
    <message>
        <source>Open an article with File &gt; Open, drop a file here, or try Help &gt; Open Sample Article.</source>
        <translation>Open an article with File &gt; Open, drop a file here, or try Help &gt; Open Sample Article.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Open Article</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>The sample article could not be written to %1.</source>
        <translation>The sample article could not be written to %1.</translation>
    </message>
    <message>
        <source>Cannot open article</source>
        <translation>Cannot open article</translation>
    </message>
    <message>
        <source>Lectern could not open “%1”.

%2</source>
        <translation>Lectern could not open “%1”.

%2</translation>
    </message>
    <message>
        <source>%1 — Lectern</source>
        <translation>%1 — Lectern</translation>
    </message>
    <message>
        <source>%1 [%2] — Lectern</source>
        <translation>%1 [%2] — Lectern</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>About Lectern</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for news articles: people, organizations and figures highlighted, reviewed and printed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for news articles: people, organizations and figures highlighted, reviewed and printed.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>Review database: %1</source>
        <translation>Review database: %1</translation>
    </message>
    <message>
        <source>&amp;New Article from Clipboard</source>
        <translation>&amp;New Article from Clipboard</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reading the rest of “%1”…</source>
        <translation>Reading the rest of “%1”…</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ModelLearner</name>
    <message>
        <source>Learned model unusable and no corrections to rebuild it from: the bundled model is used; the old file is kept as %1.</source>
        <translation>Learned model unusable and no corrections to rebuild it from: the bundled model is used; the old file is kept as %1.</translation>
    </message>
    <message numerus="yes">
        <source>Learned model from an older Lectern rebuilt from %n corrected article(s); the old file is kept as %1.</source>
        <translation>
            <numerusform>Learned model from an older Lectern rebuilt from %n corrected article; the old file is kept as %1.</numerusform>
            <numerusform>Learned model from an older Lectern rebuilt from %n corrected articles; the old file is kept as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned model from a newer Lectern rebuilt from %n corrected article(s); the old file is kept as %1.</source>
        <translation>
            <numerusform>Learned model from a newer Lectern rebuilt from %n corrected article; the old file is kept as %1.</numerusform>
            <numerusform>Learned model from a newer Lectern rebuilt from %n corrected articles; the old file is kept as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Damaged learned model rebuilt from %n corrected article(s); the old file is kept as %1.</source>
        <translation>
            <numerusform>Damaged learned model rebuilt from %n corrected article; the old file is kept as %1.</numerusform>
            <numerusform>Damaged learned model rebuilt from %n corrected articles; the old file is kept as %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Reviewer name:</translation>
    </message>
    <message>
        <source>Lectern library (*.sqlite *.lectern-library);;All files (*)</source>
        <translation>Lectern library (*.sqlite *.lectern-library);;All files (*)</translation>
    </message>
    <message>
        <source>Review database and library</source>
        <translation>Review database and library</translation>
    </message>
    <message>
        <source>Annotations and the library are kept in:</source>
        <translation>Annotations and the library are kept in:</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>Use another database file; articles opened afterwards use it</source>
        <translation>Use another database file; articles opened afterwards use it</translation>
    </message>
    <message>
        <source>&amp;Export Library…</source>
        <translation>&amp;Export Library…</translation>
    </message>
    <message>
        <source>Write the whole library, annotations included, to one file</source>
        <translation>Write the whole library, annotations included, to one file</translation>
    </message>
    <message>
        <source>&amp;Import Library…</source>
        <translation>&amp;Import Library…</translation>
    </message>
    <message>
        <source>Add the articles of an exported library that are not here yet</source>
        <translation>Add the articles of an exported library that are not here yet</translation>
    </message>
    <message>
        <source>&amp;Compact Database</source>
        <translation>&amp;Compact Database</translation>
    </message>
    <message>
        <source>Reclaim unused space and optimise the search index</source>
        <translation>Reclaim unused space and optimise the search index</translation>
    </message>
    <message>
        <source>Review Database</source>
        <translation>Review Database</translation>
    </message>
    <message>
        <source>Lectern will use this database from now on; articles already open keep theirs until they are opened again.</source>
        <translation>Lectern will use this database from now on; articles already open keep theirs until they are opened again.</translation>
    </message>
    <message>
        <source>A new, empty database will be created there; the current one stays where it is.</source>
        <translation>A new, empty database will be created there; the current one stays where it is.</translation>
    </message>
    <message>
        <source>Export Library</source>
        <translation>Export Library</translation>
    </message>
    <message>
        <source>Import Library</source>
        <translation>Import Library</translation>
    </message>
    <message>
        <source>Choose another file: the library cannot be exported onto itself.</source>
        <translation>Choose another file: the library cannot be exported onto itself.</translation>
    </message>
    <message>
        <source>This is the library in use; choose an exported library file.</source>
        <translation>This is the library in use; choose an exported library file.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>The learned model was deleted; articles opened from now on are read with the bundled model.</source>
        <translation>The learned model was deleted; articles opened from now on are read with the bundled model.</translation>
    </message>
    <message>
        <source>Lear&amp;n from my corrections</source>
        <translation>Lear&amp;n from my corrections</translation>
    </message>
    <message>
        <source>Entity corrections teach your own model, used for the articles you open next</source>
        <translation>Entity corrections teach your own model, used for the articles you open next</translation>
    </message>
    <message>
        <source>Reset Learned &amp;Model</source>
        <translation>Reset Learned &amp;Model</translation>
    </message>
    <message>
        <source>Delete the model learned from your corrections and use the bundled one again</source>
        <translation>Delete the model learned from your corrections and use the bundled one again</translation>
    </message>
    <message>
        <source>Local &amp;file</source>
        <translation>Local &amp;file</translation>
    </message>
    <message>
        <source>Your own reviews and library, in a file on this computer</source>
        <translation>Your own reviews and library, in a file on this computer</translation>
    </message>
    <message>
        <source>&amp;Team server</source>
        <translation>&amp;Team server</translation>
    </message>
    <message>
        <source>Reviews shared with your team on a PostgreSQL server</source>
        <translation>Reviews shared with your team on a PostgreSQL server</translation>
    </message>
    <message>
        <source>Fill in the team server&apos;s host and database, or choose Local file.</source>
        <translation>Fill in the team server&apos;s host and database, or choose Local file.</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::PrintController</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>“%1” could not be printed.

%2</source>
        <translation>“%1” could not be printed.

%2</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>Print “%1”</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF “%1” could not be written.

%2</source>
        <translation>The PDF “%1” could not be written.

%2</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::QrDialog</name>
    <message>
        <source>%1 × %1 modules · %2 bytes of %3 at this level · image %4 × %4 px</source>
        <translation>%1 × %1 modules · %2 bytes of %3 at this level · image %4 × %4 px</translation>
    </message>
    <message>
        <source>No QR code</source>
        <translation>No QR code</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>Save QR Code</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>“%1” could not be written.

%2</source>
        <translation>“%1” could not be written.

%2</translation>
    </message>
    <message>
        <source>Export QR Code</source>
        <translation>Export QR Code</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>&amp;Payload:</translation>
    </message>
    <message>
        <source>&amp;Error correction:</source>
        <translation>&amp;Error correction:</translation>
    </message>
    <message>
        <source>Image &amp;size:</source>
        <translation>Image &amp;size:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>L — low (7 %)</source>
        <translation>L — low (7 %)</translation>
    </message>
    <message>
        <source>M — medium (15 %)</source>
        <translation>M — medium (15 %)</translation>
    </message>
    <message>
        <source>Q — quartile (25 %)</source>
        <translation>Q — quartile (25 %)</translation>
    </message>
    <message>
        <source>H — high (30 %)</source>
        <translation>H — high (30 %)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Reset to the article&apos;s payload</source>
        <translation>&amp;Reset to the article&apos;s payload</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ReaderPanels</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation>Highlight %1</translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation>&amp;Next Mention</translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation>&amp;Previous Mention</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <source>A paler highlight marks a name Lectern is unsure of (confidence below %1%): check it first.</source>
        <translation>A paler highlight marks a name Lectern is unsure of (confidence below %1%): check it first.</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ReviewController</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation>Add &amp;Comment…</translation>
    </message>
    <message>
        <source>Save &amp;Review As…</source>
        <translation>Save &amp;Review As…</translation>
    </message>
    <message>
        <source>Export &amp;Annotations…</source>
        <translation>Export &amp;Annotations…</translation>
    </message>
    <message>
        <source>The review state could not be saved: %1</source>
        <translation>The review state could not be saved: %1</translation>
    </message>
    <message>
        <source>Select the text to attach the annotation to, then choose Re-attach again.</source>
        <translation>Select the text to attach the annotation to, then choose Re-attach again.</translation>
    </message>
    <message>
        <source>Review database: %1</source>
        <translation>Review database: %1</translation>
    </message>
    <message>
        <source>The article changed: %1 annotation(s) moved or adjusted, %2 orphaned.</source>
        <translation>The article changed: %1 annotation(s) moved or adjusted, %2 orphaned.</translation>
    </message>
    <message>
        <source>The review database could not be opened: %1</source>
        <translation>The review database could not be opened: %1</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <source>Select the text you want to comment on first.</source>
        <translation>Select the text you want to comment on first.</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>Save Review As</translation>
    </message>
    <message>
        <source>Lectern reviews (*.lectern-review)</source>
        <translation>Lectern reviews (*.lectern-review)</translation>
    </message>
    <message>
        <source>Cannot save review</source>
        <translation>Cannot save review</translation>
    </message>
    <message>
        <source>Lectern could not save “%1”.

%2</source>
        <translation>Lectern could not save “%1”.

%2</translation>
    </message>
    <message>
        <source>Review saved to %1</source>
        <translation>Review saved to %1</translation>
    </message>
    <message>
        <source>W3C Web Annotations (*.jsonld)</source>
        <translation>W3C Web Annotations (*.jsonld)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown report (*.md)</source>
        <translation>Markdown report (*.md)</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Export Annotations</translation>
    </message>
    <message>
        <source>Cannot export annotations</source>
        <translation>Cannot export annotations</translation>
    </message>
    <message>
        <source>Lectern could not write “%1”.

%2</source>
        <translation>Lectern could not write “%1”.

%2</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) exported to %1</source>
        <translation>
            <numerusform>%n annotation exported to %1</numerusform>
            <numerusform>%n annotations exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Team server: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ReviewerNameDialog</name>
    <message>
        <source>Your Name</source>
        <translation>Your Name</translation>
    </message>
    <message>
        <source>Comments carry the reviewer&apos;s name. Which name should yours carry? You can change it later in Preferences.</source>
        <translation>Comments carry the reviewer&apos;s name. Which name should yours carry? You can change it later in Preferences.</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::TeamServerConnection</name>
    <message>
        <source>Connected to %1: its review database is ready for this version of Lectern.</source>
        <translation>Connected to %1: its review database is ready for this version of Lectern.</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>your login name</translation>
    </message>
    <message>
        <source>The team server refused this password. Password of %1 on %2:</source>
        <translation>The team server refused this password. Password of %1 on %2:</translation>
    </message>
    <message>
        <source>The team server asks for a password. Password of %1 on %2 (kept until Lectern quits, never saved):</source>
        <translation>The team server asks for a password. Password of %1 on %2 (kept until Lectern quits, never saved):</translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>Team Server Password</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::TeamServerForm</name>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>server name, address or socket folder</source>
        <translation>server name, address or socket folder</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>your login name</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Off (disable)</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>When the server offers it (prefer)</translation>
    </message>
    <message>
        <source>Required (require)</source>
        <translation>Required (require)</translation>
    </message>
    <message>
        <source>Required, certificate checked (verify-ca)</source>
        <translation>Required, certificate checked (verify-ca)</translation>
    </message>
    <message>
        <source>Required, certificate and name checked (verify-full)</source>
        <translation>Required, certificate and name checked (verify-full)</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Test &amp;Connection</translation>
    </message>
    <message>
        <source>Connect to the server now and check its review database; a password is asked for when ~/.pgpass or PGPASSWORD has none</source>
        <translation>Connect to the server now and check its review database; a password is asked for when ~/.pgpass or PGPASSWORD has none</translation>
    </message>
    <message>
        <source>Fill in the host and the database first.</source>
        <translation>Fill in the host and the database first.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
</context>
<context>
    <name>Lectern::Gui::ThemeMenu</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
</context>
<context>
    <name>LibraryListModel</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
</TS>
