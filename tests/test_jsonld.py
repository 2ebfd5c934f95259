"""JSON-LD: scripts flattened, the article's objects picked, broken scripts skipped."""

from __future__ import annotations

import json

import pytest

from newsextract.jsonld import article_objects, images, json_ld, keywords, site_name
from newsextract.parsing import parse


def _objects(*scripts: str) -> list[dict[str, object]]:
    root = parse("<html><head>" + "".join(scripts) + "</head><body><p>x</p></body></html>")
    assert root is not None
    return json_ld(root.iter("script"))


def _script(data: object, kind: str = "application/ld+json") -> str:
    return f'<script type="{kind}">{json.dumps(data)}</script>'


def test_graph_and_lists_are_flattened() -> None:
    graph = {"@graph": [{"@type": "WebSite", "name": "Site"}, {"@type": "NewsArticle"}]}
    objects = _objects(_script(graph), _script([{"@type": "Person", "name": "Jane"}]))
    assert [item.get("@type") for item in objects] == [None, "WebSite", "NewsArticle", "Person"]


@pytest.mark.parametrize(
    "script",
    [
        pytest.param('<script type="application/ld+json">{broken</script>', id="broken"),
        pytest.param('<script type="text/javascript">{"@context": 1}</script>', id="javascript"),
        pytest.param(
            f'<script type="application/ld+json">{"[" * 5000}{"]" * 5000}</script>', id="deep-list"
        ),
        pytest.param(
            '<script type="application/ld+json">' + '{"a":' * 5000 + "1" + "}" * 5000 + "</script>",
            id="deep-object",
        ),
    ],
)
def test_other_scripts_give_nothing(script: str) -> None:
    assert _objects(script) == []


def test_a_script_too_deep_to_read_leaves_the_others() -> None:
    deep = f'<script type="application/ld+json">{"[" * 100_000}{"]" * 100_000}</script>'
    objects = _objects(deep, _script({"@type": "NewsArticle", "headline": "H"}))
    assert [item.get("headline") for item in objects] == ["H"]


def test_untyped_script_with_a_schema_context_is_json_ld() -> None:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H"}
    assert _objects(f"<script>{json.dumps(data)}</script>")[0]["headline"] == "H"


def test_control_characters_in_strings_do_not_break_it() -> None:
    text = '{"@type": "NewsArticle", "headline": "a\tb"}'
    assert _objects(f'<script type="application/ld+json">{text}</script>')[0]["headline"] == "a\tb"


def test_article_objects_and_their_fields() -> None:
    objects: list[dict[str, object]] = [
        {"@type": "WebSite", "name": "The Herald"},
        {"@type": "Comment", "datePublished": "2024-05-16"},
        {
            "@type": ["NewsArticle"],
            "keywords": "Transport, Council",
            "image": [{"@type": "ImageObject", "url": "https://x.example/a.jpg"}, "b.jpg"],
        },
    ]
    articles = article_objects(objects)
    assert articles == [objects[2]]
    assert keywords(articles) == ["Transport", " Council"]
    assert images(articles) == ["https://x.example/a.jpg", "b.jpg"]
    assert site_name(objects) == "The Herald"


def test_without_an_article_type_a_dated_object_stands_in() -> None:
    objects: list[dict[str, object]] = [
        {"@type": "WebPage", "datePublished": "2024-01-01"},
        {"@type": "Comment", "datePublished": "2024-05-16"},
    ]
    assert article_objects(objects) == [objects[0]]
