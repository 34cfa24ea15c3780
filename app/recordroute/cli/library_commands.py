"""`recordroute export-vault`, `backup` and `restore-backup`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..messages.notice import parse
from ..messages.pipeline_notices import RESTORE_NOTES
from ..settings import Settings
from . import say
from .commands import emit_json, extra_command, open_context, out


@extra_command
def add_library_commands(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser(
        "export-vault",
        help=say.help_text("export-vault"),
    )
    c.add_argument("folder", metavar="DIR", help=say.help_text("export-vault folder"))
    c.add_argument("--json", action="store_true", help=say.help_text("export-vault --json"))
    c.set_defaults(func=cmd_export_vault)

    c = sub.add_parser(
        "backup",
        help=say.help_text("backup"),
    )
    c.add_argument("file", metavar="FILE", help=say.help_text("backup file"))
    c.add_argument("--json", action="store_true", help=say.help_text("backup --json"))
    c.set_defaults(func=cmd_backup)

    c = sub.add_parser("restore-backup", help=say.help_text("restore-backup"))
    c.add_argument("file", metavar="FILE", help=say.help_text("restore-backup file"))
    c.add_argument("--data-dir", help=say.help_text("restore-backup --data-dir"))
    c.add_argument("--verify", action="store_true", help=say.help_text("restore-backup --verify"))
    c.add_argument("--json", action="store_true", help=say.help_text("restore-backup --json"))
    c.set_defaults(func=cmd_restore_backup)


def cmd_export_vault(args: argparse.Namespace) -> int:
    from ..pipeline.vault import export_vault

    ctx = open_context()
    result = export_vault(ctx.store, Path(args.folder))
    counts = {
        "created": len(result.created),
        "updated": len(result.updated),
        "unchanged": len(result.unchanged),
        "beside": [str(p) for p in result.beside],
    }
    if args.json:
        emit_json(counts)
        return 0
    out(
        say.text(
            "vault_written",
            folder=args.folder,
            created=counts["created"],
            updated=counts["updated"],
            unchanged=counts["unchanged"],
        )
    )
    for path in result.beside:
        print(f"{say.label('note')}: {say.text('vault_beside', path=path)}", file=sys.stderr)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from ..pipeline.backup import create_backup

    ctx = open_context()
    info = create_backup(ctx, Path(args.file))
    if args.json:
        emit_json(
            {
                "path": str(info.path),
                "files": len(info.files),
                "bytes": info.size,
                "recordings": info.recordings,
                "missing": info.missing,
            }
        )
        return 0
    files, size = len(info.files), f"{info.size:,}"
    out(say.text("backup_written", path=info.path, recordings=info.recordings, files=files, size=size))
    for name in info.missing:
        print(f"{say.label('warning')}: {say.notice('backup_file_missing', name=name)}", file=sys.stderr)
    return 0


def cmd_restore_backup(args: argparse.Namespace) -> int:
    from ..pipeline.backup import restore_backup, verify_backup

    if args.verify:
        manifest = verify_backup(Path(args.file))
        if args.json:
            emit_json({"ok": True, "files": len(manifest["files"]), "recordings": manifest.get("recordings")})
        else:
            files = len(manifest["files"])
            out(
                say.text(
                    "backup_verified", path=args.file, files=files, recordings=manifest.get("recordings")
                )
            )
        return 0
    target = Path(args.data_dir) if args.data_dir else Settings.load().data_dir
    manifest = restore_backup(Path(args.file), target)
    if args.json:
        emit_json(
            {
                "ok": True,
                "data_dir": str(target),
                "files": len(manifest["files"]),
                "recordings": manifest.get("recordings"),
                "notes": manifest.get("notes", []),
            }
        )
        return 0
    out(say.text("backup_restored", recordings=manifest.get("recordings"), target=target))
    for line in manifest.get("notes", []):
        out(f"{say.label('note')}: {say.render(parse(line, RESTORE_NOTES))}")
    out(say.text("backup_use", config=target / "settings.toml", target=target))
    return 0
