"""The command line's own words on its human output (stdout tables and status lines, stderr labels) in English
and Korean. `--json` and logs keep the English values (states, stage names) that scripts read; commands, flags,
setting keys, model names and file names stay as typed."""

from __future__ import annotations

from .text import Text

# The labels before a line on stderr ("recordroute: error: ...").
LABELS: dict[str, Text] = {
    "error": Text("error", "오류"),
    "warning": Text("warning", "경고"),
    "note": Text("note", "참고"),
    "details": Text("details", "자세히"),
    "suggestion": Text("suggestion", "제안"),
}

# Job states (jobs.state) and a recording's per-stage states (recordings.*_state), as the tables show them.
STATES: dict[str, Text] = {
    "queued": Text("queued", "대기 중"),
    "running": Text("running", "실행 중"),
    "done": Text("done", "완료"),
    "failed": Text("failed", "실패"),
    "cancelled": Text("cancelled", "취소됨"),
    "interrupted": Text("interrupted", "중단됨"),
    "pending": Text("pending", "대기"),
    "none": Text("none", "안 함"),
    "skipped": Text("skipped", "건너뜀"),
    "stale": Text("stale", "오래됨"),  # index: the text changed after indexing
    "language_mismatch": Text("language_mismatch", "언어 불일치"),  # minutes in another language
}

# Pipeline stages (and the commands that run one of them) as the progress lines name them.
STAGES: dict[str, Text] = {
    "ingest": Text("ingest", "가져오기"),
    "transcribe": Text("transcribe", "전사"),
    "diarize": Text("diarize", "화자 구분"),
    "summarize": Text("summarize", "회의록"),
    "index": Text("index", "색인"),
    "reindex": Text("reindex", "다시 색인"),
    "job": Text("job", "작업"),
    # model work (`models download|import|export|verify`, `llm pull`)
    "download": Text("download", "다운로드"),
    "unpack": Text("unpack", "풀기"),
    "verify": Text("verify", "검사"),
    "import": Text("import", "가져오기"),
    "export": Text("export", "내보내기"),
    "pull": Text("pull", "받기"),
}

# Library item kinds (recordings.kind) and model sources (ModelState.source).
WORDS: dict[str, Text] = {
    "audio": Text("audio", "오디오"),
    "video": Text("video", "동영상"),
    "pdf": Text("pdf", "PDF"),
    "bundled": Text("bundled", "내장"),
    "package": Text("package", "내장"),
    "project": Text("project", "프로젝트"),
    "model_dir": Text("model_dir", "모델 폴더"),
    "downloaded": Text("downloaded", "다운로드함"),
    "imported": Text("imported", "가져옴"),
    "absent": Text("absent", "없음"),
    # what `watch` did with a file (pipeline/watch.py WatchEvent.kind); "imported" is above
    "duplicate": Text("duplicate", "중복"),
    "rejected": Text("rejected", "거부함"),
    "error": Text("error", "오류"),
    "never": Text("never", "안 함"),
    "basic (no model)": Text("basic (no model)", "기본(모델 없음)"),
    "neural": Text("neural", "신경망"),
    "extractive (no LLM)": Text("extractive (no LLM)", "추출식(LLM 없음)"),
    "yes": Text("yes", "예"),
    "no": Text("no", "아니요"),
    "speech": Text("speech", "음성"),
    "embedding": Text("embedding", "임베딩"),
    "speaker": Text("speaker", "화자"),
}

CLI_TEXTS: dict[str, Text] = {
    # --- recordings: list, show, export, delete, restore ---
    "list_header": Text("ID|DATE|LENGTH|LANG|STATE|TITLE", "ID|날짜|길이|언어|상태|제목"),
    "list_empty": Text(
        "no recordings yet: `recordroute process FILE`", "아직 녹음이 없습니다: `recordroute process FILE`"
    ),
    "trash_empty": Text("the trash is empty", "휴지통이 비어 있습니다"),
    "show_line": Text(
        "id {id} · {kind} · {length} · language {language} · imported {imported} · model {model}",
        "ID {id} · {kind} · {length} · 언어 {language} · 가져온 때 {imported} · 모델 {model}",
    ),
    "show_file": Text(
        "file: {name} ({size} bytes, sha256 {hash}…)", "파일: {name} ({size}바이트, sha256 {hash}…)"
    ),
    "kept_aside": Text("kept aside, not accepted: {error}", "따로 보관함, 받아들이지 않음: {error}"),
    "minutes_header": Text(
        "title: {title}  ·  {backend}  ·  version {version}", "제목: {title}  ·  {backend}  ·  버전 {version}"
    ),
    "wrote": Text("wrote {path}", "{path} 파일을 썼습니다"),
    "purged": Text(
        "deleted recording {id} ({title}) permanently", "녹음 {id}({title})을(를) 완전히 지웠습니다"
    ),
    "trashed": Text(
        "moved recording {id} ({title}) to the trash; `recordroute restore {id}` undoes it",
        "녹음 {id}({title})을(를) 휴지통으로 옮겼습니다. 되돌리려면 `recordroute restore {id}`",
    ),
    "restored": Text("restored recording {id}", "녹음 {id}을(를) 되살렸습니다"),
    "duplicate": Text("(already in the library: existing recording)", "(이미 라이브러리에 있는 녹음입니다)"),
    # --- jobs ---
    "no_jobs": Text("no jobs", "작업이 없습니다"),
    "job_recording": Text("rec {id}", "녹음 {id}"),
    "nothing_to_resume": Text("nothing to resume", "이어서 할 작업이 없습니다"),
    "job_state": Text("job {job}: {state}", "작업 {job}: {state}"),
    "transcribed_again": Text(
        "recording {id}: transcribed again with {model} ({language}): {count} segments",
        "녹음 {id}: {model}({language})로 다시 전사했습니다: 구간 {count}개",
    ),
    # --- models ---
    "models_header": Text("KIND|NAME|SOURCE|SIZE|VERIFIED|NOTE", "종류|이름|출처|크기|검사한 때|설명"),
    "korean_ok": Text("Korean ok", "한국어 가능"),
    "models_footer": Text(
        "* = in use (speaker: the one diarization uses, the first present in this order).  Disk: {disk}; "
        "free {free}",
        "* = 사용 중(화자: 화자 구분에 쓰는 모델, 이 순서에서 처음 있는 것).  디스크: {disk}, 남은 공간 {free}",
    ),
    "speech_suggested": Text(
        "suggested: {name} (~{size_mb} MB) for reliable {language} transcripts: `{command}` "
        "(speech_offer_dismissed = true in the settings stops this)",
        "추천: {language}를 안정적으로 전사하려면 {name}(약 {size_mb} MB): `{command}` "
        "(설정에서 speech_offer_dismissed = true로 이 안내를 끕니다)",
    ),
    "speaker_suggested": Text(
        "suggested: {name} ({title}, ~{size_mb} MB) tells speakers apart better on noisy and phone audio "
        "{than}: `{command}` (speaker_offer_dismissed = true in the settings stops this)",
        "추천: {name}({title}, 약 {size_mb} MB)은(는) 잡음이 많거나 전화로 녹음한 소리에서 {than} 화자를 더 잘 "
        "구분합니다: `{command}` (설정에서 speaker_offer_dismissed = true로 이 안내를 끕니다)",
    ),
    "than_no_model": Text("without a speaker model", "화자 모델 없이 할 때보다"),
    "than_bundled": Text("than the bundled d-vector", "내장 d-vector보다"),
    "model_downloaded": Text("{name}: {source} at {path} ({size})", "{name}: {source}, 위치 {path} ({size})"),
    "model_imported": Text(
        "{name}: imported {kind} model at {path} ({size}), checked and loaded",
        "{name}: {kind} 모델을 {path}에 가져왔습니다({size}), 검사하고 불러왔습니다",
    ),
    "model_written": Text("{name}: written to {path} ({size})", "{name}: {path}에 썼습니다({size})"),
    "verify_ok": Text("ok", "정상"),
    "verify_failed_line": Text("FAILED: {problems}", "실패: {problems}"),
    "model_deleted": Text("{name}: deleted ({size} freed)", "{name}: 지웠습니다({size} 확보)"),
    "model_default": Text(
        "{name} is now the default {kind} model", "이제 {name}이(가) 기본 {kind} 모델입니다"
    ),
    "llm_recommended": Text(
        "recommended for Korean and English minutes: {name} (`recordroute` setting llm_model; * = in use)",
        "한국어와 영어 회의록에 추천: {name} (`recordroute` 설정 llm_model, * = 사용 중)",
    ),
    "llm_none_suits": Text(
        "no installed model suits Korean minutes well; try `recordroute llm pull qwen2.5:7b-instruct`",
        "설치된 모델 중 한국어 회의록에 잘 맞는 것이 없습니다. "
        "`recordroute llm pull qwen2.5:7b-instruct`를 해 보세요",
    ),
    "llm_pulled": Text("{name}: pulled into Ollama at {server}", "{name}: {server}의 Ollama에 받았습니다"),
    "llm_deleted": Text("{name}: deleted from Ollama", "{name}: Ollama에서 지웠습니다"),
    # --- llm status ---
    "status_backend": Text("backend:   {value}", "백엔드:    {value}"),
    "status_reachable": Text("reachable: {value} ({detail})", "연결:      {value} ({detail})"),
    "status_models": Text("models:    {value}", "모델:      {value}"),
    "status_context": Text("context:   {value}", "컨텍스트:  {value}"),
    "status_search": Text("search:    {name} ({scope})", "검색:      {name} ({scope})"),
    "status_note": Text("note:      {value}", "참고:      {value}"),
    "multilingual": Text("multilingual", "다국어"),
    "english_only": Text("English-only", "영어 전용"),
    # --- search, similar, ask, reindex ---
    "page": Text("p. {page}", "{page}쪽"),
    "no_similar": Text(
        "no similar recordings (is the recording indexed? `recordroute reindex`)",
        "비슷한 녹음이 없습니다(녹음이 색인되어 있나요? `recordroute reindex`)",
    ),
    "sources": Text("Sources:", "출처:"),
    "source_recording": Text("(recording {id})", "(녹음 {id})"),
    "answered_by": Text("answered by {backend}", "답한 모델: {backend}"),
    "reindex_queued": Text(
        "re-index queued as job {job}; the open app (window or serve) runs it",
        "다시 색인하기를 작업 {job}(으)로 대기열에 넣었습니다. 열려 있는 앱(창 또는 serve)이 실행합니다",
    ),
    "reindexed": Text(
        "re-indexed {count} recordings with {model} ({dim}-d)",
        "녹음 {count}개를 {model}({dim}차원)로 다시 색인했습니다",
    ),
    # --- speakers ---
    "speakers_found": Text("{count} speakers ({label}); {overlap}", "화자 {count}명({label}). {overlap}"),
    "profile_saved": Text("saved voice profile {name}", "목소리 프로필 {name}을(를) 저장했습니다"),
    "no_speakers": Text(
        "recording {id} has no speakers yet: `recordroute diarize {id}`",
        "녹음 {id}에는 아직 화자가 없습니다: `recordroute diarize {id}`",
    ),
    "speakers_header": Text("LABEL|TALK|SHARE|NAME", "라벨|말한 시간|비율|이름"),
    "attendees": Text(
        "calendar attendees: {names} (name a speaker with `recordroute speakers {id} --rename LABEL NAME`)",
        "캘린더 참석자: {names} (화자 이름 붙이기: `recordroute speakers {id} --rename LABEL NAME`)",
    ),
    "no_profiles": Text(
        "no voice profiles yet: `recordroute speakers ID --save-profile LABEL`",
        "아직 목소리 프로필이 없습니다: `recordroute speakers ID --save-profile LABEL`",
    ),
    "profile_line": Text(
        "{name}\t{method} ({model})\tfrom recording {id}", "{name}\t{method} ({model})\t녹음 {id}에서"
    ),
    "profile_deleted": Text(
        "deleted {count} voice profile named {name}", "이름이 {name}인 목소리 프로필 {count}개를 지웠습니다"
    ),
    "profiles_deleted": Text(
        "deleted {count} voice profiles named {name}", "이름이 {name}인 목소리 프로필 {count}개를 지웠습니다"
    ),
    # --- notes, translate, correct, calendar, recipes ---
    "notes_saved": Text("saved {count} notes", "메모 {count}개를 저장했습니다"),
    "no_notes": Text(
        "recording {id} has no notes (`recordroute notes {id} --add TEXT` adds one)",
        "녹음 {id}에는 메모가 없습니다(`recordroute notes {id} --add TEXT`로 추가합니다)",
    ),
    "minutes_translated": Text(
        "minutes version {version} ({language}) by {backend}", "회의록 버전 {version} ({language}), {backend}"
    ),
    "translated": Text(
        "translated {count} segments of recording {id} into {language} by {backend}; "
        "`recordroute export {id} --format srt --bilingual {language}` writes both lines",
        "녹음 {id}의 구간 {count}개를 {backend}(으)로 {language}에 맞춰 번역했습니다. "
        "`recordroute export {id} --format srt --bilingual {language}`로 두 줄 모두 씁니다",
    ),
    "corrected": Text(
        "{count} segments corrected; the original transcript is unchanged "
        "(`recordroute export {id} --corrected` shows the corrected one)",
        "구간 {count}개를 교정했습니다. 원래 전사본은 그대로입니다"
        "(교정본은 `recordroute export {id} --corrected`로 봅니다)",
    ),
    "events_imported": Text("imported {count} events", "일정 {count}개를 가져왔습니다"),
    "event_recording": Text("recording {id}: {title}", "녹음 {id}: {title}"),
    "event_attendees": Text("(attendees: {names})", "(참석자: {names})"),
    "recipes_where": Text(
        "add your own as Markdown files in {folder}", "직접 만든 것은 {folder}에 Markdown 파일로 넣으세요"
    ),
    "recipe_run": Text("{recipe} · version {version} · {backend}", "{recipe} · 버전 {version} · {backend}"),
    "no_recipe_output": Text(
        "no output of '{name}' for recording {id} yet (`recordroute recipe run {name} {id}`)",
        "녹음 {id}에는 아직 '{name}' 결과가 없습니다(`recordroute recipe run {name} {id}`)",
    ),
    # --- export-vault, backup, restore-backup ---
    "vault_written": Text(
        "{folder}: {created} notes created, {updated} updated, {unchanged} unchanged",
        "{folder}: 노트 {created}개 만듦, {updated}개 고침, {unchanged}개 그대로",
    ),
    "vault_beside": Text(
        "you edited the generated part of a note; the new version is beside it: {path}",
        "노트에서 자동으로 만든 부분을 고치셨기에 새 버전을 옆에 두었습니다: {path}",
    ),
    "backup_written": Text(
        "wrote {path}: {recordings} recordings, {files} files, {size} bytes (settings without the API token)",
        "{path} 파일을 썼습니다: 녹음 {recordings}개, 파일 {files}개, {size}바이트(설정은 API 토큰 없이)",
    ),
    "backup_verified": Text(
        "{path}: OK, {files} files verified ({recordings} recordings)",
        "{path}: 정상, 파일 {files}개 검사함(녹음 {recordings}개)",
    ),
    "backup_restored": Text(
        "restored {recordings} recordings into {target}", "녹음 {recordings}개를 {target}에 복원했습니다"
    ),
    "backup_use": Text(
        "use it with: RECORDROUTE_CONFIG={config} recordroute   (or RECORDROUTE_DATA_DIR={target}); "
        "a new API token is made on first use",
        "이렇게 쓰세요: RECORDROUTE_CONFIG={config} recordroute   (또는 RECORDROUTE_DATA_DIR={target}). "
        "API 토큰은 처음 쓸 때 새로 만듭니다",
    ),
    # --- record, recover ---
    "microphones": Text("Microphones:", "마이크:"),
    "no_microphones": Text(
        "Microphones: none found (connect one or allow microphone access)",
        "마이크: 찾지 못했습니다(마이크를 연결하거나 마이크 접근을 허용하세요)",
    ),
    "system_audio": Text("System audio:", "시스템 오디오:"),
    "no_system_audio": Text("System audio: none found ({hint})", "시스템 오디오: 찾지 못했습니다({hint})"),
    "job_done": Text("job {job} done", "작업 {job} 완료"),
    "inbox_empty": Text(
        "no unfinished recordings in the inbox", "수신 폴더(inbox)에 끝나지 않은 녹음이 없습니다"
    ),
    "inbox_crashed": Text("cut short by a crash, repaired", "비정상 종료로 끊겨 복구함"),
    "inbox_never_imported": Text("never imported", "가져온 적 없음"),
    "inbox_import": Text(
        "import them with `recordroute recover --import`", "가져오려면 `recordroute recover --import`"
    ),
    "recovered": Text("{name}: {state}", "{name}: {state}"),
    "watch_recording": Text("recording {id}", "녹음 {id}"),
    "recovered_recording": Text("{name}: {state} (recording {id})", "{name}: {state} (녹음 {id})"),
    # --- serve: the start-up lines, the stop ---
    "serve_refused": Text(
        "refusing to listen on {host}: only 127.0.0.1 / ::1 are allowed (add --allow-remote to expose the API "
        "to other machines)",
        "{host}에서 요청을 받지 않습니다: 127.0.0.1 / ::1만 허용됩니다"
        "(다른 컴퓨터에 API를 열려면 --allow-remote를 붙이세요)",
    ),
    "serve_remote": Text(
        "listening on {host}: other machines can reach the API. Keep the token secret and prefer publishing the "
        "port to 127.0.0.1 only.",
        "{host}에서 요청을 받고 있습니다: 다른 컴퓨터에서 API에 닿을 수 있습니다. "
        "토큰은 비밀로 지키고, 포트는 되도록 127.0.0.1에만 여세요.",
    ),
    "serve_listening": Text(
        "RecordRoute API listening on {url}", "RecordRoute API가 {url}에서 요청을 받고 있습니다"
    ),
    "serve_openai": Text("OpenAI-compatible base URL: {url}/v1", "OpenAI 호환 기본 URL: {url}/v1"),
    "serve_docs": Text("docs: {url}/docs   health: {url}/health", "문서: {url}/docs   상태: {url}/health"),
    "serve_mcp": Text(
        "MCP (streamable HTTP, same token): {url}/mcp", "MCP(스트리밍 HTTP, 같은 토큰): {url}/mcp"
    ),
    "serve_token_env": Text(
        "token: from the RECORDROUTE_API_TOKEN environment variable",
        "토큰: 환경 변수 RECORDROUTE_API_TOKEN에서 읽음",
    ),
    "serve_token_file": Text(
        "token: stored in {path} (key api_token)", "토큰: {path}에 저장됨(키 api_token)"
    ),
    "serve_token_value": Text("token value: {token}", "토큰 값: {token}"),
    "serve_stop_hint": Text("Press Ctrl-C to stop.", "멈추려면 Ctrl-C를 누르세요."),
    "serve_died": Text("the API server stopped unexpectedly", "API 서버가 예기치 않게 멈췄습니다"),
    "serve_stopping": Text(
        "stopping (finishing requests in flight)...", "멈추는 중(처리 중인 요청을 마저 끝냅니다)..."
    ),
    "serve_stopped": Text("stopped", "멈췄습니다"),
    # --- self-test: one line a check, then the verdict ---
    "selftest_header": Text(
        "RecordRoute self-test ({how}, models: {models})", "RecordRoute 자체 점검({how}, 모델: {models})"
    ),
    "selftest_frozen": Text("frozen bundle", "실행 파일 묶음"),
    "selftest_source": Text("from source", "소스에서 실행"),
    "selftest_ok": Text("ok", "정상"),
    "selftest_fail": Text("FAIL", "실패"),
    "selftest_seconds": Text("{seconds} s", "{seconds}초"),
    "check_transcribe": Text("transcribe", "전사"),
    "check_search": Text("search", "검색"),
    "check_api": Text("api", "API"),
    "check_window": Text("window", "창"),
    "selftest_transcribed": Text(
        "{model}, language {language}, {count} words: {words}…",
        "{model}, 언어 {language}, 단어 {count}개: {words}…",
    ),
    "selftest_found": Text(
        "semantic search found the sample ({count} hits, {model})",
        "의미 검색이 샘플을 찾았습니다(결과 {count}개, {model})",
    ),
    "selftest_api": Text(
        "port {port}: /health 200, /api/recordings 401 without token, 200 with it ({count} listed)",
        "포트 {port}: /health 200, /api/recordings 토큰 없이 401, 토큰으로 200(녹음 {count}개)",
    ),
    "selftest_window": Text(
        "main window rendered offscreen ({size} KiB PNG)", "메인 창을 화면 없이 그렸습니다({size} KiB PNG)"
    ),
    "selftest_failed": Text(
        "self-test FAILED: {failures} of {checks} checks in {seconds} s",
        "자체 점검 실패: 검사 {checks}개 중 {failures}개 실패, {seconds}초",
    ),
    "selftest_passed": Text(
        "self-test passed: {checks} checks in {seconds} s", "자체 점검 통과: 검사 {checks}개, {seconds}초"
    ),
}
