"""The headless commands, one module each (app.main parses the command line and dispatches here).

`errors` is the one way they report bad input (one line, exit code 2); `inputs` finds what they read.
"""
