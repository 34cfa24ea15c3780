"""Error details of refused paths (safepaths.py) in English (the developer text as it always was) and Korean:
the sentence, what the path was (a pack member, an archive entry…) and why it was refused."""

from __future__ import annotations

from .detail import Detail
from .text import Text

# What the refused path was, as the callers name it; one not listed here stays as the caller wrote it.
UNSAFE_WHAT: dict[str, Text] = {
    "the path": Text("the path", "경로"),
    "the file": Text("the file", "파일"),
    "the output file": Text("the output file", "출력 파일"),
    "a file of the model record": Text("a file of the model record", "모델 기록의 파일"),
    "a library file named in the database": Text(
        "a library file named in the database", "데이터베이스에 적힌 라이브러리 파일"
    ),
    "a note in the vault's state file": Text("a note in the vault's state file", "보관함 상태 파일의 메모"),
    "the archive entry": Text("the archive entry", "압축 파일 항목"),
    "the backup file": Text("the backup file", "백업 파일"),
    "the export file": Text("the export file", "내보낼 파일"),
    "the model record's path": Text("the model record's path", "모델 기록의 경로"),
    "the pack member": Text("the pack member", "팩 항목"),
    "the vault folder": Text("the vault folder", "보관함 폴더"),
}

# Why it was refused.
UNSAFE_WHY: dict[str, Text] = {
    "empty": Text("it is empty", "비어 있습니다"),
    "backslash": Text(
        "it holds a backslash, a folder separator on Windows",
        "Windows에서 폴더 구분자인 역슬래시가 들어 있습니다",
    ),
    "control": Text("it holds control characters", "제어 문자가 들어 있습니다"),
    "absolute": Text("it is an absolute path or names a drive", "절대 경로이거나 드라이브를 가리킵니다"),
    "no_file": Text("it names no file", "파일을 가리키지 않습니다"),
    "climbs": Text("it climbs out of its folder with '..'", "'..'로 폴더 밖으로 나갑니다"),
    "colon": Text(
        "it holds ':' (a drive or a data stream on Windows)",
        "':'가 들어 있습니다(Windows에서는 드라이브나 데이터 스트림)",
    ),
    "device": Text(
        "'{part}' is a device name or ends in a dot or space on Windows",
        "'{part}'은(는) Windows에서 장치 이름이거나 점이나 공백으로 끝납니다",
    ),
    "too_long": Text(
        "a part of it is longer than a file name may be", "일부가 파일 이름의 최대 길이보다 깁니다"
    ),
    "outside": Text("it does not stay inside its folder", "폴더 안에 머물지 않습니다"),
    "link_outside": Text("it leads outside its folder (through a link)", "링크를 거쳐 폴더 밖으로 나갑니다"),
    "symlink": Text(
        "it is a symbolic link; only regular files are read", "심볼릭 링크입니다. 일반 파일만 읽습니다"
    ),
    "not_regular": Text(
        "it is not a regular file (a device, pipe or socket)", "일반 파일이 아닙니다(장치, 파이프, 소켓)"
    ),
}

_REFUSED = Text(
    "it was refused and nothing was written; the file or archive was not made by RecordRoute or was altered",
    "거부했고 아무것도 쓰지 않았습니다. RecordRoute가 만든 파일이나 압축 파일이 아니거나 변조되었습니다",
)
_BROKEN = Text(
    "the model was not installed; get a complete copy (or a fresh pack) and import it again",
    "모델을 설치하지 않았습니다. 온전한 사본(또는 새 팩)을 구해 다시 가져오세요",
)
_BAD_BACKUP = Text(
    "nothing was restored; take a new backup or use another copy of the archive",
    "아무것도 복원하지 않았습니다. 새로 백업하거나 압축 파일의 다른 사본을 쓰세요",
)

PATH_DETAILS: dict[str, Detail] = {
    "unsafe_path": Detail(
        Text("{what} {name} is an unsafe path: {why}", "{what} {name}은(는) 안전하지 않은 경로입니다: {why}"),
        _REFUSED,
    ),
    "path_cannot_be_read": Detail(
        Text("{what} {path} cannot be read ({reason})", "{what} {path}을(를) 읽지 못했습니다({reason})"),
        Text("check the path", "경로를 확인하세요"),
    ),
    "output_in_data_folder": Detail(
        Text(
            "{what} {path} lies inside the data folder {folder}; writing there could replace the library's own "
            "files, so nothing was written",
            "{what} {path}이(가) 데이터 폴더 {folder} 안에 있습니다. 거기에 쓰면 라이브러리 자체 파일을 덮어쓸 수 "
            "있어 아무것도 쓰지 않았습니다",
        ),
        Text(
            "choose a place outside the data folder (for example your Documents folder)",
            "데이터 폴더 밖의 위치(예: 문서 폴더)를 고르세요",
        ),
    ),
    # an unsafe name found inside a pack or a backup: the refusal above, said in the same language
    "pack_unsafe_member": Detail(
        Text("{refusal}; nothing was unpacked", "{refusal}. 아무것도 풀지 않았습니다"), _BROKEN
    ),
    "backup_unsafe_entry": Detail(
        Text(
            "the archive holds an unsafe entry: {refusal}",
            "압축 파일에 안전하지 않은 항목이 있습니다: {refusal}",
        ),
        _BAD_BACKUP,
    ),
    "backup_unsafe_database": Detail(
        Text(
            "the database in {archive} is unsafe: {refusal}",
            "{archive}의 데이터베이스가 안전하지 않습니다: {refusal}",
        ),
        _BAD_BACKUP,
    ),
}
