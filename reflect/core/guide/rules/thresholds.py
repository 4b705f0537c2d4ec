"""The numbers the guide's rules turn on, each with where it comes from."""

from __future__ import annotations

from datetime import timedelta

RECENT_PROMPT_WINDOW = timedelta(days=14)
"""A prompt answered within this window is not offered again."""

CHECKIN_FRESH = timedelta(hours=24)
"""How long a check-in shapes the prompts offered."""

READINESS_FRESH = timedelta(hours=12)
"""How recent a check-in must be to pre-fill the self-forgiveness readiness rating.

Shorter than ``CHECKIN_FRESH`` on purpose: the readiness check decides whether a
demanding exercise starts or routes to support, so it should reflect how the
user is now. Yesterday evening's rating may still lean the day's prompts gentle,
but it should not speak for this afternoon's readiness; the user confirms or
changes the pre-filled rating either way."""

HIGH_DISTRESS = 7
"""From this distress rating on, prompts lean to grounding and self-compassion."""

CRISIS_DISTRESS = 9
"""Distress 9-10 opens the support card (CONTENT.md, Safety)."""

SCREEN_POSITIVE = 3
"""PHQ-2 or GAD-2 at or above this is the usual cut-off, and a crisis signal here."""

FORGIVENESS_SUPPORT_DISTRESS = 8
"""At or above this, the self-forgiveness exercise routes to support instead."""

WEEKLY_INTERVAL = timedelta(days=7)
"""The optional weekly questions are offered when none were answered this long."""

GENTLE_KINDS = frozenset({"grounding", "self-compassion"})
"""Prompt kinds that ask little and soothe: for stage 1, high distress or a trigger."""

UNIVERSAL_KINDS = frozenset({"grounding", "self-compassion", "support"})
"""Kinds that fit any stage, used as the last fallback when a stage's prompts run out."""
