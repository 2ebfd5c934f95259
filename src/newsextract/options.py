"""Options for one call of `extract()`: a frozen dataclass, every default documented."""

from __future__ import annotations

from dataclasses import dataclass

MEBIBYTE = 1024 * 1024


@dataclass(frozen=True, kw_only=True, slots=True)
class Options:
    """How `extract()` treats a page. Make variants with `dataclasses.replace`.

    max_input_bytes: inputs larger than this raise `InputTooLargeError` (default 50 MiB;
        str input is measured by its UTF-8 length).
    max_tree_depth: elements nested deeper than this are cut from the tree before extraction
        (default 500; real pages rarely exceed 60). libxml2 reads no deeper than 2,048
        levels; on a page that deep, subtrees starting below level 1,024 are cut while
        parsing so that the rest of the page is kept, so a value above 1,024 keeps no more.
    max_elements: only the first this many elements of a page are considered (default 200,000).

    A value that is not an int raises TypeError; a negative one, ValueError.
    """

    max_input_bytes: int = 50 * MEBIBYTE
    max_tree_depth: int = 500
    max_elements: int = 200_000

    def __post_init__(self) -> None:
        for name in ("max_input_bytes", "max_tree_depth", "max_elements"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise TypeError(f"Options.{name} must be an int, not {type(value).__name__}")
            if value < 0:
                raise ValueError(f"Options.{name} must be 0 or more, not {value}")


DEFAULT_OPTIONS = Options()
