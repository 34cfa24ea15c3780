"""The placeholders `--help` shows for a value to give (metavars), in English and Korean, keyed by the English
as argparse shows it: the metavar a command names, else its default (the option's dest in capitals, the
positional's name). A Korean session reads `--limit 개수`; the usage errors name the argument the same way.
Choice values (`--mode keyword`) are typed as they are and are not here."""

from __future__ import annotations

from .text import Text

METAVARS: dict[str, Text] = {
    "COMMAND": Text("COMMAND", "명령"),
    "SUBCOMMAND": Text("SUBCOMMAND", "하위명령"),
    "FILE": Text("FILE", "파일"),
    "FILE.ics": Text("FILE.ics", "파일.ics"),
    "DIR": Text("DIR", "폴더"),
    "DATA_DIR": Text("DATA_DIR", "데이터폴더"),
    "PATH": Text("PATH", "경로"),
    "OUT": Text("OUT", "출력파일"),
    "OUTPUT": Text("OUTPUT", "출력파일"),
    "id": Text("id", "번호"),
    "job": Text("job", "작업번호"),
    "name": Text("name", "이름"),
    "NAME": Text("NAME", "이름"),
    "NAME_OR_REPO_ID": Text("NAME_OR_REPO_ID", "이름_또는_저장소ID"),
    "LABEL": Text("LABEL", "라벨"),
    "query": Text("query", "검색어"),
    "QUERY": Text("QUERY", "검색어"),
    "question": Text("question", "질문"),
    "TEXT": Text("TEXT", "글"),
    "N": Text("N", "개수"),
    "LIMIT": Text("LIMIT", "개수"),
    "SECONDS": Text("SECONDS", "초"),
    "INTERVAL": Text("INTERVAL", "간격초"),
    "SETTLE": Text("SETTLE", "대기초"),
    "SINCE": Text("SINCE", "시작일"),
    "UNTIL": Text("UNTIL", "종료일"),
    "LANG": Text("LANG", "언어"),
    "LANGUAGE": Text("LANGUAGE", "언어"),
    "MODEL": Text("MODEL", "모델"),
    "LLM_MODEL": Text("LLM_MODEL", "LLM모델"),
    "TEMPLATE": Text("TEMPLATE", "템플릿"),
    "KEY=VALUE": Text("KEY=VALUE", "키=값"),
    "DEVICE": Text("DEVICE", "장치"),
    "SYSTEM_DEVICE": Text("SYSTEM_DEVICE", "시스템장치"),
    "HOST": Text("HOST", "호스트"),
    "PORT": Text("PORT", "포트"),
    "ORIGIN": Text("ORIGIN", "출처"),
    "MAX_UPLOAD_MB": Text("MAX_UPLOAD_MB", "최대MB"),
    "WxH": Text("WxH", "너비x높이"),
}
