"""Error details of files a user adds (audio, video, documents, text), the settings file and restoring a backup,
in English (the developer text as it always was) and Korean. An error class's own hint is repeated here, so
the Korean detail says it too."""

from __future__ import annotations

from .detail import Detail
from .text import Text

_CHECK_PATH = Text("check the path", "경로를 확인하세요")
_CHECK_PERMISSIONS = Text("check permissions", "권한을 확인하세요")
_PICK_INSIDE = Text("pick a file inside it", "폴더 안의 파일을 고르세요")
_EMPTY = Text(
    "the file has no content; record or export it again",
    "내용이 없는 파일입니다. 다시 녹음하거나 다시 내보내세요",
)
_CORRUPT_MEDIA = Text(
    "the file is damaged or not really audio/video; try re-exporting it from the recorder",
    "파일이 손상되었거나 실제로는 오디오나 비디오가 아닙니다. 녹음기에서 다시 내보내 보세요",
)
_NO_AUDIO = Text(
    "the file has no audio track or zero length; check that the right file was chosen",
    "오디오 트랙이 없거나 길이가 0입니다. 파일을 제대로 골랐는지 확인하세요",
)
_CORRUPT_DOCUMENT = Text(
    "the document is damaged or not really a PDF; open and re-save it, then add it again",
    "문서가 손상되었거나 실제로는 PDF가 아닙니다. 열어서 다시 저장한 뒤 다시 추가하세요",
)
_PASSWORD = Text(
    "remove the password (print to PDF or 'Save without password') and add it again",
    "암호를 없앤 뒤(PDF로 인쇄하거나 '암호 없이 저장') 다시 추가하세요",
)
_SAVE_UTF8 = Text("save the file as UTF-8 and add it again", "파일을 UTF-8로 저장한 뒤 다시 추가하세요")
_SETTINGS = Text(
    "fix or delete that key in the settings file; it was left untouched",
    "설정 파일에서 그 키를 고치거나 지우세요. 파일은 그대로 두었습니다",
)

_BAD_BACKUP = Text(
    "nothing was restored; take a new backup or use another copy of the archive",
    "아무것도 복원하지 않았습니다. 새로 백업하거나 압축 파일의 다른 사본을 쓰세요",
)
_NOT_OURS = "it was not made by RecordRoute or was tampered with"
# How a backup archive differs from its manifest, said inside "does not match its manifest: …".
BACKUP_MISMATCH: dict[str, Text] = {
    "missing": Text("{count} files missing (first: {first})", "파일 {count}개가 없습니다(첫 파일: {first})"),
    "extra": Text(
        "{count} files not in the manifest (first: {first})",
        "매니페스트에 없는 파일 {count}개가 있습니다(첫 파일: {first})",
    ),
    "wrong": Text(
        "{count} files of another size than listed (first: {first})",
        "파일 {count}개의 크기가 적힌 것과 다릅니다(첫 파일: {first})",
    ),
    "altered": Text(
        "{count} files altered (first: {first})", "파일 {count}개가 바뀌었습니다(첫 파일: {first})"
    ),
}

FILE_DETAILS: dict[str, Detail] = {
    # audio and video (engines/audio.py, pipeline/ingest.py)
    "file_not_found_at": Detail(
        Text("{name}: file not found ({path})", "{name}: 파일을 찾지 못했습니다({path})"), _CHECK_PATH
    ),
    "file_not_found": Detail(Text("file not found: {path}", "파일을 찾지 못했습니다: {path}"), _CHECK_PATH),
    "cannot_read_file": Detail(
        Text("{name}: cannot read the file ({reason})", "{name}: 파일을 읽지 못했습니다({reason})"),
        _CHECK_PERMISSIONS,
    ),
    "file_permission_denied": Detail(
        Text(
            "{name}: cannot read the file (permission denied)",
            "{name}: 파일을 읽을 권한이 없습니다",
        ),
        _CHECK_PERMISSIONS,
    ),
    "is_a_folder": Detail(
        Text("{name}: is a folder, not a file", "{name}: 파일이 아니라 폴더입니다"), _PICK_INSIDE
    ),
    "file_is_empty": Detail(
        Text("{name}: the file is empty (0 bytes)", "{name}: 파일이 비어 있습니다(0바이트)"), _EMPTY
    ),
    "named_file_is_empty": Detail(
        Text("{name} is empty (0 bytes)", "{name}이(가) 비어 있습니다(0바이트)"), _EMPTY
    ),
    "cannot_open_media": Detail(
        Text(
            "{name}: cannot be opened as audio or video ({reason})",
            "{name}: 오디오나 비디오로 열 수 없습니다({reason})",
        ),
        _CORRUPT_MEDIA,
    ),
    "video_has_no_audio": Detail(
        Text("{name}: the video has no audio track", "{name}: 비디오에 오디오 트랙이 없습니다"), _NO_AUDIO
    ),
    "no_media_streams": Detail(
        Text("{name}: no audio or video streams found", "{name}: 오디오나 비디오 스트림이 없습니다"),
        _CORRUPT_MEDIA,
    ),
    "audio_track_does_not_decode": Detail(
        Text(
            "{name}: the audio track does not decode ({reason})",
            "{name}: 오디오 트랙을 디코딩하지 못했습니다({reason})",
        ),
        _CORRUPT_MEDIA,
    ),
    "audio_does_not_decode": Detail(
        Text(
            "{name}: the audio does not decode ({reason})", "{name}: 오디오를 디코딩하지 못했습니다({reason})"
        ),
        _CORRUPT_MEDIA,
    ),
    "audio_track_empty": Detail(
        Text(
            "{name}: the audio track is empty (zero length)",
            "{name}: 오디오 트랙이 비어 있습니다(길이 0)",
        ),
        _NO_AUDIO,
    ),
    "sample_rate_too_low": Detail(
        Text(
            "{name}: its header says the audio has {rate} samples per second, below the {least} any recording "
            "uses; the file is damaged or was crafted",
            "{name}: 헤더에 적힌 샘플 레이트가 초당 {rate}개로, 어떤 녹음도 쓰지 않는 값({least} 미만)입니다. "
            "파일이 손상되었거나 조작되었습니다",
        ),
        _CORRUPT_MEDIA,
    ),
    "no_audio_samples": Detail(
        Text("the recording has no audio samples", "녹음에 오디오 샘플이 없습니다"), _NO_AUDIO
    ),
    # documents and text (engines/kinds.py, engines/text_encoding.py)
    "not_a_pdf": Detail(
        Text("{name}: not a PDF (no %PDF header)", "{name}: PDF가 아닙니다(%PDF 헤더가 없습니다)"),
        _CORRUPT_DOCUMENT,
    ),
    "text_file_too_large": Detail(
        Text(
            "{name}: the text file is {size} MB; text files up to {most} MB are supported",
            "{name}: 텍스트 파일이 {size} MB입니다. 텍스트 파일은 {most} MB까지 지원합니다",
        ),
        Text("split it into smaller files and add those", "더 작은 파일로 나누어 추가하세요"),
    ),
    "text_only_whitespace": Detail(
        Text("{name}: the file holds only whitespace", "{name}: 파일에 공백만 들어 있습니다"), _EMPTY
    ),
    "pdf_needs_cryptography": Detail(
        Text(
            "{name}: uses AES encryption, which needs the 'cryptography' package to read",
            "{name}: AES 암호화를 써서, 읽으려면 'cryptography' 패키지가 필요합니다",
        ),
        _PASSWORD,
    ),
    "pdf_password_protected": Detail(
        Text("{name}: the PDF is password-protected", "{name}: 암호가 걸린 PDF입니다"), _PASSWORD
    ),
    "pdf_unreadable": Detail(
        Text("{name}: the PDF cannot be read ({reason})", "{name}: PDF를 읽지 못했습니다({reason})"),
        _CORRUPT_DOCUMENT,
    ),
    "pdf_no_page_readable": Detail(
        Text(
            "{name}: none of the {count} pages could be read",
            "{name}: {count}쪽 가운데 읽을 수 있는 쪽이 하나도 없습니다",
        ),
        _CORRUPT_DOCUMENT,
    ),
    "pdf_no_text_layer": Detail(
        Text("{name}: no page has selectable text", "{name}: 선택할 수 있는 글자가 있는 쪽이 없습니다"),
        Text(
            "this looks like a scanned PDF; run OCR on it first (for example with ocrmypdf) and add the result",
            "스캔한 PDF로 보입니다. 먼저 문자 인식(OCR, 예: ocrmypdf)을 한 뒤 그 결과를 추가하세요",
        ),
    ),
    "text_file_problem": Detail(Text("{name}: {problem}", "{name} 파일: {problem}"), _SAVE_UTF8),
    "text_is_empty": Detail(Text("the text is empty (0 bytes)", "글이 비어 있습니다(0바이트)"), _EMPTY),
    "text_marker_not_valid": Detail(
        Text(
            "the text starts with a {encoding} marker but is not valid {encoding}",
            "글이 {encoding} 표시로 시작하지만 올바른 {encoding}이(가) 아닙니다",
        ),
        _SAVE_UTF8,
    ),
    "binary_not_text": Detail(
        Text("this is binary data, not text", "글이 아니라 바이너리 데이터입니다"), _SAVE_UTF8
    ),
    "unknown_text_encoding": Detail(
        Text("the text encoding could not be recognised", "글의 인코딩을 알아보지 못했습니다"), _SAVE_UTF8
    ),
    # the settings file (settings.py); {where} is a twin: "settings file …" / "설정 파일 …"
    "settings_not_toml": Detail(
        Text(
            "settings file {path} is not valid TOML: {reason}",
            "설정 파일 {path}이(가) 올바른 TOML이 아닙니다: {reason}",
        ),
        _SETTINGS,
    ),
    "settings_unknown_key": Detail(
        Text("{where}: unknown key '{key}'", "{where}: 알 수 없는 키 '{key}'"), _SETTINGS
    ),
    "settings_key_empty": Detail(
        Text("{where}: key '{key}' must not be empty", "{where}: 키 '{key}'은(는) 비워 둘 수 없습니다"),
        _SETTINGS,
    ),
    "settings_key_choices": Detail(
        Text(
            "{where}: key '{key}' must be one of {choices}, not '{value}'",
            "{where}: 키 '{key}'은(는) {choices} 중 하나여야 합니다. 받은 값: '{value}'",
        ),
        _SETTINGS,
    ),
    "settings_key_type": Detail(
        Text(
            "{where}: key '{key}' has an invalid value {value} (expected {expected})",
            "{where}: 키 '{key}'의 값 {value}이(가) 올바르지 않습니다({expected}이어야 합니다)",
        ),
        _SETTINGS,
    ),
    "settings_key_range": Detail(
        Text(
            "{where}: key '{key}' must be between {low} and {high}, not {value}",
            "{where}: 키 '{key}'은(는) {low}에서 {high} 사이여야 합니다. 받은 값: {value}",
        ),
        _SETTINGS,
    ),
    "settings_not_a_language": Detail(
        Text(
            "{where}: key 'languages' holds '{code}', which is not a language code",
            "{where}: 키 'languages'에 든 '{code}'은(는) 언어 코드가 아닙니다",
        ),
        Text(
            "use Whisper codes such as ko, en, ja, or 'any'",
            "ko, en, ja 같은 Whisper 언어 코드나 'any'를 쓰세요",
        ),
    ),
    # restoring a backup (pipeline/restore.py)
    "restore_folder_not_empty": Detail(
        Text(
            "{path} is not empty; a backup is only restored into a new or empty folder (nothing was changed)",
            "{path}이(가) 비어 있지 않습니다. 백업은 새 폴더나 빈 폴더에만 복원합니다(아무것도 바꾸지 않았습니다)",
        ),
        Text("choose another folder (the CLI: --data-dir)", "다른 폴더를 고르세요(명령줄에서는 --data-dir)"),
    ),
    "restore_needs_space": Detail(
        Text(
            "restoring needs {need} but only {free} is free in {folder}; nothing was restored",
            "복원하려면 {need}이(가) 필요하지만 {folder}에는 {free}만 남아 있습니다. 아무것도 복원하지 않았습니다",
        ),
        Text(
            "free some disk space or restore into a folder on another disk",
            "디스크 공간을 비우거나 다른 디스크의 폴더에 복원하세요",
        ),
    ),
    "backup_entry_unsafe": Detail(
        Text(
            "the archive holds an unsafe entry {entry} (outside the backup folder, a link, a device or a sparse "
            f"file); {_NOT_OURS}",
            "압축 파일에 안전하지 않은 항목 {entry}이(가) 있습니다(백업 폴더 밖, 링크, 장치 또는 희소 파일). "
            "RecordRoute가 만든 것이 아니거나 변조되었습니다",
        ),
        _BAD_BACKUP,
    ),
    "backup_manifest_not_json": Detail(
        Text(
            "the manifest in {archive} is not valid JSON ({reason})",
            "{archive}의 매니페스트가 올바른 JSON이 아닙니다({reason})",
        ),
        _BAD_BACKUP,
    ),
    "backup_manifest_not_ours": Detail(
        Text(
            "the manifest in {archive} is not a RecordRoute backup manifest",
            "{archive}의 매니페스트는 RecordRoute 백업 매니페스트가 아닙니다",
        ),
        _BAD_BACKUP,
    ),
    "backup_format": Detail(
        Text(
            "the archive {archive} has backup format {format}; this version reads format {expected}",
            "{archive}의 백업 형식은 {format}입니다. 이 버전은 형식 {expected}을(를) 읽습니다",
        ),
        Text("restore it with the version that made it", "백업을 만든 버전으로 복원하세요"),
    ),
    "backup_manifest_entry": Detail(
        Text(
            "the manifest in {archive} lists {entry} without a size and a sum",
            "{archive}의 매니페스트에 적힌 {entry}에 크기와 체크섬이 없습니다",
        ),
        _BAD_BACKUP,
    ),
    "backup_manifest_unreadable": Detail(
        Text(
            "the manifest in {archive} is unreadable or far too large",
            "{archive}의 매니페스트를 읽을 수 없거나 너무 큽니다",
        ),
        _BAD_BACKUP,
    ),
    "backup_entry_twice": Detail(
        Text("the archive {archive} holds {entry} twice", "{archive}에 {entry}이(가) 두 번 들어 있습니다"),
        _BAD_BACKUP,
    ),
    "backup_damaged": Detail(
        Text(
            "the archive {archive} is truncated or damaged ({reason})",
            "{archive}이(가) 잘렸거나 손상되었습니다({reason})",
        ),
        _BAD_BACKUP,
    ),
    "backup_no_manifest": Detail(
        Text(
            "the archive {archive} has no manifest: it is truncated or not a RecordRoute backup",
            "{archive}에 매니페스트가 없습니다. 잘렸거나 RecordRoute 백업이 아닙니다",
        ),
        _BAD_BACKUP,
    ),
    "backup_no_database": Detail(
        Text(
            "the archive {archive} holds no database: it is not a RecordRoute backup",
            "{archive}에 데이터베이스가 없습니다. RecordRoute 백업이 아닙니다",
        ),
        _BAD_BACKUP,
    ),
    "backup_not_as_listed": Detail(
        Text(
            "the archive {archive} does not match its manifest: {problems}",
            "{archive}이(가) 매니페스트와 맞지 않습니다: {problems}",
        ),
        _BAD_BACKUP,
    ),
    "backup_entry_unreadable": Detail(
        Text("cannot read {entry} from the archive", "압축 파일에서 {entry}을(를) 읽지 못했습니다"),
        _BAD_BACKUP,
    ),
    "backup_database_unreadable": Detail(
        Text(
            "the database in {archive} is not a readable SQLite database ({reason})",
            "{archive}의 데이터베이스는 읽을 수 있는 SQLite 데이터베이스가 아닙니다({reason})",
        ),
        _BAD_BACKUP,
    ),
    "backup_database_not_ours": Detail(
        Text(
            "the database in {archive} belongs to another program, not RecordRoute",
            "{archive}의 데이터베이스는 RecordRoute가 아닌 다른 프로그램의 것입니다",
        ),
        _BAD_BACKUP,
    ),
    "backup_database_newer": Detail(
        Text(
            "the database in {archive} was made by a newer RecordRoute (schema {version}; this version reads up "
            "to {most})",
            "{archive}의 데이터베이스는 더 새로운 RecordRoute가 만들었습니다(스키마 {version}, 이 버전은 {most}까지 "
            "읽습니다)",
        ),
        Text(
            "restore it with the newer version, or update RecordRoute first",
            "새 버전으로 복원하거나 먼저 RecordRoute를 업데이트하세요",
        ),
    ),
    "backup_database_damaged": Detail(
        Text(
            "the database in {archive} fails SQLite's integrity check",
            "{archive}의 데이터베이스가 SQLite 무결성 검사를 통과하지 못했습니다",
        ),
        _BAD_BACKUP,
    ),
}
