"""Summary templates: built-in files, the six minutes sections, user folders and broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from recordroute.engines.llm.templates import get_template, load_templates, parse_template
from recordroute.errors import NotFoundError, TemplateError

MINUTES = {
    "ko": ["주요 주제", "핵심 내용", "결정 사항", "실행 항목", "리스크/이슈", "차기 일정"],
    "en": ["Main topics", "Key points", "Decisions", "Action items", "Risks & issues", "Next steps"],
}


def test_builtin_templates_exist_for_both_languages() -> None:
    templates = load_templates()
    for name in ("minutes", "lecture", "interview", "standup"):
        for lang in ("ko", "en"):
            tpl = templates[f"{name}.{lang}"]
            assert tpl.name == name and tpl.language == lang and tpl.description
            assert tpl.temperature == 0.2 and len(tpl.sections) == 6


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_minutes_has_exactly_six_sections_in_order(lang: str) -> None:
    tpl = get_template("minutes", lang)
    assert [s.title for s in tpl.sections] == MINUTES[lang]
    assert [s.role for s in tpl.sections] == [
        "topics",
        "key_points",
        "decisions",
        "actions",
        "risks",
        "next_steps",
    ]
    system = tpl.render("system", language=lang)
    positions = [system.index(f"## {i}. {t}") for i, t in enumerate(MINUTES[lang], 1)]
    assert positions == sorted(positions)
    owner, due = ("담당", "기한") if lang == "ko" else ("Owner", "Due")
    assert owner in system and due in system and "[mm:ss]" in system
    assert "{" not in system  # every placeholder filled


def test_user_template_overrides_and_adds(tmp_path: Path) -> None:
    (tmp_path / "minutes.en.md").write_text(
        "---\nname: minutes\nlanguage: en\nsections: topics=Topics | actions=Todo\n---\n"
        "[[system]]\nSYS {sections}\n[[map]]\nMAP {start}-{end}\n[[reduce]]\nRED\n",
        encoding="utf-8",
    )
    (tmp_path / "retro.en.md").write_text(
        "---\nname: retro\nlanguage: en\ndescription: Retro\ntemperature: 0.3\nsections: Went well | To improve\n---\n"
        "[[system]]\ns\n[[map]]\nm\n[[reduce]]\nr\n",
        encoding="utf-8",
    )
    (tmp_path / "broken.en.md").write_text("no front matter", encoding="utf-8")
    templates = load_templates([tmp_path])
    assert templates["minutes.en"].render("system", language="en") == "SYS ## 1. Topics\n## 2. Todo"
    assert (
        templates["minutes.en"].render("map", language="en", start="00:00", end="01:00") == "MAP 00:00-01:00"
    )
    assert (
        templates["retro.en"].temperature == 0.3 and templates["retro.en"].sections[1].title == "To improve"
    )
    assert "minutes.ko" in templates and "broken.en" not in templates
    assert get_template("retro", "ko", extra_dirs=[tmp_path]).language == "en"  # falls back to English


def test_unknown_template_and_parse_errors() -> None:
    with pytest.raises(NotFoundError) as info:
        get_template("poem", "ko")
    assert "minutes" in info.value.hint
    with pytest.raises(TemplateError, match=r"\[\[reduce\]\]"):
        parse_template("---\nname: x\nlanguage: en\nsections: a\n---\n[[system]]\ns\n[[map]]\nm\n")
    with pytest.raises(TemplateError, match="sections"):
        parse_template("---\nname: x\nlanguage: en\n---\n[[system]]\ns\n")
