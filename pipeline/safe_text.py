"""Text that is safe to print on one line, and to publish.

File names and page text come from users and from the web: a name may hold a newline
(which would forge a second error line), a terminal escape, or bytes that are not UTF-8; a
page may hold NUL and other control characters that no reader wants in a data file.
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL, except tab, newline and carriage return (whitespace the
# cleaning step normalizes), and the characters that end a line in Unicode but not in
# most tools: they become plain newlines.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINE_BREAKS = re.compile(r"[\x0b\x0c\x85\u2028\u2029]")
# Either of the two: a text without any (nearly every article) is read once, not twice.
_CONTROLS_OR_LINE_BREAKS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def shown(value: object) -> str:
    """`value` as one printable line: `"a\\nb.txt"` -> `a\\nb.txt`, escapes visible, not run.

    Control, format and separator characters (and the surrogates that stand for bytes of a
    file name that are not UTF-8) are written as Python escapes; everything else is kept.
    """
    text = str(value)
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() or char == " " else _escaped(char) for char in text)


def _escaped(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return char.encode("unicode_escape").decode("ascii")


def without_controls(text: str) -> str:
    """Article text with control characters removed and Unicode line breaks made newlines."""
    if _CONTROLS_OR_LINE_BREAKS.search(text) is None:
        return text
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROLS.sub("", text)
