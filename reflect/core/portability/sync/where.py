"""Where a journal and its sync folder may be, and where they must not.

The journal's database must never be inside a folder that a sync tool carries:
the tool copies the database while Reflect writes it, or keeps one computer's
copy over the other's, and entries are lost. ``sync_tool_around`` notices the
journal inside a known sync folder (so Reflect can explain the safe way, once);
``folder_problem`` refuses a sync folder that holds the journal, or sits in it.
"""

from __future__ import annotations

from pathlib import Path

from reflect.core.language import QT_TR_NOOP, tr_core

# Folder names the usual tools make (their default names, on every system).
_TOOL_FOLDERS: tuple[tuple[str, str], ...] = (
    ("dropbox", "Dropbox"),
    ("onedrive", "OneDrive"),
    ("icloud drive", "iCloud Drive"),
    ("icloud~", "iCloud Drive"),
    ("com~apple~clouddocs", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("pcloud drive", "pCloud"),
    ("megasync", "MEGA"),
    ("box sync", "Box"),
)
SYNCTHING = "Syncthing"

INSIDE_JOURNAL = QT_TR_NOOP(
    "That folder is inside your journal's own folder. Choose a folder outside it, "
    "one that your sync tool keeps in step."
)
HOLDS_JOURNAL = QT_TR_NOOP(
    "Your journal itself is inside that folder, and a sync tool must never copy a "
    "journal while Reflect writes in it. Choose another folder, one that does not "
    "hold your journal."
)


def sync_tool_around(path: Path) -> str | None:
    """The sync tool whose folder holds ``path`` (by its folder's name, or a
    Syncthing ``.stfolder`` marker above it), or None."""
    folder = Path(path).resolve()
    for part in (folder, *folder.parents):
        name = part.name.casefold()
        for start, tool in _TOOL_FOLDERS:
            # "OneDrive - Hospital Trust", "Dropbox (Personal)": the tool's name first.
            if name == start or name.startswith((start + " ", start + "-", start + "(")):
                return tool
        if (part / ".stfolder").exists():
            return SYNCTHING
    return None


def folder_problem(folder: Path, journal: Path) -> str | None:
    """Why ``folder`` cannot be the sync folder of the journal in ``journal``, or None."""
    chosen, home = Path(folder).resolve(), Path(journal).resolve()
    if chosen == home or home in chosen.parents:
        return tr_core(INSIDE_JOURNAL)
    if chosen in home.parents:
        return tr_core(HOLDS_JOURNAL)
    return None
