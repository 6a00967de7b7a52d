"""The exit codes of the ``clausediff`` command, in one place for the dispatcher and every
subcommand: 0 success, 1 a bug, 2 bad input or usage, 130 interrupted (Ctrl+C or SIGTERM)."""

EXIT_OK = 0
EXIT_BUG = 1
EXIT_INPUT = 2
EXIT_INTERRUPTED = 130
