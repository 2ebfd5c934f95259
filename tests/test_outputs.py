"""Tests for newsextract.outputs: rendering a document and writing results in order."""

from __future__ import annotations

import io

import pytest

from newsextract.inputs import Document, Source
from newsextract.options import DEFAULT_OPTIONS
from newsextract.outputs import Settings, marker, output_names, render, write_stream

PAGE = b"<html><head><title>A page</title></head><body><p>A page.</p></body></html>"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        pytest.param(Document(0, Source("a.html")), 'source "a.html"', id="page"),
        pytest.param(
            Document(
                0, Source("c.warc.gz", warc=True), url="https://a.example/", record_id="<u:1>"
            ),
            'source "c.warc.gz", warc_record_id "<u:1>", warc_target_uri "https://a.example/"',
            id="warc-record",
        ),
        pytest.param(Document(0, Source('a "b".html')), 'source "a \\"b\\".html"', id="quote"),
        pytest.param(
            Document(0, Source("a-->b.html")), 'source "a-\\u002d>b.html"', id="comment-end"
        ),
        pytest.param(Document(0, Source("a\nb.html")), 'source "a\\nb.html"', id="newline"),
    ],
)
def test_markers_name_the_source_safely(document: Document, expected: str) -> None:
    assert marker(document) == expected


def test_output_names_drop_page_and_warc_suffixes_and_number_repeats() -> None:
    sources = [
        Source("x/a.html"), Source("y/a.HTML.gz"), Source("crawl.warc.gz", warc=True),
        Source("<stdin>"), Source("d/b.htm", relative="sub/b.htm"),
    ]  # fmt: skip
    assert output_names(sources, ".md") == ["a.md", "a-2.md", "crawl.md", "stdin.md", "sub/b.md"]


def _settings(format: str, many: bool) -> Settings:
    return Settings(format, None, None, DEFAULT_OPTIONS, many)


@pytest.mark.parametrize(("many", "expected"), [(True, "[\n]\n"), (False, "")])
def test_no_results_give_an_empty_array_only_for_many_inputs(many: bool, expected: str) -> None:
    out = io.StringIO()
    assert write_stream([], _settings("json", many), out) is False
    assert out.getvalue() == expected


def test_a_warc_records_json_names_its_source_record_and_uri() -> None:
    document = Document(
        0, Source("c.warc.gz", warc=True), PAGE, "https://a.example/x", "utf-8", "<urn:uuid:1>"
    )
    text = render(document, _settings("jsonl", True))
    assert text.startswith(
        '{"source": "c.warc.gz", "warc_record_id": "<urn:uuid:1>", '
        '"warc_target_uri": "https://a.example/x", "url": "https://a.example/x"'
    )
    assert text.endswith("\n")


def test_an_error_found_in_the_parent_is_raised_in_the_documents_place() -> None:
    error = OSError("disk on fire")
    with pytest.raises(OSError, match="disk on fire"):
        render(Document(0, Source("c.warc.gz", warc=True), error=error), _settings("json", True))


@pytest.mark.parametrize(
    ("record_charset", "flag", "encoding"),
    [
        pytest.param(None, "windows-1252", "windows-1252", id="flag-where-the-record-has-none"),
        pytest.param("windows-1252", "iso-8859-2", "windows-1252", id="the-records-own-first"),
    ],
)
def test_encoding_flag_applies_to_warc_records_without_a_charset(
    record_charset: str | None, flag: str, encoding: str
) -> None:
    html = "<html><body><p>Les élèves de l'école ont présenté leur projet jeudi.</p></body></html>"
    document = Document(
        0, Source("c.warc.gz", warc=True), html.encode("cp1252"), None, record_charset, "<u:1>"
    )
    settings = Settings("jsonl", None, flag, DEFAULT_OPTIONS, True)
    assert f'"encoding": "{encoding}"' in render(document, settings)
