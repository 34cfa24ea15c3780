"""Overlapped speech over real loopback HTTP: a recording's transcript JSON carries `overlap` on segments and
words, true where two people spoke at once and false elsewhere, and the export routes write the marker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from tests.pipeline.test_overlap_marks import OVERLAP, TURNS, _diar, _recording, _store


def test_transcript_json_says_which_words_overlap(extra_server: Callable[..., Any]) -> None:
    api = extra_server()
    rec_id = _recording(api.ctx.store, "ko")
    _store(api.ctx.store, rec_id, _diar(TURNS, OVERLAP))
    with httpx.Client(base_url=api.url, headers=api.auth, timeout=60) as http:
        detail = http.get(f"/api/recordings/{rec_id}")
        assert detail.status_code == 200, detail.text
        segs = detail.json()["segments"]
        assert [s["overlap"] for s in segs] == [False, True, True]
        assert [w["word"].strip() for s in segs for w in s["words"] if w["overlap"]] == ["it", "take"]
        assert all(isinstance(w["overlap"], bool) for s in segs for w in s["words"])
        txt = http.get(f"/api/recordings/{rec_id}/export", params={"format": "txt"})
        assert txt.status_code == 200, txt.text
        assert "S2: take to switch (말 겹침)" in txt.text
        schema = http.get("/openapi.json").json()["components"]["schemas"]
        assert schema["SegmentOut"]["properties"]["overlap"]["type"] == "boolean"
