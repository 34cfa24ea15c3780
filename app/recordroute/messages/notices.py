"""What the command line says besides error sentences, in English and Korean: the actions of error_texts worded
as commands, and its own notices on stderr. Commands, flags, setting keys and file names stay as typed."""

from __future__ import annotations

from .error_texts import CHOOSE_FOLDER, DOWNLOAD_MODEL, OPEN_SETTINGS, RETRY
from .text import Text

# An action as the command line words it; the key is (action, variant) with variant "" the general case.
CLI_ACTIONS: dict[tuple[str, str], Text] = {
    (DOWNLOAD_MODEL, ""): Text(
        "See which models are here and download the missing one: recordroute models list",
        "있는 모델을 확인하고 없는 모델을 다운로드하세요: recordroute models list",
    ),
    (DOWNLOAD_MODEL, "model"): Text(
        "Download the model: recordroute models download {model}",
        "모델을 다운로드하세요: recordroute models download {model}",
    ),
    (DOWNLOAD_MODEL, "llm"): Text(
        "Pull the model into Ollama: recordroute llm pull {model}",
        "Ollama에 모델을 받으세요: recordroute llm pull {model}",
    ),
    (OPEN_SETTINGS, ""): Text(
        "Change the setting in the settings file: {settings}",
        "설정 파일에서 설정을 바꾸세요: {settings}",
    ),
    (RETRY, ""): Text("Run the command again.", "명령을 다시 실행하세요."),
    (RETRY, "job"): Text(
        "Retry the job: recordroute retry {job}", "작업을 다시 시도하세요: recordroute retry {job}"
    ),
    (CHOOSE_FOLDER, ""): Text(
        "Choose another folder and run the command again.",
        "다른 폴더를 골라 명령을 다시 실행하세요.",
    ),
}

NOTICES: dict[str, Text] = {
    "interrupted": Text("interrupted", "중단했습니다"),
    # the command line's lead for the general codes (error, bad_input), before the English detail
    "generic_error": Text("Something went wrong.", "문제가 생겼습니다."),
    "generic_bad_input": Text("This input cannot be used.", "이 입력은 쓸 수 없습니다."),
    "speaker_model_note": Text(
        "speakers were found with {used}; {title} (~{size_mb} MB) tells speakers apart better on noisy and "
        "phone audio: `{command}` (to stop this note: speaker_offer_dismissed = true in {where})",
        "{used} 화자를 구분했습니다. {title}(약 {size_mb} MB)은(는) 잡음이 많거나 전화로 녹음한 소리에서 "
        "화자를 더 잘 구분합니다: `{command}` (이 안내를 그만 보려면 {where}에 "
        "speaker_offer_dismissed = true)",
    ),
    "used_no_model": Text("no speaker model", "화자 모델 없이"),
    "used_bundled": Text("the bundled d-vector", "내장 d-vector로"),
    "speaker_sounds_like": Text(
        "{label} sounds like {name} (similarity {score}); apply with `recordroute speakers {id} --accept`",
        "{label}은(는) {name}인 것 같습니다(유사도 {score}). 적용하려면 `recordroute speakers {id} --accept`",
    ),
    "index_not_refreshed": Text(
        "the search index was not refreshed ({reason}); `recordroute retry {job}` does it",
        "검색 색인을 새로 고치지 못했습니다({reason}). `recordroute retry {job}`로 다시 할 수 있습니다",
    ),
    "at_least_one": Text("--{flag} must be at least 1", "--{flag}은(는) 1 이상이어야 합니다"),
    "transcript_kept": Text(
        "the previous transcript ({model}) is kept", "이전 전사본({model})은 그대로 두었습니다"
    ),
    "minutes_not_accepted": Text(
        "the minutes were not accepted ({reason}); version {version} is kept aside: "
        "`recordroute summarize {id} --show --include-kept` prints it",
        "회의록을 받아들이지 않았습니다({reason}). 버전 {version}은(는) 따로 보관했습니다: "
        "`recordroute summarize {id} --show --include-kept`로 볼 수 있습니다",
    ),
    "reindex_first": Text(
        "{count} recordings are not searchable by meaning yet: indexing them first (or let the open app finish it)",
        "녹음 {count}개는 아직 의미로 검색할 수 없어 먼저 색인합니다(열려 있는 앱이 마치게 둘 수도 있습니다)",
    ),
    "verify_failed": Text(
        "{count} model(s) failed verification (download them again with --force, or import a good pack)",
        "모델 {count}개가 검사를 통과하지 못했습니다(--force로 다시 다운로드하거나 온전한 팩을 가져오세요)",
    ),
    "llm_model_in_use": Text(
        "'{model}' is the LLM model in use (setting llm_model) (pass --yes to delete it anyway)",
        "'{model}'은(는) 지금 쓰는 LLM 모델입니다(설정 llm_model). 그래도 지우려면 --yes를 붙이세요",
    ),
    "recording_to": Text(
        "recording to {path} ({rate} Hz, {channels} ch); Ctrl-C stops",
        "{path}에 녹음하는 중({rate} Hz, {channels} ch). Ctrl-C로 멈춥니다",
    ),
    "captions_skipped": Text(
        "{count} captions were not translated (the model fell behind)",
        "자막 {count}개를 번역하지 못했습니다(모델이 따라가지 못했습니다)",
    ),
    "recording_saved": Text(
        "saved {path} ({seconds} s, {lost} blocks lost)", "{path} 저장함({seconds}초, 잃은 블록 {lost}개)"
    ),
    "notes_saved": Text(
        "saved {count} notes beside it; they are imported with the recording",
        "메모 {count}개를 옆에 저장했습니다. 녹음과 함께 가져옵니다",
    ),
    "backup_file_missing": Text(
        "library file {name} was missing and is not in the backup",
        "라이브러리 파일 {name}이(가) 없어 백업에 넣지 못했습니다",
    ),
    "watching": Text("watching {folders}; Ctrl-C stops", "{folders} 폴더를 지켜보는 중. Ctrl-C로 멈춥니다"),
    "stopped_watching": Text(
        "stopped watching ({count} imported)", "지켜보기를 멈췄습니다({count}개 가져옴)"
    ),
}
