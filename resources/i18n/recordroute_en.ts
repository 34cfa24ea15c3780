<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DetailsTab</name>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="51"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="53"/>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="54"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="55"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="56"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="57"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="58"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="59"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="60"/>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="61"/>
        <source>Speech model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="62"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="63"/>
        <source>Stored at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="64"/>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="68"/>
        <source>Summary model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="79"/>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="84"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="84"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="84"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="84"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="84"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="92"/>
        <source>No jobs recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="95"/>
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
        <location filename="../../app/recordroute/gui/first_run.py" line="24"/>
        <location filename="../../app/recordroute/gui/first_run.py" line="25"/>
        <source>Welcome to RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="34"/>
        <source>Recordings, videos, PDFs and notes you add are copied into your library folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="36"/>
        <source>Speech is transcribed on this computer with Whisper. Nothing is uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="37"/>
        <source>Summaries use a local language model (Ollama) when one is running; otherwise a simple extractive summary is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="39"/>
        <source>Search works by keyword, and by meaning with a small local embedding model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="40"/>
        <source>The optional local API listens on 127.0.0.1 only and needs a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="44"/>
        <source>Looking for models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="46"/>
        <source>&amp;Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="52"/>
        <source>Models on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="63"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="63"/>
        <source>Search (embeddings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="67"/>
        <source>No models were found. Install them with: pip install recordroute[models]</source>
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
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/history_model.py" line="292"/>
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
        <location filename="../../app/recordroute/gui/queue_panel.py" line="114"/>
        <source>Move up in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="115"/>
        <source>Move down in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="116"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="117"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="118"/>
        <source>Download model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="141"/>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="140"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="141"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="142"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="143"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="144"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="145"/>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="146"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="148"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="148"/>
        <source>Add &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="148"/>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="149"/>
        <source>&amp;Export transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="149"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="149"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="150"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="150"/>
        <source>Re&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="150"/>
        <source>&amp;Paste files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="150"/>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="151"/>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="151"/>
        <source>&amp;Find in transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="151"/>
        <source>Find ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="152"/>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="152"/>
        <source>Fi&amp;lter history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="152"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="153"/>
        <source>&amp;Jobs panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="153"/>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="153"/>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="154"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="154"/>
        <source>&amp;Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="154"/>
        <source>&amp;Back 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="155"/>
        <source>&amp;Forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="155"/>
        <source>&amp;Welcome screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="155"/>
        <source>&amp;About RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="159"/>
        <location filename="../../app/recordroute/gui/actions.py" line="161"/>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="159"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="159"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="173"/>
        <source>RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="175"/>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="176"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="177"/>
        <source>Select a recording to see its transcript, summary and details.

Ctrl+O adds files · Ctrl+K searches · Ctrl+R records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="179"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/main_window.py" line="200"/>
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Checking %n file…</numerusform>
            <numerusform>Checking %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/main_window.py" line="211"/>
        <source>Added %n file(s) to the queue</source>
        <translation>
            <numerusform>Added %n file to the queue</numerusform>
            <numerusform>Added %n files to the queue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="215"/>
        <source>%1 is already in the library as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="217"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="220"/>
        <source>No files found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="234"/>
        <source>The clipboard holds no files or file paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="43"/>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="45"/>
        <source>Recordings, videos, PDFs and text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="46"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="52"/>
        <source>Add a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="305"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="91"/>
        <source>About RecordRoute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="92"/>
        <source>RecordRoute %1
Local-first transcripts, minutes and search.

Data folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="102"/>
        <source>Open a recording first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="104"/>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="115"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="333"/>
        <source>Transcript ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="335"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="337"/>
        <source>Processing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="350"/>
        <source>Moved “%1” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="357"/>
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
        <location filename="../../app/recordroute/gui/models_page.py" line="76"/>
        <source>or a Hugging Face repository id (owner/name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="77"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="78"/>
        <source>Import &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="79"/>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="80"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="81"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="82"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="83"/>
        <source>&amp;Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="84"/>
        <source>Make this the default model of its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="99"/>
        <source>Cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="132"/>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="132"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="136"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="136"/>
        <source>Not downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="142"/>
        <source>Download size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="151"/>
        <source>bundled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="151"/>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="152"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="152"/>
        <source>project folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="153"/>
        <source>model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="189"/>
        <location filename="../../app/recordroute/gui/models_page.py" line="194"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="203"/>
        <source>Choose a model in the list, or type a repository id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="207"/>
        <source>%1 is already here. Download it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="211"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="215"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="221"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="227"/>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="236"/>
        <source>%1 is ready (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="238"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="241"/>
        <source>Verified: the model is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="251"/>
        <source>%1 cannot be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="254"/>
        <source>Delete %1 (%2) from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="256"/>
        <source>It is the model in use: choose another one before transcribing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="260"/>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="272"/>
        <source>%1 is now the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="276"/>
        <source>Model packs (*.tar *.tar.gz *.tgz *.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="279"/>
        <source>Import a model pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="284"/>
        <source>Import a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="293"/>
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
        <location filename="../../app/recordroute/gui/ollama_models.py" line="54"/>
        <source>model to pull, e.g. qwen2.5:7b-instruct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="55"/>
        <source>P&amp;ull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="56"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="62"/>
        <source>Pulled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="64"/>
        <source>Pull cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="103"/>
        <source>Recommended for Korean and English minutes: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="106"/>
        <source>None of these models suits minutes well; pull e.g. qwen2.5:7b-instruct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="113"/>
        <source>Pulling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="117"/>
        <source>Ollama models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="125"/>
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
        <source>Indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="45"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="46"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="47"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="48"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="49"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="50"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="218"/>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="281"/>
        <source>No jobs. Added files are processed here, one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="283"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="283"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="285"/>
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
        <location filename="../../app/recordroute/gui/record_dialog.py" line="41"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="53"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="54"/>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="126"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="55"/>
        <source>&amp;Stop and add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="56"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="62"/>
        <source>&amp;Input device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="63"/>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="64"/>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="90"/>
        <source>No input device found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="92"/>
        <source>No microphone was found. Connect one (or allow microphone access in the system settings), then reopen this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="104"/>
        <source>Recording to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="117"/>
        <source>Saved %1; it was added to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="126"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="131"/>
        <source>Search every transcript and document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="132"/>
        <source>M&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="133"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="134"/>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="134"/>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="134"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="135"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="135"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="135"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="136"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="136"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="145"/>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="146"/>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="147"/>
        <source>Ask your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="148"/>
        <source>Ask a question; the answer cites recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="149"/>
        <source>&amp;Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="195"/>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/search_pane.py" line="209"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="229"/>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="241"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="46"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="48"/>
        <source>&amp;Transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="49"/>
        <source>S&amp;ummaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="50"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="51"/>
        <source>Local &amp;API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="52"/>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="76"/>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="83"/>
        <source>Transcribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="84"/>
        <source>Translate into English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="87"/>
        <source>Names and terms the model should spell right, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="88"/>
        <source>Speech &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="89"/>
        <source>Audio &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="90"/>
        <source>&amp;Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="91"/>
        <source>&amp;Vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="98"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="99"/>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="100"/>
        <source>Extractive (no LLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="113"/>
        <source>Same as the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="116"/>
        <source>&amp;Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="117"/>
        <source>Ollama &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="118"/>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="119"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="120"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="121"/>
        <source>&amp;Output language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="128"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="133"/>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="134"/>
        <source>The database, the library of originals and new recordings live here. A new folder takes effect after a restart; existing files are not moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="143"/>
        <source>&amp;Enable the local API (127.0.0.1 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="150"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="152"/>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="159"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="160"/>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="167"/>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="171"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="171"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="172"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="175"/>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="176"/>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="186"/>
        <source>Set by an environment variable; change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="190"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="230"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="82"/>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="84"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="88"/>
        <source>Same as the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="91"/>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="92"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="93"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="94"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="132"/>
        <source>No summary yet. Choose a template and press Regenerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="149"/>
        <source>Generating the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="176"/>
        <source>The summary did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="178"/>
        <source>Summary ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="192"/>
        <source>Summary copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="197"/>
        <source>Export summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="198"/>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="203"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="143"/>
        <source>Segment saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="196"/>
        <source>Find in transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="197"/>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="198"/>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="199"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="200"/>
        <source>Click a line to play from there; double-click to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="224"/>
        <source>Transcribing… the text appears here when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="226"/>
        <source>The transcription failed. See the Details tab, then retry from the Jobs panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="228"/>
        <source>No speech was found in this recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="230"/>
        <source>Not transcribed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="315"/>
        <source>no matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="318"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="58"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="59"/>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="60"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="122"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
