"""The command line's file system: finding the inputs, reading them, writing the outputs.

- Directory walks and `**` in glob patterns never follow a symbolic link to a directory (a
  link loop made one page come out 41 times, two made the run endless); a file reached by
  several names (a link, a pattern and a directory that overlap) is read once.
- Only regular files found in a walk or by a pattern are read, and opened so that a named
  pipe cannot block (it is reported instead); a file named on the command line is read as
  it is (a pipe from `<(...)` included). No input is read past the size limit.
- Outputs go only into the output directory: no path component inside it is followed if it
  is a symbolic link, an existing file is not replaced unless asked (and then atomically,
  never through a link), names are shortened to what the file system takes.
- Names in messages have their control characters escaped: a file name cannot move the
  cursor, color the terminal or forge another line.
"""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import glob
import io
import os
import re
import stat
from collections.abc import Iterator
from typing import IO, Final, Protocol

from newsextract.errors import InputTooLargeError

__all__ = [
    "OutputDirectory",
    "expand_pattern",
    "file_identity",
    "is_regular",
    "open_found",
    "output_names",
    "read_limited",
    "shown",
    "walk_pages",
]

#: Characters a message shows escaped: C0 and C1 controls, DEL, the bidi controls, and the
#: lone surrogates Python decodes an undecodable byte of a file name to.
_UNSHOWABLE_RE: Final = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
#: Longest file name (bytes) most file systems take (NAME_MAX of ext4, XFS, APFS, NTFS).
NAME_MAX: Final = 255


def shown(text: str) -> str:
    """`text` with control characters escaped, for one line of a terminal ("\\x1b",
    "\\n"; an undecodable byte of a file name as "\\xff")."""
    return _UNSHOWABLE_RE.sub(_escape, text) if _UNSHOWABLE_RE.search(text) else text


_NAMED_ESCAPES: Final = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    if match.group() in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[match.group()]
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for the byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def file_identity(path: str) -> tuple[int, int] | None:
    """(device, inode) of the file `path` names (links followed); None if it has none."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def is_regular(path: str) -> bool:
    """True for a regular file (links followed): not a directory, pipe, socket or device."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def walk_pages(directory: str, suffixes: tuple[str, ...]) -> Iterator[str]:
    """The files under `directory` whose lower-case name ends in one of `suffixes`, in a
    stable order (a directory's files, then its subdirectories). Links to directories are
    not followed; each directory is visited once."""
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(directory):
        identity = file_identity(root)
        if identity is not None and identity in seen:  # a bind mount or the like
            dirs.clear()
            continue
        if identity is not None:
            seen.add(identity)
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(suffixes):
                yield os.path.join(root, name)


def expand_pattern(pattern: str) -> list[str]:
    """The paths `pattern` matches, sorted: the files glob.glob(pattern, recursive=True)
    gives, but "**" does not follow links to directories (so it never loops)."""
    if "**" not in pattern:
        return sorted(glob.glob(pattern))  # no recursion: it cannot loop
    parts = pattern.split(os.sep)
    fixed = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    base = os.sep.join(parts[:fixed]) or (os.sep if pattern.startswith(os.sep) else "")
    wanted = parts[fixed:]
    found: list[str] = []
    for root, dirs, files in os.walk(base or os.curdir):
        dirs.sort()
        relative = os.path.relpath(root, base or os.curdir)
        segments = [] if relative == os.curdir else relative.split(os.sep)
        for name in [*dirs, *files]:
            if _matches(wanted, [*segments, name]):
                found.append(os.path.join(root, name) if base else os.path.join(*segments, name))
    return sorted(found)


def _matches(pattern: list[str], segments: list[str]) -> bool:
    """Whether path segments match pattern parts, "**" standing for any number of segments
    (none of them hidden), a part for one segment (hidden only if it starts with ".")."""
    # reachable[j]: the first j segments can be matched by the pattern parts read so far
    reachable = [True] + [False] * len(segments)
    for part in pattern:
        if part == "**":
            for j in range(1, len(segments) + 1):
                reachable[j] = reachable[j] or (
                    reachable[j - 1] and not segments[j - 1].startswith(".")
                )
        else:
            reachable = [False] + [
                reachable[j - 1] and _segment_matches(part, segments[j - 1])
                for j in range(1, len(segments) + 1)
            ]
    return reachable[-1]


def _segment_matches(part: str, name: str) -> bool:
    if name.startswith(".") and not part.startswith("."):
        return False
    return fnmatch.fnmatchcase(name, part)


def open_found(path: str) -> io.BufferedReader:
    """Open a file found in a walk or by a pattern, without blocking on a named pipe (or a
    device): anything but a regular file raises OSError."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | _NOCTTY)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(errno.EINVAL, "not a regular file (skipped)", path)
        return open(descriptor, "rb")  # the caller closes it
    except BaseException:
        os.close(descriptor)
        raise


_NOCTTY: Final = getattr(os, "O_NOCTTY", 0)


class Readable(Protocol):
    """A binary stream: a file, standard input, a gzip stream."""

    def read(self, size: int = -1, /) -> bytes: ...


def read_limited(stream: Readable, limit: int) -> bytes:
    """At most `limit` bytes of `stream`; InputTooLargeError if it holds more (one byte
    more is read to know, nothing else)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLargeError(
            f"input is more than the limit of {limit:,} bytes (Options.max_input_bytes)"
        )
    return data


def output_names(bases: list[str], extension: str) -> list[str]:
    """A relative output name ("/"-separated) per input: its `base` (its path below a
    directory given, or its file name, without the page suffix) plus `extension`. A name
    taken twice (letter case aside), or taken by a directory of another output, gets "-2",
    "-3" …; a file name longer than NAME_MAX bytes is shortened."""
    folders = {
        "/".join(parts[:end]).lower()
        for parts in (base.split("/") for base in bases)
        for end in range(1, len(parts))
    }
    taken: set[str] = set()
    names = []
    for base in bases:
        folder, _, stem = base.rpartition("/")
        prefix = f"{folder}/" if folder else ""
        number = 1
        while True:
            suffix = f"-{number}" if number > 1 else ""
            name = prefix + _fitted(stem, suffix + extension)
            if name.lower() not in taken and name.lower() not in folders:
                break
            number += 1
        taken.add(name.lower())
        names.append(name)
    return names


def _fitted(stem: str, ending: str) -> str:
    """`stem` + `ending`, the stem cut so that the name takes at most NAME_MAX bytes."""
    room = NAME_MAX - len(os.fsencode(ending))
    encoded = os.fsencode(stem)
    if len(encoded) <= room:
        return stem + ending
    cut = encoded[:room]
    while cut and not _whole_utf8(cut):  # not in the middle of a character
        cut = cut[:-1]
    return os.fsdecode(cut or encoded[:room]) + ending


def _whole_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start < len(data) - 3  # a bad byte before the end: not a cut character
    return True


_LINK_IN_THE_WAY: Final = "a symbolic link in the way inside the output directory, not followed"
_EXISTS: Final = "exists, not replaced (--overwrite replaces it)"
#: Opening a directory by a file descriptor and creating and renaming files relative to it:
#: what writing only inside the output directory needs (POSIX; elsewhere, paths are checked).
_AT_FUNCTIONS: Final = {
    os.open,
    os.mkdir,
    os.rename,
    os.unlink,
    os.stat,
} <= os.supports_dir_fd and hasattr(os, "O_NOFOLLOW")


class OutputDirectory:
    """The output directory, made if it does not exist: files are written only inside it.

    A path component inside it that is a symbolic link is never followed; a file that
    exists is replaced only with `overwrite` (by a rename: a link in its place is replaced,
    its target is untouched); a file is never left half written.
    """

    def __init__(self, path: str) -> None:
        os.makedirs(path, exist_ok=True)
        self.path = path
        self._descriptor = (
            os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)) if _AT_FUNCTIONS else None
        )
        self._made = 0

    def close(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None

    @contextlib.contextmanager
    def create(self, name: str, *, overwrite: bool = False) -> Iterator[IO[str]]:
        """A text stream (UTF-8) to the file `name` (a relative, "/"-separated path) in the
        directory; an OSError says why it cannot be. If the block raises, the file is not
        left behind (nor replaced)."""
        *folders, filename = name.split("/")
        if self._descriptor is None:
            with self._create_by_path(folders, filename, overwrite=overwrite) as stream:
                yield stream
            return
        folder = self._descend(folders)
        try:
            self._made += 1
            written = f".newsextract-{os.getpid()}-{self._made}.tmp" if overwrite else filename
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW
            try:
                descriptor = os.open(written, flags, 0o666, dir_fd=folder)
            except FileExistsError as error:
                raise FileExistsError(errno.EEXIST, _EXISTS) from error
            try:
                with open(descriptor, "w", encoding="utf-8") as stream:
                    yield stream
                if overwrite:
                    os.replace(written, filename, src_dir_fd=folder, dst_dir_fd=folder)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(written, dir_fd=folder)
                raise
        finally:
            os.close(folder)

    def write(self, name: str, data: str, *, overwrite: bool = False) -> None:
        """Write `data` to `name` (see create)."""
        with self.create(name, overwrite=overwrite) as stream:
            stream.write(data)

    def _descend(self, folders: list[str]) -> int:
        """A descriptor of the folder `folders` name inside the directory, made as needed;
        a symbolic link among them is refused."""
        assert self._descriptor is not None
        current = os.dup(self._descriptor)
        try:
            for folder in folders:
                with contextlib.suppress(FileExistsError):
                    os.mkdir(folder, dir_fd=current)
                flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_NOFOLLOW
                try:
                    following = os.open(folder, flags, dir_fd=current)
                except OSError as error:
                    if stat.S_ISLNK(os.stat(folder, dir_fd=current, follow_symlinks=False).st_mode):
                        raise OSError(errno.ELOOP, _LINK_IN_THE_WAY) from error
                    raise
                os.close(current)
                current = following
        except BaseException:
            os.close(current)
            raise
        return current

    @contextlib.contextmanager
    def _create_by_path(
        self, folders: list[str], filename: str, *, overwrite: bool
    ) -> Iterator[IO[str]]:
        """Without descriptor-relative calls: the same rules, checked path by path."""
        folder = self.path
        for part in folders:
            folder = os.path.join(folder, part)
            if os.path.islink(folder):
                raise OSError(errno.ELOOP, _LINK_IN_THE_WAY)
            os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, filename)
        if not overwrite and os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, _EXISTS)
        temporary = os.path.join(folder, f".newsextract-{os.getpid()}.tmp")
        try:
            with open(temporary, "x", encoding="utf-8") as stream:
                yield stream
            if not overwrite and os.path.lexists(path):
                raise FileExistsError(errno.EEXIST, _EXISTS)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
