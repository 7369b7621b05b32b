"""Prompt files (prompts/*.md) with declared variables and a strict renderer.

A prompt file is a front-matter header followed by a ``## system`` and a ``## user`` section::

    ---
    name: qa_answer
    description: One line on what it is for.
    output: text            # or json (the caller should then pass json_mode=True)
    variables: [question, sources]
    ---
    ## system
    ...
    ## user
    <sources>
    {{ sources }}
    </sources>

Placeholders are ``{{ name }}``. Loading fails when the text uses a variable the header does not declare or
declares one it never uses; rendering fails on a missing, extra or None variable. Every ``<tag>...</tag>``
pair in the template is a data block: inside every rendered value, anything that looks like one of those tags
(``</transcript>``, ``< /TRANSCRIPT``...) has its ``<`` replaced by ``‹``, so data can never close or open
a block and pass itself off as instructions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.engines.base import ChatMessage
from assistant.errors import CandorError

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
_SUFFIXES = (".md", ".txt")
_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_OPEN_TAG = re.compile(r"<([a-z][a-z0-9_]*)>")
_SECTION = re.compile(r"^##\s+(system|user)\s*$", re.MULTILINE | re.IGNORECASE)


class PromptError(CandorError):
    """A prompt file is malformed or was rendered with the wrong variables."""


@dataclass(frozen=True)
class Prompt:
    name: str
    description: str
    variables: tuple[str, ...]
    system: str
    user: str
    output: str = "text"  # "json" or "text"
    path: Path | None = None

    @property
    def json_output(self) -> bool:
        return self.output == "json"

    @property
    def data_tags(self) -> tuple[str, ...]:
        """Tag names that delimit data blocks in this prompt (each has an opening and a closing tag)."""
        text = self.system + "\n" + self.user
        tags = [t for t in dict.fromkeys(_OPEN_TAG.findall(text)) if f"</{t}>" in text]
        return tuple(tags)

    def neutralise(self, value: str) -> str:
        """Make ``value`` unable to open or close any of this prompt's data blocks."""
        for tag in self.data_tags:
            value = re.sub(rf"<(\s*/?\s*{tag})\b", r"‹\1", value, flags=re.IGNORECASE)
        return value

    def render(self, **variables: Any) -> list[ChatMessage]:
        """[system, user] messages with every declared variable filled in (strictly)."""
        declared = set(self.variables)
        missing = sorted(declared - variables.keys())
        extra = sorted(variables.keys() - declared)
        if missing or extra:
            parts = []
            if missing:
                parts.append(f"missing {', '.join(missing)}")
            if extra:
                parts.append(f"undeclared {', '.join(extra)}")
            raise PromptError(
                f"Prompt {self.name!r}: {'; '.join(parts)} (declares {', '.join(self.variables)})."
            )
        values: dict[str, str] = {}
        for key, value in variables.items():
            if value is None:
                raise PromptError(f"Prompt {self.name!r}: variable {key!r} is None.")
            values[key] = self.neutralise(str(value))

        def fill(template: str) -> str:
            # One pass with a callback, so a value containing "{{ x }}" is never expanded again.
            return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)

        return [ChatMessage("system", fill(self.system)), ChatMessage("user", fill(self.user))]


def _parse_list(raw: str, where: str) -> tuple[str, ...]:
    raw = raw.strip()
    if not (raw.startswith("[") and raw.endswith("]")):
        raise PromptError(f"{where}: 'variables' must be a list like [a, b].")
    items = [x.strip().strip("'\"") for x in raw[1:-1].split(",")]
    return tuple(x for x in items if x)


def parse_prompt(text: str, *, name: str, path: Path | None = None) -> Prompt:
    """Parse the text of a prompt file (see the module docstring for the format)."""
    where = str(path or name)
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        raise PromptError(f"{where}: must start with a '---' front-matter header.")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise PromptError(f"{where}: front-matter header is not closed with '---'.") from None
    header: dict[str, str] = {}
    for line in lines[1:end]:
        line = line.split("#", 1)[0].rstrip() if " #" in line else line.rstrip()
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise PromptError(f"{where}: header line {line!r} is not 'key: value'.")
        header[key.strip()] = value.strip()
    if "variables" not in header:
        raise PromptError(f"{where}: header must declare 'variables: [...]' (may be empty: []).")
    variables = _parse_list(header["variables"], where)
    output = header.get("output", "text")
    if output not in ("text", "json"):
        raise PromptError(f"{where}: 'output' must be text or json, not {output!r}.")
    if header.get("name", name) != name:
        raise PromptError(f"{where}: header name {header['name']!r} does not match the file name {name!r}.")

    body = "\n".join(lines[end + 1 :])
    sections = list(_SECTION.finditer(body))
    found = [m.group(1).lower() for m in sections]
    if found != ["system", "user"]:
        raise PromptError(f"{where}: needs exactly a '## system' then a '## user' section, found {found}.")
    system = body[sections[0].end() : sections[1].start()].strip()
    user = body[sections[1].end() :].strip()

    used = set(_PLACEHOLDER.findall(system + "\n" + user))
    undeclared = sorted(used - set(variables))
    unused = sorted(set(variables) - used)
    if undeclared:
        raise PromptError(f"{where}: uses undeclared variables {', '.join(undeclared)}.")
    if unused:
        raise PromptError(f"{where}: declares variables it never uses: {', '.join(unused)}.")
    return Prompt(
        name=name,
        description=header.get("description", ""),
        variables=variables,
        system=system,
        user=user,
        output=output,
        path=path,
    )


def _prompt_path(name: str, directory: Path) -> Path:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise PromptError(f"Prompt name {name!r} must be lowercase letters, digits and underscores.")
    for suffix in _SUFFIXES:
        path = directory / f"{name}{suffix}"
        if path.is_file():
            return path
    raise PromptError(
        f"No prompt named {name!r} in {directory} (have: {', '.join(list_prompts(directory))})."
    )


def load_prompt(name: str, directory: Path | None = None) -> Prompt:
    """Load ``prompts/<name>.md`` (or ``.txt``) and check its variables."""
    path = _prompt_path(name, directory or PROMPTS_DIR)
    return parse_prompt(path.read_text(encoding="utf-8"), name=name, path=path)


def list_prompts(directory: Path | None = None) -> list[str]:
    folder = directory or PROMPTS_DIR
    if not folder.is_dir():
        return []
    names = {
        p.stem for p in folder.iterdir() if p.suffix in _SUFFIXES and re.fullmatch(r"[a-z][a-z0-9_]*", p.stem)
    }
    return sorted(names)
