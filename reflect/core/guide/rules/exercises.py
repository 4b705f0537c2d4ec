"""An exercise's answers as an entry, and back."""

from __future__ import annotations

from collections.abc import Mapping

from reflect.core.guide.rules.shapes import ExerciseLike


def exercise_entry(exercise: ExerciseLike, answers: Mapping[str, str]) -> tuple[str, str]:
    """Turn an exercise's answers (keyed by step id) into an entry's title and Markdown body.

    Each answered step becomes a ``## <step title>`` heading with the answer below it,
    in the exercise's order; empty steps are left out. Answers keyed by unknown step
    ids are ignored (a draft saved by an older version of the exercise).
    """
    parts: list[str] = []
    for step in exercise.steps:
        answer = answers.get(step.id, "").strip()
        if answer:
            parts.append(f"## {step.title}\n\n{answer}")
    body = "\n\n".join(parts)
    return exercise.title, (body + "\n") if body else ""


def exercise_answers(exercise: ExerciseLike, body: str) -> dict[str, str]:
    """Read answers back from an entry written by ``exercise_entry`` (step id -> answer).

    Used to reopen a living document, such as the safety plan, for editing. Text under
    a heading that is not one of the exercise's steps stays with the step before it,
    so nothing the user wrote is dropped.
    """
    by_title = {step.title: step.id for step in exercise.steps}
    answers: dict[str, list[str]] = {}
    current: str | None = None
    for line in body.splitlines():
        title = line[3:].strip() if line.startswith("## ") else None
        if title is not None and title in by_title:
            current = by_title[title]
            answers.setdefault(current, [])
        elif current is not None:
            answers[current].append(line)
    return {k: "\n".join(v).strip() for k, v in answers.items() if "\n".join(v).strip()}
