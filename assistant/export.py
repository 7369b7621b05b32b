"""Report output: the Markdown subset our templates produce -> DOCX (python-docx) and plain-text email.

Supported Markdown: ``#``-``###`` headings, ``-``/``*`` and ``1.`` lists (one nesting level by two-space
indent), pipe tables with a separator row, ``>`` quotes, ``**bold**``, ``*italic*``/``_italic_``, ``` `code` ```
and plain paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_INLINE = re.compile(r"(\*\*[^*]+\*\*|`[^`]+`|(?<![\w*])\*[^*\s][^*]*\*(?![\w*])|(?<!\w)_[^_\s][^_]*_(?!\w))")
_TABLE_SEP = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


@dataclass
class Block:
    kind: str  # heading | bullet | number | table | quote | para
    text: str = ""
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def parse_markdown(markdown: str) -> list[Block]:
    """Split Markdown into blocks (consecutive paragraph lines join into one paragraph)."""
    lines = markdown.replace("\r\n", "\n").split("\n")
    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(Block("para", " ".join(s.strip() for s in para)))
            para.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            flush()
        elif m := re.match(r"^(#{1,6})\s+(.*)$", stripped):
            flush()
            blocks.append(Block("heading", m.group(2).strip(), level=len(m.group(1))))
        elif stripped.startswith("|") and i + 1 < len(lines) and _TABLE_SEP.match(lines[i + 1].strip()):
            flush()
            rows = [_cells(stripped)]
            i += 2
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(_cells(lines[i]))
                i += 1
            blocks.append(Block("table", rows=rows))
            continue
        elif m := re.match(r"^(\s*)[-*+]\s+(.*)$", line):
            flush()
            blocks.append(Block("bullet", m.group(2).strip(), level=min(len(m.group(1)) // 2, 1)))
        elif m := re.match(r"^(\s*)\d+[.)]\s+(.*)$", line):
            flush()
            blocks.append(Block("number", m.group(2).strip(), level=min(len(m.group(1)) // 2, 1)))
        elif stripped.startswith(">"):
            flush()
            blocks.append(Block("quote", stripped.lstrip("> ").strip()))
        elif re.fullmatch(r"-{3,}|\*{3,}", stripped):
            flush()
        else:
            para.append(line)
        i += 1
    flush()
    return blocks


def _runs(text: str) -> list[tuple[str, str]]:
    """(style, text) pieces: style is '', 'b', 'i' or 'code'."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            out.append(("", text[pos : m.start()]))
        tok = m.group(0)
        if tok.startswith("**"):
            out.append(("b", tok[2:-2]))
        elif tok.startswith("`"):
            out.append(("code", tok[1:-1]))
        else:
            out.append(("i", tok[1:-1]))
        pos = m.end()
    if pos < len(text):
        out.append(("", text[pos:]))
    return out


def strip_inline(text: str) -> str:
    return "".join(t for _, t in _runs(text))


def markdown_to_docx(markdown: str, path: Path | str, title: str | None = None) -> Path:
    """Write ``markdown`` as a Word document; returns the path written."""
    from docx import Document  # python-docx, imported lazily

    doc = Document()
    if title:
        doc.core_properties.title = title

    def add_runs(paragraph, text: str) -> None:  # type: ignore[no-untyped-def]
        for style, piece in _runs(text):
            run = paragraph.add_run(piece)
            run.bold = style == "b" or None
            run.italic = style == "i" or None
            if style == "code":
                run.font.name = "Consolas"

    for block in parse_markdown(markdown):
        if block.kind == "heading":
            add_runs(doc.add_heading("", level=min(block.level, 4)), block.text)
        elif block.kind in ("bullet", "number"):
            base = "List Bullet" if block.kind == "bullet" else "List Number"
            add_runs(doc.add_paragraph(style=base + (" 2" if block.level else "")), block.text)
        elif block.kind == "quote":
            add_runs(doc.add_paragraph(style="Intense Quote"), block.text)
        elif block.kind == "table":
            width = max(len(r) for r in block.rows)
            table = doc.add_table(rows=len(block.rows), cols=width)
            table.style = "Table Grid"
            for r, row in enumerate(block.rows):
                for c in range(width):
                    cell = table.cell(r, c)
                    cell.text = ""
                    para = cell.paragraphs[0]
                    text = row[c] if c < len(row) else ""
                    if r == 0:
                        para.add_run(strip_inline(text)).bold = True
                    else:
                        add_runs(para, text)
        else:
            add_runs(doc.add_paragraph(), block.text)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(target))
    return target


def markdown_to_email(markdown: str, width: int = 100) -> str:
    """Plain-text email body: headings underlined, bullets kept, tables aligned, no Markdown markers."""
    out: list[str] = []
    counter = 0
    for block in parse_markdown(markdown):
        if block.kind != "number":
            counter = 0
        if block.kind == "heading":
            text = strip_inline(block.text)
            if out and out[-1] != "":
                out.append("")
            out.append(text.upper() if block.level == 1 else text)
            out.append(("=" if block.level <= 1 else "-") * min(len(text), width))
        elif block.kind == "bullet":
            out.append(("    " if block.level else "") + "- " + strip_inline(block.text))
        elif block.kind == "number":
            counter += 1
            out.append(f"{counter}. {strip_inline(block.text)}")
        elif block.kind == "quote":
            out.append("> " + strip_inline(block.text))
        elif block.kind == "table":
            rows = [[strip_inline(c) for c in row] for row in block.rows]
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            widths = [max(len(r[c]) for r in rows) for c in range(ncol)]
            lines = ["  ".join(v.ljust(widths[c]) for c, v in enumerate(r)).rstrip() for r in rows]
            if out and out[-1] != "":
                out.append("")
            out.append(lines[0])
            out.append("  ".join("-" * w for w in widths))
            out.extend(lines[1:])
            out.append("")
        else:
            if out and out[-1] != "" and not out[-1].startswith(("=", "-")):
                out.append("")
            out.append(strip_inline(block.text))
            out.append("")
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def docx_text(path: Path | str) -> str:
    """All paragraph and table text of a DOCX file (for tests and previews)."""
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)
