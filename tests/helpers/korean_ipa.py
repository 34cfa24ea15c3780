"""Korean text -> IPA that Kokoro-82M accepts (its Japanese voices then speak intelligible Korean).

A syllable table plus minimal liaison/assimilation rules; Whisper base read the result at 4.8–7.7 % CER
(shared/reference/test-speech.md). Tense consonants become plain: their diacritic is not in Kokoro's vocabulary.
"""

from __future__ import annotations

# onsets ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
ONS = ["k", "k", "n", "t", "t", "ɾ", "m", "p", "p", "s", "s", "", "ʨ", "ʨ", "ʨʰ", "kʰ", "tʰ", "pʰ", "h"]
# vowels ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
VOW = [
    "a",
    "e",
    "ja",
    "je",
    "ʌ",
    "e",
    "jʌ",
    "je",
    "o",
    "wa",
    "we",
    "we",
    "jo",
    "u",
    "wʌ",
    "we",
    "wi",
    "ju",
    "ɯ",
]
VOW += ["ɯi", "i"]
# codas '' ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
COD = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t"]
COD += ["ŋ", "t", "t", "k", "t", "p", "t"]
TENSE = {1, 4, 8, 10, 13}  # ㄲ ㄸ ㅃ ㅆ ㅉ: never voiced
VOICED = {"k": "ɡ", "t": "d", "p": "b", "ʨ": "ʥ"}
ONS_OF_COD = {
    1: 0,
    2: 1,
    4: 2,
    7: 3,
    8: 5,
    16: 6,
    17: 7,
    19: 9,
    20: 10,
    22: 12,
    23: 14,
    24: 15,
    25: 16,
    26: 17,
}
ASSIMILATE = [("pn", "mn"), ("pm", "mm"), ("tn", "nn"), ("tm", "nm"), ("kn", "ŋn"), ("km", "ŋm")]
ASSIMILATE += [("kh", "kʰ"), ("th", "tʰ"), ("ph", "pʰ"), ("nl", "ll"), ("ln", "ll")]


def _liaison(text: str) -> str:
    """A coda moves onto a following ㅇ-initial syllable; a ㅎ coda drops there."""
    cs = list(text)
    for i in range(len(cs) - 1):
        a, b = ord(cs[i]) - 0xAC00, ord(cs[i + 1]) - 0xAC00
        if 0 <= a < 11172 and 0 <= b < 11172 and a % 28 and b // 588 == 11:
            f = a % 28
            if f == 27:
                cs[i] = chr(0xAC00 + a - f)
            elif f in ONS_OF_COD:
                cs[i] = chr(0xAC00 + a - f)
                cs[i + 1] = chr(0xAC00 + ONS_OF_COD[f] * 588 + b % 588)
    return "".join(cs)


def ko_to_ipa(text: str) -> str:
    out: list[str] = []
    prev_voiced = False
    for ch in _liaison(text):
        c = ord(ch)
        if not 0xAC00 <= c <= 0xD7A3:
            out.append(" " if ch.isspace() else ch)
            prev_voiced = False
            continue
        i = c - 0xAC00
        o, v, f = i // 588, (i % 588) // 28, i % 28
        on, vw = ONS[o], VOW[v]
        if v == 19 and (o != 11 or (out and not out[-1].endswith((" ", ",", ".", "?", "!")))):
            vw = "i"  # ㅢ reads [i] after a consonant or inside a word
        if on in VOICED and prev_voiced and o not in TENSE:
            on = VOICED[on]  # lenis consonants voice between voiced sounds
        if on == "s" and vw.startswith(("i", "j", "wi")):
            on = "ɕ"
        if on == "ɾ" and out and out[-1].endswith("l"):
            on = "l"
        if on == "h" and prev_voiced:
            on = ""
        cd = COD[f]
        out.append(on + vw + cd)
        prev_voiced = cd in ("", "n", "m", "ŋ", "l")
    ipa = "".join(out).replace("  ", " ").strip()
    for a, b in ASSIMILATE:
        ipa = ipa.replace(a, b)
    return ipa
