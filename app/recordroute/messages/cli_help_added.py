"""`--help` lines for the arguments that had none (`--json`, a recording's id, `--mode` and its values), in
English and Korean, keyed as in cli_help.py. A choice value (`--mode keyword`) is typed as it is: the help says what each one means."""

from __future__ import annotations

from .text import Text

_JSON = Text("print the result as JSON on stdout", "결과를 JSON으로 표준 출력에 씁니다")
_ID = Text("the recording's number (see `list`)", "녹음 번호(`list`에 나옴)")
_RECIPE = Text("the recipe's name (see `recipe list`)", "레시피 이름(`recipe list`에 나옴)")
_MODEL = Text("LLM model name (default: settings)", "LLM 모델 이름(기본값: 설정)")
_BACKEND = Text(
    "auto = as the settings say; ollama = the Ollama server on this computer; openai = an OpenAI-compatible "
    "server",
    "auto = 설정대로, ollama = 이 컴퓨터의 Ollama 서버, openai = OpenAI 호환 서버",
)
_BACKEND_EXTRACTIVE = Text(
    f"{_BACKEND.en}; extractive = no LLM, sentences picked from the transcript",
    f"{_BACKEND.ko}, extractive = LLM 없이 전사본에서 문장을 골라 씀",
)
_KIND = Text(
    "speech = transcription model; embedding = search model; speaker = speaker model",
    "speech = 전사 모델, embedding = 검색 모델, speaker = 화자 모델",
)
_MODEL_NAME = Text("the model's name (see `models list`)", "모델 이름(`models list`에 나옴)")

ADDED_HELP: dict[str, Text] = {
    "process files": Text(
        "audio, video, PDF or text files to import", "가져올 오디오, 비디오, PDF, 텍스트 파일"
    ),
    "list --json": _JSON,
    "show id": _ID,
    "show --json": _JSON,
    "export id": _ID,
    "export --format": Text(
        "txt = plain text; srt, vtt = subtitles; json = JSON; md = Markdown; html = web page; docx = Word "
        "document (default: txt)",
        "txt = 일반 텍스트, srt, vtt = 자막, json = JSON, md = 마크다운, html = 웹 페이지, docx = 워드 문서"
        "(기본값: txt)",
    ),
    "delete id": _ID,
    "restore id": Text("the recording's number (see `list --trash`)", "녹음 번호(`list --trash`에 나옴)"),
    "jobs --json": _JSON,
    "retry --json": _JSON,
    "serve --log-level": Text(
        "how much the server logs: critical, error, warning, info or debug, from least to most "
        "(default: warning)",
        "서버가 남기는 로그의 양: critical = 치명적 오류만, error = 오류, warning = 경고, info = 정보, "
        "debug = 디버그까지 모두(기본값: warning)",
    ),
    "notes id": _ID,
    "notes --json": _JSON,
    "translate id": _ID,
    "translate --backend": _BACKEND,
    "translate --model": _MODEL,
    "translate --json": _JSON,
    "calendar import file": Text("the calendar file (.ics) to import", "가져올 캘린더 파일(.ics)"),
    "calendar import --json": _JSON,
    "calendar sync --json": _JSON,
    "recipe list --json": _JSON,
    "recipe run name": _RECIPE,
    "recipe run id": _ID,
    "recipe run --backend": _BACKEND,
    "recipe run --model": _MODEL,
    "recipe run --json": _JSON,
    "recipe show name": _RECIPE,
    "recipe show id": _ID,
    "export-vault folder": Text("the Obsidian vault's folder", "Obsidian 보관함 폴더"),
    "export-vault --json": _JSON,
    "backup --json": _JSON,
    "restore-backup file": Text("the backup archive to restore", "복원할 백업 파일"),
    "restore-backup --json": _JSON,
    "models list --kind": Text(f"only this kind: {_KIND.en}", f"이 종류만: {_KIND.ko}"),
    "models list --json": _JSON,
    "models download --json": _JSON,
    "models import path": Text("a model pack or a model's folder", "모델 팩 또는 모델 폴더"),
    "models import --json": _JSON,
    "models export name": _MODEL_NAME,
    "models export --kind": _KIND,
    "models verify name": Text("the model's name (default: every model)", "모델 이름(기본값: 모든 모델)"),
    "models verify --kind": _KIND,
    "models verify --json": _JSON,
    "models delete name": _MODEL_NAME,
    "models delete --kind": _KIND,
    "models use name": _MODEL_NAME,
    "models use --kind": _KIND,
    "summarize id": _ID,
    "summarize --backend": _BACKEND_EXTRACTIVE,
    "correct id": _ID,
    "correct --backend": _BACKEND,
    "correct --model": _MODEL,
    "correct --json": _JSON,
    "llm status --backend": _BACKEND_EXTRACTIVE,
    "llm status --json": _JSON,
    "llm models --json": _JSON,
    "llm delete name": Text("the model's name in Ollama", "Ollama의 모델 이름"),
    "recover --json": _JSON,
    "watch folders": Text("folders to watch for new files", "새 파일을 지켜볼 폴더"),
    "search query": Text("words or a sentence to search for", "찾을 낱말이나 문장"),
    "search --mode": Text(
        "hybrid = words and meaning together; keyword = the words as written; semantic = similar meaning "
        "(default: hybrid)",
        "hybrid = 낱말과 뜻을 함께, keyword = 적은 낱말 그대로, semantic = 뜻이 비슷한 것(기본값: hybrid)",
    ),
    "search --kind": Text(
        "only this kind of recording: audio, video, pdf (PDF documents) or text (text files)",
        "이 종류만: audio = 오디오, video = 비디오, pdf = PDF 문서, text = 텍스트 파일",
    ),
    "search --limit": Text("at most this many results (default: 10)", "결과를 이만큼까지(기본값: 10)"),
    "search --json": _JSON,
    "similar id": _ID,
    "similar --limit": Text("at most this many recordings (default: 5)", "녹음을 이만큼까지(기본값: 5)"),
    "similar --json": _JSON,
    "ask question": Text("the question, in your own words", "질문(편하게 쓰면 됩니다)"),
    "ask --backend": _BACKEND_EXTRACTIVE,
    "ask --model": _MODEL,
    "ask --json": _JSON,
    "reindex --json": _JSON,
    "diarize id": _ID,
    "diarize --json": _JSON,
    "speakers id": _ID,
    "speakers --json": _JSON,
    "profiles list --json": _JSON,
    "profiles delete name": Text(
        "the speaker profile's name (see `profiles list`)", "화자 프로필 이름(`profiles list`에 나옴)"
    ),
    "transcribe id": _ID,
    "transcribe --json": _JSON,
}
