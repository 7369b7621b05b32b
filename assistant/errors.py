"""Errors users see. Each message is one line that names the thing and the reason."""

from __future__ import annotations


class CandorError(Exception):
    """Base class: a clear, user-facing failure (the CLI prints it without a traceback)."""


class NotFound(CandorError):
    pass


class EngagementNotFound(NotFound):
    """No engagement has this name or id; ``name`` is what was asked for (the CLI adds how to create it)."""

    def __init__(self, name: str, known: list[str]):
        listed = ", ".join(known) or "none yet"
        super().__init__(f"unknown engagement '{name}' (known: {listed})")
        self.name = name
        self.known = known


class AlreadyExists(CandorError):
    pass


class InvalidName(CandorError):
    pass


class InputError(CandorError):
    """A file that cannot be ingested: wrong format, empty, corrupt, no speech..."""

    def __init__(self, file: str, reason: str):
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


class MissingComponent(CandorError):
    """An optional package or model is not installed; the message says how to install it."""

    def __init__(self, what: str, hint: str):
        super().__init__(f"{what} is not available: {hint}")
        self.what = what
        self.hint = hint
