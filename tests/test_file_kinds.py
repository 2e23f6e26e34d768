"""One table of what a path holds instead of a regular file (`io.file_kind`): the input reader, the store
and the feed file say it alike ("is a FIFO (named pipe), not a store file")."""

from __future__ import annotations

import os
import stat

import pytest

from newsbrief.errors import InputError
from newsbrief.ingest import files
from newsbrief.io import file_kind


@pytest.mark.parametrize(
    ("mode", "kind"),
    [
        (stat.S_IFDIR, "a folder"),
        (stat.S_IFIFO, "a FIFO (named pipe)"),
        (stat.S_IFCHR, "a device"),
        (stat.S_IFBLK, "a device"),
        (stat.S_IFSOCK, "a socket"),
        (stat.S_IFREG, None),
    ],
)
def test_file_kind(mode: int, kind: str | None) -> None:
    assert file_kind(mode | 0o644) == kind


def test_an_input_fifo_is_told_to_pipe_and_a_folder_left_to_check_file() -> None:
    with pytest.raises(InputError, match=r"is a FIFO \(named pipe\), not a file; pipe it into - instead"):
        files._refuse_special(stat.S_IFIFO, "in.txt")
    with pytest.raises(InputError, match=r"in\.txt: is a socket, not a file$"):
        files._refuse_special(stat.S_IFSOCK, "in.txt")
    files._refuse_special(stat.S_IFDIR, "in.txt")  # an open folder's fd: `check_file` refused it before


def test_store_and_feed_file_name_the_kind(tmp_path: os.PathLike[str]) -> None:
    from newsbrief.store.store import _check_file
    from newsbrief.watch import check_feed_file

    with pytest.raises(InputError, match="is a folder, not a store file"):
        _check_file(str(tmp_path))
    with pytest.raises(InputError, match="is a folder, not a feed file"):
        check_feed_file(str(tmp_path))
