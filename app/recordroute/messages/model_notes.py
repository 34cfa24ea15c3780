"""Models' one-line notes (speed, quality, languages) and what an Ollama model's family means for minutes, in
English and Korean, for every face: the speech, embedding and speaker catalogues' notes by model name, the Ollama
families by the marker engines/models/ollama.py matched (`family_key`). The English is the engines' own text
(the API and `--json` keep it); the Korean is the same as the window's (a test keeps them equal)."""

from __future__ import annotations

from .text import Text

MODEL_NOTES: dict[str, Text] = {
    "tiny": Text(
        "fastest; rough, many errors outside English",
        "가장 빠름. 거칠고 영어 외에는 오류가 많음",
    ),
    "tiny.en": Text(
        "fastest English-only; fine for clear speech",
        "가장 빠른 영어 전용. 또렷한 말에는 충분함",
    ),
    "base": Text(
        "fast; usable drafts, weak on Korean names and numbers",
        "빠름. 초안으로 쓸 만하지만 한국어 이름과 숫자에 약함",
    ),
    "base.en": Text(
        "fast English-only; better than tiny.en",
        "빠른 영어 전용. tiny.en보다 나음",
    ),
    "small": Text(
        "about 3x slower than base; the smallest size good for Korean",
        "base보다 약 3배 느림. 한국어에 쓸 만한 가장 작은 크기",
    ),
    "medium": Text(
        "slow on CPU; clearly better Korean and accents",
        "CPU에서 느림. 한국어와 억양에 확실히 더 나음",
    ),
    "large-v3": Text(
        "best quality; needs a GPU or patience (about 10x base on CPU)",
        "최고 품질. GPU나 인내가 필요함(CPU에서 base의 약 10배)",
    ),
    "large-v3-turbo": Text(
        "near large-v3 quality at about half its time; best CPU choice for Korean",
        "large-v3에 가까운 품질을 약 절반 시간에. 한국어에는 CPU에서 가장 좋은 선택",
    ),
    "distil-large-v3": Text(
        "fast distilled large-v3; English only in practice",
        "빠른 경량화 large-v3. 사실상 영어 전용",
    ),
    "all-MiniLM-L6-v2-int8": Text(
        "bundled; fast, English only",
        "기본 포함. 빠르지만 영어 전용",
    ),
    "multilingual-e5-small": Text(
        "good Korean and English semantic search; 384 dimensions",
        "한국어와 영어 의미 검색에 좋음. 384차원",
    ),
    "paraphrase-multilingual-MiniLM-L12-v2": Text(
        "fast multilingual; a bit weaker than e5-small",
        "빠른 다국어 모델. e5-small보다 조금 약함",
    ),
    "3dspeaker-campplus-zh-en": Text(
        "3D-Speaker CAM++: the best measured here, tells voices apart better on noisy and phone audio; trained on Chinese and English speech",
        "3D-Speaker CAM++: 여기서 측정한 것 중 최고, 잡음이 많거나 전화 음질에서도 목소리를 더 잘 구분; 중국어·영어 음성으로 학습",
    ),
    "3dspeaker-campplus": Text(
        "3D-Speaker CAM++, trained on English speech; not measured here",
        "3D-Speaker CAM++, 영어 음성으로 학습; 여기서는 측정하지 않음",
    ),
    "wespeaker-resnet34": Text(
        "WeSpeaker ResNet34, trained on English speech; not measured here",
        "WeSpeaker ResNet34, 영어 음성으로 학습; 여기서는 측정하지 않음",
    ),
    "3dspeaker-eres2net-zh": Text(
        "3D-Speaker ERes2Net, trained on Mandarin speech, works across languages; not measured here",
        "3D-Speaker ERes2Net, 중국어 음성으로 학습, 다른 언어에도 동작; 여기서는 측정하지 않음",
    ),
    "dvector-vfl": Text(
        "bundled; works out of the box, weaker on noisy and phone audio",
        "기본 포함; 바로 쓸 수 있지만 잡음이 많거나 전화 음질에서는 약함",
    ),
}

OLLAMA_FAMILIES: dict[str, Text] = {
    "exaone": Text(
        "EXAONE: trained for Korean and English",
        "EXAONE: 한국어와 영어로 학습",
    ),
    "qwen3": Text(
        "Qwen 3: strong multilingual, good Korean",
        "Qwen 3: 다국어에 강하고 한국어가 좋음",
    ),
    "qwen2.5": Text(
        "Qwen 2.5: strong multilingual, good Korean",
        "Qwen 2.5: 다국어에 강하고 한국어가 좋음",
    ),
    "qwen2": Text(
        "Qwen 2: multilingual",
        "Qwen 2: 다국어",
    ),
    "gemma3": Text(
        "Gemma 3: multilingual, good Korean",
        "Gemma 3: 다국어, 한국어가 좋음",
    ),
    "gemma2": Text(
        "Gemma 2: multilingual",
        "Gemma 2: 다국어",
    ),
    "aya": Text(
        "Aya: multilingual (23 languages incl. Korean)",
        "Aya: 다국어(한국어 포함 23개 언어)",
    ),
    "llama3.3": Text(
        "Llama 3.3: usable Korean",
        "Llama 3.3: 한국어 쓸 만함",
    ),
    "llama3.2": Text(
        "Llama 3.2: usable Korean",
        "Llama 3.2: 한국어 쓸 만함",
    ),
    "llama3.1": Text(
        "Llama 3.1: usable Korean",
        "Llama 3.1: 한국어 쓸 만함",
    ),
    "llama3": Text(
        "Llama 3: mostly English",
        "Llama 3: 주로 영어",
    ),
    "mistral": Text(
        "Mistral: mostly English and European languages",
        "Mistral: 주로 영어와 유럽 언어",
    ),
    "phi": Text(
        "Phi: English",
        "Phi: 영어",
    ),
    "embedding": Text(
        "an embedding model, not a chat model",
        "임베딩 모델이며 대화 모델이 아님",
    ),
    "": Text(
        "family not known to handle Korean well",
        "한국어를 잘 다루는지 알려지지 않은 계열",
    ),
}

# The rest of an Ollama model's reason, after its family, each joined with "; ".
OLLAMA_PARTS: dict[str, Text] = {
    "parameters": Text("{size}B parameters", "매개변수 {size}B"),
    "context": Text("{tokens} tokens of context", "컨텍스트 {tokens}토큰"),
}
