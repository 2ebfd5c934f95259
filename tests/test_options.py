"""Options: documented defaults, and values of the wrong type or sign refused at once."""

from __future__ import annotations

import pytest

from newsextract import InputTooLargeError, Options, extract
from newsextract.options import MEBIBYTE


def test_defaults() -> None:
    options = Options()
    assert (options.max_input_bytes, options.max_tree_depth, options.max_elements) == (
        50 * MEBIBYTE,
        500,
        200_000,
    )


@pytest.mark.parametrize("name", ["max_input_bytes", "max_tree_depth", "max_elements"])
@pytest.mark.parametrize("value", ["10", 1.5, None, True])
def test_a_limit_that_is_not_an_int_is_a_type_error(name: str, value: object) -> None:
    with pytest.raises(TypeError, match=f"Options.{name} must be an int"):
        Options(**{name: value})  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["max_input_bytes", "max_tree_depth", "max_elements"])
def test_a_negative_limit_is_a_value_error(name: str) -> None:
    with pytest.raises(ValueError, match=f"Options.{name} must be 0 or more"):
        Options(**{name: -1})


def test_str_input_is_measured_by_its_utf8_size() -> None:
    page = "<p>" + "東京" * 20 + "</p>"  # 47 characters, 127 bytes in UTF-8
    utf8_size = len(page.encode("utf-8"))
    with pytest.raises(InputTooLargeError, match="bytes in UTF-8"):
        extract(page, options=Options(max_input_bytes=utf8_size - 1))
    assert "東京" in extract(page, options=Options(max_input_bytes=utf8_size)).text
