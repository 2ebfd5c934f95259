"""Time and peak memory per MB of input on hostile pages: the shapes that were quadratic or
took 60 times their size, built at a given size and extracted one per fresh process.

    python benchmarks/hostile.py [--mb 10] [--shape NAME ...]

Time: one extract() call. Memory: on Linux, the resident high-water mark of the process
over its resident memory just before the call (libxml2's tree included), per MB of input.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from newsextract import NewsExtractError, Options, extract

MEBIBYTE = 1024 * 1024
P = "<p>The council approved the new cycling plan on Thursday evening after a long debate.</p>"
LINK = '<a href="/news/2024/{n}/a-story-about-the-vote.html">A story about the vote {n}</a>'


def _article(body: str) -> str:
    return f"<html><body><article><h1>Cycling plan</h1>{body}</article></body></html>"


def _repeat(part: str, size: int, head: str = "", tail: str = "") -> str:
    """`part` (formatted with n) repeated until the page is about `size` bytes."""
    sample = len(part.format(n=1000))
    return head + "".join(part.format(n=n) for n in range(size // sample)) + tail


def _start_tags(attribute: str, size: int) -> str:
    tag = "<p " + " ".join(attribute.format(n=n) for n in range(1_000)) + ">x</p>"
    return _article(tag * (size // len(tag)))


def _image_objects(size: int) -> str:
    count = size // 90
    images = [{"@type": "ImageObject", "url": f"/i/{n}.jpg", "creditText": f"Foto: A {n}"}
              for n in range(count)]  # fmt: skip
    script = json.dumps({"@type": "NewsArticle", "image": images})
    return f'<script type="application/ld+json">{script}</script>' + _article(P * 3)


SHAPES: dict[str, Callable[[int], str]] = {
    "x<br> (densest markup)": lambda size: "x<br>" * (size // 5),
    "bare attributes": lambda size: _start_tags("a{n}", size),
    "quoted '>' attribute values": lambda size: _start_tags('a{n}=">"', size),
    "'<' in attribute names": lambda size: _start_tags("a<{n}", size),
    "valued attributes": lambda size: _start_tags('a{n}="{n}"', size),
    "'Read more:' lines": lambda size: _article(_repeat(P + f"Read more: {LINK}<br><br>", size)),
    "link lines under 'Related articles'": lambda size: _article(
        _repeat(f"{LINK}<br><br>", size, head=P * 50 + "Related articles<br><br>")
    ),
    "caption span lines": lambda size: _article(
        _repeat(
            "<span>A view of the town hall {n}</span><br><br>",
            size,
            head='<figure><img src="/a.jpg"><figcaption>',
            tail="</figcaption></figure>",
        )
    ),
    "caption credit lines": lambda size: _article(
        _repeat(
            "Foto: Jane Doe {n}<br><br>",
            size,
            head='<figure><img src="/a.jpg"><figcaption>',
            tail="</figcaption></figure>",
        )
    ),
    "JSON-LD ImageObjects": _image_objects,
    "one text node": lambda size: _article(f"<p>{'word ' * (size // 5)}</p>"),
    "links": lambda size: _article(_repeat(LINK + " ", size)),
    "table rows": lambda size: _article(
        _repeat("<tr><td>{n}</td><td>cell</td></tr>", size, head="<table>", tail="</table>")
    ),
    "unclosed tags": lambda size: _article("<b><i>x" * (size // 8)),
}


def _resident_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def measure(name: str, size: int) -> tuple[int, float, float | None]:
    """In a fresh process: the page's size, seconds and peak resident MB per MB of input."""
    html = SHAPES[name](size).encode("utf-8")
    options = Options(max_input_bytes=max(len(html), Options().max_input_bytes))
    try:
        Path("/proc/self/clear_refs").write_text("5")  # VmHWM := VmRSS
        before: int | None = _resident_kib("VmRSS")
    except (OSError, LookupError):
        before = None
    start = time.perf_counter()
    with contextlib.suppress(NewsExtractError):
        extract(html, options=options)
    seconds = time.perf_counter() - start
    peak = None if before is None else (_resident_kib("VmHWM") - before) / 1024
    megabytes = len(html) / MEBIBYTE
    return len(html), seconds, None if peak is None else peak / megabytes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=10.0, help="page size in MiB (default 10)")
    parser.add_argument("--shape", action="append", choices=list(SHAPES), help="default: all")
    args = parser.parse_args(argv)
    print(f"command: {' '.join(sys.argv)}")
    print(f"{'shape':38s} {'MB':>6s} {'seconds':>8s} {'s/MB':>7s} {'peak MB/MB':>10s}")
    context = multiprocessing.get_context("spawn")
    for name in args.shape or SHAPES:
        with ProcessPoolExecutor(1, mp_context=context) as pool:
            size, seconds, per_mb = pool.submit(measure, name, int(args.mb * MEBIBYTE)).result()
        megabytes = size / MEBIBYTE
        peak = "n/a" if per_mb is None else f"{per_mb:.1f}"
        print(f"{name:38s} {megabytes:6.1f} {seconds:8.2f} {seconds / megabytes:7.3f} {peak:>10s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
