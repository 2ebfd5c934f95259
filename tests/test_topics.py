from __future__ import annotations

import pytest

from newsextract.topics import find_tags, is_tag_text

SITE = "The Daily Planet"
URL = "https://www.dailyplanet.test/world/2024/mars-landing"
TITLE = "Rover lands on Mars after seven months in space"


@pytest.mark.parametrize(
    ("tags", "keywords", "jsonld", "expected"),
    [
        pytest.param(
            ["Politics,Federal Politics,Politics"],
            [],
            None,
            ["Politics", "Federal Politics", "Politics"],
            id="tag-with-commas",
        ),
        pytest.param(
            [],
            ["深空探测 探月工程 航天技术"],
            None,
            ["深空探测", "探月工程", "航天技术"],
            id="cjk-at-spaces",
        ),
        pytest.param(
            [], ["Назар Крутько, суд"], None, ["Назар Крутько", "суд"], id="cyrillic-name-stays"
        ),
        pytest.param([], ["宇宙、探査\uff0c月"], None, ["宇宙", "探査", "月"], id="cjk-commas"),
        pytest.param([], ["Mars; Moon"], None, ["Mars", "Moon"], id="semicolons"),
        pytest.param(["Space Race"], [], None, ["Space Race"], id="a-space-in-latin-tag-stays"),
        pytest.param(["100312362", "Mars"], [], None, ["Mars"], id="an-id"),
        pytest.param(
            [], [], ["8ae9ab2d-fe1b-4230-acb8-a59b52877682", "Mars"], ["Mars"], id="a-uuid"
        ),
        pytest.param([], ["news.example.com, Mars"], None, ["Mars"], id="a-domain"),
        pytest.param([], ["Mars, &quot, Moon"], None, ["Mars", "Moon"], id="a-broken-entity"),
        pytest.param([SITE, "Mars"], [], None, ["Mars"], id="the-site-name"),
        pytest.param(["dailyplanet", "Mars"], [], None, ["Mars"], id="the-host"),
        pytest.param(["TDP", "Mars"], [], None, ["Mars"], id="the-initials"),
        pytest.param(
            ["Daily Planet Tribune", "Mars"],
            [],
            None,
            ["Daily Planet Tribune", "Mars"],
            id="another-name-stays",
        ),
        pytest.param(
            ["Mars"],
            ["mars, Moon"],
            "Phobos, Mars",
            ["Mars", "Phobos", "Mars", "mars", "Moon"],
            id="sources-in-order",
        ),
        pytest.param(
            [],
            [],
            ["Category: World", "NLP Category: Science", "Mars"],
            ["Mars"],
            id="facets",
        ),
        pytest.param(
            [], [], ["Mars: the next steps"], ["Mars: the next steps"], id="one-colon-stays"
        ),
        pytest.param([], [], ["source:tagname:Wire", "Mars"], ["Mars"], id="key-value"),
        pytest.param(
            ["sections/world", "topic/space travel", "AC/DC"],
            [],
            None,
            ["world", "space travel", "AC/DC"],
            id="paths",
        ),
        pytest.param(
            ["Space exploration"],
            ["rover, lands, mars, months"],
            None,
            ["Space exploration"],
            id="title-words",
        ),
        pytest.param(
            [],
            ["rover, NASA, Jet Propulsion Laboratory, Space exploration, Perseverance, mars"],
            None,
            [
                "rover",
                "NASA",
                "Jet Propulsion Laboratory",
                "Space exploration",
                "Perseverance",
                "mars",
            ],
            id="few-title-words-stay",
        ),
        pytest.param(
            ["News", "Breaking news", "World news today", "Nachrichten", "ニュース", "Mars"],
            [],
            None,
            ["Mars"],
            id="news-words",
        ),
        pytest.param(
            ["Science news", "Mars"], [], None, ["Science news", "Mars"], id="a-topics-news-stays"
        ),
        pytest.param(
            ["City council", "Bike lanes"],
            ["city-council bike-lanes budget"],
            None,
            ["City council", "Bike lanes"],
            id="a-list-of-slugs-written-with-spaces",
        ),
        pytest.param(
            ["Mars"], ["lunar-base mars"], None, ["Mars", "lunar-base mars"], id="two-words-kept"
        ),
        pytest.param(
            [],
            [],
            ["Day: Friday", "Medium", "Subject: Courts", "Thema: Wohnen", "Words: 500-999"],
            ["Medium", "Courts", "Wohnen"],
            id="a-list-of-facets-gives-its-topic-facets-values",
        ),
    ],
)
def test_tags_are_split_and_name_topics(
    tags: list[str], keywords: list[str], jsonld: object, expected: list[str]
) -> None:
    articles = [] if jsonld is None else [{"@type": "NewsArticle", "keywords": jsonld}]
    found = find_tags([tags, keywords, []], articles, site_name=SITE, url=URL, title=TITLE)
    assert found == expected


SLUG_URL = "https://www.example.com/local/20260710/1158/mueren-seis-personas-incendio-forestal.html"


@pytest.mark.parametrize(
    ("keywords", "expected"),
    [
        pytest.param(
            ["mueren", "seis", "personas", "Incendios", "Almería"],
            ["Incendios", "Almería"],
            id="leading-slug-words-dropped",
        ),
        pytest.param(
            ["mueren seis", "personas incendio", "forestal"], [], id="slug-words-in-groups"
        ),
        pytest.param(
            ["personas", "incendio", "forestal"],
            ["personas", "incendio", "forestal"],
            id="not-from-the-slug-start-kept",
        ),
        pytest.param(
            ["seis", "mueren", "personas"], ["seis", "mueren", "personas"], id="out-of-order-kept"
        ),
        pytest.param(["mueren", "seis"], ["mueren", "seis"], id="two-words-kept"),
        pytest.param(
            ["Mueren", "Seis", "Personas"], ["Mueren", "Seis", "Personas"], id="capitals-kept"
        ),
    ],
)
def test_keywords_spelling_the_url_slug_are_no_topics(
    keywords: list[str], expected: list[str]
) -> None:
    assert find_tags([[], keywords, []], [], url=SLUG_URL) == expected


def test_a_url_urllib_cannot_read_gives_no_slug() -> None:
    """find_tags takes any string for a URL: one urllib cannot take apart reads no slug."""
    assert find_tags([[], ["mueren", "seis", "personas"], []], [], url="http://[::1/x") == [
        "mueren",
        "seis",
        "personas",
    ]


@pytest.mark.parametrize(
    "value",
    ["type_news", "channel_gaming_hardware", "_no-app-feed", "_event", "Jane Doe PUBLIC_FIGURE"],
)
def test_a_cms_identifier_is_no_topic(value: str) -> None:
    assert find_tags([[f"Harbour Bridge, {value}"]], []) == ["Harbour Bridge"]
    assert not is_tag_text(value)


@pytest.mark.parametrize(
    ("value", "topic"),
    [
        ("E", False),  # a letter alone: a tag cut at an "&amp;"
        ("0", False),
        ("2017", False),
        ("雪", True),  # a Han character alone may be a word
        ("C64", True),
        ("snake-case", True),
        ("Ham.Lit", True),
    ],
)
def test_a_tag_links_text(value: str, topic: bool) -> None:
    assert is_tag_text(value) is topic
