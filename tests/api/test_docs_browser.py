"""/docs in a real browser: headless Chromium (Debian's package), offline, renders the OpenAPI 3.1 document,
lists the operations, and a "Try it out" call with the token entered under "Authorize" succeeds."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from recordroute.api.config import ApiConfig
from tests.api.conftest import Api
from tests.helpers.cdp import Browser, chromium_path

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        chromium_path() is None, reason="chromium is not installed (apt-get install chromium)"
    ),
]

_SET_INPUT = """
(() => {
  const input = document.querySelector('.modal-ux input');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setter.call(input, %s);
  input.dispatchEvent(new Event('input', {bubbles: true}));
  return true;
})()
"""


def _click(browser: Browser, selector: str) -> None:
    browser.wait_for(f"!!document.querySelector({json.dumps(selector)})")
    browser.js(f"document.querySelector({json.dumps(selector)}).click()")


def test_docs_render_and_try_it_out_with_the_token(extra_server: Callable[..., Api]) -> None:
    api = extra_server(ApiConfig(run_jobs=False))
    with Browser() as browser:
        browser.goto(f"{api.url}/docs")
        count = browser.wait_for("document.querySelectorAll('.opblock').length")
        assert count >= 20
        body = browser.js("document.body.innerText")
        assert "Unable to render" not in body and "/v1/chat/completions" in body and "/v1/models" in body
        assert browser.js("document.querySelector('.version-stamp, .version') !== null")
        # Authorize: the bearer token, typed into the dialog as a user would.
        _click(browser, ".auth-wrapper .authorize")
        browser.wait_for("!!document.querySelector('.modal-ux input')")
        browser.js(_SET_INPUT % json.dumps(api.token))
        _click(browser, ".modal-ux .auth-btn-wrapper button.authorize")
        browser.wait_for(
            "document.querySelector('.modal-ux .auth-btn-wrapper')?.innerText.includes('Logout')"
        )
        _click(browser, ".modal-ux .btn-done, .modal-ux .close-modal")
        # Try it out: GET /v1/models.
        op = "[id$='list_models_v1_models_get']"
        _click(browser, f"{op} .opblock-summary-control")
        _click(browser, f"{op} .try-out__btn")
        _click(browser, f"{op} .execute")
        status = browser.wait_for(
            f'document.querySelector("{op} .live-responses-table tbody .response-col_status")?.innerText.trim()'
        )
        assert status.startswith("200"), status
        shown = browser.js(
            f'document.querySelector("{op} .live-responses-table tbody .response-col_description pre")?.innerText'
        )
        assert shown and "whisper-1" in shown
    local = f"{api.url}/"
    assert browser.requests and all(u.startswith(local) or u.startswith("data:") for u in browser.requests), [
        u for u in browser.requests if not u.startswith(local)
    ]
