"""The passphrase policy lives in core and says why it refuses."""

from __future__ import annotations

import pytest

from reflect.core.vault.passphrase_policy import MIN_LENGTH, Weakness, assess


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("", Weakness.EMPTY),
        ("tulip", Weakness.TOO_SHORT),
        ("password", Weakness.COMMON),  # 8 characters: refused for being common
        ("12345678", Weakness.COMMON),
        ("aaaaaaaaaa", Weakness.PATTERN),
        ("abcdefghijk", Weakness.PATTERN),
    ],
)
def test_refusals_carry_their_reason(passphrase: str, reason: Weakness) -> None:
    strength = assess(passphrase)
    assert strength.refused
    assert strength.reason is reason


def test_length_alone_is_not_the_reason_for_a_long_common_password() -> None:
    assert len("password") >= MIN_LENGTH
    assert assess("password").reason is not Weakness.TOO_SHORT


def test_a_few_unrelated_words_pass_without_a_reason() -> None:
    strength = assess("quiet harbour lantern orchard 42")
    assert not strength.refused and not strength.weak
    assert strength.reason is Weakness.NONE
