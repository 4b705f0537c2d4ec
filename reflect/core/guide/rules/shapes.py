"""Structural types: content's dataclasses satisfy these, so rules need not import content."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar


class PromptLike(Protocol):
    """What prompt selection needs to know about a prompt."""

    @property
    def id(self) -> str: ...
    @property
    def stages(self) -> tuple[int, ...]: ...
    @property
    def kind(self) -> str: ...


class StepLike(Protocol):
    """One step of a guided exercise."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...


class ExerciseLike(Protocol):
    """A guided exercise: a title and its steps, in order."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def steps(self) -> Sequence[StepLike]: ...


P = TypeVar("P", bound=PromptLike)
