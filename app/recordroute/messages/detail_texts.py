"""Our own errors' detail (what follows `Details:` / `자세히:`) in English and Korean, for the errors raised with
`RecordRouteError.said(key, ...)`: the English is the developer text as it always was (message, then the hint in
parentheses), the Korean says the same for a Korean session. Raw text from other libraries stays as it is."""

from __future__ import annotations

from .detail import Detail
from .detail_files import FILE_DETAILS
from .detail_models import MODEL_DETAILS
from .detail_paths import PATH_DETAILS
from .text import Text

_TRANSCRIBE_FIRST = Text("transcribe it first", "먼저 전사하세요")
_CHECK_PATH = Text("check the path", "경로를 확인하세요")
_KNOWN_OPTIONS = Text("known options: {known}", "쓸 수 있는 옵션: {known}")

_COMMANDS: dict[str, Detail] = {
    # command line
    "notes_not_a_file": Detail(
        Text("{name} is not a file", "{name}은(는) 파일이 아닙니다"),
        Text("give a text file with one note per line", "한 줄에 메모 하나씩 적은 텍스트 파일을 주세요"),
    ),
    "notes_too_large": Detail(
        Text("{name} is too large for notes", "{name}은(는) 메모로 쓰기에 너무 큽니다"),
        Text("at most 1 MB", "1 MB까지입니다"),
    ),
    "invalid_date": Detail(
        Text("invalid date {value}", "날짜가 아닙니다: {value}"),
        Text("use YYYY-MM-DD, e.g. 2026-11-25", "YYYY-MM-DD로 쓰세요. 예: 2026-11-25"),
    ),
    "binary_format": Detail(
        Text("{format} is a binary format", "{format}은(는) 바이너리 형식입니다"),
        Text("write it to a file with -o FILE", "-o로 파일에 쓰세요"),
    ),
    # translation and export
    "not_a_language_code": Detail(
        Text("{value} is not a language code", "{value}은(는) 언어 코드가 아닙니다"),
        Text("use a code such as en, ko, ja or de", "en, ko, ja, de 같은 코드를 쓰세요"),
    ),
    "nothing_to_translate": Detail(
        Text("recording {id} has no transcript to translate", "녹음 {id}에는 번역할 전사본이 없습니다"),
        _TRANSCRIBE_FIRST,
    ),
    "no_minutes_to_translate": Detail(
        Text("recording {id} has no minutes to translate", "녹음 {id}에는 번역할 회의록이 없습니다"),
        Text("recordroute summarize {id}", "먼저 회의록을 만드세요: recordroute summarize {id}"),
    ),
    "bilingual_needs_subtitles": Detail(
        Text("bilingual export is for subtitles", "두 언어 내보내기는 자막 형식에만 됩니다"),
        Text("use --format srt or --format vtt", "--format srt 또는 --format vtt를 쓰세요"),
    ),
    # transcripts, speakers
    "nothing_to_correct": Detail(
        Text("recording {id} has no transcript to correct", "녹음 {id}에는 교정할 전사본이 없습니다"),
        _TRANSCRIBE_FIRST,
    ),
    "document_not_transcribed": Detail(
        Text(
            "recording {id} is a document: its text is not transcribed",
            "녹음 {id}은(는) 문서입니다. 문서의 글은 전사하지 않습니다",
        )
    ),
    "document_has_no_speakers": Detail(
        Text(
            "recording {id} is a document: only audio and video have speakers",
            "녹음 {id}은(는) 문서입니다. 화자는 오디오와 비디오에만 있습니다",
        )
    ),
    "not_transcribed_yet": Detail(
        Text("recording {id} is not transcribed yet", "녹음 {id}은(는) 아직 전사되지 않았습니다"),
        Text("run `recordroute retry` first", "먼저 `recordroute retry`를 실행하세요"),
    ),
    "no_such_speaker": Detail(
        Text("recording {id} has no speaker {label}", "녹음 {id}에는 화자 {label}이(가) 없습니다"),
        Text("see `recordroute speakers {id}`", "`recordroute speakers {id}`로 확인하세요"),
    ),
    "speaker_has_no_name": Detail(
        Text("speaker {label} has no name yet", "화자 {label}에게는 아직 이름이 없습니다"),
        Text(
            "rename it first (`recordroute speakers {id} --rename {label} NAME`)",
            "먼저 이름을 붙이세요(`recordroute speakers {id} --rename {label} NAME`)",
        ),
    ),
    "speakers_at_least_one": Detail(
        Text("the number of speakers must be at least 1", "화자 수는 1 이상이어야 합니다")
    ),
    "speaker_bounds": Detail(
        Text(
            "speaker bounds must satisfy 1 ≤ min ≤ max (got {low} and {high})",
            "화자 수 범위는 1 ≤ 최소 ≤ 최대여야 합니다(받은 값: {low}, {high})",
        )
    ),
    # backups, calendar, library
    "backup_dest_is_folder": Detail(
        Text("{path} is a folder", "{path}은(는) 폴더입니다"),
        Text("give a file name such as backup.tar.gz", "backup.tar.gz 같은 파일 이름을 주세요"),
    ),
    "no_backup_archive": Detail(
        Text("no backup archive at {path}", "{path}에 백업 파일이 없습니다"), _CHECK_PATH
    ),
    "calendar_too_large": Detail(
        Text("the calendar file is too large", "캘린더 파일이 너무 큽니다"),
        Text("at most {mb} MB", "{mb} MB까지입니다"),
    ),
    "empty_title": Detail(Text("a title cannot be empty", "제목은 비워 둘 수 없습니다")),
    "speaker_name_too_long": Detail(
        Text("a speaker name can be at most 100 characters", "화자 이름은 100자까지입니다")
    ),
    "profile_needs_name": Detail(Text("a voice profile needs a name", "목소리 프로필에는 이름이 필요합니다")),
    # job options (the command line's --option KEY=VALUE, the API's options)
    "option_not_key_value": Detail(
        Text("job option {pair} is not KEY=VALUE", "작업 옵션 {pair}이(가) 키=값 모양이 아닙니다"),
        _KNOWN_OPTIONS,
    ),
    "unknown_option": Detail(
        Text("unknown job option {keys}", "알 수 없는 작업 옵션: {keys}"), _KNOWN_OPTIONS
    ),
    "unknown_options": Detail(
        Text("unknown job options {keys}", "알 수 없는 작업 옵션: {keys}"), _KNOWN_OPTIONS
    ),
    "option_not_a_flag": Detail(
        Text(
            "job option {key} must be true or false, not {value}",
            "작업 옵션 {key}은(는) true나 false여야 합니다. 받은 값: {value}",
        )
    ),
    "option_not_a_count": Detail(
        Text(
            "job option {key} must be a whole number, not {value}",
            "작업 옵션 {key}은(는) 정수여야 합니다. 받은 값: {value}",
        )
    ),
    "option_count_range": Detail(
        Text(
            "job option {key} must be between 1 and {most}, not {value}",
            "작업 옵션 {key}은(는) 1에서 {most} 사이여야 합니다. 받은 값: {value}",
        ),
        Text(
            "leave it out to let diarization estimate the number",
            "빼 두면 화자 구분이 화자 수를 추정합니다",
        ),
    ),
    "option_not_text": Detail(
        Text(
            "job option {key} must be non-empty text, not {value}",
            "작업 옵션 {key}은(는) 비어 있지 않은 글이어야 합니다. 받은 값: {value}",
        )
    ),
    "option_too_long": Detail(
        Text("job option {key} is longer than {most} characters", "작업 옵션 {key}이(가) {most}자보다 깁니다")
    ),
    "option_not_allowed": Detail(
        Text(
            "job option {key} must be one of {allowed}, not {value}",
            "작업 옵션 {key}은(는) {allowed} 중 하나여야 합니다. 받은 값: {value}",
        )
    ),
    "option_not_a_language": Detail(
        Text(
            "job option 'language' must be a language code such as en or ko (or auto), not {value}",
            "작업 옵션 'language'는 en, ko 같은 언어 코드(또는 auto)여야 합니다. 받은 값: {value}",
        )
    ),
    "option_speaker_bounds": Detail(
        Text(
            "job option 'min_speakers' ({low}) is above 'max_speakers' ({high})",
            "작업 옵션 'min_speakers'({low})가 'max_speakers'({high})보다 큽니다",
        )
    ),
}

# the engines' and the pipeline's: files and documents, settings, restore (detail_files); models, packs,
# calendars, recipes, LLMs, the transcriber (detail_models); refused paths (detail_paths)
DETAILS: dict[str, Detail] = {**_COMMANDS, **FILE_DETAILS, **MODEL_DETAILS, **PATH_DETAILS}
