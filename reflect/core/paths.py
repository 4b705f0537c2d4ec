"""Where Reflect keeps things on this computer: one object, built once, injected."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Reflect"


@dataclass(frozen=True)
class AppPaths:
    """The folders Reflect may write to. Tests build one over a temp folder."""

    data: Path
    config: Path
    backups: Path

    @property
    def default_vault(self) -> Path:
        return self.data / "journal"

    @classmethod
    def for_user(cls) -> AppPaths:
        data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
        config = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
        return cls(data=data, config=config, backups=data / "backups")

    @classmethod
    def under(cls, base: Path) -> AppPaths:
        return cls(data=base / "data", config=base / "config", backups=base / "data" / "backups")
