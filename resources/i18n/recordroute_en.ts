<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CorrectionTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="38"/>
        <source>Run &amp;correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="39"/>
        <source>Export original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="40"/>
        <source>Export corrected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="41"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="41"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="41"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="60"/>
        <source>Correcting the transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="64"/>
        <source>No corrections yet. The LLM fixes obvious recognition errors; the original transcript is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="69"/>
        <source>%n segment(s) corrected.</source>
        <translation>
            <numerusform>%n segment corrected.</numerusform>
            <numerusform>%n segments corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="77"/>
        <source>%n segment(s) corrected</source>
        <translation>
            <numerusform>%n segment corrected</numerusform>
            <numerusform>%n segments corrected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="87"/>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="94"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="66"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="69"/>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="70"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="71"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="72"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="73"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="74"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="75"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="76"/>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="77"/>
        <source>Speech model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="78"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="79"/>
        <source>Stored at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="80"/>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="86"/>
        <source>Summary model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="104"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="112"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="113"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="114"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="115"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="116"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="130"/>
        <source>No jobs recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="137"/>
        <source>Event log (technical details, as recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadBar</name>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="54"/>
        <source>copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="55"/>
        <source>checking SHA-256 sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="56"/>
        <source>loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="57"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="73"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="89"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="130"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../../app/recordroute/gui/drop_overlay.py" line="32"/>
        <source>Drop to add to the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="75"/>
        <source>Drop recordings, videos, PDFs or text files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="78"/>
        <source>Folders are added with everything inside. Ctrl+V pastes copied files or paths. Everything is processed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="82"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="83"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="84"/>
        <source>Record…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/recordroute/gui/error_text.py" line="40"/>
        <source>Download model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/error_text.py" line="41"/>
        <source>Open settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/error_text.py" line="42"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/error_text.py" line="43"/>
        <source>Choose another folder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="31"/>
        <location filename="../../app/recordroute/gui/first_run.py" line="32"/>
        <source>Welcome to RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="41"/>
        <source>Recordings, videos, PDFs and notes you add are copied into your library folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="43"/>
        <source>Speech is transcribed on this computer with Whisper. Nothing is uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="45"/>
        <source>Summaries use a local language model (Ollama) when one is running; otherwise a simple extractive summary is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="48"/>
        <source>Search works by keyword, and by meaning with a small local embedding model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="49"/>
        <source>The optional local API listens on 127.0.0.1 only and needs a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="54"/>
        <source>Looking for models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="56"/>
        <source>&amp;Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="62"/>
        <source>Which languages do you speak in your recordings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="71"/>
        <source>Models on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="97"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="98"/>
        <source>Search (embeddings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="99"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="111"/>
        <source>No models were found. Install them with: pip install recordroute[models]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="122"/>
        <source>%1 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FontHint</name>
    <message>
        <location filename="../../app/recordroute/gui/font_hint.py" line="23"/>
        <source>No font for Korean text was found, so Korean may show as empty boxes. Install one, for example: sudo apt install %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="58"/>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="59"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="60"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="61"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="62"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="63"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="64"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="65"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="66"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="67"/>
        <source>out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="68"/>
        <source>in another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="60"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="61"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="62"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="63"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="70"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="71"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="72"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="73"/>
        <source>Lang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="75"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="76"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="77"/>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="78"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="248"/>
        <source>Status (View → Status legend explains the icons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/history_model.py" line="313"/>
        <source>%n p.</source>
        <translation>
            <numerusform>%n p.</numerusform>
            <numerusform>%n p.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="32"/>
        <source>Move “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="136"/>
        <source>Filter by title or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="137"/>
        <source>Enter or double-click opens; F2 renames; Delete moves to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="146"/>
        <source>Nothing matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="148"/>
        <source>No recordings yet.
Drop files above, press Ctrl+O, or record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="194"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="195"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="196"/>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/import_options.py" line="22"/>
        <source>Import options</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/import_options.py" line="23"/>
        <source>How to process the %n file(s) being added.</source>
        <translation>
            <numerusform>How to process the %n file being added.</numerusform>
            <numerusform>How to process the %n files being added.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/import_options.py" line="39"/>
        <source>Find &amp;speakers (who said what)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/import_options.py" line="41"/>
        <source>&amp;Remember as the defaults for every import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/import_options.py" line="42"/>
        <source>Audio &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/import_options.py" line="43"/>
        <source>Speech &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/import_options.py" line="44"/>
        <source>Minutes &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="137"/>
        <source>Move up in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="138"/>
        <source>Move down in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="139"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="140"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="141"/>
        <source>Download model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="142"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="165"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="187"/>
        <source>Interrupted when the app closed; Retry resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="210"/>
        <source>Job details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="25"/>
        <source>Meeting minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="26"/>
        <source>Meeting minutes — topics, key points, decisions, action items, risks, next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="31"/>
        <source>Interview notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="32"/>
        <source>Interview notes — topics, key answers, facts and figures, quotes, follow-ups, next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="38"/>
        <source>Lecture notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="39"/>
        <source>Lecture notes — topics, key concepts, examples, questions, assignments, next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="45"/>
        <source>Stand-up notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="46"/>
        <source>Stand-up notes — attendees&apos; updates, done, in progress, blockers, action items, next stand-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="65"/>
        <source>fastest; rough, many errors outside English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="66"/>
        <source>fastest English-only; fine for clear speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="67"/>
        <source>fast; usable drafts, weak on Korean names and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="68"/>
        <source>fast English-only; better than tiny.en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="69"/>
        <source>about 3x slower than base; the smallest size good for Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="70"/>
        <source>slow on CPU; clearly better Korean and accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="71"/>
        <source>best quality; needs a GPU or patience (about 10x base on CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="72"/>
        <source>near large-v3 quality at about half its time; best CPU choice for Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="75"/>
        <source>fast distilled large-v3; English only in practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="76"/>
        <source>bundled; fast, English only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="77"/>
        <source>good Korean and English semantic search; 384 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="80"/>
        <source>fast multilingual; a bit weaker than e5-small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="84"/>
        <source>bundled; works out of the box, weaker on noisy and phone audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="85"/>
        <source>WeSpeaker ResNet34, trained on English speech; not measured here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="88"/>
        <source>3D-Speaker CAM++, trained on English speech; not measured here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="91"/>
        <source>3D-Speaker CAM++: the best measured here, tells voices apart better on noisy and phone audio; trained on Chinese and English speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="95"/>
        <source>3D-Speaker ERes2Net, trained on Mandarin speech, works across languages; not measured here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="108"/>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="112"/>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="113"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="114"/>
        <source>project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="115"/>
        <source>model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="116"/>
        <source>your folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="117"/>
        <source>Hugging Face cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="118"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="133"/>
        <source>multilingual (%1 languages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="135"/>
        <source>English only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="136"/>
        <source>multilingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="144"/>
        <source>EXAONE: trained for Korean and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="145"/>
        <source>Qwen 3: strong multilingual, good Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="146"/>
        <source>Qwen 2.5: strong multilingual, good Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="147"/>
        <source>Qwen 2: multilingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="148"/>
        <source>Gemma 3: multilingual, good Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="149"/>
        <source>Gemma 2: multilingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="150"/>
        <source>Aya: multilingual (23 languages incl. Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="151"/>
        <source>Llama 3.3: usable Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="152"/>
        <source>Llama 3.2: usable Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="153"/>
        <source>Llama 3.1: usable Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="154"/>
        <source>Llama 3: mostly English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="155"/>
        <source>Mistral: mostly English and European languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="156"/>
        <source>Phi: English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="157"/>
        <source>an embedding model, not a chat model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="158"/>
        <source>family not known to handle Korean well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="170"/>
        <source>%1B parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="172"/>
        <source>%1 tokens of context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="187"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="188"/>
        <location filename="../../app/recordroute/gui/labels.py" line="190"/>
        <source>Basic (no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="189"/>
        <source>Neural (speaker model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="205"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="206"/>
        <source>Translate into English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <location filename="../../app/recordroute/gui/languages_field.py" line="17"/>
        <source>any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/languages_field.py" line="20"/>
        <source>Language codes you speak, e.g. ko, en. Detection picks the most likely of these; leave empty to allow any language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/languages_field.py" line="25"/>
        <source>Mixed Korean–English speech (keep English terms in Latin script)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="67"/>
        <source>Updating the search index for the edited transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="72"/>
        <source>Search index updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="88"/>
        <source>You edited a vault note; the new version is beside it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="92"/>
        <source>The vault could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmContextRow</name>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="25"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="27"/>
        <source>Check ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="28"/>
        <source>Ask the LLM server for the model&apos;s real context size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="45"/>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="54"/>
        <source>No LLM is in use (extractive minutes): there is no context to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="59"/>
        <source>Context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="63"/>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmIndicator</name>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="32"/>
        <source>The LLM server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="38"/>
        <source>%1 at %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="41"/>
        <source>%1-token context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="44"/>
        <source>No LLM: minutes are extractive (quoted from the transcript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="46"/>
        <source>%1 at %2 does not have the model %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="51"/>
        <source>%1 at %2 does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="54"/>
        <source>; minutes will be extractive until it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="172"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="173"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="174"/>
        <source>Download model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="180"/>
        <source>Checking the LLM server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="168"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="169"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="170"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="171"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="172"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="173"/>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="174"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="176"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="177"/>
        <source>Add &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="178"/>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="179"/>
        <source>&amp;Export transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="180"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="181"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="182"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="183"/>
        <source>Re&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="184"/>
        <source>&amp;Paste files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="185"/>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="186"/>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="187"/>
        <source>&amp;Find in transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="188"/>
        <source>Find ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="189"/>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="190"/>
        <source>Fi&amp;lter history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="191"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="192"/>
        <source>&amp;Jobs panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="193"/>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="194"/>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="195"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="196"/>
        <source>&amp;Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="197"/>
        <source>&amp;Back 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="198"/>
        <source>&amp;Forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="199"/>
        <source>&amp;Welcome screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="200"/>
        <source>&amp;About RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="204"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="205"/>
        <source>Res&amp;tore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="206"/>
        <source>T&amp;rash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="207"/>
        <source>Status le&amp;gend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="208"/>
        <source>&amp;Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="209"/>
        <source>Add files &amp;with options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="210"/>
        <source>Write the &amp;vault for the whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="211"/>
        <source>Re&amp;cover unfinished recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="217"/>
        <location filename="../../app/recordroute/gui/actions.py" line="223"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="218"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="219"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="244"/>
        <source>RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="246"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="249"/>
        <source>Select a recording to see its transcript, summary and details.

Ctrl+O adds files · Ctrl+K searches · Ctrl+R records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="253"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_drop.py" line="55"/>
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Checking %n file…</numerusform>
            <numerusform>Checking %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_drop.py" line="74"/>
        <source>Added %n file(s) to the queue</source>
        <translation>
            <numerusform>Added %n file to the queue</numerusform>
            <numerusform>Added %n files to the queue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_drop.py" line="81"/>
        <source>%1 is already in the library as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_drop.py" line="87"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_drop.py" line="92"/>
        <source>No files found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_drop.py" line="113"/>
        <source>The clipboard holds no files or file paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="76"/>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="80"/>
        <source>Recordings, videos, PDFs and text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="83"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="108"/>
        <source>Add a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="361"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="163"/>
        <source>About RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="164"/>
        <source>RecordRoute %1
Local-first transcripts, minutes and search.

Data folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="175"/>
        <source>Open a recording first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="177"/>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="188"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="196"/>
        <source>Markdown vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="203"/>
        <source>Writing the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="211"/>
        <source>Vault written: %1 (%n note(s))</source>
        <translation>
            <numerusform>Vault written: %1 (%n note)</numerusform>
            <numerusform>Vault written: %1 (%n notes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="232"/>
        <source>Back up the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="234"/>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="260"/>
        <source>Backup archive (*.tar.gz *.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="243"/>
        <source>Backing up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="251"/>
        <source>Backup saved: %1 (%n recording(s))</source>
        <translation>
            <numerusform>Backup saved: %1 (%n recording)</numerusform>
            <numerusform>Backup saved: %1 (%n recordings)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="258"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="267"/>
        <source>Choose an empty folder to restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="275"/>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="288"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="291"/>
        <source>Restored %n recording(s) into %1.</source>
        <translation>
            <numerusform>Restored %n recording into %1.</numerusform>
            <numerusform>Restored %n recordings into %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="302"/>
        <source>Open this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="314"/>
        <source>The data folder is set by RECORDROUTE_DATA_DIR; set it to %1 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="320"/>
        <source>RecordRoute opens %1 at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="322"/>
        <source>Open a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="324"/>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="298"/>
        <source>Backup restored into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="300"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_status.py" line="68"/>
        <source>Transcript ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_status.py" line="70"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_status.py" line="76"/>
        <source>Processing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_status.py" line="105"/>
        <source>Moved “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_status.py" line="118"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCombo</name>
    <message>
        <location filename="../../app/recordroute/gui/model_combo.py" line="47"/>
        <source>Models on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_combo.py" line="49"/>
        <source>The server listed no models; type a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelDownloadDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="164"/>
        <source>Download a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="171"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="193"/>
        <source>Download %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="195"/>
        <source>Download %1 (~%2 MB)? %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelOffer</name>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="150"/>
        <source>A better speech model for your languages: %1 (~%2 MB) — better for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="158"/>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="159"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="160"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="161"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="162"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="163"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="176"/>
        <source>%1 is ready and now used for transcription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="172"/>
        <source>%1 is ready, but the settings could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="47"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="73"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="74"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="75"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="76"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="77"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="78"/>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="79"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="87"/>
        <source>or a Hugging Face repository id (owner/name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="88"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="89"/>
        <source>Import &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="90"/>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="91"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="92"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="93"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="94"/>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="95"/>
        <source>Make this the default model of its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="110"/>
        <source>Cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="151"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="151"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="151"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="157"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="157"/>
        <source>Not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="166"/>
        <source>Download size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="200"/>
        <source>Diarization uses the first speaker model present, in the order listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="217"/>
        <location filename="../../app/recordroute/gui/models_page.py" line="222"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="231"/>
        <source>Choose a model in the list, or type a repository id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="235"/>
        <source>%1 is already here. Download it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="243"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="251"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="263"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="274"/>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="285"/>
        <source>%1 is ready (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="290"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="296"/>
        <source>Verified: the model is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="310"/>
        <source>%1 cannot be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="315"/>
        <source>Delete %1 (%2) from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="321"/>
        <source>Diarization uses this speaker model; without it, it uses the next one present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="324"/>
        <source>It is the model in use: choose another one before transcribing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="339"/>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="352"/>
        <source>%1 is now the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="358"/>
        <source>Model packs (*.tar *.tar.gz *.tgz *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="361"/>
        <source>Import a model pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="366"/>
        <source>Import a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="376"/>
        <source>Export a model pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="52"/>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="53"/>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="56"/>
        <source>Your notes: one per line. [12:30] ties a line to a moment; # starts a heading. The minutes follow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="78"/>
        <source>%n note(s) saved</source>
        <translation>
            <numerusform>%n note saved</numerusform>
            <numerusform>%n notes saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../../app/recordroute/gui/notices.py" line="58"/>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/notices.py" line="59"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/notices.py" line="99"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferRow</name>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="44"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="46"/>
        <source>Don&apos;t suggest again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="102"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="127"/>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OllamaModelsBox</name>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="39"/>
        <source>Ollama models (summaries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="44"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="45"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="46"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="47"/>
        <source>Suits minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="55"/>
        <source>model to pull, e.g. qwen2.5:7b-instruct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="56"/>
        <source>P&amp;ull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="57"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="85"/>
        <source>Pulled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="65"/>
        <source>Pull cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="113"/>
        <source>Recommended for Korean and English minutes: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="119"/>
        <source>None of these models suits minutes well; pull e.g. qwen2.5:7b-instruct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="127"/>
        <source>Pulling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="132"/>
        <source>Ollama models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="140"/>
        <source>Delete %1 from Ollama?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="52"/>
        <source>Play / pause (Ctrl+P, or Space in the transcript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="72"/>
        <source>Playback is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="186"/>
        <source>Playback failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="186"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="191"/>
        <source>Cannot play here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="40"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="41"/>
        <source>Decoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="42"/>
        <source>Transcribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="43"/>
        <source>Summarizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="44"/>
        <source>Finding speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="45"/>
        <source>Indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="52"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="53"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="54"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="55"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="56"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="57"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="275"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="342"/>
        <source>No jobs. Added files are processed here, one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="344"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="344"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="346"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="62"/>
        <source>Recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="63"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="64"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="83"/>
        <source>No recipes found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="89"/>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="92"/>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="95"/>
        <source>Not run on this recording yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="84"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="110"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="111"/>
        <source>System audio (what the speakers play)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="112"/>
        <source>Meeting: microphone and system audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="126"/>
        <source>Show &amp;live captions while recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="129"/>
        <source>Each caption gets a translation line (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="137"/>
        <source>Live captions appear here; the full transcript replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="148"/>
        <source>Type a note and press Enter; it is stamped with the recording time (# for a heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="161"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="162"/>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="314"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="163"/>
        <source>&amp;Stop and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="164"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="186"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="187"/>
        <source>&amp;Input device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="188"/>
        <source>&amp;Output to record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="189"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="190"/>
        <source>Others:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="191"/>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="211"/>
        <source>No input device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="212"/>
        <source>Default output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="224"/>
        <source>No microphone was found. Connect one (or allow microphone access in the system settings), then reopen this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="248"/>
        <source>Recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="276"/>
        <source>Saved %1; it was added to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="280"/>
        <source>
(Live preview. The full transcript replaces it once the recording is processed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="314"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingActions</name>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="58"/>
        <source>Transcribe &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="59"/>
        <source>Find &amp;speakers again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="60"/>
        <source>Save a &amp;voice profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="61"/>
        <source>Re&amp;generate minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="62"/>
        <source>Rein&amp;dex for search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="63"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="64"/>
        <source>Show the &amp;original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="81"/>
        <source>Transcribing again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="91"/>
        <source>Finding speakers again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="101"/>
        <source>Name a speaker first (Details tab, Speakers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="110"/>
        <source>Saved the voice profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="121"/>
        <source>Regenerating the minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="127"/>
        <source>Reindexing for search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="135"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="152"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="38"/>
        <source>Unfinished recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="41"/>
        <source>These recordings were not imported, most likely because the app closed while recording. Everything up to the last second was kept. Import them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="49"/>
        <source>cut short, repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="49"/>
        <source>never imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="55"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="56"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="86"/>
        <source>No unfinished recordings were found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedoDialogs</name>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="34"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="43"/>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="113"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="44"/>
        <source>Neural (speaker model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="45"/>
        <source>Basic (no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="82"/>
        <source>Transcribe again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="83"/>
        <source>“%1” gets a new transcript; speakers, minutes and search follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="94"/>
        <source>Speech &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="95"/>
        <source>Audio &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="104"/>
        <source>Find speakers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="105"/>
        <source>Who spoke when in “%1”, found again. Give the number of speakers if you know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="115"/>
        <source>Number of &amp;speakers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="116"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="125"/>
        <source>Save a voice profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="126"/>
        <source>The speaker&apos;s voice is kept (only in the local database) so new recordings can suggest the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="133"/>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="143"/>
        <source>Regenerate minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="144"/>
        <source>New minutes for “%1”; earlier versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="150"/>
        <source>Same as the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="158"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="159"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="160"/>
        <source>LLM m&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="169"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="170"/>
        <source>Export “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="176"/>
        <source>Minutes and transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="177"/>
        <source>Minutes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="178"/>
        <source>Transcript only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="181"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="182"/>
        <source>&amp;Contents:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../app/recordroute/gui/search_page.py" line="42"/>
        <source>Search and Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_page.py" line="43"/>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_page.py" line="44"/>
        <source>Back to the list of recordings (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="154"/>
        <source>Search every transcript and document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="155"/>
        <source>M&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="156"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="158"/>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="159"/>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="160"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="163"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="164"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="165"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="166"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="167"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="169"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="170"/>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="180"/>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="181"/>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="182"/>
        <source>Ask your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="183"/>
        <source>Ask a question; the answer cites recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="184"/>
        <source>&amp;Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="247"/>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/search_pane.py" line="264"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="284"/>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="304"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="59"/>
        <source>&amp;Transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="60"/>
        <source>S&amp;ummaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="61"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="62"/>
        <source>Local &amp;API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="63"/>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="88"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="95"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="96"/>
        <source>Translate into English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="100"/>
        <source>Names and terms the model should spell right, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="102"/>
        <source>Manage m&amp;odels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="104"/>
        <source>Download, import, verify or delete speech, search and LLM models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="109"/>
        <source>Speech &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="110"/>
        <source>Audio &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="112"/>
        <source>Languages &amp;spoken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="113"/>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="114"/>
        <source>&amp;Vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="115"/>
        <source>Find &amp;speakers (who said what) in new recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="119"/>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="150"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="120"/>
        <source>Neural (speaker model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="121"/>
        <source>Basic (no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="127"/>
        <source>Suggest a better speech model for my lan&amp;guages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="130"/>
        <source>Offers a larger speech model (e.g. small, ~480 MB) when the ones here are weak on a language you speak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="134"/>
        <source>Suggest a &amp;better speaker model when one would help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="136"/>
        <source>Offers 3D-Speaker CAM++ (~28 MB) while speakers are found with the built-in model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="140"/>
        <source>Spea&amp;ker method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="152"/>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="153"/>
        <source>Extractive (no LLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="161"/>
        <source>only if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="175"/>
        <source>Same as the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="180"/>
        <source>&amp;Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="181"/>
        <source>Ollama &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="182"/>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="183"/>
        <source>Server API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="184"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="186"/>
        <source>&amp;Context size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="187"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="188"/>
        <source>&amp;Output language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="206"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="206"/>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="210"/>
        <source>The database, the library of originals and new recordings live here. A new folder takes effect after a restart; existing files are not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="221"/>
        <source>Korean semantic search needs the multilingual model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="227"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="230"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="229"/>
        <source>Markdown &amp;vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="234"/>
        <source>One note per recording (minutes and transcript), updated after every finished job. Your own text outside the generated block is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="249"/>
        <source>Folders to watch, one per line: new recordings that land there are imported once they are completely copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="253"/>
        <source>&amp;Watch folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="255"/>
        <source>leave imported files where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="257"/>
        <source>&amp;Move imported files to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="258"/>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="263"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="267"/>
        <source>A new file is taken once its size has not changed for this long (a copy in progress waits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="270"/>
        <source>Wait before importing (&amp;settle):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="281"/>
        <source>Move imported files to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="287"/>
        <source>Markdown vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="294"/>
        <source>&amp;Enable the local API (127.0.0.1 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="301"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="303"/>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="310"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="311"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="318"/>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="323"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="324"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="325"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="329"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="330"/>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="345"/>
        <source>Set by an environment variable; change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="349"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="373"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/similar_tab.py" line="57"/>
        <source>Looking for similar recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/similar_tab.py" line="75"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/similar_tab.py" line="77"/>
        <source>No similar recordings yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerOffer</name>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="195"/>
        <source>Do&amp;wnload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="196"/>
        <source>Find speakers again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="213"/>
        <source>finds speakers with a neural model instead of the basic method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="215"/>
        <source>tells speakers apart better on noisy and phone audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="217"/>
        <source>Speaker model: %1 (~%2 MB) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="225"/>
        <source>These speakers were found without a speaker model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="226"/>
        <source>These speakers were found with the built-in speaker model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="234"/>
        <source>%1 is ready: finding speakers will use it from now on. Find speakers again to use it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="236"/>
        <source>%1 is ready: finding speakers will use it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="181"/>
        <source>Overlapped speech: not looked for (the basic method&apos;s turn changes are too coarse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="184"/>
        <source>Overlapped speech: none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="186"/>
        <source>Overlapped speech marked in the transcript: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="122"/>
        <source>Speakers (%1) — double-click a name to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="124"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="124"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="124"/>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="124"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="149"/>
        <source>Calendar attendees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="153"/>
        <source>Suggested names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="196"/>
        <source>Rename speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="206"/>
        <source>Apply suggested names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="207"/>
        <source>These voices match saved profiles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="76"/>
        <source>Everything asked for is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="77"/>
        <source>Being processed now (with its progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="78"/>
        <source>Waiting in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="79"/>
        <source>A step failed: open it to see why and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="80"/>
        <source>Interrupted (the app closed); it resumes from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="81"/>
        <source>Out of date: the search index or minutes need refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="82"/>
        <source>Minutes came out in another language (kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="83"/>
        <source>Cancelled by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="84"/>
        <source>Not processed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="151"/>
        <source>Status legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryNotice</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="31"/>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="33"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="54"/>
        <source>The audio gave no text: no speech was recognised, so there are no minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="57"/>
        <source>Transcribe again with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="64"/>
        <source>New minutes came out in another language than %1; they are kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="68"/>
        <source>Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="69"/>
        <source>Regenerate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="77"/>
        <source>These minutes are extractive (quoted from the transcript): the LLM did not answer when they were made. Regenerate once it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="82"/>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="86"/>
        <source>No summary yet. Choose a template and press Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="106"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="108"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="112"/>
        <source>Same as the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="117"/>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="118"/>
        <source>Recipes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="119"/>
        <source>Run one of your saved prompts on this recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="120"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="121"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="122"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="212"/>
        <source>Generating the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="251"/>
        <source>The summary did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="255"/>
        <source>Summary ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="276"/>
        <source>The answer was not in the chosen language: it is kept aside, not shown as the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="279"/>
        <source>The summary has warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="296"/>
        <source>Summary copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="309"/>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="309"/>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="315"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="72"/>
        <source>(overlapping speech)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="80"/>
        <source>Two people spoke at once here; each word keeps the speaker of its turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="74"/>
        <source>not recognised reliably</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="114"/>
        <source>Hidden from minutes, search and exports: the speech model was not sure of this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="117"/>
        <source>Confidence: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="118"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="119"/>
        <source>Transcribing again with a larger model may recognise it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="184"/>
        <source>Segment saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="251"/>
        <source>Find in transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="252"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="253"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="254"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="255"/>
        <source>Click a line to play from there; double-click to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="274"/>
        <source>Transcribing… the text appears here when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="276"/>
        <source>The transcription failed. See the Details tab, then retry from the Jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="278"/>
        <source>No speech was found in this recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="280"/>
        <source>Not transcribed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="368"/>
        <source>no matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="372"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="52"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="53"/>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="54"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="55"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="56"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="57"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="58"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="67"/>
        <source>&amp;Translate transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="68"/>
        <source>Translate &amp;minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="69"/>
        <source>Export bilingual subtitles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="70"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="70"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="70"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="103"/>
        <source>Translating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="106"/>
        <source>No translation yet. The LLM translates segment by segment; every timestamp is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="109"/>
        <source>%n segment(s) translated.</source>
        <translation>
            <numerusform>%n segment translated.</numerusform>
            <numerusform>%n segments translated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="119"/>
        <source>%n segment(s) translated</source>
        <translation>
            <numerusform>%n segment translated</numerusform>
            <numerusform>%n segments translated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="125"/>
        <source>Translated minutes saved as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="135"/>
        <source>Export bilingual subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="146"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="33"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="36"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="37"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="38"/>
        <source>&amp;Delete for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="82"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="93"/>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="95"/>
        <source>Delete %n recording(s) and their files for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n recording and their files for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n recordings and their files for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../app/recordroute/gui/tray.py" line="22"/>
        <source>&amp;Show RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/tray.py" line="23"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewerPane</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="93"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="95"/>
        <source>Transcribe again, find speakers, regenerate minutes, export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="97"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="98"/>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="99"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="100"/>
        <source>Si&amp;milar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="101"/>
        <source>&amp;Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="102"/>
        <source>Trans&amp;lation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="199"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
