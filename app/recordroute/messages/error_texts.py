"""Every error code (app/recordroute/errors.py, the engines' own, and the runner's and triage's codes) as a
sentence for people, in English and Korean, with the action that helps. Each face words the action its own
way (a button in the window, a command on the command line); the English developer text stays the detail."""

from __future__ import annotations

from dataclasses import dataclass

from .text import Text

DOWNLOAD_MODEL, OPEN_SETTINGS, RETRY, CHOOSE_FOLDER = (
    "download_model",
    "open_settings",
    "retry",
    "choose_folder",
)
ACTIONS = (DOWNLOAD_MODEL, OPEN_SETTINGS, RETRY, CHOOSE_FOLDER)


@dataclass(frozen=True)
class ErrorText(Text):
    action: str = ""  # one of ACTIONS, or "" when no action helps


ERROR_TEXTS: dict[str, ErrorText] = {
    "error": ErrorText(
        "Something went wrong.",
        "문제가 생겼습니다.",
        RETRY,
    ),
    "internal": ErrorText(
        "Something went wrong inside RecordRoute. Retry; if it happens again, see Details.",
        "RecordRoute 내부에서 문제가 생겼습니다. 다시 시도하고, 또 생기면 자세히를 확인하세요.",
        RETRY,
    ),
    "memory": ErrorText(
        "The computer ran out of memory. Close other apps or choose a smaller model.",
        "메모리가 부족합니다. 다른 앱을 닫거나 더 작은 모델을 고르세요.",
        OPEN_SETTINGS,
    ),
    "cancelled": ErrorText(
        "Cancelled.",
        "취소했습니다.",
    ),
    "bad_input": ErrorText(
        "This file cannot be used.",
        "이 파일은 쓸 수 없습니다.",
    ),
    "not_found": ErrorText(
        "The file or item was not found.",
        "파일이나 항목을 찾지 못했습니다.",
    ),
    "empty_file": ErrorText(
        "The file is empty. Record or export it again.",
        "파일이 비어 있습니다. 다시 녹음하거나 다시 내보내세요.",
    ),
    "unsupported": ErrorText(
        "This kind of file is not supported (audio, video, PDF and text are).",
        "지원하지 않는 종류의 파일입니다(오디오, 비디오, PDF, 텍스트를 지원합니다).",
    ),
    "corrupt_media": ErrorText(
        "The file is damaged or not really audio or video. Export it again.",
        "파일이 손상되었거나 실제로는 오디오나 비디오가 아닙니다. 다시 내보내세요.",
    ),
    "no_audio": ErrorText(
        "The file has no sound to transcribe.",
        "파일에 받아쓸 소리가 없습니다.",
    ),
    "encrypted_pdf": ErrorText(
        "The PDF is password-protected. Save it without the password and add it again.",
        "암호가 걸린 PDF입니다. 암호 없이 저장한 뒤 다시 추가하세요.",
    ),
    "no_text_layer": ErrorText(
        "The PDF is a scan without text. Run text recognition (OCR) on it first.",
        "글자가 없는 스캔 PDF입니다. 먼저 문자 인식(OCR)을 하세요.",
    ),
    "corrupt_document": ErrorText(
        "The document is damaged. Open and save it again, then add it again.",
        "문서가 손상되었습니다. 열어서 다시 저장한 뒤 다시 추가하세요.",
    ),
    "unknown_encoding": ErrorText(
        "The text file's encoding is unknown. Save it as UTF-8 and add it again.",
        "텍스트 파일의 인코딩을 알 수 없습니다. UTF-8로 저장한 뒤 다시 추가하세요.",
    ),
    "folder_not_empty": ErrorText(
        "The folder {path} is not empty. Choose a new or empty folder.",
        "{path} 폴더가 비어 있지 않습니다. 새 폴더나 빈 폴더를 고르세요.",
        CHOOSE_FOLDER,
    ),
    "too_many_files": ErrorText(
        "The folder has too many files; add fewer at once.",
        "폴더에 파일이 너무 많습니다. 한 번에 더 적게 추가하세요.",
    ),
    "unreadable": ErrorText(
        "The file cannot be read (permissions, or it was moved).",
        "파일을 읽을 수 없습니다(권한 문제이거나 옮겨졌습니다).",
    ),
    "same_in_batch": ErrorText(
        "Same content as {name}, added at the same time.",
        "함께 추가한 {name}과(와) 내용이 같습니다.",
    ),
    "too_large": ErrorText(
        "The file is too large. Split it into smaller files.",
        "파일이 너무 큽니다. 더 작은 파일로 나누세요.",
    ),
    "path_not_allowed": ErrorText(
        "That file is outside the folders you allowed for outside tools.",
        "외부 도구에 허용한 폴더 밖에 있는 파일입니다.",
        OPEN_SETTINGS,
    ),
    "remote_engine": ErrorText(
        "The remote speech or search server did not work. Check it or work locally.",
        "원격 음성 인식·검색 서버가 동작하지 않았습니다. 서버를 확인하거나 이 컴퓨터에서 처리하세요.",
        OPEN_SETTINGS,
    ),
    "unsafe_path": ErrorText(
        "A path in this file is unsafe; it was refused and nothing was written.",
        "이 파일 안의 경로가 안전하지 않아 거부했습니다. 아무것도 쓰지 않았습니다.",
    ),
    "output_in_data_folder": ErrorText(
        "Choose a place outside RecordRoute's data folder (for example Documents).",
        "RecordRoute 데이터 폴더 밖의 위치를 고르세요(예: 문서 폴더).",
    ),
    "calendar_unreachable": ErrorText(
        "The calendar server does not answer. Check its address and sign-in in Settings.",
        "캘린더 서버가 응답하지 않습니다. 설정에서 주소와 로그인 정보를 확인하세요.",
        OPEN_SETTINGS,
    ),
    "settings": ErrorText(
        "A setting is not valid; it was left unchanged.",
        "올바르지 않은 설정이 있어 바꾸지 않았습니다.",
        OPEN_SETTINGS,
    ),
    "model_not_found": ErrorText(
        "The model {model} is not on this computer.",
        "{model} 모델이 이 컴퓨터에 없습니다.",
        DOWNLOAD_MODEL,
    ),
    "model_capability": ErrorText(
        "The chosen speech model cannot do this (e.g. an English-only model).",
        "고른 음성 인식 모델로는 할 수 없습니다(예: 영어 전용 모델).",
        OPEN_SETTINGS,
    ),
    "broken_model": ErrorText(
        "The model's files are damaged. Download it again.",
        "모델 파일이 손상되었습니다. 다시 다운로드하세요.",
        DOWNLOAD_MODEL,
    ),
    "model_verification": ErrorText(
        "The downloaded model did not pass its check. Download it again.",
        "다운로드한 모델이 검사를 통과하지 못했습니다. 다시 다운로드하세요.",
        DOWNLOAD_MODEL,
    ),
    "hub": ErrorText(
        "The model could not be downloaded. Check the internet connection and retry.",
        "모델을 다운로드하지 못했습니다. 인터넷 연결을 확인하고 다시 시도하세요.",
        RETRY,
    ),
    "download_too_large": ErrorText(
        "The server offered a file much larger than this model; nothing was downloaded. Check the download mirror and retry.",
        "서버가 이 모델보다 훨씬 큰 파일을 보냈습니다. 아무것도 다운로드하지 않았습니다. 다운로드 미러를 확인하고 다시 시도하세요.",
        RETRY,
    ),
    "not_speaker_model": ErrorText(
        "The downloaded file is not a speaker model this app can run, so it was deleted. Download it again.",
        "다운로드한 파일이 이 앱에서 실행할 수 있는 화자 모델이 아니어서 삭제했습니다. 다시 다운로드하세요.",
        DOWNLOAD_MODEL,
    ),
    "confirmation_needed": ErrorText(
        "This needs your confirmation.",
        "확인이 필요합니다.",
    ),
    "storage": ErrorText(
        "The library could not be written.",
        "라이브러리에 쓸 수 없습니다.",
        CHOOSE_FOLDER,
    ),
    "disk_full": ErrorText(
        "The disk is full. Free some space and retry; nothing was changed.",
        "디스크가 가득 찼습니다. 공간을 비우고 다시 시도하세요. 바뀐 것은 없습니다.",
        RETRY,
    ),
    "index_corrupt": ErrorText(
        "The search index is being rebuilt; nothing in the library was lost.",
        "검색 색인을 다시 만드는 중입니다. 라이브러리에서 잃은 것은 없습니다.",
    ),
    "llm": ErrorText(
        "The LLM server reported a problem.",
        "LLM 서버가 문제를 알렸습니다.",
        RETRY,
    ),
    "llm_unavailable": ErrorText(
        "The LLM server at {server} does not answer.",
        "{server}의 LLM 서버가 응답하지 않습니다.",
        OPEN_SETTINGS,
    ),
    "llm_model_missing": ErrorText(
        "The LLM server does not have the model {model}.",
        "LLM 서버에 {model} 모델이 없습니다.",
        DOWNLOAD_MODEL,
    ),
    "llm_truncated": ErrorText(
        "The model's answer was cut off. Choose a model with a larger context.",
        "모델의 답이 중간에 잘렸습니다. 컨텍스트가 더 큰 모델을 고르세요.",
        OPEN_SETTINGS,
    ),
    "llm_context_exceeded": ErrorText(
        "The text is longer than the model's context. Lower the context size in Settings.",
        "글이 모델의 컨텍스트보다 깁니다. 설정에서 컨텍스트 크기를 낮추세요.",
        OPEN_SETTINGS,
    ),
    "template": ErrorText(
        "The minutes template has a mistake.",
        "회의록 템플릿에 오류가 있습니다.",
        OPEN_SETTINGS,
    ),
    "bad_backup": ErrorText(
        "This backup cannot be restored (damaged, or not a RecordRoute backup).",
        "이 백업은 복원할 수 없습니다(손상되었거나 RecordRoute 백업이 아닙니다).",
    ),
    "no_input_device": ErrorText(
        "No microphone was found.",
        "마이크를 찾지 못했습니다.",
        OPEN_SETTINGS,
    ),
    "no_loopback_device": ErrorText(
        "System audio cannot be recorded on this computer.",
        "이 컴퓨터에서는 시스템 소리를 녹음할 수 없습니다.",
    ),
    "capture": ErrorText(
        "Recording failed.",
        "녹음하지 못했습니다.",
        RETRY,
    ),
    "device_lost": ErrorText(
        "The microphone was disconnected; what was recorded is kept.",
        "마이크 연결이 끊겼습니다. 녹음된 부분은 보관했습니다.",
    ),
    "api_server": ErrorText(
        "The local API could not start (is the port in use?).",
        "로컬 API를 시작하지 못했습니다(포트가 이미 쓰이고 있나요?).",
        OPEN_SETTINGS,
    ),
}
