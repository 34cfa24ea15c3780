"""The `recordroute` command. A thin face: parses arguments, calls the pipeline and the store, prints."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ..errors import RecordRouteError
from ..pipeline.export import FORMATS as EXPORT_FORMATS
from ..vocab import Task
from . import (  # noqa: F401  (registers sub-commands)
    commands,
    context_commands,
    library_commands,
    llm_commands,
    models_commands,
    record_commands,
    say,
    search_commands,
    speaker_commands,
    transcribe_commands,
)
from .parser import parser_class

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, its `--help` and argparse's own words in the run's language (say.language())."""
    p = parser_class(say.language())(prog="recordroute", description=say.help_text("recordroute"))
    p.add_argument("-v", "--verbose", action="store_true", help=say.help_text("--verbose"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    # the order here is the order `--help` lists the commands in
    _add_process(sub)
    _add_recording_commands(sub)
    _add_job_commands(sub)
    commands.add_extra_commands(sub)
    return p


def _add_process(sub: argparse._SubParsersAction) -> None:
    """`process`: the one command that takes files in, with the job options it accepts as flags."""
    c = sub.add_parser("process", help=say.help_text("process"))
    c.add_argument("files", nargs="+", metavar="FILE", help=say.help_text("process files"))
    c.add_argument("--language", "-l", help=say.help_text("process --language"))
    c.add_argument("--model", "-m", help=say.help_text("process --model"))
    c.add_argument("--task", choices=tuple(Task), help=say.help_text("process --task"))
    c.add_argument("--force", action="store_true", help=say.help_text("process --force"))
    c.add_argument("--no-summary", action="store_true", help=say.help_text("process --no-summary"))
    c.add_argument("--template", help=say.help_text("process --template"))
    c.add_argument("--diarize", action="store_true", help=say.help_text("process --diarize"))
    c.add_argument("--speakers", type=int, metavar="N", help=say.help_text("process --speakers"))
    c.add_argument("--min-speakers", type=int, metavar="N", help=say.help_text("process --min-speakers"))
    c.add_argument("--max-speakers", type=int, metavar="N", help=say.help_text("process --max-speakers"))
    c.add_argument(
        "--option",
        "-O",
        action="append",
        metavar="KEY=VALUE",
        help=say.help_text("process --option"),
    )
    c.add_argument("--json", action="store_true", help=say.help_text("process --json"))
    c.set_defaults(func=commands.cmd_process)


def _add_recording_commands(sub: argparse._SubParsersAction) -> None:
    """Commands on recordings already in the library: list, show, export, delete, restore."""
    c = sub.add_parser("list", help=say.help_text("list"))
    c.add_argument("--json", action="store_true", help=say.help_text("list --json"))
    c.add_argument("--trash", action="store_true", help=say.help_text("list --trash"))
    c.set_defaults(func=commands.cmd_list)

    c = sub.add_parser("show", help=say.help_text("show"))
    c.add_argument("id", type=int, help=say.help_text("show id"))
    c.add_argument("--json", action="store_true", help=say.help_text("show --json"))
    c.add_argument("--summary", action="store_true", help=say.help_text("show --summary"))
    c.add_argument("--hidden", action="store_true", help=say.help_text("show --hidden"))
    c.set_defaults(func=commands.cmd_show)

    c = sub.add_parser("export", help=say.help_text("export"))
    c.add_argument("id", type=int, help=say.help_text("export id"))
    c.add_argument(
        "--format", "-f", choices=EXPORT_FORMATS, default="txt", help=say.help_text("export --format")
    )
    c.add_argument("-o", "--output", help=say.help_text("export --output"))
    c.add_argument("--corrected", action="store_true", help=say.help_text("export --corrected"))
    c.add_argument("--only", choices=("minutes", "transcript"), help=say.help_text("export --only"))
    c.add_argument(
        "--bilingual",
        metavar="LANG",
        help=say.help_text("export --bilingual"),
    )
    c.set_defaults(func=commands.cmd_export)

    c = sub.add_parser("delete", help=say.help_text("delete"))
    c.add_argument("id", type=int, help=say.help_text("delete id"))
    c.add_argument("--purge", action="store_true", help=say.help_text("delete --purge"))
    c.set_defaults(func=commands.cmd_delete)

    c = sub.add_parser("restore", help=say.help_text("restore"))
    c.add_argument("id", type=int, help=say.help_text("restore id"))
    c.set_defaults(func=commands.cmd_restore)


def _add_job_commands(sub: argparse._SubParsersAction) -> None:
    """Commands on the job queue: list jobs, retry them."""
    c = sub.add_parser("jobs", help=say.help_text("jobs"))
    c.add_argument("--json", action="store_true", help=say.help_text("jobs --json"))
    c.add_argument("--all", action="store_true", help=say.help_text("jobs --all"))
    c.set_defaults(func=commands.cmd_jobs)

    c = sub.add_parser("retry", help=say.help_text("retry"))
    c.add_argument(
        "job",
        type=int,
        nargs="*",
        help=say.help_text("retry job"),
    )
    c.add_argument("--json", action="store_true", help=say.help_text("retry --json"))
    c.set_defaults(func=commands.cmd_retry)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        argv = ["gui"]  # a double-clicked `recordroute` opens the window
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    from ..store.jobs import set_process_name

    # The jobs this process queues carry its name; `serve` and the window rename themselves when they start.
    set_process_name("cli")
    say.language()  # chosen once, before the command runs, so every line of this run speaks the same language
    try:
        return int(args.func(args) or EXIT_OK)
    except RecordRouteError as exc:
        say.print_exception(exc)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print(f"recordroute: {say.notice('interrupted')}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        say.print_os_error(exc)
        return EXIT_FAIL
