"""Launchers for the GUI and the API faces. Only the entry point imports this package: it adds the `gui` and
`serve` sub-commands to the command line, so no face ever imports another."""

from . import gui, mcp_command, selftest, serve  # noqa: F401  (registers the sub-commands)
