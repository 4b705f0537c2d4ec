"""Reflect's reverse-DNS application id (desktop files, LaunchAgents, notifications)."""

from __future__ import annotations

APP_ID = "io.github.reflectjournal.Reflect"
