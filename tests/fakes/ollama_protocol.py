"""Ollama's prompt handling, reproduced for the fake server: a deterministic tokenizer, a ChatML template,
chat-message truncation (server/prompt.go chatPrompt) and runner truncation (runner NewSequence), plus the
record of one request with what the "model" saw.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

TOKEN_RE = re.compile(
    r"<\|im_start\|>|<\|im_end\|>|\s?[A-Za-z]{1,4}|\s?\d|\s?[\uac00-\ud7a3]{1,2}|\s+|.", re.S
)
BUSY = "server busy, please try again.  maximum pending requests exceeded"


def tokenize(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def render_chat(messages: list[dict[str, str]], *, open_answer: bool = True) -> str:
    out = "".join(f"<|im_start|>{m['role']}\n{m.get('content') or ''}<|im_end|>\n" for m in messages)
    return out + ("<|im_start|>assistant\n" if open_answer else "")


def parse_rendered(text: str) -> list[dict[str, str]]:
    """Messages back from a (possibly front-truncated) rendered prompt, as the model saw them."""
    out = []
    for block in text.split("<|im_start|>"):
        if not block:
            continue
        role, _, content = block.partition("\n")
        content = content.replace("<|im_end|>", "").rstrip("\n")
        if role == "assistant" and not content:
            continue
        out.append({"role": role.strip() or "?", "content": content})
    return out


def chat_truncate(messages: list[dict[str, str]], num_ctx: int) -> list[dict[str, str]]:
    """Ollama's chatPrompt: remove messages from the front until it fits; keep system messages and the last."""
    last = len(messages) - 1
    for i in range(len(messages)):
        system = [m for m in messages[:i] if m.get("role") == "system"]
        candidate = system + messages[i:]
        if len(tokenize(render_chat(candidate))) <= num_ctx or i == last:
            return candidate
    return messages


def runner_truncate(tokens: list[str], num_ctx: int, num_keep: int = 4) -> list[str]:
    """Ollama's runner: keep the first num_keep tokens, drop what follows them until the prompt fits."""
    if len(tokens) <= num_ctx:
        return tokens
    keep = min(num_keep, num_ctx - 1)
    discard = len(tokens) - num_ctx
    return tokens[:keep] + tokens[keep + discard :]


@dataclass
class FakeRequest:
    endpoint: str
    model: str
    body: dict[str, Any]
    options: dict[str, Any]
    stream: bool
    num_ctx: int = 0
    messages_sent: list[dict[str, str]] = field(default_factory=list)
    messages_seen: list[dict[str, str]] = field(default_factory=list)
    prompt_seen: str = ""  # the rendered prompt after truncation, template tokens included
    prompt_tokens_sent: int = 0
    prompt_tokens: int = 0  # tokens actually evaluated
    truncated: bool = False
    context_shift: bool = False  # prompt + answer outgrew num_ctx
    response: str = ""
    done_reason: str = ""
    images: int = 0  # images the request carried
    tool_calls: list[dict[str, Any]] = field(default_factory=list)  # the calls the "model" made
    status: int = 200
    duration: float = 0.0  # seconds spent in the handler
    recorded: bool = field(default=False, repr=False)

    @property
    def seen_text(self) -> str:
        """What the model saw, without template tokens."""
        return "\n".join(m["content"] for m in self.messages_seen)

    @property
    def system_seen(self) -> str:
        return "\n".join(m["content"] for m in self.messages_seen if m["role"] == "system")

    @property
    def user_seen(self) -> str:
        return "\n".join(m["content"] for m in self.messages_seen if m["role"] != "system")
