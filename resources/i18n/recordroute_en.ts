<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CorrectionTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="59"/>
        <source>Run &amp;correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="60"/>
        <source>Export original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="61"/>
        <source>Export corrected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="62"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="62"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="62"/>
        <source>Corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="86"/>
        <source>Correcting the transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="90"/>
        <source>No corrections yet. The LLM fixes obvious recognition errors; the original transcript is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="95"/>
        <source>%n segment(s) corrected.</source>
        <translation>
            <numerusform>%n segment corrected.</numerusform>
            <numerusform>%n segments corrected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="113"/>
        <source>%n segment(s) corrected</source>
        <translation>
            <numerusform>%n segment corrected</numerusform>
            <numerusform>%n segments corrected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="130"/>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="137"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="57"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="60"/>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="61"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="62"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="63"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="64"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="65"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="66"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="67"/>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="68"/>
        <source>Speech model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="69"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="70"/>
        <source>Stored at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="71"/>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="77"/>
        <source>Summary model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="90"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="98"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="99"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="100"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="101"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="102"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="116"/>
        <source>No jobs recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="119"/>
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
        <location filename="../../app/recordroute/gui/model_download.py" line="101"/>
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
        <location filename="../../app/recordroute/gui/drop_zone.py" line="79"/>
        <source>Folders are added with everything inside. Ctrl+V pastes copied files or paths. Everything is processed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="83"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="84"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="85"/>
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
        <location filename="../../app/recordroute/gui/first_run.py" line="43"/>
        <source>Summaries use a local language model (Ollama) when one is running; otherwise a simple extractive summary is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="46"/>
        <source>Search works by keyword, and by meaning with a small local embedding model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="47"/>
        <source>The optional local API listens on 127.0.0.1 only and needs a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="52"/>
        <source>Looking for models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="54"/>
        <source>&amp;Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="60"/>
        <source>Which languages do you speak in your recordings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="69"/>
        <source>Models on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="84"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="84"/>
        <source>Search (embeddings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="89"/>
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
        <location filename="../../app/recordroute/gui/history_model.py" line="56"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="57"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="58"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="59"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="60"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="61"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="62"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="63"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="64"/>
        <source>out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="65"/>
        <source>in another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="90"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="91"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="92"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="93"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="100"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="101"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="102"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="103"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="104"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="105"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="106"/>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="107"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/history_model.py" line="314"/>
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
        <location filename="../../app/recordroute/gui/history_view.py" line="27"/>
        <source>Move “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="112"/>
        <source>Filter by title or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="113"/>
        <source>Enter or double-click opens; F2 renames; Delete moves to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="126"/>
        <source>Nothing matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="128"/>
        <source>No recordings yet.
Drop files above, press Ctrl+O, or record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="174"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="175"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="176"/>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="117"/>
        <source>Move up in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="118"/>
        <source>Move down in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="119"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="120"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="121"/>
        <source>Download model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="144"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="51"/>
        <source>any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="54"/>
        <source>Language codes you speak, e.g. ko, en. Detection picks the most likely of these; leave empty to allow any language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="59"/>
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
        <location filename="../../app/recordroute/gui/live_sync.py" line="87"/>
        <source>You edited a vault note; the new version is beside it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="91"/>
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
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="50"/>
        <source>No LLM is in use (extractive minutes): there is no context to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="53"/>
        <source>The server did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="55"/>
        <source>Context: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="59"/>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="149"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="150"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="151"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="152"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="153"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="154"/>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="155"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="157"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="158"/>
        <source>Add &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="159"/>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="160"/>
        <source>&amp;Export transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="161"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="162"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="163"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="164"/>
        <source>Re&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="165"/>
        <source>&amp;Paste files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="166"/>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="167"/>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="168"/>
        <source>&amp;Find in transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="169"/>
        <source>Find ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="170"/>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="171"/>
        <source>Fi&amp;lter history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="172"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="173"/>
        <source>&amp;Jobs panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="174"/>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="175"/>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="176"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="177"/>
        <source>&amp;Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="178"/>
        <source>&amp;Back 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="179"/>
        <source>&amp;Forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="180"/>
        <source>&amp;Welcome screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="181"/>
        <source>&amp;About RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="185"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="186"/>
        <source>Res&amp;tore backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="187"/>
        <source>T&amp;rash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="193"/>
        <location filename="../../app/recordroute/gui/actions.py" line="199"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="194"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="195"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="204"/>
        <source>RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="206"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="207"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="210"/>
        <source>Select a recording to see its transcript, summary and details.

Ctrl+O adds files · Ctrl+K searches · Ctrl+R records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="214"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/main_window.py" line="235"/>
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Checking %n file…</numerusform>
            <numerusform>Checking %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/main_window.py" line="251"/>
        <source>Added %n file(s) to the queue</source>
        <translation>
            <numerusform>Added %n file to the queue</numerusform>
            <numerusform>Added %n files to the queue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="256"/>
        <source>%1 is already in the library as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="262"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="267"/>
        <source>No files found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="281"/>
        <source>The clipboard holds no files or file paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="63"/>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="67"/>
        <source>Recordings, videos, PDFs and text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="70"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="78"/>
        <source>Add a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="355"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="119"/>
        <source>About RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="120"/>
        <source>RecordRoute %1
Local-first transcripts, minutes and search.

Data folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="136"/>
        <source>Open a recording first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="138"/>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="149"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="164"/>
        <source>Back up the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="166"/>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="191"/>
        <source>Backup archive (*.tar.gz *.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="175"/>
        <source>Backing up to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="182"/>
        <source>Backup saved: %1 (%n recording(s))</source>
        <translation>
            <numerusform>Backup saved: %1 (%n recording)</numerusform>
            <numerusform>Backup saved: %1 (%n recordings)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="189"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="198"/>
        <source>Choose an empty folder to restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="206"/>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="219"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="228"/>
        <source>Restored %n recording(s) into %1.

To use this library, set it as the data folder in Settings → Library and restart RecordRoute, or start it with
RECORDROUTE_CONFIG=%2 recordroute</source>
        <translation>
            <numerusform>Restored %n recording into %1.

To use this library, set it as the data folder in Settings → Library and restart RecordRoute, or start it with
RECORDROUTE_CONFIG=%2 recordroute</numerusform>
            <numerusform>Restored %n recordings into %1.

To use this library, set it as the data folder in Settings → Library and restart RecordRoute, or start it with
RECORDROUTE_CONFIG=%2 recordroute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="237"/>
        <source>Backup restored into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="240"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="383"/>
        <source>Transcript ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="385"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="387"/>
        <source>Processing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="400"/>
        <source>Moved “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="407"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelDownloadDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="135"/>
        <source>Download a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="142"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="159"/>
        <source>Download %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="161"/>
        <source>Download %1 (~%2 MB)? %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelOffer</name>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="35"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="68"/>
        <source>A better speech model for your languages: %1 (~%2 MB) — better for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="77"/>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="78"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="79"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="80"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="81"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="82"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="94"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="101"/>
        <source>%1 is ready and now used for transcription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="105"/>
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
        <location filename="../../app/recordroute/gui/models_page.py" line="66"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="67"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="69"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="70"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="71"/>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="72"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="86"/>
        <source>or a Hugging Face repository id (owner/name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="87"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="88"/>
        <source>Import &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="89"/>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="90"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="91"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="92"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="93"/>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="94"/>
        <source>Make this the default model of its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="109"/>
        <source>Cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="148"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="148"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="154"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="154"/>
        <source>Not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="163"/>
        <source>Download size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="172"/>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="173"/>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="174"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="175"/>
        <source>project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="176"/>
        <source>model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="213"/>
        <location filename="../../app/recordroute/gui/models_page.py" line="218"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="227"/>
        <source>Choose a model in the list, or type a repository id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="231"/>
        <source>%1 is already here. Download it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="239"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="247"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="259"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="270"/>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="281"/>
        <source>%1 is ready (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="286"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="289"/>
        <source>Verified: the model is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="300"/>
        <source>%1 cannot be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="305"/>
        <source>Delete %1 (%2) from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="310"/>
        <source>It is the model in use: choose another one before transcribing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="324"/>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="337"/>
        <source>%1 is now the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="342"/>
        <source>Model packs (*.tar *.tar.gz *.tgz *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="345"/>
        <source>Import a model pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="350"/>
        <source>Import a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="360"/>
        <source>Export a model pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="51"/>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="52"/>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="55"/>
        <source>Your notes: one per line. [12:30] ties a line to a moment; # starts a heading. The minutes follow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="82"/>
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
        <location filename="../../app/recordroute/gui/notices.py" line="100"/>
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
        <location filename="../../app/recordroute/gui/ollama_models.py" line="45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="46"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="47"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="48"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="49"/>
        <source>Suits minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="63"/>
        <source>model to pull, e.g. qwen2.5:7b-instruct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="64"/>
        <source>P&amp;ull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="65"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="93"/>
        <source>Pulled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="73"/>
        <source>Pull cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="121"/>
        <source>Recommended for Korean and English minutes: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="127"/>
        <source>None of these models suits minutes well; pull e.g. qwen2.5:7b-instruct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="135"/>
        <source>Pulling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="140"/>
        <source>Ollama models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="148"/>
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
        <location filename="../../app/recordroute/gui/viewer/player.py" line="174"/>
        <source>Playback failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="174"/>
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
        <location filename="../../app/recordroute/gui/queue_panel.py" line="221"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="288"/>
        <source>No jobs. Added files are processed here, one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="290"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="290"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="292"/>
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
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="88"/>
        <source>No recipes found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="94"/>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="97"/>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="100"/>
        <source>Not run on this recording yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="85"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="88"/>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="89"/>
        <source>System audio (what the speakers play)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="90"/>
        <source>Meeting: microphone and system audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="101"/>
        <source>Show &amp;live captions while recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="104"/>
        <source>Each caption gets a translation line (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="112"/>
        <source>Live captions appear here; the full transcript replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="120"/>
        <source>Type a note and press Enter; it is stamped with the recording time (# for a heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="130"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="131"/>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="279"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="132"/>
        <source>&amp;Stop and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="133"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="152"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="153"/>
        <source>&amp;Input device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="154"/>
        <source>&amp;Output to record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="155"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="156"/>
        <source>Others:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="157"/>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="177"/>
        <source>No input device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="178"/>
        <source>Default output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="190"/>
        <source>No microphone was found. Connect one (or allow microphone access in the system settings), then reopen this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="213"/>
        <source>Recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="241"/>
        <source>Saved %1; it was added to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="245"/>
        <source>
(Live preview. The full transcript replaces it once the recording is processed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="279"/>
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
        <location filename="../../app/recordroute/gui/search_pane.py" line="139"/>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="140"/>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="141"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="144"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="145"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="146"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="147"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="148"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="150"/>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="151"/>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="161"/>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="162"/>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="163"/>
        <source>Ask your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="164"/>
        <source>Ask a question; the answer cites recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="165"/>
        <source>&amp;Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="232"/>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/search_pane.py" line="249"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="269"/>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="288"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="79"/>
        <source>&amp;Transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="80"/>
        <source>S&amp;ummaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="81"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="82"/>
        <source>Local &amp;API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="83"/>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="108"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="115"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="116"/>
        <source>Translate into English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="120"/>
        <source>Names and terms the model should spell right, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="122"/>
        <source>Speech &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="123"/>
        <source>Audio &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="125"/>
        <source>Languages &amp;spoken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="126"/>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="127"/>
        <source>&amp;Vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="128"/>
        <source>Find &amp;speakers (who said what) in new recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="132"/>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="149"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="133"/>
        <source>Neural (speaker model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="134"/>
        <source>Basic (no model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="141"/>
        <source>Spea&amp;ker method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="151"/>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="152"/>
        <source>Extractive (no LLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="160"/>
        <source>only if the server asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="169"/>
        <source>Same as the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="174"/>
        <source>&amp;Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="175"/>
        <source>Ollama &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="176"/>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="177"/>
        <source>Server API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="178"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="180"/>
        <source>&amp;Context size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="181"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="182"/>
        <source>&amp;Output language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="200"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="200"/>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="204"/>
        <source>The database, the library of originals and new recordings live here. A new folder takes effect after a restart; existing files are not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="215"/>
        <source>Korean semantic search needs the multilingual model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="221"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="224"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="223"/>
        <source>Markdown &amp;vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="228"/>
        <source>One note per recording (minutes and transcript), updated after every finished job. Your own text outside the generated block is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="238"/>
        <source>Folders to watch, one per line: new recordings that land there are imported once they are completely copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="242"/>
        <source>&amp;Watch folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="246"/>
        <source>Markdown vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="253"/>
        <source>&amp;Enable the local API (127.0.0.1 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="260"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="262"/>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="269"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="270"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="277"/>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="282"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="283"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="284"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="288"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="289"/>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="304"/>
        <source>Set by an environment variable; change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="308"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="358"/>
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
        <location filename="../../app/recordroute/gui/viewer/similar_tab.py" line="74"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/similar_tab.py" line="76"/>
        <source>No similar recordings yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="71"/>
        <source>Speakers (%1) — double-click a name to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="73"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="73"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="73"/>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="73"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="97"/>
        <source>Calendar attendees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="101"/>
        <source>Suggested names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="112"/>
        <source>Rename speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="122"/>
        <source>Apply suggested names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="123"/>
        <source>These voices match saved profiles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="87"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="89"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="93"/>
        <source>Same as the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="98"/>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="99"/>
        <source>Recipes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="100"/>
        <source>Run one of your saved prompts on this recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="101"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="102"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="103"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="143"/>
        <source>No summary yet. Choose a template and press Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="167"/>
        <source>Generating the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="204"/>
        <source>The summary did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="206"/>
        <source>Summary ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="221"/>
        <source>Summary copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="234"/>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="234"/>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="240"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="148"/>
        <source>Segment saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="212"/>
        <source>Find in transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="213"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="214"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="215"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="216"/>
        <source>Click a line to play from there; double-click to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="240"/>
        <source>Transcribing… the text appears here when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="242"/>
        <source>The transcription failed. See the Details tab, then retry from the Jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="244"/>
        <source>No speech was found in this recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="246"/>
        <source>Not transcribed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="331"/>
        <source>no matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="335"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="67"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="68"/>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="69"/>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="70"/>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="71"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="72"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="73"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="82"/>
        <source>&amp;Translate transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="83"/>
        <source>Translate &amp;minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="84"/>
        <source>Export bilingual subtitles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="85"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="85"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="85"/>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="123"/>
        <source>Translating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="126"/>
        <source>No translation yet. The LLM translates segment by segment; every timestamp is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="129"/>
        <source>%n segment(s) translated.</source>
        <translation>
            <numerusform>%n segment translated.</numerusform>
            <numerusform>%n segments translated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="161"/>
        <source>%n segment(s) translated</source>
        <translation>
            <numerusform>%n segment translated</numerusform>
            <numerusform>%n segments translated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="168"/>
        <source>Translated minutes saved as version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="184"/>
        <source>Export bilingual subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="195"/>
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
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="81"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="82"/>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="83"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="84"/>
        <source>Si&amp;milar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="85"/>
        <source>&amp;Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="86"/>
        <source>Trans&amp;lation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="180"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
