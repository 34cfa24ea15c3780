<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CorrectionTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="69"/>
        <source>Run &amp;correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="70"/>
        <source>Export original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="71"/>
        <source>Export corrected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="72"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="72"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="72"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="101"/>
        <source>Correcting the transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="103"/>
        <source>No corrections yet. The LLM fixes obvious recognition errors; the original transcript is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="106"/>
        <source>%n segment(s) corrected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="118"/>
        <source>%n segment(s) corrected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="134"/>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="140"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="55"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="57"/>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="58"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="59"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="60"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="61"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="62"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="63"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="64"/>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="65"/>
        <source>Speech model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="66"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="67"/>
        <source>Stored at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="68"/>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="72"/>
        <source>Summary model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="83"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="88"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="88"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="88"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="88"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="88"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="96"/>
        <source>No jobs recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="99"/>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadBar</name>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="43"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="59"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="94"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="76"/>
        <source>Drop recordings, videos, PDFs or text files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="77"/>
        <source>Folders are added with everything inside. Ctrl+V pastes copied files or paths. Everything is processed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="79"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="80"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="81"/>
        <source>Record…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="29"/>
        <location filename="../../app/recordroute/gui/first_run.py" line="30"/>
        <source>Welcome to RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="39"/>
        <source>Recordings, videos, PDFs and notes you add are copied into your library folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="41"/>
        <source>Speech is transcribed on this computer with Whisper. Nothing is uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="42"/>
        <source>Summaries use a local language model (Ollama) when one is running; otherwise a simple extractive summary is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="44"/>
        <source>Search works by keyword, and by meaning with a small local embedding model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="45"/>
        <source>The optional local API listens on 127.0.0.1 only and needs a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="50"/>
        <source>Looking for models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="52"/>
        <source>&amp;Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="58"/>
        <source>Which languages do you speak in your recordings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="67"/>
        <source>Models on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="78"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="78"/>
        <source>Search (embeddings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="82"/>
        <source>No models were found. Install them with: pip install recordroute[models]</source>
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
        <location filename="../../app/recordroute/gui/history_model.py" line="50"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="51"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="52"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="53"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="54"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="55"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="56"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="57"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="58"/>
        <source>out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="74"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="75"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="76"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="77"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="84"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="85"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="86"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="87"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="88"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="89"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="90"/>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="91"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/history_model.py" line="293"/>
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
        <location filename="../../app/recordroute/gui/history_view.py" line="26"/>
        <source>Move “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="104"/>
        <source>Filter by title or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="105"/>
        <source>Enter or double-click opens; F2 renames; Delete moves to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="117"/>
        <source>Nothing matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="118"/>
        <source>No recordings yet.
Drop files above, press Ctrl+O, or record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="163"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="164"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="165"/>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="115"/>
        <source>Move up in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="116"/>
        <source>Move down in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="117"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="118"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="119"/>
        <source>Download model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="142"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="50"/>
        <source>any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="51"/>
        <source>Language codes you speak, e.g. ko, en. Detection picks the most likely of these; leave empty to allow any language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="53"/>
        <source>Mixed Korean–English speech (keep English terms in Latin script)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="61"/>
        <source>Updating the search index for the edited transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="66"/>
        <source>Search index updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="74"/>
        <source>You edited a vault note; the new version is beside it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="78"/>
        <source>The vault could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LlmContextRow</name>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="23"/>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="25"/>
        <source>Check ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="26"/>
        <source>Ask the LLM server for the model&apos;s real context size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="43"/>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="49"/>
        <source>No LLM is in use (extractive minutes): there is no context to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="51"/>
        <source>The server did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="53"/>
        <source>Context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="57"/>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="148"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="149"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="150"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="151"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="152"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="153"/>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="154"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="156"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="156"/>
        <source>Add &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="156"/>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="157"/>
        <source>&amp;Export transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="157"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="157"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="158"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="158"/>
        <source>Re&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="158"/>
        <source>&amp;Paste files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="158"/>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="159"/>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="159"/>
        <source>&amp;Find in transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="159"/>
        <source>Find ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="160"/>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="160"/>
        <source>Fi&amp;lter history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="160"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="161"/>
        <source>&amp;Jobs panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="161"/>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="161"/>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="162"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="162"/>
        <source>&amp;Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="162"/>
        <source>&amp;Back 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="163"/>
        <source>&amp;Forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="163"/>
        <source>&amp;Welcome screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="163"/>
        <source>&amp;About RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="165"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="165"/>
        <source>Res&amp;tore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="166"/>
        <source>T&amp;rash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="169"/>
        <location filename="../../app/recordroute/gui/actions.py" line="171"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="169"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="169"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="182"/>
        <source>RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="184"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="185"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="186"/>
        <source>Select a recording to see its transcript, summary and details.

Ctrl+O adds files · Ctrl+K searches · Ctrl+R records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="188"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/main_window.py" line="209"/>
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Checking %n file…</numerusform>
            <numerusform>Checking %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/main_window.py" line="220"/>
        <source>Added %n file(s) to the queue</source>
        <translation>
            <numerusform>Added %n file to the queue</numerusform>
            <numerusform>Added %n files to the queue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="224"/>
        <source>%1 is already in the library as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="226"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="229"/>
        <source>No files found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="243"/>
        <source>The clipboard holds no files or file paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="48"/>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="50"/>
        <source>Recordings, videos, PDFs and text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="51"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="57"/>
        <source>Add a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="316"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="96"/>
        <source>About RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="97"/>
        <source>RecordRoute %1
Local-first transcripts, minutes and search.

Data folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="107"/>
        <source>Open a recording first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="109"/>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="120"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="135"/>
        <source>Back up the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="137"/>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="154"/>
        <source>Backup archive (*.tar.gz *.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="146"/>
        <source>Backing up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="148"/>
        <source>Backup saved: %1 (%n recording(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="152"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="161"/>
        <source>Choose an empty folder to restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="168"/>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="174"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="180"/>
        <source>Restored %n recording(s) into %1.

To use this library, set it as the data folder in Settings → Library and restart RecordRoute, or start it with
RECORDROUTE_CONFIG=%2 recordroute</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="184"/>
        <source>Backup restored into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="185"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="344"/>
        <source>Transcript ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="346"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="348"/>
        <source>Processing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="361"/>
        <source>Moved “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="368"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelDownloadDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="126"/>
        <source>Download a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="132"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="148"/>
        <source>Download %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="149"/>
        <source>Download %1 (~%2 MB)? %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelOffer</name>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="30"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="57"/>
        <source>A better speech model for your languages: %1 (~%2 MB) — better for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="63"/>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="63"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="63"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="64"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="64"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="64"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="72"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="77"/>
        <source>%1 is ready and now used for transcription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="79"/>
        <source>%1 is ready, but the settings could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="48"/>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="65"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="65"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="65"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="65"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="66"/>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="66"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="78"/>
        <source>or a Hugging Face repository id (owner/name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="79"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="80"/>
        <source>Import &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="81"/>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="82"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="83"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="84"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="85"/>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="86"/>
        <source>Make this the default model of its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="101"/>
        <source>Cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="134"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="134"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="138"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="138"/>
        <source>Not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="144"/>
        <source>Download size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="152"/>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="152"/>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="153"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="153"/>
        <source>project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="154"/>
        <source>model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="190"/>
        <location filename="../../app/recordroute/gui/models_page.py" line="195"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="204"/>
        <source>Choose a model in the list, or type a repository id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="208"/>
        <source>%1 is already here. Download it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="212"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="216"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="222"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="228"/>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="237"/>
        <source>%1 is ready (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="239"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="242"/>
        <source>Verified: the model is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="252"/>
        <source>%1 cannot be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="255"/>
        <source>Delete %1 (%2) from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="257"/>
        <source>It is the model in use: choose another one before transcribing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="265"/>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="277"/>
        <source>%1 is now the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="281"/>
        <source>Model packs (*.tar *.tar.gz *.tgz *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="284"/>
        <source>Import a model pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="289"/>
        <source>Import a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="298"/>
        <source>Export a model pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../../app/recordroute/gui/notices.py" line="56"/>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/notices.py" line="57"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/notices.py" line="94"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OllamaModelsBox</name>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="41"/>
        <source>Ollama models (summaries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="43"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="43"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="43"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="44"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="44"/>
        <source>Suits minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="56"/>
        <source>model to pull, e.g. qwen2.5:7b-instruct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="57"/>
        <source>P&amp;ull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="58"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="86"/>
        <source>Pulled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="66"/>
        <source>Pull cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="108"/>
        <source>Recommended for Korean and English minutes: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="111"/>
        <source>None of these models suits minutes well; pull e.g. qwen2.5:7b-instruct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="118"/>
        <source>Pulling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="122"/>
        <source>Ollama models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="130"/>
        <source>Delete %1 from Ollama?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="47"/>
        <source>Play / pause (Ctrl+P, or Space in the transcript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="60"/>
        <source>Playback is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="172"/>
        <source>Playback failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="172"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="34"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="35"/>
        <source>Decoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="36"/>
        <source>Transcribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="37"/>
        <source>Summarizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="38"/>
        <source>Finding speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="39"/>
        <source>Indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="46"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="47"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="48"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="49"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="50"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="51"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="219"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="284"/>
        <source>No jobs. Added files are processed here, one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="286"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="286"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="288"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="58"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="60"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="60"/>
        <source>System audio (what the speakers play)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="61"/>
        <source>Meeting: microphone and system audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="71"/>
        <source>Show &amp;live captions while recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="75"/>
        <source>Live captions appear here; the full transcript replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="80"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="81"/>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="189"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="82"/>
        <source>&amp;Stop and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="83"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="102"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="103"/>
        <source>&amp;Input device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="104"/>
        <source>&amp;Output to record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="105"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="106"/>
        <source>Others:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="107"/>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="124"/>
        <source>No input device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="125"/>
        <source>Default output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="134"/>
        <source>No microphone was found. Connect one (or allow microphone access in the system settings), then reopen this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="152"/>
        <source>Recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="167"/>
        <source>Saved %1; it was added to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="169"/>
        <source>
(Live preview. The full transcript replaces it once the recording is processed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="189"/>
        <source>&amp;Resume</source>
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
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="39"/>
        <source>These recordings were not imported, most likely because the app closed while recording. Everything up to the last second was kept. Import them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="44"/>
        <source>cut short, repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="44"/>
        <source>never imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="50"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="51"/>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="135"/>
        <source>Search every transcript and document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="136"/>
        <source>M&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="137"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="138"/>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="138"/>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="138"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="139"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="139"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="139"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="140"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="140"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="141"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="142"/>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="152"/>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="153"/>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="154"/>
        <source>Ask your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="155"/>
        <source>Ask a question; the answer cites recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="156"/>
        <source>&amp;Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="209"/>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/search_pane.py" line="224"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="244"/>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="256"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="70"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="72"/>
        <source>&amp;Transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="73"/>
        <source>S&amp;ummaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="74"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="75"/>
        <source>Local &amp;API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="76"/>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="100"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="107"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="108"/>
        <source>Translate into English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="111"/>
        <source>Names and terms the model should spell right, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="112"/>
        <source>Speech &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="113"/>
        <source>Audio &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="115"/>
        <source>Languages &amp;spoken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="116"/>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="117"/>
        <source>&amp;Vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="118"/>
        <source>Find &amp;speakers (who said what) in new recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="121"/>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="133"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="121"/>
        <source>Neural (speaker model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="122"/>
        <source>Basic (no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="126"/>
        <source>Spea&amp;ker method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="134"/>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="135"/>
        <source>Extractive (no LLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="142"/>
        <source>only if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="151"/>
        <source>Same as the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="154"/>
        <source>&amp;Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="155"/>
        <source>Ollama &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="156"/>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="157"/>
        <source>Server API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="158"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="160"/>
        <source>&amp;Context size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="161"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="162"/>
        <source>&amp;Output language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="176"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="181"/>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="182"/>
        <source>The database, the library of originals and new recordings live here. A new folder takes effect after a restart; existing files are not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="188"/>
        <source>Korean semantic search needs the multilingual model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="193"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="194"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="199"/>
        <source>Markdown &amp;vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="200"/>
        <source>One note per recording (minutes and transcript), updated after every finished job. Your own text outside the generated block is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="205"/>
        <source>Folders to watch, one per line: new recordings that land there are imported once they are completely copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="207"/>
        <source>&amp;Watch folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="211"/>
        <source>Markdown vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="218"/>
        <source>&amp;Enable the local API (127.0.0.1 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="225"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="227"/>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="234"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="235"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="242"/>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="246"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="246"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="247"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="250"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="251"/>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="261"/>
        <source>Set by an environment variable; change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="265"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="312"/>
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
        <location filename="../../app/recordroute/gui/viewer/similar_tab.py" line="68"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/similar_tab.py" line="70"/>
        <source>No similar recordings yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="65"/>
        <source>Speakers (%1) — double-click a name to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="66"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="66"/>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="67"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="90"/>
        <source>Suggested names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="99"/>
        <source>Rename speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="107"/>
        <source>Apply suggested names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="108"/>
        <source>These voices match saved profiles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="83"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="85"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="89"/>
        <source>Same as the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="92"/>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="93"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="94"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="95"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="134"/>
        <source>No summary yet. Choose a template and press Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="151"/>
        <source>Generating the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="188"/>
        <source>The summary did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="190"/>
        <source>Summary ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="204"/>
        <source>Summary copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="209"/>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="210"/>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="215"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="147"/>
        <source>Segment saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="200"/>
        <source>Find in transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="201"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="202"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="203"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="204"/>
        <source>Click a line to play from there; double-click to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="228"/>
        <source>Transcribing… the text appears here when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="230"/>
        <source>The transcription failed. See the Details tab, then retry from the Jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="232"/>
        <source>No speech was found in this recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="234"/>
        <source>Not transcribed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="319"/>
        <source>no matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="322"/>
        <source>%1 of %2</source>
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
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="90"/>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="91"/>
        <source>Delete %n recording(s) and their files for good? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="65"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="66"/>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="67"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="68"/>
        <source>Si&amp;milar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="69"/>
        <source>&amp;Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="144"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
