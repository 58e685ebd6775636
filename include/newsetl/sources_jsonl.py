"""JSON Lines records: one guarded parse and type check per line.

Lines are split on "\\n" only (a "\\r" before it is dropped): U+2028, U+0085 and the other characters
`str.splitlines()` treats as line breaks are legal inside JSON strings. Every record is checked before it
can reach the splitter or the Parquet writer: nesting depth, integer size, field types, lone surrogates
and the publication date's range each have their own ledger reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from .config import Settings

STRING_FIELDS = ("url", "title")
SURROGATE = re.compile("[\ud800-\udfff]")
BRACKETS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.S)
YEARS = (1800, 2200)  # published_at outside these years is an error in the data, not news


class RecordError(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def split_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) on '\\n' only, lazily."""
    start, lineno = 0, 0
    n = len(text)
    while start <= n:
        end = text.find("\n", start)
        if end < 0:
            end = n
        lineno += 1
        line = text[start:end]
        yield lineno, line[:-1] if line.endswith("\r") else line
        start = end + 1


def _depth(line: str, limit: int) -> int:
    """Nesting depth of a JSON text (strings skipped), stopping once past `limit`."""
    depth = best = 0
    for m in BRACKETS.finditer(line):
        ch = m.group()
        if ch in "[{":
            depth += 1
            if depth > best:
                best = depth
                if best > limit:
                    return best
        elif ch in "]}":
            depth -= 1
    return best


def parse(line: str, settings: Settings) -> object:
    """json.loads with limits; raises RecordError with a ledger reason."""
    if (
        line.count("[") + line.count("{") > settings.max_json_depth
        and _depth(line, settings.max_json_depth) > settings.max_json_depth
    ):
        raise RecordError(f"json_too_deep: arrays/objects nested more than {settings.max_json_depth} levels")
    max_digits = settings.max_json_int_digits

    def parse_int(s: str) -> int:
        if len(s.lstrip("-")) > max_digits:
            raise RecordError(
                f"json_number_too_large: an integer with {len(s.lstrip('-'))} digits (limit {max_digits})"
            )
        return int(s)

    try:
        return json.loads(line, parse_int=parse_int)
    except json.JSONDecodeError as e:
        raise RecordError(f"malformed_json: {e.msg} at column {e.colno}") from None
    except RecursionError:
        raise RecordError("json_too_deep: nesting exceeds the parser's recursion limit") from None
    except ValueError as e:  # e.g. a float that cannot be represented
        raise RecordError(f"malformed_json: {e}") from None


def check(obj, settings: Settings) -> str | None:
    """The ledger reason a parsed record cannot be loaded for, or None."""
    if not isinstance(obj, dict):
        return f"not_an_object: JSON {type(obj).__name__} instead of an object"
    bad = _surrogates(obj)
    if bad:
        return f"invalid_unicode: lone surrogate (e.g. \\u{ord(bad[1]):04x}) in '{bad[0]}'; not valid Unicode text"
    text, body = obj.get("text"), obj.get("body")
    if text is not None and not isinstance(text, str):
        return f"bad_field: 'text' must be a string, not {_type(text)}"
    if body is not None and not (
        isinstance(body, str) or (isinstance(body, list) and all(isinstance(p, str) for p in body))
    ):
        return f"bad_field: 'body' must be a string or a list of strings, not {_type(body)}"
    if not (isinstance(text, str) and text.strip()) and not body:
        return "missing_field: needs a non-empty 'text' (raw dump) or 'body' (+ optional 'comments')"
    rid = obj.get("id")
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, (str, int))):
        return f"bad_field: 'id' must be a string or an integer, not {_type(rid)}"
    for key in STRING_FIELDS:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return f"bad_field: '{key}' must be a string, not {_type(obj[key])}"
    comments = obj.get("comments")
    if comments is not None:
        if not isinstance(comments, list):
            return f"bad_field: 'comments' must be a list, not {_type(comments)}"
        for i, c in enumerate(comments):
            if isinstance(c, str):
                continue
            if not isinstance(c, dict):
                return f"bad_field: comments[{i}] must be a string or an object, not {_type(c)}"
            for k in ("text", "author"):
                if c.get(k) is not None and not isinstance(c[k], str):
                    return f"bad_field: comments[{i}].{k} must be a string, not {_type(c[k])}"
    return _check_published(obj.get("published_at"))


def _check_published(value) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return f"bad_field: 'published_at' must be an ISO-8601 string, not {_type(value)}"
    from .split import parse_timestamp

    try:
        ts = parse_timestamp(value)
    except (OverflowError, ValueError, OSError) as e:
        return f"bad_field: published_at {str(value)[:40]!r} out of range ({type(e).__name__})"
    if ts is None:
        return f"bad_field: unparseable published_at {str(value)[:40]!r}"
    if not YEARS[0] <= ts.year <= YEARS[1]:
        return f"bad_field: published_at {str(value)[:40]!r} out of range (years {YEARS[0]}-{YEARS[1]})"
    return None


def _type(v) -> str:
    return "null" if v is None else type(v).__name__


def _surrogates(obj) -> tuple[str, str] | None:
    """(field path, offending character) of the first string holding a lone surrogate (iterative walk)."""
    stack = [("", obj)]
    while stack:
        path, v = stack.pop()
        if isinstance(v, str):
            m = SURROGATE.search(v)
            if m:
                return (path or "value")[:80], m.group()
        elif isinstance(v, dict):
            for k, x in v.items():
                m = SURROGATE.search(k)
                if m:
                    return f"{path}.{k!r}".lstrip(".")[:80], m.group()
                stack.append((f"{path}.{k}".lstrip("."), x))
        elif isinstance(v, list):
            stack.extend((f"{path}[{i}]", x) for i, x in enumerate(v))
    return None
