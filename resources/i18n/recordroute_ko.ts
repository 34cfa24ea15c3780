<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CorrectionTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="38"/>
        <source>Run &amp;correction</source>
        <translation>교정 실행(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="39"/>
        <source>Export original…</source>
        <translation>원본 내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="40"/>
        <source>Export corrected…</source>
        <translation>교정본 내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="41"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="41"/>
        <source>Original</source>
        <translation>원본</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="41"/>
        <source>Corrected</source>
        <translation>교정본</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="60"/>
        <source>Correcting the transcript…</source>
        <translation>전사본을 교정하는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="64"/>
        <source>No corrections yet. The LLM fixes obvious recognition errors; the original transcript is never changed.</source>
        <translation>아직 교정 내용이 없습니다. LLM이 명백한 인식 오류를 고치며, 원본 전사본은 바뀌지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="69"/>
        <source>%n segment(s) corrected.</source>
        <translation>
            <numerusform>%n개 구간을 교정했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="77"/>
        <source>%n segment(s) corrected</source>
        <translation>
            <numerusform>%n개 구간 교정됨</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="87"/>
        <source>Export transcript</source>
        <translation>전사본 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/correction_tab.py" line="94"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="66"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n쪽</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="69"/>
        <source>Original file</source>
        <translation>원본 파일</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="70"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="71"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="72"/>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="73"/>
        <source>Recorded</source>
        <translation>녹음 일시</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="74"/>
        <source>Imported</source>
        <translation>가져온 일시</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="75"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="76"/>
        <source>Text encoding</source>
        <translation>텍스트 인코딩</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="77"/>
        <source>Speech model</source>
        <translation>음성 인식 모델</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="78"/>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="79"/>
        <source>Stored at</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="80"/>
        <source>Content hash</source>
        <translation>내용 해시</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="86"/>
        <source>Summary model</source>
        <translation>요약 모델</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="104"/>
        <source>Stages</source>
        <translation>처리 단계</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="112"/>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="113"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="114"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="115"/>
        <source>Time</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="116"/>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="130"/>
        <source>No jobs recorded.</source>
        <translation>기록된 작업이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/details_tab.py" line="137"/>
        <source>Event log (technical details, as recorded)</source>
        <translation>이벤트 기록(기술 정보, 기록된 그대로)</translation>
    </message>
</context>
<context>
    <name>DownloadBar</name>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="54"/>
        <source>copying</source>
        <translation>복사하는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="55"/>
        <source>checking SHA-256 sums</source>
        <translation>SHA-256 체크섬 확인하는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="56"/>
        <source>loading the model</source>
        <translation>모델을 불러오는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="57"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="73"/>
        <source>%1 left</source>
        <translation>%1 남음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="89"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="130"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <location filename="../../app/recordroute/gui/drop_overlay.py" line="32"/>
        <source>Drop to add to the library</source>
        <translation>놓으면 라이브러리에 추가합니다</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="75"/>
        <source>Drop recordings, videos, PDFs or text files here</source>
        <translation>녹음, 동영상, PDF, 텍스트 파일을 여기에 끌어다 놓으세요</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="78"/>
        <source>Folders are added with everything inside. Ctrl+V pastes copied files or paths. Everything is processed on this computer.</source>
        <translation>폴더를 놓으면 안의 파일이 모두 추가됩니다. Ctrl+V로 복사한 파일이나 경로를 붙여 넣을 수 있습니다. 모든 처리는 이 컴퓨터에서 이루어집니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="82"/>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="83"/>
        <source>Add folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/drop_zone.py" line="84"/>
        <source>Record…</source>
        <translation>녹음…</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/recordroute/gui/error_text.py" line="40"/>
        <source>Download model…</source>
        <translation>모델 다운로드…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/error_text.py" line="41"/>
        <source>Open settings…</source>
        <translation>설정 열기…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/error_text.py" line="42"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/error_text.py" line="43"/>
        <source>Choose another folder…</source>
        <translation>다른 폴더 고르기…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="31"/>
        <location filename="../../app/recordroute/gui/first_run.py" line="32"/>
        <source>Welcome to RecordRoute</source>
        <translation>RecordRoute에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="41"/>
        <source>Recordings, videos, PDFs and notes you add are copied into your library folder:</source>
        <translation>추가한 녹음, 동영상, PDF, 메모는 라이브러리 폴더에 복사됩니다:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="43"/>
        <source>Speech is transcribed on this computer with Whisper. Nothing is uploaded.</source>
        <translation>음성은 이 컴퓨터에서 Whisper로 받아 적습니다. 아무것도 업로드되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="45"/>
        <source>Summaries use a local language model (Ollama) when one is running; otherwise a simple extractive summary is made.</source>
        <translation>요약에는 실행 중인 로컬 언어 모델(Ollama)을 사용합니다. 없으면 간단한 발췌 요약을 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="48"/>
        <source>Search works by keyword, and by meaning with a small local embedding model.</source>
        <translation>검색은 키워드로, 그리고 작은 로컬 임베딩 모델로 의미 기반으로도 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="49"/>
        <source>The optional local API listens on 127.0.0.1 only and needs a token.</source>
        <translation>선택 사항인 로컬 API는 127.0.0.1에서만 동작하며 토큰이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="54"/>
        <source>Looking for models…</source>
        <translation>모델을 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="56"/>
        <source>&amp;Get started</source>
        <translation>시작하기(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="62"/>
        <source>Which languages do you speak in your recordings?</source>
        <translation>녹음에서 어떤 언어를 사용하시나요?</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="71"/>
        <source>Models on this computer:</source>
        <translation>이 컴퓨터에 있는 모델:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="97"/>
        <source>Speech</source>
        <translation>음성 인식</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="98"/>
        <source>Search (embeddings)</source>
        <translation>검색(임베딩)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="99"/>
        <source>Speakers</source>
        <translation>화자</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="111"/>
        <source>No models were found. Install them with: pip install recordroute[models]</source>
        <translation>모델을 찾지 못했습니다. 다음 명령으로 설치하세요: pip install recordroute[models]</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/first_run.py" line="122"/>
        <source>%1 dimensions</source>
        <translation>%1차원</translation>
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
        <location filename="../../app/recordroute/gui/status_icons.py" line="58"/>
        <source>not done</source>
        <translation>아직 안 함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="59"/>
        <source>pending</source>
        <translation>대기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="60"/>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="61"/>
        <source>running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="62"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="63"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="64"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="65"/>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="66"/>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="67"/>
        <source>out of date</source>
        <translation>다시 색인 필요</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="68"/>
        <source>in another language</source>
        <translation>다른 언어로 작성됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="60"/>
        <source>Audio</source>
        <translation>오디오</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="61"/>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="62"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="63"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="70"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="71"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="72"/>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="73"/>
        <source>Lang.</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="75"/>
        <source>Transcript</source>
        <translation>받아쓰기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="76"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="77"/>
        <source>Index</source>
        <translation>색인</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="78"/>
        <source>Speakers</source>
        <translation>화자</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_model.py" line="248"/>
        <source>Status (View → Status legend explains the icons)</source>
        <translation>상태(보기 → 상태 아이콘 설명에서 아이콘의 뜻을 볼 수 있습니다)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/history_model.py" line="313"/>
        <source>%n p.</source>
        <translation>
            <numerusform>%n쪽</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="32"/>
        <source>Move “%1” to the trash</source>
        <translation>“%1”을(를) 휴지통으로 이동</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="136"/>
        <source>Filter by title or file name</source>
        <translation>제목이나 파일 이름으로 거르기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="137"/>
        <source>Enter or double-click opens; F2 renames; Delete moves to the trash</source>
        <translation>Enter나 두 번 클릭으로 열기, F2로 이름 바꾸기, Delete로 휴지통으로 이동</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="146"/>
        <source>Nothing matches the filter.</source>
        <translation>조건에 맞는 항목이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="148"/>
        <source>No recordings yet.
Drop files above, press Ctrl+O, or record.</source>
        <translation>아직 녹음이 없습니다.
위에 파일을 끌어다 놓거나 Ctrl+O를 누르거나 녹음하세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="194"/>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="195"/>
        <source>&amp;Rename</source>
        <translation>이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/history_view.py" line="196"/>
        <source>Move to &amp;trash</source>
        <translation>휴지통으로 이동(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/import_options.py" line="22"/>
        <source>Import options</source>
        <translation>가져오기 옵션</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/import_options.py" line="23"/>
        <source>How to process the %n file(s) being added.</source>
        <translation>
            <numerusform>추가하는 파일 %n개를 처리할 방법입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/import_options.py" line="39"/>
        <source>Find &amp;speakers (who said what)</source>
        <translation>화자 찾기(누가 무엇을 말했는지)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/import_options.py" line="41"/>
        <source>&amp;Remember as the defaults for every import</source>
        <translation>이후 모든 가져오기의 기본값으로 기억(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/import_options.py" line="42"/>
        <source>Audio &amp;language:</source>
        <translation>오디오 언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/import_options.py" line="43"/>
        <source>Speech &amp;model:</source>
        <translation>음성 인식 모델(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/import_options.py" line="44"/>
        <source>Minutes &amp;template:</source>
        <translation>회의록 템플릿(&amp;T):</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="137"/>
        <source>Move up in the queue</source>
        <translation>대기열에서 위로</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="138"/>
        <source>Move down in the queue</source>
        <translation>대기열에서 아래로</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="139"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="140"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="141"/>
        <source>Download model…</source>
        <translation>모델 다운로드…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="142"/>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="165"/>
        <source>%1 left</source>
        <translation>%1 남음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="187"/>
        <source>Interrupted when the app closed; Retry resumes it.</source>
        <translation>앱이 닫힐 때 중단되었습니다. 다시 시도를 누르면 이어서 처리합니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="210"/>
        <source>Job details</source>
        <translation>작업 세부 정보</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="25"/>
        <source>Meeting minutes</source>
        <translation>회의록</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="26"/>
        <source>Meeting minutes — topics, key points, decisions, action items, risks, next steps</source>
        <translation>회의록 — 주제, 요점, 결정 사항, 실행 항목, 위험 요소, 다음 단계</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="31"/>
        <source>Interview notes</source>
        <translation>인터뷰 노트</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="32"/>
        <source>Interview notes — topics, key answers, facts and figures, quotes, follow-ups, next steps</source>
        <translation>인터뷰 노트 — 주제, 주요 답변, 사실과 수치, 인용, 후속 질문, 다음 단계</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="38"/>
        <source>Lecture notes</source>
        <translation>강의 노트</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="39"/>
        <source>Lecture notes — topics, key concepts, examples, questions, assignments, next session</source>
        <translation>강의 노트 — 주제, 핵심 개념, 예시, 질문, 과제, 다음 시간</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="45"/>
        <source>Stand-up notes</source>
        <translation>스탠드업 노트</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="46"/>
        <source>Stand-up notes — attendees&apos; updates, done, in progress, blockers, action items, next stand-up</source>
        <translation>스탠드업 노트 — 참석자별 진행 상황, 완료, 진행 중, 막힌 일, 실행 항목, 다음 스탠드업</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="65"/>
        <source>fastest; rough, many errors outside English</source>
        <translation>가장 빠름. 거칠고 영어 외에는 오류가 많음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="66"/>
        <source>fastest English-only; fine for clear speech</source>
        <translation>가장 빠른 영어 전용. 또렷한 말에는 충분함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="67"/>
        <source>fast; usable drafts, weak on Korean names and numbers</source>
        <translation>빠름. 초안으로 쓸 만하지만 한국어 이름과 숫자에 약함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="68"/>
        <source>fast English-only; better than tiny.en</source>
        <translation>빠른 영어 전용. tiny.en보다 나음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="69"/>
        <source>about 3x slower than base; the smallest size good for Korean</source>
        <translation>base보다 약 3배 느림. 한국어에 쓸 만한 가장 작은 크기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="70"/>
        <source>slow on CPU; clearly better Korean and accents</source>
        <translation>CPU에서 느림. 한국어와 억양에 확실히 더 나음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="71"/>
        <source>best quality; needs a GPU or patience (about 10x base on CPU)</source>
        <translation>최고 품질. GPU나 인내가 필요함(CPU에서 base의 약 10배)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="72"/>
        <source>near large-v3 quality at about half its time; best CPU choice for Korean</source>
        <translation>large-v3에 가까운 품질을 약 절반 시간에. 한국어에는 CPU에서 가장 좋은 선택</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="75"/>
        <source>fast distilled large-v3; English only in practice</source>
        <translation>빠른 경량화 large-v3. 사실상 영어 전용</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="76"/>
        <source>bundled; fast, English only</source>
        <translation>기본 포함. 빠르지만 영어 전용</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="77"/>
        <source>good Korean and English semantic search; 384 dimensions</source>
        <translation>한국어와 영어 의미 검색에 좋음. 384차원</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="80"/>
        <source>fast multilingual; a bit weaker than e5-small</source>
        <translation>빠른 다국어 모델. e5-small보다 조금 약함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="84"/>
        <source>bundled; works out of the box, weaker on noisy and phone audio</source>
        <translation>기본 포함; 바로 쓸 수 있지만 잡음이 많거나 전화 음질에서는 약함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="85"/>
        <source>WeSpeaker ResNet34, trained on English speech; not measured here</source>
        <translation>WeSpeaker ResNet34, 영어 음성으로 학습; 여기서는 측정하지 않음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="88"/>
        <source>3D-Speaker CAM++, trained on English speech; not measured here</source>
        <translation>3D-Speaker CAM++, 영어 음성으로 학습; 여기서는 측정하지 않음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="91"/>
        <source>3D-Speaker CAM++: the best measured here, tells voices apart better on noisy and phone audio; trained on Chinese and English speech</source>
        <translation>3D-Speaker CAM++: 여기서 측정한 것 중 최고, 잡음이 많거나 전화 음질에서도 목소리를 더 잘 구분; 중국어·영어 음성으로 학습</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="95"/>
        <source>3D-Speaker ERes2Net, trained on Mandarin speech, works across languages; not measured here</source>
        <translation>3D-Speaker ERes2Net, 중국어 음성으로 학습, 다른 언어에도 동작; 여기서는 측정하지 않음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="108"/>
        <source>bundled</source>
        <translation>기본 포함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="112"/>
        <source>downloaded</source>
        <translation>다운로드함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="113"/>
        <source>imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="114"/>
        <source>project folder</source>
        <translation>프로젝트 폴더</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="115"/>
        <source>model folder</source>
        <translation>모델 폴더</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="116"/>
        <source>your folder</source>
        <translation>내 폴더</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="117"/>
        <source>Hugging Face cache</source>
        <translation>Hugging Face 캐시</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="118"/>
        <source>present</source>
        <translation>있음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="133"/>
        <source>multilingual (%1 languages)</source>
        <translation>다국어(%1개 언어)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="135"/>
        <source>English only</source>
        <translation>영어 전용</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="136"/>
        <source>multilingual</source>
        <translation>다국어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="144"/>
        <source>EXAONE: trained for Korean and English</source>
        <translation>EXAONE: 한국어와 영어로 학습</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="145"/>
        <source>Qwen 3: strong multilingual, good Korean</source>
        <translation>Qwen 3: 다국어에 강하고 한국어가 좋음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="146"/>
        <source>Qwen 2.5: strong multilingual, good Korean</source>
        <translation>Qwen 2.5: 다국어에 강하고 한국어가 좋음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="147"/>
        <source>Qwen 2: multilingual</source>
        <translation>Qwen 2: 다국어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="148"/>
        <source>Gemma 3: multilingual, good Korean</source>
        <translation>Gemma 3: 다국어, 한국어가 좋음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="149"/>
        <source>Gemma 2: multilingual</source>
        <translation>Gemma 2: 다국어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="150"/>
        <source>Aya: multilingual (23 languages incl. Korean)</source>
        <translation>Aya: 다국어(한국어 포함 23개 언어)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="151"/>
        <source>Llama 3.3: usable Korean</source>
        <translation>Llama 3.3: 한국어 쓸 만함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="152"/>
        <source>Llama 3.2: usable Korean</source>
        <translation>Llama 3.2: 한국어 쓸 만함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="153"/>
        <source>Llama 3.1: usable Korean</source>
        <translation>Llama 3.1: 한국어 쓸 만함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="154"/>
        <source>Llama 3: mostly English</source>
        <translation>Llama 3: 주로 영어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="155"/>
        <source>Mistral: mostly English and European languages</source>
        <translation>Mistral: 주로 영어와 유럽 언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="156"/>
        <source>Phi: English</source>
        <translation>Phi: 영어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="157"/>
        <source>an embedding model, not a chat model</source>
        <translation>임베딩 모델이며 대화 모델이 아님</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="158"/>
        <source>family not known to handle Korean well</source>
        <translation>한국어를 잘 다루는지 알려지지 않은 계열</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="170"/>
        <source>%1B parameters</source>
        <translation>매개변수 %1B</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="172"/>
        <source>%1 tokens of context</source>
        <translation>컨텍스트 %1토큰</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="187"/>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="188"/>
        <location filename="../../app/recordroute/gui/labels.py" line="190"/>
        <source>Basic (no model)</source>
        <translation>기본 (모델 없음)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="189"/>
        <source>Neural (speaker model)</source>
        <translation>신경망 (화자 모델)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="205"/>
        <source>Transcribe</source>
        <translation>받아쓰기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/labels.py" line="206"/>
        <source>Translate into English</source>
        <translation>영어로 번역</translation>
    </message>
</context>
<context>
    <name>LanguagesField</name>
    <message>
        <location filename="../../app/recordroute/gui/languages_field.py" line="17"/>
        <source>any language</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/languages_field.py" line="20"/>
        <source>Language codes you speak, e.g. ko, en. Detection picks the most likely of these; leave empty to allow any language.</source>
        <translation>녹음에서 쓰는 언어 코드(예: ko, en). 자동 감지는 이 가운데 가장 가능성이 높은 언어를 고릅니다. 비워 두면 모든 언어를 허용합니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/languages_field.py" line="25"/>
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
        <location filename="../../app/recordroute/gui/live_sync.py" line="88"/>
        <source>You edited a vault note; the new version is beside it: %1</source>
        <translation>볼트 노트를 직접 수정하셨기 때문에 새 버전을 옆에 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/live_sync.py" line="92"/>
        <source>The vault could not be updated: %1</source>
        <translation>볼트를 갱신하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>LlmContextRow</name>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="25"/>
        <source> tokens</source>
        <translation> 토큰</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="27"/>
        <source>Check ser&amp;ver</source>
        <translation>서버 확인(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="28"/>
        <source>Ask the LLM server for the model&apos;s real context size</source>
        <translation>LLM 서버에 모델의 실제 컨텍스트 크기를 묻습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="45"/>
        <source>Asking the server…</source>
        <translation>서버에 묻는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="54"/>
        <source>No LLM is in use (extractive minutes): there is no context to check.</source>
        <translation>LLM을 쓰지 않습니다(추출식 회의록). 확인할 컨텍스트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="59"/>
        <source>Context: %1</source>
        <translation>컨텍스트: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_context_row.py" line="63"/>
        <source>The check failed: %1</source>
        <translation>확인하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>LlmIndicator</name>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="32"/>
        <source>The LLM server</source>
        <translation>LLM 서버</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="38"/>
        <source>%1 at %2 · %3</source>
        <translation>%1(%2) · %3</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="41"/>
        <source>%1-token context</source>
        <translation>컨텍스트 %1 토큰</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="44"/>
        <source>No LLM: minutes are extractive (quoted from the transcript)</source>
        <translation>LLM 없음: 회의록은 추출식입니다(전사본에서 인용)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="46"/>
        <source>%1 at %2 does not have the model %3</source>
        <translation>%1(%2)에 %3 모델이 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="51"/>
        <source>%1 at %2 does not answer</source>
        <translation>%1(%2)이(가) 응답하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="54"/>
        <source>; minutes will be extractive until it does</source>
        <translation>. 응답할 때까지 회의록은 추출식으로 만듭니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="172"/>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="173"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="174"/>
        <source>Download model…</source>
        <translation>모델 다운로드…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/llm_indicator.py" line="180"/>
        <source>Checking the LLM server…</source>
        <translation>LLM 서버를 확인하는 중…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="168"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="169"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="170"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="171"/>
        <source>T&amp;heme</source>
        <translation>테마(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="172"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="173"/>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="174"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="176"/>
        <source>&amp;Add files…</source>
        <translation>파일 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="177"/>
        <source>Add &amp;folder…</source>
        <translation>폴더 추가(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="178"/>
        <source>&amp;Record…</source>
        <translation>녹음(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="179"/>
        <source>&amp;Export transcript…</source>
        <translation>받아쓰기 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="180"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="182"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="183"/>
        <source>Re&amp;do</source>
        <translation>다시 실행(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="184"/>
        <source>&amp;Paste files</source>
        <translation>파일 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="185"/>
        <source>Re&amp;name</source>
        <translation>이름 바꾸기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="186"/>
        <source>Move to &amp;trash</source>
        <translation>휴지통으로 이동(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="187"/>
        <source>&amp;Find in transcript</source>
        <translation>받아쓰기에서 찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="188"/>
        <source>Find ne&amp;xt</source>
        <translation>다음 찾기(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="189"/>
        <source>Find pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="190"/>
        <source>Fi&amp;lter history</source>
        <translation>기록 거르기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="191"/>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="192"/>
        <source>&amp;Jobs panel</source>
        <translation>작업 패널(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="193"/>
        <source>S&amp;ummary</source>
        <translation>요약(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="194"/>
        <source>&amp;Transcript</source>
        <translation>받아쓰기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="195"/>
        <source>&amp;Details</source>
        <translation>세부 정보(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="196"/>
        <source>&amp;Play / pause</source>
        <translation>재생/일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="197"/>
        <source>&amp;Back 5 seconds</source>
        <translation>5초 뒤로(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="198"/>
        <source>&amp;Forward 5 seconds</source>
        <translation>5초 앞으로(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="199"/>
        <source>&amp;Welcome screen</source>
        <translation>시작 화면(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="200"/>
        <source>&amp;About RecordRoute</source>
        <translation>RecordRoute 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="204"/>
        <source>&amp;Back up…</source>
        <translation>백업(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="205"/>
        <source>Res&amp;tore backup…</source>
        <translation>백업 복원(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="206"/>
        <source>T&amp;rash…</source>
        <translation>휴지통(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="207"/>
        <source>Status le&amp;gend</source>
        <translation>상태 아이콘 설명(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="208"/>
        <source>&amp;Models…</source>
        <translation>모델(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="209"/>
        <source>Add files &amp;with options…</source>
        <translation>옵션을 정해 파일 추가(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="210"/>
        <source>Write the &amp;vault for the whole library</source>
        <translation>라이브러리 전체를 볼트에 쓰기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="211"/>
        <source>Re&amp;cover unfinished recordings…</source>
        <translation>끝나지 않은 녹음 복구(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="217"/>
        <location filename="../../app/recordroute/gui/actions.py" line="223"/>
        <source>Follow the &amp;system</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="218"/>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/actions.py" line="219"/>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="244"/>
        <source>RecordRoute</source>
        <translation>RecordRoute</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="246"/>
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="249"/>
        <source>Select a recording to see its transcript, summary and details.

Ctrl+O adds files · Ctrl+K searches · Ctrl+R records</source>
        <translation>녹음을 선택하면 받아쓰기, 요약, 세부 정보를 볼 수 있습니다.

Ctrl+O 파일 추가 · Ctrl+K 검색 · Ctrl+R 녹음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="253"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_drop.py" line="55"/>
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>파일 %n개를 확인하는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_drop.py" line="74"/>
        <source>Added %n file(s) to the queue</source>
        <translation>
            <numerusform>파일 %n개를 대기열에 추가했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_drop.py" line="81"/>
        <source>%1 is already in the library as “%2”.</source>
        <translation>%1은(는) 이미 라이브러리에 “%2”(으)로 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_drop.py" line="87"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_drop.py" line="92"/>
        <source>No files found</source>
        <translation>파일을 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_drop.py" line="113"/>
        <source>The clipboard holds no files or file paths</source>
        <translation>클립보드에 파일이나 파일 경로가 없습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="76"/>
        <source>Add files</source>
        <translation>파일 추가</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="80"/>
        <source>Recordings, videos, PDFs and text (%1)</source>
        <translation>녹음, 동영상, PDF, 텍스트 (%1)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="83"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="108"/>
        <source>Add a folder</source>
        <translation>폴더 추가</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/main_window.py" line="361"/>
        <source>Settings saved</source>
        <translation>설정을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="163"/>
        <source>About RecordRoute</source>
        <translation>RecordRoute 정보</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="164"/>
        <source>RecordRoute %1
Local-first transcripts, minutes and search.

Data folder: %2</source>
        <translation>RecordRoute %1
내 컴퓨터에서 하는 받아쓰기, 회의록, 검색.

데이터 폴더: %2</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="175"/>
        <source>Open a recording first</source>
        <translation>먼저 녹음을 여세요</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="177"/>
        <source>Export transcript</source>
        <translation>받아쓰기 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="188"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="196"/>
        <source>Markdown vault</source>
        <translation>마크다운 볼트</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="203"/>
        <source>Writing the vault…</source>
        <translation>볼트에 쓰는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="211"/>
        <source>Vault written: %1 (%n note(s))</source>
        <translation>
            <numerusform>볼트에 썼습니다: %1(노트 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="232"/>
        <source>Back up the library</source>
        <translation>라이브러리 백업</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="234"/>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="260"/>
        <source>Backup archive (*.tar.gz *.tar)</source>
        <translation>백업 아카이브 (*.tar.gz *.tar)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="243"/>
        <source>Backing up to %1…</source>
        <translation>%1에 백업하는 중…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="251"/>
        <source>Backup saved: %1 (%n recording(s))</source>
        <translation>
            <numerusform>백업 저장됨: %1 (녹음 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="258"/>
        <source>Restore a backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="267"/>
        <source>Choose an empty folder to restore into</source>
        <translation>복원할 빈 폴더를 선택하세요</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="275"/>
        <source>Restoring %1…</source>
        <translation>%1 복원 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="288"/>
        <source>Restore failed</source>
        <translation>복원 실패</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="291"/>
        <source>Restored %n recording(s) into %1.</source>
        <translation>
            <numerusform>녹음 %n개를 %1에 복원했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="302"/>
        <source>Open this library</source>
        <translation>이 라이브러리 열기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="314"/>
        <source>The data folder is set by RECORDROUTE_DATA_DIR; set it to %1 there.</source>
        <translation>데이터 폴더는 RECORDROUTE_DATA_DIR 환경 변수로 정해져 있습니다. 그 값을 %1(으)로 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="320"/>
        <source>RecordRoute opens %1 at its next start.</source>
        <translation>다음에 시작할 때 RecordRoute가 %1을(를) 엽니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="322"/>
        <source>Open a library</source>
        <translation>라이브러리 열기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="324"/>
        <source>Restart now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="298"/>
        <source>Backup restored into %1</source>
        <translation>%1에 백업을 복원했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_dialogs.py" line="300"/>
        <source>Backup restored</source>
        <translation>백업 복원됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_status.py" line="68"/>
        <source>Transcript ready</source>
        <translation>받아쓰기 완료</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_status.py" line="70"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_status.py" line="76"/>
        <source>Processing failed</source>
        <translation>처리 실패</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_status.py" line="105"/>
        <source>Moved “%1” to the trash</source>
        <translation>“%1”을(를) 휴지통으로 옮겼습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/window_status.py" line="118"/>
        <source>Restored</source>
        <translation>복원했습니다</translation>
    </message>
</context>
<context>
    <name>ModelCombo</name>
    <message>
        <location filename="../../app/recordroute/gui/model_combo.py" line="47"/>
        <source>Models on the server: %1</source>
        <translation>서버에 있는 모델: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_combo.py" line="49"/>
        <source>The server listed no models; type a name</source>
        <translation>서버가 알려 준 모델이 없습니다. 이름을 직접 입력하세요</translation>
    </message>
</context>
<context>
    <name>ModelDownloadDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="164"/>
        <source>Download a model</source>
        <translation>모델 다운로드</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="171"/>
        <source>&amp;Download</source>
        <translation>다운로드(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="193"/>
        <source>Download %1?</source>
        <translation>%1을(를) 다운로드할까요?</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_download.py" line="195"/>
        <source>Download %1 (~%2 MB)? %3</source>
        <translation>%1(약 %2 MB)을(를) 다운로드할까요? %3</translation>
    </message>
</context>
<context>
    <name>ModelOffer</name>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="150"/>
        <source>A better speech model for your languages: %1 (~%2 MB) — better for %3</source>
        <translation>사용하는 언어에 더 알맞은 음성 모델: %1(약 %2 MB) — %3에 더 좋음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="158"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="159"/>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="160"/>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="161"/>
        <source>German</source>
        <translation>독일어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="162"/>
        <source>French</source>
        <translation>프랑스어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="163"/>
        <source>Spanish</source>
        <translation>스페인어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="176"/>
        <source>%1 is ready and now used for transcription.</source>
        <translation>%1이(가) 준비되었고 이제 받아쓰기에 사용됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="172"/>
        <source>%1 is ready, but the settings could not be saved: %2</source>
        <translation>%1이(가) 준비되었지만 설정을 저장하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="47"/>
        <source>Models</source>
        <translation>모델</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="73"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="74"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="75"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="76"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="77"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="78"/>
        <source>Last verified</source>
        <translation>마지막 검증</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="79"/>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="87"/>
        <source>or a Hugging Face repository id (owner/name)</source>
        <translation>또는 Hugging Face 저장소 ID(소유자/이름)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="88"/>
        <source>&amp;Download</source>
        <translation>다운로드(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="89"/>
        <source>Import &amp;pack…</source>
        <translation>팩 가져오기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="90"/>
        <source>Import &amp;folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="91"/>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="92"/>
        <source>&amp;Verify</source>
        <translation>검증(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="93"/>
        <source>De&amp;lete…</source>
        <translation>삭제(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="94"/>
        <source>&amp;Use</source>
        <translation>사용(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="95"/>
        <source>Make this the default model of its kind</source>
        <translation>이 모델을 해당 종류의 기본 모델로 지정</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="110"/>
        <source>Cancelled; nothing was kept.</source>
        <translation>취소했습니다. 남은 파일은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="151"/>
        <source>Speech</source>
        <translation>음성</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="151"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="151"/>
        <source>Speakers</source>
        <translation>화자</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="157"/>
        <source>Present</source>
        <translation>있음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="157"/>
        <source>Not downloaded</source>
        <translation>다운로드 안 됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="166"/>
        <source>Download size</source>
        <translation>다운로드 크기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="200"/>
        <source>Diarization uses the first speaker model present, in the order listed.</source>
        <translation>화자 구분은 목록 순서대로 처음 있는 화자 모델을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="217"/>
        <location filename="../../app/recordroute/gui/models_page.py" line="222"/>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="231"/>
        <source>Choose a model in the list, or type a repository id.</source>
        <translation>목록에서 모델을 고르거나 저장소 ID를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="235"/>
        <source>%1 is already here. Download it again?</source>
        <translation>%1은(는) 이미 있습니다. 다시 다운로드할까요?</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="243"/>
        <source>Downloading %1…</source>
        <translation>%1 다운로드 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="251"/>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="263"/>
        <source>Exporting %1…</source>
        <translation>%1 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="274"/>
        <source>Verifying %1…</source>
        <translation>%1 검증 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="285"/>
        <source>%1 is ready (%2).</source>
        <translation>%1이(가) 준비되었습니다(%2).</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="290"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="296"/>
        <source>Verified: the model is intact.</source>
        <translation>검증 완료: 모델에 이상이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="310"/>
        <source>%1 cannot be deleted: %2</source>
        <translation>%1은(는) 삭제할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="315"/>
        <source>Delete %1 (%2) from this computer?</source>
        <translation>이 컴퓨터에서 %1(%2)을(를) 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="321"/>
        <source>Diarization uses this speaker model; without it, it uses the next one present.</source>
        <translation>화자 구분이 이 화자 모델을 사용합니다. 삭제하면 다음에 있는 모델을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="324"/>
        <source>It is the model in use: choose another one before transcribing again.</source>
        <translation>지금 사용 중인 모델입니다. 다시 받아쓰기 전에 다른 모델을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="339"/>
        <source>Deleted %1.</source>
        <translation>%1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="352"/>
        <source>%1 is now the default.</source>
        <translation>이제 %1이(가) 기본 모델입니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="358"/>
        <source>Model packs (*.tar *.tar.gz *.tgz *.zip)</source>
        <translation>모델 팩 (*.tar *.tar.gz *.tgz *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="361"/>
        <source>Import a model pack</source>
        <translation>모델 팩 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="366"/>
        <source>Import a model folder</source>
        <translation>모델 폴더 가져오기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/models_page.py" line="376"/>
        <source>Export a model pack</source>
        <translation>모델 팩 내보내기</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="52"/>
        <source>My notes</source>
        <translation>내 메모</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="53"/>
        <source>Save notes</source>
        <translation>메모 저장</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="56"/>
        <source>Your notes: one per line. [12:30] ties a line to a moment; # starts a heading. The minutes follow them.</source>
        <translation>메모를 한 줄에 하나씩 적습니다. [12:30]은 그 줄을 녹음의 한 시점에 묶고, #은 제목을 시작합니다. 회의록이 메모를 따릅니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/notes_panel.py" line="78"/>
        <source>%n note(s) saved</source>
        <translation>
            <numerusform>메모 %n개를 저장했습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <location filename="../../app/recordroute/gui/notices.py" line="58"/>
        <source>Some files were not added</source>
        <translation>추가하지 않은 파일이 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/notices.py" line="59"/>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/notices.py" line="99"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…외 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferRow</name>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="44"/>
        <source>&amp;Download</source>
        <translation>다운로드(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="46"/>
        <source>Don&apos;t suggest again</source>
        <translation>다시 제안하지 않기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="102"/>
        <source>Downloading %1…</source>
        <translation>%1 다운로드 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="127"/>
        <source>The setting could not be saved: %1</source>
        <translation>설정을 저장하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>OllamaModelsBox</name>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="39"/>
        <source>Ollama models (summaries)</source>
        <translation>Ollama 모델(요약)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="43"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="44"/>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="45"/>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="46"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="47"/>
        <source>Suits minutes</source>
        <translation>회의록 적합도</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="55"/>
        <source>model to pull, e.g. qwen2.5:7b-instruct</source>
        <translation>받을 모델, 예: qwen2.5:7b-instruct</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="56"/>
        <source>P&amp;ull</source>
        <translation>받기(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="57"/>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="85"/>
        <source>Pulled.</source>
        <translation>받았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="65"/>
        <source>Pull cancelled.</source>
        <translation>받기를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="113"/>
        <source>Recommended for Korean and English minutes: %1 (%2)</source>
        <translation>한국어·영어 회의록에 추천: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="119"/>
        <source>None of these models suits minutes well; pull e.g. qwen2.5:7b-instruct.</source>
        <translation>회의록에 잘 맞는 모델이 없습니다. 예를 들어 qwen2.5:7b-instruct를 받으세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="127"/>
        <source>Pulling %1…</source>
        <translation>%1 받는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="132"/>
        <source>Ollama models</source>
        <translation>Ollama 모델</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/ollama_models.py" line="140"/>
        <source>Delete %1 from Ollama?</source>
        <translation>Ollama에서 %1을(를) 삭제할까요?</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="52"/>
        <source>Play / pause (Ctrl+P, or Space in the transcript)</source>
        <translation>재생/일시 정지 (Ctrl+P, 받아쓰기에서는 Space)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="72"/>
        <source>Playback is unavailable: %1</source>
        <translation>재생할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="186"/>
        <source>Playback failed: %1</source>
        <translation>재생 실패: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="186"/>
        <source>unknown error</source>
        <translation>알 수 없는 오류</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/player.py" line="191"/>
        <source>Cannot play here</source>
        <translation>여기서는 재생할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="40"/>
        <source>Importing</source>
        <translation>가져오는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="41"/>
        <source>Decoding</source>
        <translation>디코딩 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="42"/>
        <source>Transcribing</source>
        <translation>받아쓰는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="43"/>
        <source>Summarizing</source>
        <translation>요약하는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="44"/>
        <source>Finding speakers</source>
        <translation>화자 찾는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="45"/>
        <source>Indexing</source>
        <translation>색인하는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="52"/>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="53"/>
        <source>Running</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="54"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="55"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="56"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="57"/>
        <source>Interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="275"/>
        <source>Clear finished</source>
        <translation>끝난 작업 지우기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/queue_panel.py" line="342"/>
        <source>No jobs. Added files are processed here, one at a time.</source>
        <translation>작업이 없습니다. 추가한 파일은 여기에서 하나씩 처리됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="344"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n개 진행 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="344"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n개 대기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/queue_panel.py" line="346"/>
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
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="83"/>
        <source>No recipes found.</source>
        <translation>레시피가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="89"/>
        <source>Running %1…</source>
        <translation>%1 실행 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="92"/>
        <source>Version %1 · %2</source>
        <translation>버전 %1 · %2</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recipe_dialog.py" line="95"/>
        <source>Not run on this recording yet.</source>
        <translation>이 녹음에서 아직 실행하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="84"/>
        <source>Record</source>
        <translation>녹음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="110"/>
        <source>Microphone</source>
        <translation>마이크</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="111"/>
        <source>System audio (what the speakers play)</source>
        <translation>시스템 오디오(스피커에서 나오는 소리)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="112"/>
        <source>Meeting: microphone and system audio</source>
        <translation>회의: 마이크와 시스템 오디오</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="126"/>
        <source>Show &amp;live captions while recording</source>
        <translation>녹음 중 실시간 자막 표시(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="129"/>
        <source>Each caption gets a translation line (%1)</source>
        <translation>자막마다 번역 줄이 붙습니다(%1)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="137"/>
        <source>Live captions appear here; the full transcript replaces them.</source>
        <translation>실시간 자막이 여기에 표시됩니다. 전체 전사가 끝나면 대체됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="148"/>
        <source>Type a note and press Enter; it is stamped with the recording time (# for a heading)</source>
        <translation>메모를 입력하고 Enter를 누르면 녹음 시각이 붙습니다(#은 제목)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="161"/>
        <source>&amp;Record</source>
        <translation>녹음(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="162"/>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="314"/>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="163"/>
        <source>&amp;Stop and add</source>
        <translation>정지 후 추가(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="164"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="186"/>
        <source>&amp;Source:</source>
        <translation>소스(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="187"/>
        <source>&amp;Input device:</source>
        <translation>입력 장치(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="188"/>
        <source>&amp;Output to record:</source>
        <translation>녹음할 출력(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="189"/>
        <source>Level:</source>
        <translation>레벨:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="190"/>
        <source>Others:</source>
        <translation>상대방:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="191"/>
        <source>Length:</source>
        <translation>길이:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="211"/>
        <source>No input device found</source>
        <translation>입력 장치 없음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="212"/>
        <source>Default output</source>
        <translation>기본 출력</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="224"/>
        <source>No microphone was found. Connect one (or allow microphone access in the system settings), then reopen this window.</source>
        <translation>마이크를 찾지 못했습니다. 마이크를 연결하거나 시스템 설정에서 마이크 접근을 허용한 뒤 이 창을 다시 여세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="248"/>
        <source>Recording to %1</source>
        <translation>%1에 녹음하는 중</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="276"/>
        <source>Saved %1; it was added to the queue.</source>
        <translation>%1을(를) 저장하고 대기열에 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="280"/>
        <source>
(Live preview. The full transcript replaces it once the recording is processed.)</source>
        <translation>
(실시간 미리보기입니다. 녹음 처리가 끝나면 전체 전사로 대체됩니다.)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/record_dialog.py" line="314"/>
        <source>&amp;Resume</source>
        <translation>계속(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RecordingActions</name>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="58"/>
        <source>Transcribe &amp;again…</source>
        <translation>다시 받아쓰기(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="59"/>
        <source>Find &amp;speakers again…</source>
        <translation>화자 다시 찾기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="60"/>
        <source>Save a &amp;voice profile…</source>
        <translation>목소리 프로필 저장(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="61"/>
        <source>Re&amp;generate minutes…</source>
        <translation>회의록 다시 만들기(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="62"/>
        <source>Rein&amp;dex for search</source>
        <translation>검색 색인 다시 만들기(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="63"/>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="64"/>
        <source>Show the &amp;original file</source>
        <translation>원본 파일 보기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="81"/>
        <source>Transcribing again…</source>
        <translation>다시 받아쓰는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="91"/>
        <source>Finding speakers again…</source>
        <translation>화자를 다시 찾는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="101"/>
        <source>Name a speaker first (Details tab, Speakers).</source>
        <translation>먼저 화자 이름을 정하세요(세부 정보 탭, 화자).</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="110"/>
        <source>Saved the voice profile “%1”</source>
        <translation>목소리 프로필 “%1”을(를) 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="121"/>
        <source>Regenerating the minutes…</source>
        <translation>회의록을 다시 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="127"/>
        <source>Reindexing for search…</source>
        <translation>검색 색인을 다시 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="135"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/recording_actions.py" line="152"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
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
    <message>
        <location filename="../../app/recordroute/gui/recovery_dialog.py" line="86"/>
        <source>No unfinished recordings were found.</source>
        <translation>끝나지 않은 녹음이 없습니다.</translation>
    </message>
</context>
<context>
    <name>RedoDialogs</name>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="34"/>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="43"/>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="113"/>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="44"/>
        <source>Neural (speaker model)</source>
        <translation>신경망 (화자 모델)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="45"/>
        <source>Basic (no model)</source>
        <translation>기본 (모델 없음)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="82"/>
        <source>Transcribe again</source>
        <translation>다시 받아쓰기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="83"/>
        <source>“%1” gets a new transcript; speakers, minutes and search follow it.</source>
        <translation>“%1”의 전사본을 새로 만듭니다. 화자, 회의록, 검색도 그에 맞춰 다시 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="94"/>
        <source>Speech &amp;model:</source>
        <translation>음성 인식 모델(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="95"/>
        <source>Audio &amp;language:</source>
        <translation>오디오 언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="104"/>
        <source>Find speakers again</source>
        <translation>화자 다시 찾기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="105"/>
        <source>Who spoke when in “%1”, found again. Give the number of speakers if you know it.</source>
        <translation>“%1”에서 누가 언제 말했는지 다시 찾습니다. 화자 수를 알면 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="115"/>
        <source>Number of &amp;speakers:</source>
        <translation>화자 수(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="116"/>
        <source>&amp;Method:</source>
        <translation>방법(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="125"/>
        <source>Save a voice profile</source>
        <translation>목소리 프로필 저장</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="126"/>
        <source>The speaker&apos;s voice is kept (only in the local database) so new recordings can suggest the name.</source>
        <translation>화자의 목소리를 (이 컴퓨터의 데이터베이스에만) 보관해 새 녹음에서 이름을 제안할 수 있게 합니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="133"/>
        <source>&amp;Speaker:</source>
        <translation>화자(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="143"/>
        <source>Regenerate minutes</source>
        <translation>회의록 다시 만들기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="144"/>
        <source>New minutes for “%1”; earlier versions are kept.</source>
        <translation>“%1”의 회의록을 새로 만듭니다. 이전 버전은 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="150"/>
        <source>Same as the recording</source>
        <translation>녹음과 같은 언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="158"/>
        <source>&amp;Template:</source>
        <translation>템플릿(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="159"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="160"/>
        <source>LLM m&amp;odel:</source>
        <translation>LLM 모델(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="169"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="170"/>
        <source>Export “%1”.</source>
        <translation>“%1”을(를) 내보냅니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="176"/>
        <source>Minutes and transcript</source>
        <translation>회의록과 전사본</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="177"/>
        <source>Minutes only</source>
        <translation>회의록만</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="178"/>
        <source>Transcript only</source>
        <translation>전사본만</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="181"/>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/redo_dialogs.py" line="182"/>
        <source>&amp;Contents:</source>
        <translation>내용(&amp;C):</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../app/recordroute/gui/search_page.py" line="42"/>
        <source>Search and Ask</source>
        <translation>검색과 질문</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_page.py" line="43"/>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_page.py" line="44"/>
        <source>Back to the list of recordings (Esc)</source>
        <translation>녹음 목록으로 돌아가기(Esc)</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="154"/>
        <source>Search every transcript and document</source>
        <translation>모든 받아쓰기와 문서에서 검색</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="155"/>
        <source>M&amp;ode:</source>
        <translation>모드(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="156"/>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="158"/>
        <source>Hybrid</source>
        <translation>혼합</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="159"/>
        <source>Keyword</source>
        <translation>키워드</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="160"/>
        <source>Meaning</source>
        <translation>의미</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="163"/>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="164"/>
        <source>Audio</source>
        <translation>오디오</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="165"/>
        <source>Video</source>
        <translation>동영상</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="166"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="167"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="169"/>
        <source>Lan&amp;guage:</source>
        <translation>언어(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="170"/>
        <source>All languages</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="180"/>
        <source>Fro&amp;m</source>
        <translation>시작일(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="181"/>
        <source>&amp;Until</source>
        <translation>종료일(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="182"/>
        <source>Ask your library</source>
        <translation>라이브러리에 질문하기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="183"/>
        <source>Ask a question; the answer cites recordings</source>
        <translation>질문하면 녹음을 인용해 답합니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="184"/>
        <source>&amp;Ask</source>
        <translation>질문(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="247"/>
        <source>p. %1</source>
        <translation>%1쪽</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/search_pane.py" line="264"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>결과 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="284"/>
        <source>Thinking…</source>
        <translation>생각하는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/search_pane.py" line="304"/>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="59"/>
        <source>&amp;Transcription</source>
        <translation>받아쓰기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="60"/>
        <source>S&amp;ummaries</source>
        <translation>요약(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="61"/>
        <source>&amp;Library</source>
        <translation>라이브러리(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="62"/>
        <source>Local &amp;API</source>
        <translation>로컬 API(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="63"/>
        <source>A&amp;ppearance</source>
        <translation>모양(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="88"/>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="95"/>
        <source>Transcribe</source>
        <translation>받아쓰기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="96"/>
        <source>Translate into English</source>
        <translation>영어로 번역</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="100"/>
        <source>Names and terms the model should spell right, one per line</source>
        <translation>모델이 정확히 적어야 할 이름과 용어(한 줄에 하나씩)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="102"/>
        <source>Manage m&amp;odels…</source>
        <translation>모델 관리(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="104"/>
        <source>Download, import, verify or delete speech, search and LLM models</source>
        <translation>음성 인식, 검색, LLM 모델을 다운로드하고 가져오고 확인하고 삭제합니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="109"/>
        <source>Speech &amp;model:</source>
        <translation>음성 인식 모델(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="110"/>
        <source>Audio &amp;language:</source>
        <translation>오디오 언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="112"/>
        <source>Languages &amp;spoken:</source>
        <translation>사용 언어(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="113"/>
        <source>&amp;Task:</source>
        <translation>작업(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="114"/>
        <source>&amp;Vocabulary:</source>
        <translation>어휘(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="115"/>
        <source>Find &amp;speakers (who said what) in new recordings</source>
        <translation>새 녹음에서 화자 찾기(누가 무엇을 말했는지)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="119"/>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="150"/>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="120"/>
        <source>Neural (speaker model)</source>
        <translation>신경망 (화자 모델)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="121"/>
        <source>Basic (no model)</source>
        <translation>기본 (모델 없음)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="127"/>
        <source>Suggest a better speech model for my lan&amp;guages</source>
        <translation>내 언어에 더 알맞은 음성 모델 제안(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="130"/>
        <source>Offers a larger speech model (e.g. small, ~480 MB) when the ones here are weak on a language you speak</source>
        <translation>이 컴퓨터에 있는 음성 모델이 사용하는 언어에 약하면 더 큰 음성 모델(예: small, 약 480 MB)을 제안합니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="134"/>
        <source>Suggest a &amp;better speaker model when one would help</source>
        <translation>더 나은 화자 모델이 도움이 될 때 제안(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="136"/>
        <source>Offers 3D-Speaker CAM++ (~28 MB) while speakers are found with the built-in model</source>
        <translation>화자를 기본 제공 모델로 구분하는 동안 3D-Speaker CAM++ (~28 MB)를 제안합니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="140"/>
        <source>Spea&amp;ker method:</source>
        <translation>화자 방식(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="152"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 호환 서버</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="153"/>
        <source>Extractive (no LLM)</source>
        <translation>발췌 요약(LLM 없음)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="161"/>
        <source>only if the server asks for one</source>
        <translation>서버가 요구할 때만 입력</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="175"/>
        <source>Same as the recording</source>
        <translation>녹음과 같은 언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="180"/>
        <source>&amp;Backend:</source>
        <translation>백엔드(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="181"/>
        <source>Ollama &amp;host:</source>
        <translation>Ollama 호스트(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="182"/>
        <source>Server &amp;URL:</source>
        <translation>서버 URL(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="183"/>
        <source>Server API &amp;key:</source>
        <translation>서버 API 키(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="184"/>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="186"/>
        <source>&amp;Context size:</source>
        <translation>컨텍스트 크기(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="187"/>
        <source>&amp;Template:</source>
        <translation>템플릿(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="188"/>
        <source>&amp;Output language:</source>
        <translation>출력 언어(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="206"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="206"/>
        <source>&amp;Data folder:</source>
        <translation>데이터 폴더(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="210"/>
        <source>The database, the library of originals and new recordings live here. A new folder takes effect after a restart; existing files are not moved.</source>
        <translation>데이터베이스, 원본 라이브러리, 새 녹음이 여기에 저장됩니다. 새 폴더는 다시 시작한 뒤 적용되며 기존 파일은 옮겨지지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="221"/>
        <source>Korean semantic search needs the multilingual model: %1</source>
        <translation>한국어 의미 검색에는 다국어 모델이 필요합니다: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="227"/>
        <source>off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="230"/>
        <source>B&amp;rowse…</source>
        <translation>찾아보기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="229"/>
        <source>Markdown &amp;vault:</source>
        <translation>마크다운 볼트(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="234"/>
        <source>One note per recording (minutes and transcript), updated after every finished job. Your own text outside the generated block is kept.</source>
        <translation>녹음마다 노트 하나(회의록과 전사본)를 만들고, 작업이 끝날 때마다 갱신합니다. 생성된 블록 밖에 직접 쓴 내용은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="249"/>
        <source>Folders to watch, one per line: new recordings that land there are imported once they are completely copied</source>
        <translation>감시할 폴더(한 줄에 하나): 새 녹음 파일이 완전히 복사되면 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="253"/>
        <source>&amp;Watch folders:</source>
        <translation>감시 폴더(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="255"/>
        <source>leave imported files where they are</source>
        <translation>가져온 파일을 그 자리에 둡니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="257"/>
        <source>&amp;Move imported files to:</source>
        <translation>가져온 파일을 옮길 폴더(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="258"/>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="263"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="267"/>
        <source>A new file is taken once its size has not changed for this long (a copy in progress waits)</source>
        <translation>새 파일의 크기가 이 시간 동안 바뀌지 않으면 가져옵니다(복사 중인 파일은 기다립니다)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="270"/>
        <source>Wait before importing (&amp;settle):</source>
        <translation>가져오기 전 대기 시간(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="281"/>
        <source>Move imported files to</source>
        <translation>가져온 파일을 옮길 폴더</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="287"/>
        <source>Markdown vault</source>
        <translation>마크다운 볼트</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="294"/>
        <source>&amp;Enable the local API (127.0.0.1 only)</source>
        <translation>로컬 API 사용(&amp;E) (127.0.0.1 전용)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="301"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="303"/>
        <source>&amp;Regenerate</source>
        <translation>다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="310"/>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="311"/>
        <source>Token:</source>
        <translation>토큰:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="318"/>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="323"/>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="324"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="325"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="329"/>
        <source>&amp;Interface language:</source>
        <translation>화면 언어(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="330"/>
        <source>T&amp;heme:</source>
        <translation>테마(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="345"/>
        <source>Set by an environment variable; change it there.</source>
        <translation>환경 변수로 정해진 값입니다. 그쪽에서 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="349"/>
        <source>Data folder</source>
        <translation>데이터 폴더</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/settings_dialog.py" line="373"/>
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
        <location filename="../../app/recordroute/gui/viewer/similar_tab.py" line="75"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/similar_tab.py" line="77"/>
        <source>No similar recordings yet.</source>
        <translation>아직 비슷한 녹음이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SpeakerOffer</name>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="195"/>
        <source>Do&amp;wnload</source>
        <translation>다운로드(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="196"/>
        <source>Find speakers again…</source>
        <translation>화자 다시 찾기…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="213"/>
        <source>finds speakers with a neural model instead of the basic method</source>
        <translation>기본 방식 대신 신경망 모델로 화자를 찾습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="215"/>
        <source>tells speakers apart better on noisy and phone audio</source>
        <translation>잡음이 많은 오디오와 전화 통화에서 화자를 더 잘 구분합니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="217"/>
        <source>Speaker model: %1 (~%2 MB) — %3</source>
        <translation>화자 모델: %1 (~%2 MB) — %3</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="225"/>
        <source>These speakers were found without a speaker model.</source>
        <translation>이 화자들은 화자 모델 없이 찾았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="226"/>
        <source>These speakers were found with the built-in speaker model.</source>
        <translation>이 화자들은 기본 제공 화자 모델로 찾았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="234"/>
        <source>%1 is ready: finding speakers will use it from now on. Find speakers again to use it here.</source>
        <translation>%1 준비 완료: 이제부터 화자 찾기에 이 모델을 사용합니다. 이 녹음에 적용하려면 화자를 다시 찾으세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/model_offer.py" line="236"/>
        <source>%1 is ready: finding speakers will use it from now on.</source>
        <translation>%1 준비 완료: 이제부터 화자 찾기에 이 모델을 사용합니다.</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="181"/>
        <source>Overlapped speech: not looked for (the basic method&apos;s turn changes are too coarse)</source>
        <translation>말 겹침: 찾지 않음 (기본 방식은 화자 전환 위치가 너무 거칩니다)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="184"/>
        <source>Overlapped speech: none found</source>
        <translation>말 겹침: 찾지 못함</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="186"/>
        <source>Overlapped speech marked in the transcript: %1</source>
        <translation>녹취록에 표시한 말 겹침: %1곳</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="122"/>
        <source>Speakers (%1) — double-click a name to rename</source>
        <translation>화자 (%1) — 이름을 두 번 클릭해 바꾸기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="124"/>
        <source>Speaker</source>
        <translation>화자</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="124"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="124"/>
        <source>Talk time</source>
        <translation>발화 시간</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="124"/>
        <source>Share</source>
        <translation>비율</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="149"/>
        <source>Calendar attendees: %1</source>
        <translation>캘린더 참석자: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="153"/>
        <source>Suggested names: %1</source>
        <translation>추천 이름: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="196"/>
        <source>Rename speaker</source>
        <translation>화자 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="206"/>
        <source>Apply suggested names</source>
        <translation>추천 이름 적용</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/speakers_panel.py" line="207"/>
        <source>These voices match saved profiles:</source>
        <translation>저장된 음성 프로필과 일치하는 목소리:</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="76"/>
        <source>Everything asked for is done</source>
        <translation>요청한 처리가 모두 끝났습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="77"/>
        <source>Being processed now (with its progress)</source>
        <translation>지금 처리 중입니다(진행률 표시)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="78"/>
        <source>Waiting in the queue</source>
        <translation>대기열에서 기다리는 중입니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="79"/>
        <source>A step failed: open it to see why and retry</source>
        <translation>한 단계가 실패했습니다. 열어서 이유를 보고 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="80"/>
        <source>Interrupted (the app closed); it resumes from the queue</source>
        <translation>앱이 닫혀 중단되었습니다. 대기열에서 이어서 처리합니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="81"/>
        <source>Out of date: the search index or minutes need refreshing</source>
        <translation>오래됨: 검색 색인이나 회의록을 새로 만들어야 합니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="82"/>
        <source>Minutes came out in another language (kept aside)</source>
        <translation>회의록이 다른 언어로 나와 따로 보관했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="83"/>
        <source>Cancelled by you</source>
        <translation>사용자가 취소했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="84"/>
        <source>Not processed yet</source>
        <translation>아직 처리하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/status_icons.py" line="151"/>
        <source>Status legend</source>
        <translation>상태 아이콘 설명</translation>
    </message>
</context>
<context>
    <name>SummaryNotice</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="31"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="33"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="54"/>
        <source>The audio gave no text: no speech was recognised, so there are no minutes.</source>
        <translation>오디오에서 글자를 얻지 못했습니다. 인식된 말소리가 없어 회의록도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="57"/>
        <source>Transcribe again with…</source>
        <translation>다른 설정으로 다시 받아쓰기…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="64"/>
        <source>New minutes came out in another language than %1; they are kept aside.</source>
        <translation>새 회의록이 %1이(가) 아닌 다른 언어로 나와 따로 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="68"/>
        <source>Show them</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="69"/>
        <source>Regenerate in %1</source>
        <translation>%1로 다시 만들기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="77"/>
        <source>These minutes are extractive (quoted from the transcript): the LLM did not answer when they were made. Regenerate once it does.</source>
        <translation>이 회의록은 추출식입니다(전사본에서 인용). 만들 때 LLM이 응답하지 않았습니다. LLM이 응답하면 다시 만드세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="82"/>
        <source>Regenerate</source>
        <translation>다시 만들기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_notice.py" line="86"/>
        <source>No summary yet. Choose a template and press Regenerate.</source>
        <translation>아직 요약이 없습니다. 템플릿을 고르고 다시 만들기를 누르세요.</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="106"/>
        <source>Template:</source>
        <translation>템플릿:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="108"/>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="112"/>
        <source>Same as the recording</source>
        <translation>녹음과 같은 언어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="117"/>
        <source>&amp;Regenerate</source>
        <translation>다시 만들기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="118"/>
        <source>Recipes…</source>
        <translation>레시피…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="119"/>
        <source>Run one of your saved prompts on this recording</source>
        <translation>저장한 프롬프트 하나를 이 녹음에 실행합니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="120"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="121"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="122"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="212"/>
        <source>Generating the summary…</source>
        <translation>요약을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="251"/>
        <source>The summary did not finish.</source>
        <translation>요약을 끝내지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="255"/>
        <source>Summary ready</source>
        <translation>요약 완료</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="276"/>
        <source>The answer was not in the chosen language: it is kept aside, not shown as the minutes.</source>
        <translation>답변이 선택한 언어가 아니어서 회의록으로 표시하지 않고 따로 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="279"/>
        <source>The summary has warnings.</source>
        <translation>요약에 경고가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="296"/>
        <source>Summary copied</source>
        <translation>요약을 복사했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="309"/>
        <source>Export summary</source>
        <translation>요약 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="309"/>
        <source>Markdown (*.md);;Text (*.txt)</source>
        <translation>마크다운 (*.md);;텍스트 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/summary_tab.py" line="315"/>
        <source>Saved %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="72"/>
        <source>(overlapping speech)</source>
        <translation>(말 겹침)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="80"/>
        <source>Two people spoke at once here; each word keeps the speaker of its turn.</source>
        <translation>여기서는 두 사람이 동시에 말했습니다. 각 단어는 해당 발언 차례의 화자로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="74"/>
        <source>not recognised reliably</source>
        <translation>인식 불확실</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="114"/>
        <source>Hidden from minutes, search and exports: the speech model was not sure of this text.</source>
        <translation>음성 인식 모델이 이 문장을 확신하지 못해 회의록, 검색, 내보내기에서 숨겼습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="117"/>
        <source>Confidence: %1%</source>
        <translation>신뢰도: %1%</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="118"/>
        <source>Details: %1</source>
        <translation>자세히: %1</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="119"/>
        <source>Transcribing again with a larger model may recognise it.</source>
        <translation>더 큰 모델로 다시 전사하면 인식될 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>TranscriptTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="184"/>
        <source>Segment saved</source>
        <translation>구간을 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="251"/>
        <source>Find in transcript</source>
        <translation>받아쓰기에서 찾기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="252"/>
        <source>Previous match (Shift+F3)</source>
        <translation>이전 결과 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="253"/>
        <source>Next match (F3)</source>
        <translation>다음 결과 (F3)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="254"/>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="255"/>
        <source>Click a line to play from there; double-click to correct it</source>
        <translation>줄을 클릭하면 그 위치부터 재생하고, 두 번 클릭하면 고칠 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="274"/>
        <source>Transcribing… the text appears here when it is done.</source>
        <translation>받아쓰는 중… 끝나면 여기에 텍스트가 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="276"/>
        <source>The transcription failed. See the Details tab, then retry from the Jobs panel.</source>
        <translation>받아쓰기에 실패했습니다. 세부 정보 탭을 확인한 뒤 작업 패널에서 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="278"/>
        <source>No speech was found in this recording.</source>
        <translation>이 녹음에서 음성을 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="280"/>
        <source>Not transcribed yet.</source>
        <translation>아직 받아쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="368"/>
        <source>no matches</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/transcript_tab.py" line="372"/>
        <source>%1 of %2</source>
        <translation>%2개 중 %1번째</translation>
    </message>
</context>
<context>
    <name>TranslationTab</name>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="52"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="53"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="54"/>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="55"/>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="56"/>
        <source>German</source>
        <translation>독일어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="57"/>
        <source>French</source>
        <translation>프랑스어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="58"/>
        <source>Spanish</source>
        <translation>스페인어</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="67"/>
        <source>&amp;Translate transcript</source>
        <translation>전사 번역(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="68"/>
        <source>Translate &amp;minutes</source>
        <translation>회의록 번역(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="69"/>
        <source>Export bilingual subtitles…</source>
        <translation>이중 언어 자막 내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="70"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="70"/>
        <source>Original</source>
        <translation>원문</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="70"/>
        <source>Translation</source>
        <translation>번역</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="103"/>
        <source>Translating…</source>
        <translation>번역하는 중…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="106"/>
        <source>No translation yet. The LLM translates segment by segment; every timestamp is kept.</source>
        <translation>아직 번역이 없습니다. LLM이 구간마다 번역하며 모든 타임스탬프가 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="109"/>
        <source>%n segment(s) translated.</source>
        <translation>
            <numerusform>구간 %n개를 번역했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="119"/>
        <source>%n segment(s) translated</source>
        <translation>
            <numerusform>구간 %n개를 번역했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="125"/>
        <source>Translated minutes saved as version %1</source>
        <translation>번역한 회의록을 버전 %1로 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="135"/>
        <source>Export bilingual subtitles</source>
        <translation>이중 언어 자막 내보내기</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/translation_tab.py" line="146"/>
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
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="93"/>
        <source>Actions</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="95"/>
        <source>Transcribe again, find speakers, regenerate minutes, export…</source>
        <translation>다시 받아쓰기, 화자 찾기, 회의록 다시 만들기, 내보내기…</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="97"/>
        <source>&amp;Summary</source>
        <translation>요약(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="98"/>
        <source>&amp;Transcript</source>
        <translation>받아쓰기(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="99"/>
        <source>&amp;Details</source>
        <translation>세부 정보(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="100"/>
        <source>Si&amp;milar</source>
        <translation>비슷한 녹음(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="101"/>
        <source>&amp;Corrections</source>
        <translation>교정(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="102"/>
        <source>Trans&amp;lation</source>
        <translation>번역(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/recordroute/gui/viewer/pane.py" line="199"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n쪽</numerusform>
        </translation>
    </message>
</context>
</TS>
