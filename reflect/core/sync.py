"""One journal on several computers (issue 17): the public names outside checks use.

``SyncFolder(folder).sync(vault)`` keeps a journal in step through a folder the
user's own sync tool carries (``reflect.core.portability.sync``).
"""

from __future__ import annotations

from reflect.core.portability.sync.folder import SyncFolder, SyncReport

__all__ = ["SyncFolder", "SyncReport"]
