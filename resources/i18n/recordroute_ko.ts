<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CorrectionTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="59"/>
        <source>Run &amp;correction</source>
        <translation>교정 실행(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="60"/>
        <source>Export original…</source>
        <translation>원본 내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="61"/>
        <source>Export corrected…</source>
        <translation>교정본 내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="62"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="62"/>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="62"/>
        <source>Corrected</source>
        <translation>교정본</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="86"/>
        <source>Correcting the transcript…</source>
        <translation>전사본을 교정하는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="90"/>
        <source>No corrections yet. The LLM fixes obvious recognition errors; the original transcript is never changed.</source>
        <translation>아직 교정 내용이 없습니다. LLM이 명백한 인식 오류를 고치며, 원본 전사본은 바뀌지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="95"/>
        <source>%n segment(s) corrected.</source>
        <translation>
            <numerusform>%n개 구간을 교정했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="113"/>
        <source>%n segment(s) corrected</source>
        <translation>
            <numerusform>%n개 구간 교정됨</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="130"/>
        <source>Export transcript</source>
        <translation>전사본 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="137"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="57"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n쪽</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="60"/>
        <source>Original file</source>
        <translation>원본 파일</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="61"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="62"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="63"/>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="64"/>
        <source>Recorded</source>
        <translation>녹음 일시</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="65"/>
        <source>Imported</source>
        <translation>가져온 일시</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="66"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="67"/>
        <source>Text encoding</source>
        <translation>텍스트 인코딩</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="68"/>
        <source>Speech model</source>
        <translation>음성 인식 모델</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="69"/>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="70"/>
        <source>Stored at</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="71"/>
        <source>Content hash</source>
        <translation>내용 해시</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="77"/>
        <source>Summary model</source>
        <translation>요약 모델</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="90"/>
        <source>Stages</source>
        <translation>처리 단계</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="98"/>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="99"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="100"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="101"/>
        <source>Time</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="102"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="116"/>
        <source>No jobs recorded.</source>
        <translation>기록된 작업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="119"/>
        <source>Event log</source>
        <translation>이벤트 기록</translation>
    </message>
</context>
<context>
    <name>DownloadBar</name>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="43"/>
        <source>%1 left</source>
        <translation>%1 남음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="59"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="101"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="76"/>
        <source>Drop recordings, videos, PDFs or text files here</source>
        <translation>녹음, 동영상, PDF, 텍스트 파일을 여기에 끌어다 놓으세요</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="79"/>
        <source>Folders are added with everything inside. Ctrl+V pastes copied files or paths. Everything is processed on this computer.</source>
        <translation>폴더를 놓으면 안의 파일이 모두 추가됩니다. Ctrl+V로 복사한 파일이나 경로를 붙여 넣을 수 있습니다. 모든 처리는 이 컴퓨터에서 이루어집니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="83"/>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="84"/>
        <source>Add folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="85"/>
        <source>Record…</source>
        <translation>녹음…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="29"/>
        <location filename="../../app/recordroute/gui/first_run.py" line="30"/>
        <source>Welcome to RecordRoute</source>
        <translation>RecordRoute에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="39"/>
        <source>Recordings, videos, PDFs and notes you add are copied into your library folder:</source>
        <translation>추가한 녹음, 동영상, PDF, 메모는 라이브러리 폴더에 복사됩니다:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="41"/>
        <source>Speech is transcribed on this computer with Whisper. Nothing is uploaded.</source>
        <translation>음성은 이 컴퓨터에서 Whisper로 받아 적습니다. 아무것도 업로드되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="43"/>
        <source>Summaries use a local language model (Ollama) when one is running; otherwise a simple extractive summary is made.</source>
        <translation>요약에는 실행 중인 로컬 언어 모델(Ollama)을 사용합니다. 없으면 간단한 발췌 요약을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="46"/>
        <source>Search works by keyword, and by meaning with a small local embedding model.</source>
        <translation>검색은 키워드로, 그리고 작은 로컬 임베딩 모델로 의미 기반으로도 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="47"/>
        <source>The optional local API listens on 127.0.0.1 only and needs a token.</source>
        <translation>선택 사항인 로컬 API는 127.0.0.1에서만 동작하며 토큰이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="52"/>
        <source>Looking for models…</source>
        <translation>모델을 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="54"/>
        <source>&amp;Get started</source>
        <translation>시작하기(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="60"/>
        <source>Which languages do you speak in your recordings?</source>
        <translation>녹음에서 어떤 언어를 사용하시나요?</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="69"/>
        <source>Models on this computer:</source>
        <translation>이 컴퓨터에 있는 모델:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="84"/>
        <source>Speech</source>
        <translation>음성 인식</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="84"/>
        <source>Search (embeddings)</source>
        <translation>검색(임베딩)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="89"/>
        <source>No models were found. Install them with: pip install recordroute[models]</source>
        <translation>모델을 찾지 못했습니다. 다음 명령으로 설치하세요: pip install recordroute[models]</translation>
    </message>
</context>
<context>
    <name>FontHint</name>
    <message>
        <location filename="../../app/recordroute/gui/font_hint.py" line="23"/>
        <source>No font for Korean text was found, so Korean may show as empty boxes. Install one, for example: sudo apt install %1</source>
        <translation>한국어 글꼴을 찾지 못해 한국어가 빈 상자로 보일 수 있습니다. 글꼴을 설치하세요. 예: sudo apt install %1</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="56"/>
        <source>pending</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="57"/>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="58"/>
        <source>running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="59"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="60"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="61"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="62"/>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="63"/>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="64"/>
        <source>out of date</source>
        <translation>다시 색인 필요</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="65"/>
        <source>in another language</source>
        <translation>다른 언어로 작성됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="90"/>
        <source>Audio</source>
        <translation>오디오</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="91"/>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="92"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="93"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="100"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="101"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="102"/>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="103"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="104"/>
        <source>Transcript</source>
        <translation>받아쓰기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="105"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="106"/>
        <source>Index</source>
        <translation>색인</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="107"/>
        <source>Speakers</source>
        <translation>화자</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/history_model.py" line="314"/>
        <source>%n p.</source>
        <translation>
            <numerusform>%n쪽</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="27"/>
        <source>Move “%1” to the trash</source>
        <translation>“%1”을(를) 휴지통으로 이동</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="112"/>
        <source>Filter by title or file name</source>
        <translation>제목이나 파일 이름으로 거르기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="113"/>
        <source>Enter or double-click opens; F2 renames; Delete moves to the trash</source>
        <translation>Enter나 두 번 클릭으로 열기, F2로 이름 바꾸기, Delete로 휴지통으로 이동</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="126"/>
        <source>Nothing matches the filter.</source>
        <translation>조건에 맞는 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="128"/>
        <source>No recordings yet.
Drop files above, press Ctrl+O, or record.</source>
        <translation>아직 녹음이 없습니다.
위에 파일을 끌어다 놓거나 Ctrl+O를 누르거나 녹음하세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="174"/>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="175"/>
        <source>&amp;Rename</source>
        <translation>이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="176"/>
        <source>Move to &amp;trash</source>
        <translation>휴지통으로 이동(&amp;T)</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="117"/>
        <source>Move up in the queue</source>
        <translation>대기열에서 위로</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="118"/>
        <source>Move down in the queue</source>
        <translation>대기열에서 아래로</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="119"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="120"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="121"/>
        <source>Download model…</source>
        <translation>모델 다운로드…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="144"/>
        <source>%1 left</source>
        <translation>%1 남음</translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="51"/>
        <source>any language</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="54"/>
        <source>Language codes you speak, e.g. ko, en. Detection picks the most likely of these; leave empty to allow any language.</source>
        <translation>녹음에서 쓰는 언어 코드(예: ko, en). 자동 감지는 이 가운데 가장 가능성이 높은 언어를 고릅니다. 비워 두면 모든 언어를 허용합니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="59"/>
        <source>Mixed Korean–English speech (keep English terms in Latin script)</source>
        <translation>한국어·영어 혼용 음성 (영어 용어는 로마자로 유지)</translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="67"/>
        <source>Updating the search index for the edited transcript…</source>
        <translation>수정한 전사본의 검색 색인을 갱신하는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="72"/>
        <source>Search index updated</source>
        <translation>검색 색인을 갱신했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="87"/>
        <source>You edited a vault note; the new version is beside it: %1</source>
        <translation>볼트 노트를 직접 수정하셨기 때문에 새 버전을 옆에 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="91"/>
        <source>The vault could not be updated: %1</source>
        <translation>볼트를 갱신하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>LlmContextRow</name>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="23"/>
        <source> tokens</source>
        <translation> 토큰</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="25"/>
        <source>Check ser&amp;ver</source>
        <translation>서버 확인(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="26"/>
        <source>Ask the LLM server for the model&apos;s real context size</source>
        <translation>LLM 서버에 모델의 실제 컨텍스트 크기를 묻습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="43"/>
        <source>Asking the server…</source>
        <translation>서버에 묻는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="50"/>
        <source>No LLM is in use (extractive minutes): there is no context to check.</source>
        <translation>LLM을 쓰지 않습니다(추출식 회의록). 확인할 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="53"/>
        <source>The server did not answer: %1</source>
        <translation>서버가 응답하지 않았습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="55"/>
        <source>Context: %1</source>
        <translation>컨텍스트: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="59"/>
        <source>The check failed: %1</source>
        <translation>확인하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="149"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="150"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="151"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="152"/>
        <source>T&amp;heme</source>
        <translation>테마(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="153"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="154"/>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="155"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="157"/>
        <source>&amp;Add files…</source>
        <translation>파일 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="158"/>
        <source>Add &amp;folder…</source>
        <translation>폴더 추가(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="159"/>
        <source>&amp;Record…</source>
        <translation>녹음(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="160"/>
        <source>&amp;Export transcript…</source>
        <translation>받아쓰기 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="161"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="162"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="163"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="164"/>
        <source>Re&amp;do</source>
        <translation>다시 실행(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="165"/>
        <source>&amp;Paste files</source>
        <translation>파일 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="166"/>
        <source>Re&amp;name</source>
        <translation>이름 바꾸기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="167"/>
        <source>Move to &amp;trash</source>
        <translation>휴지통으로 이동(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="168"/>
        <source>&amp;Find in transcript</source>
        <translation>받아쓰기에서 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="169"/>
        <source>Find ne&amp;xt</source>
        <translation>다음 찾기(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="170"/>
        <source>Find pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="171"/>
        <source>Fi&amp;lter history</source>
        <translation>기록 거르기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="172"/>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="173"/>
        <source>&amp;Jobs panel</source>
        <translation>작업 패널(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="174"/>
        <source>S&amp;ummary</source>
        <translation>요약(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="175"/>
        <source>&amp;Transcript</source>
        <translation>받아쓰기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="176"/>
        <source>&amp;Details</source>
        <translation>세부 정보(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="177"/>
        <source>&amp;Play / pause</source>
        <translation>재생/일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="178"/>
        <source>&amp;Back 5 seconds</source>
        <translation>5초 뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="179"/>
        <source>&amp;Forward 5 seconds</source>
        <translation>5초 앞으로(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="180"/>
        <source>&amp;Welcome screen</source>
        <translation>시작 화면(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="181"/>
        <source>&amp;About RecordRoute</source>
        <translation>RecordRoute 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="185"/>
        <source>&amp;Back up…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="186"/>
        <source>Res&amp;tore backup…</source>
        <translation>백업 복원(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="187"/>
        <source>T&amp;rash…</source>
        <translation>휴지통(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="193"/>
        <location filename="../../app/recordroute/gui/actions.py" line="199"/>
        <source>Follow the &amp;system</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="194"/>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="195"/>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="204"/>
        <source>RecordRoute</source>
        <translation>RecordRoute</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="206"/>
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="207"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="210"/>
        <source>Select a recording to see its transcript, summary and details.

Ctrl+O adds files · Ctrl+K searches · Ctrl+R records</source>
        <translation>녹음을 선택하면 받아쓰기, 요약, 세부 정보를 볼 수 있습니다.

Ctrl+O 파일 추가 · Ctrl+K 검색 · Ctrl+R 녹음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="214"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/main_window.py" line="235"/>
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>파일 %n개를 확인하는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/main_window.py" line="251"/>
        <source>Added %n file(s) to the queue</source>
        <translation>
            <numerusform>파일 %n개를 대기열에 추가했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="256"/>
        <source>%1 is already in the library as “%2”.</source>
        <translation>%1은(는) 이미 라이브러리에 “%2”(으)로 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="262"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="267"/>
        <source>No files found</source>
        <translation>파일을 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="281"/>
        <source>The clipboard holds no files or file paths</source>
        <translation>클립보드에 파일이나 파일 경로가 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="63"/>
        <source>Add files</source>
        <translation>파일 추가</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="67"/>
        <source>Recordings, videos, PDFs and text (%1)</source>
        <translation>녹음, 동영상, PDF, 텍스트 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="70"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="78"/>
        <source>Add a folder</source>
        <translation>폴더 추가</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="355"/>
        <source>Settings saved</source>
        <translation>설정을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="119"/>
        <source>About RecordRoute</source>
        <translation>RecordRoute 정보</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="120"/>
        <source>RecordRoute %1
Local-first transcripts, minutes and search.

Data folder: %2</source>
        <translation>RecordRoute %1
내 컴퓨터에서 하는 받아쓰기, 회의록, 검색.

데이터 폴더: %2</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="136"/>
        <source>Open a recording first</source>
        <translation>먼저 녹음을 여세요</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="138"/>
        <source>Export transcript</source>
        <translation>받아쓰기 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="149"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="164"/>
        <source>Back up the library</source>
        <translation>라이브러리 백업</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="166"/>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="191"/>
        <source>Backup archive (*.tar.gz *.tar)</source>
        <translation>백업 아카이브 (*.tar.gz *.tar)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="175"/>
        <source>Backing up to %1…</source>
        <translation>%1에 백업하는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="182"/>
        <source>Backup saved: %1 (%n recording(s))</source>
        <translation>
            <numerusform>백업 저장됨: %1 (녹음 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="189"/>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="198"/>
        <source>Choose an empty folder to restore into</source>
        <translation>복원할 빈 폴더를 선택하세요</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="206"/>
        <source>Restoring %1…</source>
        <translation>%1 복원 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="219"/>
        <source>Restore failed</source>
        <translation>복원 실패</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="228"/>
        <source>Restored %n recording(s) into %1.

To use this library, set it as the data folder in Settings → Library and restart RecordRoute, or start it with
RECORDROUTE_CONFIG=%2 recordroute</source>
        <translation>
            <numerusform>녹음 %n개를 %1에 복원했습니다.

이 라이브러리를 쓰려면 설정 → 라이브러리에서 데이터 폴더로 지정한 뒤 RecordRoute를 다시 시작하거나, 다음과 같이 시작하세요:
RECORDROUTE_CONFIG=%2 recordroute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="237"/>
        <source>Backup restored into %1</source>
        <translation>%1에 백업을 복원했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="240"/>
        <source>Backup restored</source>
        <translation>백업 복원됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="383"/>
        <source>Transcript ready</source>
        <translation>받아쓰기 완료</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="385"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="387"/>
        <source>Processing failed</source>
        <translation>처리 실패</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="400"/>
        <source>Moved “%1” to the trash</source>
        <translation>“%1”을(를) 휴지통으로 옮겼습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="407"/>
        <source>Restored</source>
        <translation>복원했습니다</translation>
    </message>
</context>
<context>
    <name>ModelDownloadDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="135"/>
        <source>Download a model</source>
        <translation>모델 다운로드</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="142"/>
        <source>&amp;Download</source>
        <translation>다운로드(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="159"/>
        <source>Download %1?</source>
        <translation>%1을(를) 다운로드할까요?</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="161"/>
        <source>Download %1 (~%2 MB)? %3</source>
        <translation>%1(약 %2 MB)을(를) 다운로드할까요? %3</translation>
    </message>
</context>
<context>
    <name>ModelOffer</name>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="35"/>
        <source>&amp;Download</source>
        <translation>다운로드(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="68"/>
        <source>A better speech model for your languages: %1 (~%2 MB) — better for %3</source>
        <translation>사용하는 언어에 더 알맞은 음성 모델: %1(약 %2 MB) — %3에 더 좋음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="77"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="78"/>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="79"/>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="80"/>
        <source>German</source>
        <translation>독일어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="81"/>
        <source>French</source>
        <translation>프랑스어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="82"/>
        <source>Spanish</source>
        <translation>스페인어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="94"/>
        <source>Downloading %1…</source>
        <translation>%1 다운로드 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="101"/>
        <source>%1 is ready and now used for transcription.</source>
        <translation>%1이(가) 준비되었고 이제 받아쓰기에 사용됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="105"/>
        <source>%1 is ready, but the settings could not be saved: %2</source>
        <translation>%1이(가) 준비되었지만 설정을 저장하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="48"/>
        <source>&amp;Models</source>
        <translation>모델(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="66"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="67"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="68"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="69"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="70"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="71"/>
        <source>Last verified</source>
        <translation>마지막 검증</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="72"/>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="86"/>
        <source>or a Hugging Face repository id (owner/name)</source>
        <translation>또는 Hugging Face 저장소 ID(소유자/이름)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="87"/>
        <source>&amp;Download</source>
        <translation>다운로드(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="88"/>
        <source>Import &amp;pack…</source>
        <translation>팩 가져오기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="89"/>
        <source>Import &amp;folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="90"/>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="91"/>
        <source>&amp;Verify</source>
        <translation>검증(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="92"/>
        <source>De&amp;lete…</source>
        <translation>삭제(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="93"/>
        <source>&amp;Use</source>
        <translation>사용(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="94"/>
        <source>Make this the default model of its kind</source>
        <translation>이 모델을 해당 종류의 기본 모델로 지정</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="109"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>취소했습니다. 남은 파일은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="148"/>
        <source>Speech</source>
        <translation>음성</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="148"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="154"/>
        <source>Present</source>
        <translation>있음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="154"/>
        <source>Not downloaded</source>
        <translation>다운로드 안 됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="163"/>
        <source>Download size</source>
        <translation>다운로드 크기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="172"/>
        <source>bundled</source>
        <translation>기본 포함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="173"/>
        <source>downloaded</source>
        <translation>다운로드함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="174"/>
        <source>imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="175"/>
        <source>project folder</source>
        <translation>프로젝트 폴더</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="176"/>
        <source>model folder</source>
        <translation>모델 폴더</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="213"/>
        <location filename="../../app/recordroute/gui/models_page.py" line="218"/>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="227"/>
        <source>Choose a model in the list, or type a repository id.</source>
        <translation>목록에서 모델을 고르거나 저장소 ID를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="231"/>
        <source>%1 is already here. Download it again?</source>
        <translation>%1은(는) 이미 있습니다. 다시 다운로드할까요?</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="239"/>
        <source>Downloading %1…</source>
        <translation>%1 다운로드 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="247"/>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="259"/>
        <source>Exporting %1…</source>
        <translation>%1 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="270"/>
        <source>Verifying %1…</source>
        <translation>%1 검증 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="281"/>
        <source>%1 is ready (%2).</source>
        <translation>%1이(가) 준비되었습니다(%2).</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="286"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="289"/>
        <source>Verified: the model is intact.</source>
        <translation>검증 완료: 모델에 이상이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="300"/>
        <source>%1 cannot be deleted: %2</source>
        <translation>%1은(는) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="305"/>
        <source>Delete %1 (%2) from this computer?</source>
        <translation>이 컴퓨터에서 %1(%2)을(를) 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="310"/>
        <source>It is the model in use: choose another one before transcribing again.</source>
        <translation>지금 사용 중인 모델입니다. 다시 받아쓰기 전에 다른 모델을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="324"/>
        <source>Deleted %1.</source>
        <translation>%1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="337"/>
        <source>%1 is now the default.</source>
        <translation>이제 %1이(가) 기본 모델입니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="342"/>
        <source>Model packs (*.tar *.tar.gz *.tgz *.zip)</source>
        <translation>모델 팩 (*.tar *.tar.gz *.tgz *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="345"/>
        <source>Import a model pack</source>
        <translation>모델 팩 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="350"/>
        <source>Import a model folder</source>
        <translation>모델 폴더 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="360"/>
        <source>Export a model pack</source>
        <translation>모델 팩 내보내기</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="51"/>
        <source>My notes</source>
        <translation>내 메모</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="52"/>
        <source>Save notes</source>
        <translation>메모 저장</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="55"/>
        <source>Your notes: one per line. [12:30] ties a line to a moment; # starts a heading. The minutes follow them.</source>
        <translation>메모를 한 줄에 하나씩 적습니다. [12:30]은 그 줄을 녹음의 한 시점에 묶고, #은 제목을 시작합니다. 회의록이 메모를 따릅니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="82"/>
        <source>%n note(s) saved</source>
        <translation>
            <numerusform>메모 %n개를 저장했습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../../app/recordroute/gui/notices.py" line="56"/>
        <source>Some files were not added</source>
        <translation>추가하지 않은 파일이 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/notices.py" line="57"/>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/notices.py" line="100"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…외 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OllamaModelsBox</name>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="41"/>
        <source>Ollama models (summaries)</source>
        <translation>Ollama 모델(요약)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="45"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="46"/>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="47"/>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="48"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="49"/>
        <source>Suits minutes</source>
        <translation>회의록 적합도</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="63"/>
        <source>model to pull, e.g. qwen2.5:7b-instruct</source>
        <translation>받을 모델, 예: qwen2.5:7b-instruct</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="64"/>
        <source>P&amp;ull</source>
        <translation>받기(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="65"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="93"/>
        <source>Pulled.</source>
        <translation>받았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="73"/>
        <source>Pull cancelled.</source>
        <translation>받기를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="121"/>
        <source>Recommended for Korean and English minutes: %1 (%2)</source>
        <translation>한국어·영어 회의록에 추천: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="127"/>
        <source>None of these models suits minutes well; pull e.g. qwen2.5:7b-instruct.</source>
        <translation>회의록에 잘 맞는 모델이 없습니다. 예를 들어 qwen2.5:7b-instruct를 받으세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="135"/>
        <source>Pulling %1…</source>
        <translation>%1 받는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="140"/>
        <source>Ollama models</source>
        <translation>Ollama 모델</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="148"/>
        <source>Delete %1 from Ollama?</source>
        <translation>Ollama에서 %1을(를) 삭제할까요?</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="47"/>
        <source>Play / pause (Ctrl+P, or Space in the transcript)</source>
        <translation>재생/일시 정지 (Ctrl+P, 받아쓰기에서는 Space)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="60"/>
        <source>Playback is unavailable: %1</source>
        <translation>재생할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="174"/>
        <source>Playback failed: %1</source>
        <translation>재생 실패: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="174"/>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="34"/>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="35"/>
        <source>Decoding</source>
        <translation>디코딩 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="36"/>
        <source>Transcribing</source>
        <translation>받아쓰는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="37"/>
        <source>Summarizing</source>
        <translation>요약하는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="38"/>
        <source>Finding speakers</source>
        <translation>화자 찾는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="39"/>
        <source>Indexing</source>
        <translation>색인하는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="46"/>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="47"/>
        <source>Running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="48"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="49"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="50"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="51"/>
        <source>Interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="221"/>
        <source>Clear finished</source>
        <translation>끝난 작업 지우기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="288"/>
        <source>No jobs. Added files are processed here, one at a time.</source>
        <translation>작업이 없습니다. 추가한 파일은 여기에서 하나씩 처리됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="290"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n개 진행 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="290"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n개 대기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="292"/>
        <source>%n need attention</source>
        <translation>
            <numerusform>%n개 확인 필요</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="62"/>
        <source>Recipes</source>
        <translation>레시피</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="63"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="64"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="88"/>
        <source>No recipes found.</source>
        <translation>레시피가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="94"/>
        <source>Running %1…</source>
        <translation>%1 실행 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="97"/>
        <source>Version %1 · %2</source>
        <translation>버전 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="100"/>
        <source>Not run on this recording yet.</source>
        <translation>이 녹음에서 아직 실행하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="85"/>
        <source>Record</source>
        <translation>녹음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="88"/>
        <source>Microphone</source>
        <translation>마이크</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="89"/>
        <source>System audio (what the speakers play)</source>
        <translation>시스템 오디오(스피커에서 나오는 소리)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="90"/>
        <source>Meeting: microphone and system audio</source>
        <translation>회의: 마이크와 시스템 오디오</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="101"/>
        <source>Show &amp;live captions while recording</source>
        <translation>녹음 중 실시간 자막 표시(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="104"/>
        <source>Each caption gets a translation line (%1)</source>
        <translation>자막마다 번역 줄이 붙습니다(%1)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="112"/>
        <source>Live captions appear here; the full transcript replaces them.</source>
        <translation>실시간 자막이 여기에 표시됩니다. 전체 전사가 끝나면 대체됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="120"/>
        <source>Type a note and press Enter; it is stamped with the recording time (# for a heading)</source>
        <translation>메모를 입력하고 Enter를 누르면 녹음 시각이 붙습니다(#은 제목)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="130"/>
        <source>&amp;Record</source>
        <translation>녹음(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="131"/>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="279"/>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="132"/>
        <source>&amp;Stop and add</source>
        <translation>정지 후 추가(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="133"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="152"/>
        <source>&amp;Source:</source>
        <translation>소스(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="153"/>
        <source>&amp;Input device:</source>
        <translation>입력 장치(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="154"/>
        <source>&amp;Output to record:</source>
        <translation>녹음할 출력(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="155"/>
        <source>Level:</source>
        <translation>레벨:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="156"/>
        <source>Others:</source>
        <translation>상대방:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="157"/>
        <source>Length:</source>
        <translation>길이:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="177"/>
        <source>No input device found</source>
        <translation>입력 장치 없음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="178"/>
        <source>Default output</source>
        <translation>기본 출력</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="190"/>
        <source>No microphone was found. Connect one (or allow microphone access in the system settings), then reopen this window.</source>
        <translation>마이크를 찾지 못했습니다. 마이크를 연결하거나 시스템 설정에서 마이크 접근을 허용한 뒤 이 창을 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="213"/>
        <source>Recording to %1</source>
        <translation>%1에 녹음하는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="241"/>
        <source>Saved %1; it was added to the queue.</source>
        <translation>%1을(를) 저장하고 대기열에 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="245"/>
        <source>
(Live preview. The full transcript replaces it once the recording is processed.)</source>
        <translation>
(실시간 미리보기입니다. 녹음 처리가 끝나면 전체 전사로 대체됩니다.)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="279"/>
        <source>&amp;Resume</source>
        <translation>계속(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="38"/>
        <source>Unfinished recordings</source>
        <translation>완료되지 않은 녹음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="41"/>
        <source>These recordings were not imported, most likely because the app closed while recording. Everything up to the last second was kept. Import them now?</source>
        <translation>녹음 중 앱이 종료되어 가져오지 못한 녹음이 있습니다. 마지막 1초 전까지의 내용은 모두 보존되었습니다. 지금 가져올까요?</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="49"/>
        <source>cut short, repaired</source>
        <translation>중단됨, 복구됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="49"/>
        <source>never imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="55"/>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="56"/>
        <source>&amp;Not now</source>
        <translation>나중에(&amp;N)</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="135"/>
        <source>Search every transcript and document</source>
        <translation>모든 받아쓰기와 문서에서 검색</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="136"/>
        <source>M&amp;ode:</source>
        <translation>모드(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="137"/>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="139"/>
        <source>Hybrid</source>
        <translation>혼합</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="140"/>
        <source>Keyword</source>
        <translation>키워드</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="141"/>
        <source>Meaning</source>
        <translation>의미</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="144"/>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="145"/>
        <source>Audio</source>
        <translation>오디오</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="146"/>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="147"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="148"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="150"/>
        <source>Lan&amp;guage:</source>
        <translation>언어(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="151"/>
        <source>All languages</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="161"/>
        <source>Fro&amp;m</source>
        <translation>시작일(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="162"/>
        <source>&amp;Until</source>
        <translation>종료일(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="163"/>
        <source>Ask your library</source>
        <translation>라이브러리에 질문하기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="164"/>
        <source>Ask a question; the answer cites recordings</source>
        <translation>질문하면 녹음을 인용해 답합니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="165"/>
        <source>&amp;Ask</source>
        <translation>질문(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="232"/>
        <source>p. %1</source>
        <translation>%1쪽</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/search_pane.py" line="249"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>결과 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="269"/>
        <source>Thinking…</source>
        <translation>생각하는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="288"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="77"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="79"/>
        <source>&amp;Transcription</source>
        <translation>받아쓰기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="80"/>
        <source>S&amp;ummaries</source>
        <translation>요약(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="81"/>
        <source>&amp;Library</source>
        <translation>라이브러리(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="82"/>
        <source>Local &amp;API</source>
        <translation>로컬 API(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="83"/>
        <source>A&amp;ppearance</source>
        <translation>모양(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="108"/>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="115"/>
        <source>Transcribe</source>
        <translation>받아쓰기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="116"/>
        <source>Translate into English</source>
        <translation>영어로 번역</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="120"/>
        <source>Names and terms the model should spell right, one per line</source>
        <translation>모델이 정확히 적어야 할 이름과 용어(한 줄에 하나씩)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="122"/>
        <source>Speech &amp;model:</source>
        <translation>음성 인식 모델(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="123"/>
        <source>Audio &amp;language:</source>
        <translation>오디오 언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="125"/>
        <source>Languages &amp;spoken:</source>
        <translation>사용 언어(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="126"/>
        <source>&amp;Task:</source>
        <translation>작업(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="127"/>
        <source>&amp;Vocabulary:</source>
        <translation>어휘(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="128"/>
        <source>Find &amp;speakers (who said what) in new recordings</source>
        <translation>새 녹음에서 화자 찾기(누가 무엇을 말했는지)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="132"/>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="149"/>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="133"/>
        <source>Neural (speaker model)</source>
        <translation>신경망 (화자 모델)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="134"/>
        <source>Basic (no model)</source>
        <translation>기본 (모델 없음)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="141"/>
        <source>Spea&amp;ker method:</source>
        <translation>화자 방식(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="151"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 호환 서버</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="152"/>
        <source>Extractive (no LLM)</source>
        <translation>발췌 요약(LLM 없음)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="160"/>
        <source>only if the server asks for one</source>
        <translation>서버가 요구할 때만 입력</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="169"/>
        <source>Same as the recording</source>
        <translation>녹음과 같은 언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="174"/>
        <source>&amp;Backend:</source>
        <translation>백엔드(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="175"/>
        <source>Ollama &amp;host:</source>
        <translation>Ollama 호스트(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="176"/>
        <source>Server &amp;URL:</source>
        <translation>서버 URL(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="177"/>
        <source>Server API &amp;key:</source>
        <translation>서버 API 키(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="178"/>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="180"/>
        <source>&amp;Context size:</source>
        <translation>컨텍스트 크기(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="181"/>
        <source>&amp;Template:</source>
        <translation>템플릿(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="182"/>
        <source>&amp;Output language:</source>
        <translation>출력 언어(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="200"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="200"/>
        <source>&amp;Data folder:</source>
        <translation>데이터 폴더(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="204"/>
        <source>The database, the library of originals and new recordings live here. A new folder takes effect after a restart; existing files are not moved.</source>
        <translation>데이터베이스, 원본 라이브러리, 새 녹음이 여기에 저장됩니다. 새 폴더는 다시 시작한 뒤 적용되며 기존 파일은 옮겨지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="215"/>
        <source>Korean semantic search needs the multilingual model: %1</source>
        <translation>한국어 의미 검색에는 다국어 모델이 필요합니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="221"/>
        <source>off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="224"/>
        <source>B&amp;rowse…</source>
        <translation>찾아보기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="223"/>
        <source>Markdown &amp;vault:</source>
        <translation>마크다운 볼트(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="228"/>
        <source>One note per recording (minutes and transcript), updated after every finished job. Your own text outside the generated block is kept.</source>
        <translation>녹음마다 노트 하나(회의록과 전사본)를 만들고, 작업이 끝날 때마다 갱신합니다. 생성된 블록 밖에 직접 쓴 내용은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="238"/>
        <source>Folders to watch, one per line: new recordings that land there are imported once they are completely copied</source>
        <translation>감시할 폴더(한 줄에 하나): 새 녹음 파일이 완전히 복사되면 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="242"/>
        <source>&amp;Watch folders:</source>
        <translation>감시 폴더(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="246"/>
        <source>Markdown vault</source>
        <translation>마크다운 볼트</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="253"/>
        <source>&amp;Enable the local API (127.0.0.1 only)</source>
        <translation>로컬 API 사용(&amp;E) (127.0.0.1 전용)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="260"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="262"/>
        <source>&amp;Regenerate</source>
        <translation>다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="269"/>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="270"/>
        <source>Token:</source>
        <translation>토큰:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="277"/>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="282"/>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="283"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="284"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="288"/>
        <source>&amp;Interface language:</source>
        <translation>화면 언어(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="289"/>
        <source>T&amp;heme:</source>
        <translation>테마(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="304"/>
        <source>Set by an environment variable; change it there.</source>
        <translation>환경 변수로 정해진 값입니다. 그쪽에서 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="308"/>
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="358"/>
        <source>Settings not saved</source>
        <translation>설정을 저장하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>SimilarTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/similar_tab.py" line="57"/>
        <source>Looking for similar recordings…</source>
        <translation>비슷한 녹음을 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/similar_tab.py" line="74"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/similar_tab.py" line="76"/>
        <source>No similar recordings yet.</source>
        <translation>아직 비슷한 녹음이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="71"/>
        <source>Speakers (%1) — double-click a name to rename</source>
        <translation>화자 (%1) — 이름을 두 번 클릭해 바꾸기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="73"/>
        <source>Speaker</source>
        <translation>화자</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="73"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="73"/>
        <source>Talk time</source>
        <translation>발화 시간</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="73"/>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="97"/>
        <source>Calendar attendees: %1</source>
        <translation>캘린더 참석자: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="101"/>
        <source>Suggested names: %1</source>
        <translation>추천 이름: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="112"/>
        <source>Rename speaker</source>
        <translation>화자 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="122"/>
        <source>Apply suggested names</source>
        <translation>추천 이름 적용</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="123"/>
        <source>These voices match saved profiles:</source>
        <translation>저장된 음성 프로필과 일치하는 목소리:</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="87"/>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="89"/>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="93"/>
        <source>Same as the recording</source>
        <translation>녹음과 같은 언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="98"/>
        <source>&amp;Regenerate</source>
        <translation>다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="99"/>
        <source>Recipes…</source>
        <translation>레시피…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="100"/>
        <source>Run one of your saved prompts on this recording</source>
        <translation>저장한 프롬프트 하나를 이 녹음에 실행합니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="101"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="102"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="103"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="143"/>
        <source>No summary yet. Choose a template and press Regenerate.</source>
        <translation>아직 요약이 없습니다. 템플릿을 고르고 다시 만들기를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="167"/>
        <source>Generating the summary…</source>
        <translation>요약을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="204"/>
        <source>The summary did not finish.</source>
        <translation>요약을 끝내지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="206"/>
        <source>Summary ready</source>
        <translation>요약 완료</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="221"/>
        <source>Summary copied</source>
        <translation>요약을 복사했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="234"/>
        <source>Export summary</source>
        <translation>요약 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="234"/>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>마크다운 (*.md);;텍스트 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="240"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>TranscriptTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="148"/>
        <source>Segment saved</source>
        <translation>구간을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="212"/>
        <source>Find in transcript</source>
        <translation>받아쓰기에서 찾기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="213"/>
        <source>Previous match (Shift+F3)</source>
        <translation>이전 결과 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="214"/>
        <source>Next match (F3)</source>
        <translation>다음 결과 (F3)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="215"/>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="216"/>
        <source>Click a line to play from there; double-click to correct it</source>
        <translation>줄을 클릭하면 그 위치부터 재생하고, 두 번 클릭하면 고칠 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="240"/>
        <source>Transcribing… the text appears here when it is done.</source>
        <translation>받아쓰는 중… 끝나면 여기에 텍스트가 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="242"/>
        <source>The transcription failed. See the Details tab, then retry from the Jobs panel.</source>
        <translation>받아쓰기에 실패했습니다. 세부 정보 탭을 확인한 뒤 작업 패널에서 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="244"/>
        <source>No speech was found in this recording.</source>
        <translation>이 녹음에서 음성을 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="246"/>
        <source>Not transcribed yet.</source>
        <translation>아직 받아쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="331"/>
        <source>no matches</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="335"/>
        <source>%1 of %2</source>
        <translation>%2개 중 %1번째</translation>
    </message>
</context>
<context>
    <name>TranslationTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="67"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="68"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="69"/>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="70"/>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="71"/>
        <source>German</source>
        <translation>독일어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="72"/>
        <source>French</source>
        <translation>프랑스어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="73"/>
        <source>Spanish</source>
        <translation>스페인어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="82"/>
        <source>&amp;Translate transcript</source>
        <translation>전사 번역(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="83"/>
        <source>Translate &amp;minutes</source>
        <translation>회의록 번역(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="84"/>
        <source>Export bilingual subtitles…</source>
        <translation>이중 언어 자막 내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="85"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="85"/>
        <source>Original</source>
        <translation>원문</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="85"/>
        <source>Translation</source>
        <translation>번역</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="123"/>
        <source>Translating…</source>
        <translation>번역하는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="126"/>
        <source>No translation yet. The LLM translates segment by segment; every timestamp is kept.</source>
        <translation>아직 번역이 없습니다. LLM이 구간마다 번역하며 모든 타임스탬프가 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="129"/>
        <source>%n segment(s) translated.</source>
        <translation>
            <numerusform>구간 %n개를 번역했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="161"/>
        <source>%n segment(s) translated</source>
        <translation>
            <numerusform>구간 %n개를 번역했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="168"/>
        <source>Translated minutes saved as version %1</source>
        <translation>번역한 회의록을 버전 %1로 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="184"/>
        <source>Export bilingual subtitles</source>
        <translation>이중 언어 자막 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="195"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="33"/>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="36"/>
        <source>The trash is empty.</source>
        <translation>휴지통이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="37"/>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="38"/>
        <source>&amp;Delete for good…</source>
        <translation>영구 삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="82"/>
        <source>Restored</source>
        <translation>복원했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="93"/>
        <source>Delete for good</source>
        <translation>영구 삭제</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/trash_dialog.py" line="95"/>
        <source>Delete %n recording(s) and their files for good? This cannot be undone.</source>
        <translation>
            <numerusform>녹음 %n개와 그 파일을 영구 삭제할까요? 되돌릴 수 없습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../app/recordroute/gui/tray.py" line="22"/>
        <source>&amp;Show RecordRoute</source>
        <translation>RecordRoute 보기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/tray.py" line="23"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ViewerPane</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="81"/>
        <source>&amp;Summary</source>
        <translation>요약(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="82"/>
        <source>&amp;Transcript</source>
        <translation>받아쓰기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="83"/>
        <source>&amp;Details</source>
        <translation>세부 정보(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="84"/>
        <source>Si&amp;milar</source>
        <translation>비슷한 녹음(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="85"/>
        <source>&amp;Corrections</source>
        <translation>교정(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="86"/>
        <source>Trans&amp;lation</source>
        <translation>번역(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="180"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n쪽</numerusform>
        </translation>
    </message>
</context>
</TS>
