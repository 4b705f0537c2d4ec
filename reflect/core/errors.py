"""Errors that carry meaning.

``UserError`` is something the user caused or can fix; its ``message`` says what
happened and what to do, in plain words, and is safe to show as it is (it never
contains journal text). ``BugError`` is our fault. The UI shows the first calmly
and reports the second as an internal problem.
"""

from __future__ import annotations

from reflect.core.language import QT_TR_NOOP, tr_core


class ReflectError(Exception):
    """Base class of every error Reflect raises on purpose."""

    default_message = QT_TR_NOOP("Something went wrong.")

    def __init__(self, message: str | None = None) -> None:
        self.message = message or tr_core(self.default_message)
        super().__init__(self.message)


class UserError(ReflectError):
    """Something the user can understand and act on."""


class BugError(ReflectError):
    """Reflect's own mistake: should never happen."""

    default_message = QT_TR_NOOP("Reflect hit an internal problem. Nothing you wrote was changed.")


class VaultError(UserError):
    """A problem opening, changing or reading a vault."""

    default_message = QT_TR_NOOP("Reflect could not open this journal.")


class WrongPassphrase(VaultError):
    """The passphrase does not open this vault."""

    default_message = QT_TR_NOOP(
        "That passphrase didn't open this journal. Check Caps Lock and try again, "
        "or use your recovery key."
    )


class WrongRecoveryKey(VaultError):
    """The recovery key is well formed but does not open this vault."""

    default_message = QT_TR_NOOP(
        "That recovery key didn't open this journal. Check each group of characters "
        "against your printed copy."
    )


class InvalidRecoveryKey(VaultError):
    """The text given as a recovery key is not one."""

    default_message = QT_TR_NOOP(
        "A recovery key has 64 characters (digits 0-9 and letters A-F), usually written "
        "in 8 groups. Check that nothing is missing."
    )


class VaultCorrupt(VaultError):
    """The vault's files are damaged; the passphrase may well be right."""

    default_message = QT_TR_NOOP(
        "This journal's files look damaged, so Reflect did not change anything. "
        "Restore your most recent backup, or open the journal with your recovery key. "
        "Keep the damaged folder: do not delete it."
    )


class VaultTooNew(VaultError):
    """The vault was written by a newer version of Reflect."""

    default_message = QT_TR_NOOP(
        "This journal was made by a newer Reflect. Install the latest version of Reflect "
        "to open it; nothing was changed."
    )


class VaultInUse(VaultError):
    """Another Reflect process has this vault open."""

    default_message = QT_TR_NOOP(
        "This journal is already open in another Reflect window. Close that window first."
    )


class VaultNotFound(VaultError):
    """There is no vault at the given folder."""

    default_message = QT_TR_NOOP("There is no Reflect journal in this folder.")


class VaultExists(VaultError):
    """Creating a vault where one (or other files) already exists."""

    default_message = QT_TR_NOOP(
        "This folder already holds files, so Reflect will not create a journal here. "
        "Choose an empty folder."
    )


class VaultReadOnly(VaultError):
    """The vault's folder or files cannot be written (read-only disk, permissions)."""

    default_message = QT_TR_NOOP(
        "Reflect can open this journal only from a folder it can write to, and this one "
        "is read-only. Copy the whole journal folder to a folder of yours (or check its "
        "permissions) and open it from there; nothing was changed."
    )


class VaultLocked(VaultError):
    """The vault is locked; unlock it first."""

    default_message = QT_TR_NOOP("The journal is locked. Unlock it to go on.")


class Cancelled(UserError):
    """The user stopped long work; whatever it had begun was cleaned up."""

    default_message = QT_TR_NOOP("Stopped. Nothing was changed.")


class StorageFull(UserError):
    """The disk is full or not writable."""

    default_message = QT_TR_NOOP(
        "Reflect could not save because the disk is full or cannot be written to. "
        "Free some space; what you wrote is still on screen and will be saved when "
        "space is available."
    )


class NotFound(UserError):
    """An entry, event or other item no longer exists."""

    default_message = QT_TR_NOOP("That item no longer exists.")


class InvalidInput(UserError):
    """A value outside what Reflect accepts (a distress of 12, a stage of 9)."""

    default_message = QT_TR_NOOP("That value isn't one Reflect can accept.")
