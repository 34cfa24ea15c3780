"""`--help` of the tool commands (models, LLM, calendar and recipes, vault and backups, recording and watching,
and the commands that start the other faces), in English and Korean, keyed as in cli_help.py."""

from __future__ import annotations

from .text import Text

TOOL_HELP: dict[str, Text] = {
    # gui
    "gui": Text(
        "open the desktop app (the default with no command)", "데스크톱 앱을 엽니다(명령이 없을 때의 기본값)"
    ),
    "gui --screenshot": Text("render the main window to a PNG and exit", "메인 창을 PNG로 그린 뒤 끝냅니다"),
    "gui --size": Text("window size for --screenshot, e.g. 1280x800", "--screenshot의 창 크기, 예: 1280x800"),
    "gui --theme": Text(
        "override the theme for this run",
        "이번 실행에서만 테마를 바꿉니다: system = 시스템 설정, light = 밝게, dark = 어둡게",
    ),
    "gui --language": Text(
        "override the UI language for this run",
        "이번 실행에서만 화면 언어를 바꿉니다: system = 시스템 언어, en = 영어, ko = 한국어",
    ),
    "gui --search": Text("open the search pane with this query", "이 검색어로 검색 창을 엽니다"),
    "gui files": Text(
        'files to add (what "Open with" passes), or recordroute://recording/ID?t=SECONDS links to open',
        '추가할 파일("연결 프로그램"이 넘겨주는 것) 또는 열어 볼 recordroute://recording/ID?t=SECONDS 링크',
    ),
    # mcp
    "mcp": Text(
        "serve the archive to an AI assistant over MCP (stdio); see README 'Assistants (MCP)'",
        "AI 도우미에게 MCP(표준 입출력)로 보관함을 제공합니다. README의 MCP 안내 참고",
    ),
    # self-test
    "self-test": Text(
        "check transcription, search, the API and the window, then exit",
        "전사, 검색, API, 창을 점검한 뒤 끝냅니다",
    ),
    "self-test --model": Text(
        "speech model to test (default: base, the bundled one)",
        "점검할 음성 모델(기본값: 내장 모델인 base)",
    ),
    "self-test --skip-gui": Text("leave out the window check", "창 점검은 건너뜁니다"),
    # serve
    "serve": Text(
        "run the local HTTP API (OpenAI-compatible /v1 and native /api)",
        "로컬 HTTP API를 실행합니다(OpenAI 호환 /v1과 자체 /api)",
    ),
    "serve --host": Text("address to listen on (default 127.0.0.1)", "수신할 주소(기본값 127.0.0.1)"),
    "serve --port": Text(
        "port (default: api_port from the settings, 8765)", "포트(기본값: 설정의 api_port, 8765)"
    ),
    "serve --allow-remote": Text(
        "allow a non-loopback address; anyone who can reach it and has the token gets in",
        "루프백이 아닌 주소를 허용합니다. 그 주소에 닿고 토큰이 있는 사람은 누구나 들어올 수 있습니다",
    ),
    "serve --allowed-host": Text(
        "extra Host header name to accept (e.g. a LAN name); repeatable",
        "추가로 받아들일 Host 헤더 이름(예: LAN 이름), 여러 번 쓸 수 있음",
    ),
    "serve --cors-origin": Text(
        "send CORS headers for this origin (none by default); repeatable",
        "이 출처에 CORS 헤더를 보냅니다(기본값: 보내지 않음), 여러 번 쓸 수 있음",
    ),
    "serve --max-upload-mb": Text(
        "largest accepted upload (default 2048)", "받아들일 가장 큰 업로드(기본값 2048)"
    ),
    "serve --show-token": Text("print the API token (it is secret)", "API 토큰을 출력합니다(비밀입니다)"),
    # calendar
    "calendar": Text(
        "calendar context: titles, attendees and agendas from events",
        "캘린더 맥락: 일정의 제목, 참석자, 안건",
    ),
    # calendar import
    "calendar import": Text(
        "import an .ics file and name the recordings its events overlap",
        ".ics 파일을 가져와 그 일정과 겹치는 녹음에 이름을 붙입니다",
    ),
    # calendar sync
    "calendar sync": Text(
        "read the CalDAV calendar named in Settings (calendar_url)",
        "설정(calendar_url)에 지정한 CalDAV 캘린더를 읽습니다",
    ),
    # recipe
    "recipe": Text(
        "saved prompts: run your own instruction on a recording",
        "저장한 프롬프트: 직접 쓴 지시문을 녹음에 실행합니다",
    ),
    # recipe list
    "recipe list": Text(
        "the recipes (built-in and yours, in <data dir>/recipes/)",
        "레시피 목록(내장된 것과 직접 만든 것, <데이터 폴더>/recipes/)",
    ),
    # recipe run
    "recipe run": Text(
        "run a recipe on a recording (each run is a new version)",
        "녹음에 레시피를 실행합니다(실행할 때마다 새 버전)",
    ),
    "recipe run --language": Text(
        "output language (default: settings)",
        "출력 언어: auto = 전사본의 언어, ko = 한국어, en = 영어(기본값: 설정)",
    ),
    # recipe show
    "recipe show": Text(
        "print the latest output of a recipe for a recording (no LLM run)",
        "녹음에 대한 레시피의 최근 출력을 보여 줍니다(LLM을 실행하지 않음)",
    ),
    # export-vault
    "export-vault": Text(
        "write one Markdown note per recording into a folder (Obsidian-style); a second run updates only "
        "what changed and keeps your own edits",
        "녹음마다 마크다운 노트 하나를 폴더에 씁니다(Obsidian 방식). 다시 실행하면 바뀐 것만 고치고 직접 "
        "고친 내용은 그대로 둡니다",
    ),
    # backup
    "backup": Text(
        "write the library, database, search index and settings to one archive (safe while the app runs)",
        "라이브러리, 데이터베이스, 검색 색인, 설정을 아카이브 하나에 씁니다(앱이 실행 중이어도 안전)",
    ),
    "backup file": Text(
        "archive to write (.tar, or .tar.gz to compress)", "쓸 아카이브(.tar, 압축하려면 .tar.gz)"
    ),
    # restore-backup
    "restore-backup": Text(
        "restore a backup archive into an empty data folder", "백업 아카이브를 빈 데이터 폴더에 복원합니다"
    ),
    "restore-backup --data-dir": Text(
        "empty folder to restore into (default: the configured data folder)",
        "복원할 빈 폴더(기본값: 설정된 데이터 폴더)",
    ),
    "restore-backup --verify": Text(
        "only check the archive's sums; restore nothing",
        "아카이브의 체크섬만 검사하고 아무것도 복원하지 않습니다",
    ),
    # models
    "models": Text(
        "speech, embedding and speaker models: list, download, import, export, verify, delete",
        "음성, 임베딩, 화자 모델: 목록, 다운로드, 가져오기, 내보내기, 검사, 삭제",
    ),
    # models list
    "models list": Text(
        "every model: present or not, where from, size, last verified",
        "모든 모델: 있는지, 어디서 왔는지, 크기, 마지막으로 검사한 때",
    ),
    # models download
    "models download": Text(
        "download a model from the Hugging Face hub (or HF_ENDPOINT); a speaker model from its "
        "sherpa-onnx release (or RECORDROUTE_SPEAKER_MODEL_ENDPOINT)",
        "Hugging Face 허브(또는 HF_ENDPOINT)에서 모델을 다운로드합니다. 화자 모델은 "
        "sherpa-onnx 릴리스(또는 RECORDROUTE_SPEAKER_MODEL_ENDPOINT)에서 "
        "받습니다",
    ),
    "models download name": Text(
        "a short name (small, large-v3-turbo, 3dspeaker-campplus-zh-en) or owner/name",
        "짧은 이름(small, large-v3-turbo, 3dspeaker-campplus-zh-en) 또는 owner/name",
    ),
    "models download --kind": Text(
        "for a repository id the name does not give away",
        "이름만으로는 종류를 알 수 없는 저장소 ID일 때: speech = 전사 모델, embedding = 검색 모델, speaker = 화자 모델",
    ),
    "models download --force": Text(
        "download again even if the model is present", "모델이 있어도 다시 다운로드합니다"
    ),
    # models import
    "models import": Text(
        "import a model pack (.tar/.zip) or a model folder, after checking it",
        "모델 팩(.tar/.zip)이나 모델 폴더를 검사한 뒤 가져옵니다",
    ),
    "models import --name": Text(
        "the model's name (default: from the pack, or the file/folder name)",
        "모델 이름(기본값: 팩에 적힌 이름, 또는 파일/폴더 이름)",
    ),
    "models import --force": Text(
        "replace an installed model of the same name", "같은 이름으로 설치된 모델을 바꿉니다"
    ),
    # models export
    "models export": Text(
        "write a model pack (.tar or .zip with SHA-256 sums) for another machine",
        "다른 컴퓨터로 옮길 모델 팩(SHA-256 체크섬이 든 .tar 또는 .zip)을 씁니다",
    ),
    "models export path": Text(
        "the pack to write, ending in .tar or .zip",
        "쓸 팩, 이름이 .tar 또는 .zip으로 끝나야 합니다",
    ),
    # models verify
    "models verify": Text(
        "check SHA-256 sums (downloaded/imported) or load the model (others)",
        "SHA-256 체크섬을 검사하거나(다운로드하거나 가져온 모델) 모델을 불러 봅니다(나머지)",
    ),
    # models delete
    "models delete": Text("delete a downloaded or imported model", "다운로드했거나 가져온 모델을 지웁니다"),
    "models delete --yes": Text(
        "also when it is the model in use, or your own folder",
        "사용 중인 모델이거나 직접 둔 폴더여도 지웁니다",
    ),
    # models use
    "models use": Text(
        "make a model the default for its kind (saved in the settings)",
        "모델을 그 종류의 기본 모델로 정합니다(설정에 저장)",
    ),
    # llm
    "llm": Text("LLM backend tools", "LLM 백엔드 도구"),
    # llm status
    "llm status": Text(
        "which backend is used, whether it answers, which models it has",
        "어떤 백엔드를 쓰는지, 응답하는지, 어떤 모델이 있는지",
    ),
    # llm models
    "llm models": Text(
        "Ollama's models with context length, and which suits minutes best",
        "Ollama의 모델과 컨텍스트 길이, 그리고 회의록에 가장 잘 맞는 모델",
    ),
    # llm pull
    "llm pull": Text("pull a model into Ollama, with progress", "Ollama로 모델을 받습니다(진행 상황 표시)"),
    "llm pull name": Text("e.g. qwen2.5:7b-instruct", "예: qwen2.5:7b-instruct"),
    # llm delete
    "llm delete": Text("delete a model from Ollama", "Ollama에서 모델을 지웁니다"),
    "llm delete --yes": Text(
        "also when it is the LLM model in the settings", "설정에 지정한 LLM 모델이어도 지웁니다"
    ),
    # record
    "record": Text(
        "record the microphone, the system audio, or both (meeting mode)",
        "마이크, 시스템 오디오 또는 둘 다 녹음합니다(회의 모드)",
    ),
    "record out": Text("WAV file to write (default: the inbox)", "쓸 WAV 파일(기본값: inbox 폴더)"),
    "record --seconds": Text(
        "stop after this many seconds (default: Ctrl-C or SIGTERM)",
        "이만큼의 초가 지나면 멈춥니다(기본값: Ctrl-C 또는 SIGTERM까지)",
    ),
    "record --device": Text(
        "input to record: an id or name from --list-devices (with --system: the output to record)",
        "녹음할 입력: --list-devices에 나온 ID나 이름(--system과 함께: 녹음할 출력)",
    ),
    "record --system": Text(
        "record what the speakers play instead of the mic", "마이크 대신 스피커로 나오는 소리를 녹음합니다"
    ),
    "record --mic-and-system": Text(
        "meeting mode: the microphone on channel 1, the system audio on channel 2",
        "회의 모드: 채널 1에 마이크, 채널 2에 시스템 오디오",
    ),
    "record --system-device": Text(
        "with --mic-and-system: which output to record (default: the default output)",
        "--mic-and-system과 함께: 녹음할 출력(기본값: 기본 출력 장치)",
    ),
    "record --list-devices": Text(
        "list microphones and system-audio sources", "마이크와 시스템 오디오 소스 목록을 보여 줍니다"
    ),
    "record --live": Text("print live captions while recording", "녹음하는 동안 실시간 자막을 출력합니다"),
    "record --translate-to": Text(
        "with --live: a translation line under each caption, from the LLM (a fast model: --llm-model)",
        "--live와 함께: 자막마다 아래에 LLM 번역 한 줄(빠른 모델: --llm-model)",
    ),
    "record --llm-model": Text(
        "the LLM model for --translate-to (default: the settings' model)",
        "--translate-to에 쓸 LLM 모델(기본값: 설정의 모델)",
    ),
    "record --notes": Text(
        "a text file you type notes into while recording: each new line is stamped with the recording "
        "time, and the notes are kept with the recording (the minutes follow them)",
        "녹음하면서 메모를 적는 텍스트 파일: 새 줄마다 녹음 시각이 찍히고, 메모는 녹음과 함께 보관됩니다(회의록이 "
        "메모를 따릅니다)",
    ),
    "record --no-process": Text(
        "only record; do not import and transcribe", "녹음만 합니다. 가져오거나 전사하지 않습니다"
    ),
    # recover
    "recover": Text(
        "find recordings a crash left unfinished in the inbox",
        "프로그램이 비정상 종료되어 inbox에 마무리되지 않고 남은 녹음을 찾습니다",
    ),
    "recover --import": Text("import and process them now", "지금 가져와 처리합니다"),
    # watch
    "watch": Text(
        "import every complete file that lands in the folders (until Ctrl-C)",
        "폴더에 들어오는 완성된 파일을 모두 가져옵니다(Ctrl-C까지)",
    ),
    "watch --move-to": Text(
        "move imported files here (default: leave them in place)",
        "가져온 파일을 여기로 옮깁니다(기본값: 제자리에 둠)",
    ),
    "watch --settle": Text(
        "seconds a file's size and time must stay unchanged before it is taken (default 3)",
        "파일의 크기와 수정 시각이 이만큼의 초 동안 그대로여야 가져갑니다(기본값 3)",
    ),
    "watch --interval": Text("seconds between polls (default 1)", "확인 간격(초, 기본값 1)"),
    "watch --no-process": Text("import only; do not transcribe", "가져오기만 합니다. 전사하지 않습니다"),
}
