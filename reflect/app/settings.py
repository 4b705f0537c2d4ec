"""The only wrapper over QSettings: window geometry, theme, language, support country.

Everything about the journal itself (auto-lock minutes, lock on minimise, the
editor font, the legal caution being acknowledged...) lives *inside* the
encrypted vault through ``Journal.get_setting``/``set_setting``. QSettings is a
plain file anyone with access to the computer can read, so the rule is simple:
only keys listed in ``ALLOWED_KEYS`` can be written, and none of them can hold
text the user typed.

The file is an INI file in Reflect's config folder (``AppPaths.config``), not the
platform default (the Windows registry, a macOS plist): one known place, easy to
inspect and to delete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reflect.core.errors import BugError

THEME = "appearance/theme"
GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
# Which country's crisis lines to show. Kept outside the vault on purpose: the
# support card must show the right lines while the journal is locked, and a
# country is not private (the system locale says as much).
SUPPORT_COUNTRY = "support/country"
# The UI language ("system" or a code from reflect.core.language). Outside the
# vault because the unlock screen must already speak it.
LANGUAGE = "appearance/language"
ALLOWED_KEYS = frozenset({THEME, GEOMETRY, WINDOW_STATE, SUPPORT_COUNTRY, LANGUAGE})
THEMES = ("system", "light", "dark")


class Settings:
    """Typed access to the few non-sensitive preferences Reflect keeps outside the vault."""

    FILENAME = "reflect.ini"

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / self.FILENAME
        self._qsettings: QSettings | None = None

    def _store(self) -> QSettings:
        if self._qsettings is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        return self._qsettings

    def _set(self, key: str, value: object) -> None:
        if key not in ALLOWED_KEYS:
            raise BugError(f"not a setting Reflect may keep outside the vault: {key}")
        self._store().setValue(key, value)

    # --- theme --------------------------------------------------------------------

    @property
    def theme(self) -> str:
        value = self._store().value(THEME, "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, name: str) -> None:
        if name not in THEMES:
            raise BugError(f"unknown theme {name!r}")
        self._set(THEME, name)

    # --- window -------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store().value(GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set(GEOMETRY, value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._store().value(WINDOW_STATE)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set(WINDOW_STATE, value)

    # --- language -----------------------------------------------------------------

    @property
    def language(self) -> str:
        """ "system" (follow the system's languages) or an offered language's code."""
        from reflect.core import language

        value = self._store().value(LANGUAGE, "system")
        return value if isinstance(value, str) and value in language.offered_codes() else "system"

    @language.setter
    def language(self, code: str) -> None:
        from reflect.core import language

        if code != "system" and code not in language.offered_codes():
            raise BugError(f"not a language Reflect offers: {code!r}")
        self._set(LANGUAGE, code)

    # --- support ------------------------------------------------------------------

    @property
    def support_country(self) -> str | None:
        """The country chosen in Support or on the crisis card, if any."""
        value = self._store().value(SUPPORT_COUNTRY)
        return value if isinstance(value, str) and _is_country_code(value) else None

    @support_country.setter
    def support_country(self, code: str | None) -> None:
        if code is None:
            self._store().remove(SUPPORT_COUNTRY)
            return
        if not _is_country_code(code):
            raise BugError(f"not a country code: {code!r}")
        self._set(SUPPORT_COUNTRY, code)

    def keys(self) -> list[str]:
        return list(self._store().allKeys())

    def sync(self) -> None:
        if self._qsettings is not None:
            self._qsettings.sync()


def _is_country_code(value: str) -> bool:
    """ISO 3166 alpha-2 ("GB") or Reflect's "INT" for the international directory."""
    return value == "INT" or (len(value) == 2 and value.isascii() and value.isupper())
