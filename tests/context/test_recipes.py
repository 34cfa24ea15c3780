"""Saved prompts ("recipes"): built-in and the user's own, run through the LLM, versioned apart from minutes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recordroute.engines.llm.recipes import load_recipes, parse_recipe
from recordroute.errors import LLMError, NotFoundError, TemplateError
from recordroute.pipeline.recipes import recipe_dirs, run_recipe
from recordroute.pipeline.summaries import summarize_recording
from tests.conftest import run_cli
from tests.context.helpers import add_recording
from tests.fakes.fake_ollama import FakeOllama

MODEL = "qwen2.5:7b-instruct"
MINE = (
    "---\nname: risks\ndescription: Every risk named\n---\nList every risk that was named, with its time.\n"
)


def test_parse_and_load_user_recipes_over_built_ins(tmp_path: Path) -> None:
    assert parse_recipe(MINE).instruction.startswith("List every risk")
    with pytest.raises(TemplateError):
        parse_recipe("---\nname: ../../x\n---\nbody")
    with pytest.raises(TemplateError):
        parse_recipe("---\nname: empty\n---\n\n")
    (tmp_path / "risks.md").write_text(MINE, encoding="utf-8")
    (tmp_path / "broken.md").write_text("no front matter", encoding="utf-8")
    (tmp_path / "questions.md").write_text(
        "---\nname: questions\ndescription: mine\n---\nMy way.", encoding="utf-8"
    )
    (tmp_path / "link.md").symlink_to(tmp_path / "risks.md")
    recipes = load_recipes([tmp_path])
    assert {"follow-up-email", "questions", "risks"} <= set(recipes) and "broken" not in recipes
    assert recipes["questions"].instruction == "My way."  # the user's file replaces the built-in
    assert recipes["follow-up-email"].describe("ko").startswith("참석자에게")


def _use(ctx, fake: FakeOllama, num_ctx: int = 8192) -> None:
    ctx.settings.ollama_host, ctx.settings.llm_backend = fake.url, "ollama"
    ctx.settings.llm_model, ctx.settings.llm_num_ctx = MODEL, num_ctx


def _long(n: int) -> list[tuple[float, float, str]]:
    return [(i * 10.0, i * 10.0 + 9, f"Fact {i:04d}: risk number {i} is the vendor delay.") for i in range(n)]


def test_a_recipe_runs_map_reduce_and_is_versioned_apart_from_the_minutes(ctx) -> None:
    (recipe_dirs(ctx.settings)[0]).mkdir(parents=True, exist_ok=True)
    (recipe_dirs(ctx.settings)[0] / "risks.md").write_text(MINE, encoding="utf-8")
    with FakeOllama(models={MODEL: {"context_length": 8192}}) as fake:
        _use(ctx, fake, 2048)
        rid = add_recording(ctx, _long(240))  # 40 minutes: more than one 2048-token part
        minutes = summarize_recording(ctx, rid)
        first = run_recipe(ctx, rid, "risks")
        second = run_recipe(ctx, rid, "risks")
        system = next(m["content"] for m in fake.requests[-1].messages_sent if m["role"] == "system")
    assert "List every risk that was named" in system  # the last call is the merge: no title asked for
    assert first.state == "complete" and (first.version, second.version) == (1, 2)
    assert "Facts 0000–0239" in (second.markdown or "")  # every part reached the merged answer
    assert ctx.store.summaries.latest(rid).id == minutes.id  # a recipe never becomes the minutes
    assert [r.version for r in ctx.store.recipes.list(rid)] == [2, 1]


def test_a_recipe_needs_an_llm_and_an_existing_name(ctx) -> None:
    rid = add_recording(ctx, _long(3))
    ctx.settings.llm_backend = "extractive"
    with pytest.raises(LLMError, match="needs an LLM"):
        run_recipe(ctx, rid, "questions")
    with pytest.raises(NotFoundError) as missing:
        run_recipe(ctx, rid, "nope")
    assert "follow-up-email" in missing.value.user_text()  # the hint lists what exists


def test_cli_recipes(isolated_env: Path, tmp_path: Path) -> None:
    with FakeOllama(models={MODEL: {"context_length": 8192}}) as fake:
        env = {"OLLAMA_HOST": fake.url, "RECORDROUTE_LLM_MODEL": MODEL}
        doc = tmp_path / "m.txt"
        doc.write_text("Fact 0001: the vendor is late. Fact 0002: the budget holds.", encoding="utf-8")
        assert run_cli("process", str(doc), "--no-summary", "-O", "no_index=true", env=env).returncode == 0
        listed = json.loads(run_cli("recipe", "list", "--json", env=env).stdout)
        assert {"follow-up-email", "questions"} <= {r["name"] for r in listed}
        res = run_cli("recipe", "run", "questions", "1", "--backend", "ollama", env=env)
        assert res.returncode == 0, res.stderr
        assert "questions · version 1" in res.stderr and "Facts 0001–0002" in res.stdout
        shown = run_cli("recipe", "show", "questions", "1", env=env)
        assert shown.stdout.strip() == res.stdout.strip()
        assert run_cli("recipe", "show", "follow-up-email", "1", env=env).returncode == 1
