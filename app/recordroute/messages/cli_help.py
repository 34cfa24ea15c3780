"""`--help` of the command line in English and Korean: the description, each command's one line in the command
list and each argument's help, keyed by the command (`"models download"`) and the argument's long flag or name
(`"models download --kind"`, `"retry job"`). Flags, command names and choices stay as typed; a Korean help says
what each choice means. The library's commands are here, the tools' (models, LLM, capture, context, launch) in
cli_help_tools.py, the lines added later for the arguments that had none in cli_help_added.py."""

from __future__ import annotations

from .cli_help_added import ADDED_HELP
from .cli_help_tools import TOOL_HELP
from .text import Text

LIBRARY_HELP: dict[str, Text] = {
    # recordroute
    "recordroute": Text(
        "Local-first transcripts, minutes and search.", "이 컴퓨터에서 하는 전사, 회의록, 검색."
    ),
    "--verbose": Text("log details to stderr", "자세한 로그를 표준 오류 출력에 씁니다"),
    # process
    "process": Text("import and transcribe files", "파일을 가져와 전사합니다"),
    "process --language": Text(
        "audio language code (ko, en, ja, zh...) or auto",
        "오디오 언어 코드(ko, en, ja, zh...) 또는 auto",
    ),
    "process --model": Text("Whisper model name or folder", "Whisper 모델 이름 또는 폴더"),
    "process --task": Text(
        "translate = into English", "transcribe = 들은 언어 그대로 받아씀(기본값), translate = 영어로 번역"
    ),
    "process --force": Text("transcribe again even if already done", "이미 전사했어도 다시 전사합니다"),
    "process --no-summary": Text("skip the minutes (summarize stage)", "회의록(요약 단계)을 건너뜁니다"),
    "process --template": Text("summary template (default: settings)", "요약 템플릿(기본값: 설정)"),
    "process --diarize": Text(
        "find who said what (speaker diarization)", "누가 무엇을 말했는지 찾습니다(화자 구분)"
    ),
    "process --speakers": Text("number of speakers for --diarize, if known", "--diarize에 쓸 화자 수(알 때)"),
    "process --min-speakers": Text(
        "at least N speakers (implies --diarize)", "화자가 적어도 이만큼(--diarize를 켭니다)"
    ),
    "process --max-speakers": Text(
        "at most N speakers (implies --diarize)", "화자가 많아야 이만큼(--diarize를 켭니다)"
    ),
    "process --option": Text(
        "any job option, e.g. summary_language=en, no_index=true, diarize_method=basic (repeatable; the "
        "flags above win)",
        "모든 작업 옵션, 예: summary_language=en, no_index=true, "
        "diarize_method=basic (여러 번 쓸 수 있음, 위의 플래그가 우선)",
    ),
    "process --json": Text(
        "one JSON object per file on stdout", "파일마다 JSON 객체 하나를 표준 출력에 씁니다"
    ),
    # list
    "list": Text("list recordings", "녹음 목록을 보여 줍니다"),
    "list --trash": Text("list the trash instead", "대신 휴지통 목록을 보여 줍니다"),
    # show
    "show": Text("show one recording and its transcript", "녹음 하나와 그 전사본을 보여 줍니다"),
    "show --summary": Text(
        "print the latest complete minutes instead", "대신 가장 최근의 완성된 회의록을 출력합니다"
    ),
    "show --hidden": Text(
        "include the segments hidden as not recognised reliably",
        "제대로 인식되지 않아 숨긴 구간도 포함합니다",
    ),
    # export
    "export": Text(
        "export the minutes and transcript (md, html, docx, ...)",
        "회의록과 전사본을 내보냅니다(md, html, docx, ...)",
    ),
    "export --output": Text("file to write (default: stdout)", "쓸 파일(기본값: 표준 출력)"),
    "export --corrected": Text(
        "use the LLM-corrected text (see `correct`)",
        "LLM이 교정한 텍스트를 씁니다(`correct` 참고)",
    ),
    "export --only": Text(
        "only the minutes or only the transcript", "minutes = 회의록만, transcript = 전사본만"
    ),
    "export --bilingual": Text(
        "srt/vtt with two lines per cue: the original and its LANG translation",
        "자막 하나에 두 줄인 srt/vtt: 원문과 주어진 언어로 옮긴 번역",
    ),
    # delete
    "delete": Text(
        "move a recording to the trash (or delete it for good)",
        "녹음을 휴지통으로 옮깁니다(또는 완전히 지웁니다)",
    ),
    "delete --purge": Text("delete permanently, with its file", "파일과 함께 완전히 지웁니다"),
    # restore
    "restore": Text("restore a recording from the trash", "휴지통에서 녹음을 되살립니다"),
    # jobs
    "jobs": Text(
        "list jobs (queued, running, failed, interrupted)", "작업 목록(대기 중, 실행 중, 실패, 중단됨)"
    ),
    "jobs --all": Text("include finished jobs", "끝난 작업도 포함합니다"),
    # retry
    "retry": Text(
        "resume an interrupted, failed or cancelled job",
        "중단되었거나 실패했거나 취소된 작업을 이어서 합니다",
    ),
    "retry job": Text(
        "job ids (default: every interrupted job, and queued ones no running app will start)",
        "작업 ID(기본값: 중단된 모든 작업, 그리고 실행 중인 앱이 시작하지 않을 대기 작업)",
    ),
    # notes
    "notes": Text(
        "show, replace or add to a recording's notes (one line a note)",
        "녹음의 메모를 보여 주거나, 바꾸거나, 더합니다(한 줄에 메모 하나)",
    ),
    "notes --set": Text(
        "replace the notes with FILE's lines ('-' reads stdin)",
        "메모를 파일의 줄들로 바꿉니다('-'는 표준 입력을 읽음)",
    ),
    "notes --add": Text(
        "add one note; '[mm:ss] text' ties it to a moment",
        "메모 하나를 더합니다. '[03:15] 내용'처럼 쓰면 그 시점에 묶입니다",
    ),
    # translate
    "translate": Text(
        "translate a transcript (or its minutes) with the LLM", "LLM으로 전사본(또는 회의록)을 번역합니다"
    ),
    "translate --to": Text("target language code, e.g. en or ko", "대상 언어 코드, 예: en 또는 ko"),
    "translate --minutes": Text("translate the latest minutes instead", "대신 가장 최근 회의록을 번역합니다"),
    # summarize
    "summarize": Text(
        "write minutes and a title for a recording (streams as it writes)",
        "녹음의 회의록과 제목을 씁니다(쓰는 대로 출력)",
    ),
    "summarize --template": Text(
        "minutes (default), lecture, interview, standup, or your own",
        "minutes(기본값), lecture, interview, standup 또는 직접 만든 템플릿",
    ),
    "summarize --language": Text(
        "output language (default: settings)",
        "출력 언어: auto = 전사본의 언어, ko = 한국어, en = 영어(기본값: 설정)",
    ),
    "summarize --model": Text(
        "LLM model name, e.g. qwen2.5:7b-instruct",
        "LLM 모델 이름, 예: qwen2.5:7b-instruct",
    ),
    "summarize --json": Text(
        "print the stored summary as JSON at the end", "끝에 저장된 요약을 JSON으로 출력합니다"
    ),
    "summarize --show": Text(
        "print the latest complete minutes; no LLM run",
        "가장 최근의 완성된 회의록을 출력합니다. LLM을 실행하지 않습니다",
    ),
    "summarize --include-kept": Text(
        "with --show: print a newer answer kept aside (e.g. written in the wrong language)",
        "--show와 함께: 따로 보관한 더 새로운 답(예: 다른 언어로 쓴 답)을 출력합니다",
    ),
    # correct
    "correct": Text(
        "fix obvious speech-recognition errors with the LLM (kept beside the original; see `export "
        "--corrected`)",
        "LLM으로 뚜렷한 음성 인식 오류를 고칩니다(원문 옆에 보관, `export --corrected` 참고)",
    ),
    # search
    "search": Text("search every recording by words and by meaning", "모든 녹음을 단어와 뜻으로 검색합니다"),
    "search --since": Text(
        "YYYY-MM-DD (recorded or imported on/after)", "YYYY-MM-DD(이날 이후에 녹음하거나 가져온 것)"
    ),
    "search --until": Text(
        "YYYY-MM-DD (recorded or imported on/before)", "YYYY-MM-DD(이날까지 녹음하거나 가져온 것)"
    ),
    "search --language": Text("language code, e.g. ko or en", "언어 코드, 예: ko 또는 en"),
    # similar
    "similar": Text("recordings most similar to one recording", "한 녹음과 가장 비슷한 녹음들"),
    # ask
    "ask": Text(
        "answer a question from your recordings, with citations", "녹음을 바탕으로 질문에 답합니다(출처 포함)"
    ),
    # reindex
    "reindex": Text(
        "rebuild the search index (after a model change or to repair it)",
        "검색 색인을 다시 만듭니다(모델을 바꾼 뒤나 색인을 고칠 때)",
    ),
    "reindex --queue": Text(
        "queue it for the open app (window or serve) instead of running it here",
        "여기서 실행하지 않고 열려 있는 앱(창 또는 serve)의 대기열에 넣습니다",
    ),
    # diarize
    "diarize": Text(
        "find who spoke when in a transcribed recording", "전사한 녹음에서 누가 언제 말했는지 찾습니다"
    ),
    "diarize --speakers": Text("number of speakers, when you know it", "화자 수(알 때)"),
    "diarize --min-speakers": Text(
        "at least N speakers (when estimating)", "화자가 적어도 이만큼(추정할 때)"
    ),
    "diarize --max-speakers": Text("at most N speakers (when estimating)", "화자가 많아야 이만큼(추정할 때)"),
    "diarize --method": Text(
        "neural = ONNX speaker model; basic = no model (default: settings)",
        "auto = 화자 모델이 있으면 neural, 없으면 basic, neural = ONNX 화자 모델, basic = 모델 없음(기본값: 설정)",
    ),
    "diarize --model": Text(
        "neural speaker-embedding model from the catalogue", "카탈로그의 신경망 화자 임베딩 모델"
    ),
    "diarize --accept": Text(
        "apply the suggested names from voice profiles", "목소리 프로필이 제안한 이름을 적용합니다"
    ),
    # speakers
    "speakers": Text(
        "list, rename and save the speakers of a recording",
        "녹음의 화자를 보여 주고, 이름을 바꾸고, 저장합니다",
    ),
    "speakers --rename": Text(
        "name a speaker (S1, S2, … or its name)", "화자에 이름을 붙입니다(S1, S2, … 또는 지금 이름)"
    ),
    "speakers --save-profile": Text(
        "save this named speaker's voice as a profile",
        "이름을 붙인 이 화자의 목소리를 프로필로 저장합니다",
    ),
    "speakers --accept": Text(
        "apply the names suggested by voice profiles", "목소리 프로필이 제안한 이름을 적용합니다"
    ),
    # profiles
    "profiles": Text(
        "saved voice profiles (kept only in the local database)",
        "저장한 목소리 프로필(이 컴퓨터의 데이터베이스에만 보관)",
    ),
    # profiles list
    "profiles list": Text("list voice profiles", "목소리 프로필 목록"),
    # profiles delete
    "profiles delete": Text("delete a voice profile", "목소리 프로필을 지웁니다"),
    # transcribe
    "transcribe": Text(
        "transcribe a recording again (the old transcript stays until the new one is complete)",
        "녹음을 다시 전사합니다(새 전사본이 완성될 때까지 예전 전사본이 남습니다)",
    ),
    "transcribe --model": Text(
        "Whisper model name or folder (default: settings)",
        "Whisper 모델 이름 또는 폴더(기본값: 설정)",
    ),
    "transcribe --language": Text(
        "audio language code (ko, en...) or auto (default: settings)",
        "오디오 언어 코드(ko, en...) 또는 auto(기본값: 설정)",
    ),
}

CLI_HELP: dict[str, Text] = {**LIBRARY_HELP, **TOOL_HELP, **ADDED_HELP}
