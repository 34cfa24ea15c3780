"""engines.docs (encodings, text splitting, PDFs) and the document half of engines.kinds."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from recordroute.engines import docs
from recordroute.engines.kinds import SUPPORTED_EXTENSIONS, describe_unsupported, detect_kind, is_supported
from recordroute.errors import (
    Cancelled,
    CorruptDocumentError,
    EmptyFileError,
    EncryptedPdfError,
    NoTextLayerError,
    TextDecodeError,
    UnsupportedFileError,
)
from recordroute.progress import CancelToken, Progress
from tests.helpers import media

KOREAN = (
    "안녕하세요. 오늘 회의에서는 다음 분기 예산과 신규 채용 계획을 논의했습니다.\n"
    "담당자는 김철수 팀장이며, 결과는 금요일까지 공유할 예정입니다."
)
ENGLISH = "Meeting notes\nWe agreed to ship the release on Friday.\n"
FRENCH = "Café crème, naïve façade; déjà vu à Noël. Über die Straße, señor!"


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        pytest.param(KOREAN, KOREAN.encode("utf-8"), id="utf-8"),
        pytest.param(KOREAN, KOREAN.encode("utf-8-sig"), id="utf-8-bom"),
        pytest.param(KOREAN, KOREAN.encode("utf-16"), id="utf-16-bom-native"),
        pytest.param(KOREAN, b"\xff\xfe" + KOREAN.encode("utf-16-le"), id="utf-16le-bom"),
        pytest.param(KOREAN, b"\xfe\xff" + KOREAN.encode("utf-16-be"), id="utf-16be-bom"),
        pytest.param(ENGLISH, ENGLISH.encode("utf-16-le"), id="utf-16le-no-bom"),
        pytest.param(ENGLISH, ENGLISH.encode("utf-16-be"), id="utf-16be-no-bom"),
        pytest.param(KOREAN, KOREAN.encode("utf-16-le"), id="utf-16le-no-bom-korean"),
        pytest.param(KOREAN, KOREAN.encode("cp949"), id="cp949"),
        pytest.param(KOREAN, KOREAN.encode("euc-kr"), id="euc-kr"),
        pytest.param("회의록", "회의록".encode("cp949"), id="cp949-one-word"),
        pytest.param(
            "요약:\n- 예산 승인\n- 채용 2명",
            "요약:\n- 예산 승인\n- 채용 2명".encode("euc-kr"),
            id="euc-kr-list",
        ),
        pytest.param(FRENCH, FRENCH.encode("latin-1"), id="latin-1"),
        pytest.param("Ça va? été", "Ça va? été".encode("latin-1"), id="latin-1-short"),
        pytest.param("“Quoted” — 5 € … ok", "“Quoted” — 5 € … ok".encode("cp1252"), id="cp1252"),
        pytest.param(
            "Привет, как дела? Это тестовый текст.",
            "Привет, как дела? Это тестовый текст.".encode("cp1251"),
            id="cp1251",
        ),
        pytest.param("plain ascii", b"plain ascii", id="ascii"),
    ],
)
def test_text_round_trips_exactly(text: str, raw: bytes) -> None:
    decoded, encoding = docs.decode_text_bytes(raw)
    assert decoded == text, encoding


def test_korean_encodings_are_named_cp949() -> None:
    assert docs.decode_text_bytes(KOREAN.encode("cp949"))[1] == "cp949"
    assert docs.decode_text_bytes(KOREAN.encode("euc-kr"))[1] == "cp949"  # EUC-KR is a subset of CP949
    assert docs.decode_text_bytes(KOREAN.encode("utf-8"))[1] == "utf-8"


def test_chinese_gbk_is_not_taken_for_korean() -> None:
    text = "今天的会议讨论了下个季度的预算和招聘计划。"
    decoded, encoding = docs.decode_text_bytes(text.encode("gbk"))
    assert encoding != "cp949"
    assert decoded == text


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(np.random.default_rng(7).integers(0, 256, 4000, dtype=np.uint8).tobytes(), id="random"),
        pytest.param(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8, id="executable-like"),
        pytest.param(b"\x00" * 500, id="only-nuls"),
        pytest.param(np.arange(3000, dtype="<i4").tobytes(), id="int32-array"),
    ],
)
def test_binary_garbage_is_rejected(raw: bytes) -> None:
    with pytest.raises(TextDecodeError):
        docs.decode_text_bytes(raw)


def test_empty_bytes() -> None:
    with pytest.raises(EmptyFileError):
        docs.decode_text_bytes(b"")


def test_nul_padded_log_keeps_its_text() -> None:
    text, encoding = docs.decode_text_bytes(b"boot ok\nservice started\n" + b"\x00" * 4096)
    assert encoding == "utf-8" and text == "boot ok\nservice started\n"


# --- text files ------------------------------------------------------------------------------------------
def test_markdown_paragraphs_and_normalisation(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(
        b"# Weekly sync\r\n\r\nFirst   paragraph\twith  spaces.\r\nSecond line.\r\n\r\n\r\n\r\n"
        b"Second\x00 paragraph.   \r\n   \r\nThird."
    )
    doc = docs.extract(path)
    assert doc.kind == "text" and doc.pages is None and doc.encoding == "utf-8"
    assert doc.title == "Weekly sync"
    assert [s.text for s in doc.segments] == [
        "# Weekly sync",
        "First paragraph with spaces.\nSecond line.",
        "Second paragraph.",
        "Third.",
    ]
    assert [s.idx for s in doc.segments] == [0, 1, 2, 3]
    assert all(s.page is None for s in doc.segments)
    assert (
        doc.text
        == "# Weekly sync\n\nFirst paragraph with spaces.\nSecond line.\n\nSecond paragraph.\n\nThird."
    )


def test_long_paragraph_splits_on_sentences(tmp_path: Path) -> None:
    sentences = [
        f"Sentence number {i} talks about the budget and the hiring plan in some detail." for i in range(80)
    ]
    path = tmp_path / "long.txt"
    path.write_text(" ".join(sentences), encoding="utf-8")
    doc = docs.extract(path)
    assert len(doc.segments) >= 4
    assert all(len(s.text) <= docs.MAX_SEGMENT_CHARS for s in doc.segments)
    assert all(s.text.endswith("detail.") for s in doc.segments)  # cut at sentence ends, never mid-sentence
    assert " ".join(s.text for s in doc.segments) == " ".join(sentences)


def test_endless_sentence_is_still_split(tmp_path: Path) -> None:
    path = tmp_path / "run_on.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    segments = docs.extract(path).segments
    assert len(segments) >= 3 and all(len(s.text) <= docs.MAX_SEGMENT_CHARS for s in segments)


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr", "utf-16", "utf-8-sig"])
def test_korean_text_file(encoding: str, tmp_path: Path) -> None:
    path = tmp_path / f"memo_{encoding}.txt"
    path.write_bytes(f"{KOREAN}\n\n두 번째 문단입니다.".encode(encoding))
    doc = docs.extract(path)
    assert [s.text for s in doc.segments] == [KOREAN, "두 번째 문단입니다."]
    assert doc.encoding in {"cp949", "utf-16-le", "utf-8-sig"}


def test_text_file_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\n", encoding="utf-8")
    garbage = tmp_path / "photo.txt"
    garbage.write_bytes(np.random.default_rng(3).integers(0, 256, 3000, dtype=np.uint8).tobytes())
    for path, error in [(empty, EmptyFileError), (blank, EmptyFileError), (garbage, TextDecodeError)]:
        with pytest.raises(error) as info:
            docs.extract(path)
        assert path.name in str(info.value)
    with pytest.raises(UnsupportedFileError):
        docs.extract(tmp_path / "slides.pptx")


# --- PDFs ------------------------------------------------------------------------------------------------
def test_multipage_pdf_keeps_page_numbers(docs_dir: Path) -> None:
    path = media.make_text_pdf(
        docs_dir / "three.pdf", ["Agenda for the quarterly review.", "", "Action items: hire two."]
    )
    seen: list[Progress] = []
    doc = docs.extract(path, progress=seen.append)
    assert doc.kind == "pdf" and doc.pages == 3 and doc.encoding is None
    assert [(s.idx, s.page) for s in doc.segments] == [(0, 1), (1, 3)]
    assert doc.segments[0].text == "Agenda for the quarterly review."
    assert doc.segments[1].text == "Action items: hire two."
    fractions = [p.fraction for p in seen]
    assert fractions[-1] == 1.0 and fractions == sorted(fractions)
    assert {p.stage for p in seen} == {"extract"}
    assert detect_kind(path) == "pdf"


def test_korean_pdf_text_is_extracted(docs_dir: Path) -> None:
    path = media.make_text_pdf(docs_dir / "korean.pdf", [KOREAN.replace("\n", " ")])
    doc = docs.extract(path)
    # The PDF wraps lines where the layout did; the words and their order come back exactly.
    assert doc.text.split() == KOREAN.split()


def test_encrypted_pdf_is_refused(docs_dir: Path) -> None:
    path = media.make_encrypted_pdf(docs_dir / "locked.pdf", "Top secret minutes.", "hunter2")
    with pytest.raises(EncryptedPdfError) as info:
        docs.extract(path)
    assert "locked.pdf" in str(info.value)
    assert detect_kind(path) == "pdf"  # still a PDF; extraction explains the password


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_owner_only_encrypted_pdf_is_readable(algorithm: str, tmp_path: Path) -> None:
    path = media.make_owner_only_encrypted_pdf(
        tmp_path / "no_print.pdf", ["Owner restrictions only."], algorithm=algorithm
    )
    doc = docs.extract(path)
    assert doc.text == "Owner restrictions only."


def test_scanned_pdf_has_no_text_layer(docs_dir: Path) -> None:
    path = media.make_scanned_pdf(docs_dir / "scan.pdf", pages=2)
    with pytest.raises(NoTextLayerError):
        docs.extract(path)


@pytest.mark.parametrize("fraction", [0.3, 0.8])
def test_truncated_pdf_is_corrupt(fraction: float, docs_dir: Path, tmp_path: Path) -> None:
    whole = media.make_text_pdf(tmp_path / "whole.pdf", ["Some text.", "More text."])
    with pytest.raises(CorruptDocumentError):
        docs.extract(media.make_truncated(whole, tmp_path / "cut.pdf", fraction))


def test_text_renamed_pdf(tmp_path: Path) -> None:
    path = media.make_text_renamed(tmp_path / "report.pdf")
    with pytest.raises(CorruptDocumentError):
        docs.extract(path)
    with pytest.raises(CorruptDocumentError):
        detect_kind(path)


def test_pdf_cancel(docs_dir: Path) -> None:
    path = media.make_text_pdf(docs_dir / "cancel.pdf", [f"Page {i} text." for i in range(5)])
    token = CancelToken()

    def on_progress(p: Progress) -> None:
        if p.fraction >= 0.4:
            token.cancel()

    with pytest.raises(Cancelled):
        docs.extract(path, progress=on_progress, cancel=token)


# --- kinds -----------------------------------------------------------------------------------------------
def test_detect_kind_for_documents(tmp_path: Path) -> None:
    for ext in ["txt", "md", "markdown", "text", "srt", "vtt", "csv", "log"]:
        path = tmp_path / f"note.{ext}"
        path.write_text("hello", encoding="utf-8")
        assert detect_kind(path) == "text"
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFileError):
        detect_kind(empty)


@pytest.mark.parametrize("name", ["slides.pptx", "report.docx", "archive.zip", "README"])
def test_unsupported_files_are_named(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 something")
    with pytest.raises(UnsupportedFileError) as info:
        detect_kind(path)
    ext = Path(name).suffix
    assert (ext or "without an extension") in str(info.value)
    assert name in describe_unsupported(path)
    assert not is_supported(path)


def test_supported_extensions_cover_all_kinds() -> None:
    assert {"mp3", "m4a", "wav", "mp4", "mkv", "pdf", "txt", "md", "srt"} <= SUPPORTED_EXTENSIONS
    assert all(ext == ext.lower() and not ext.startswith(".") for ext in SUPPORTED_EXTENSIONS)
