"""Key derivation, wrapping and the recovery key codec."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reflect.core.errors import InvalidRecoveryKey, VaultCorrupt, WrongPassphrase
from reflect.core.vault import crypto
from reflect.core.vault.crypto import KdfParams

CHEAP = KdfParams.cheap_for_tests()


def test_recovery_key_is_8_groups_of_8_hex_digits() -> None:
    key = bytes(range(32))
    text = crypto.format_recovery_key(key)
    groups = text.split("-")
    assert len(groups) == 8
    assert all(len(g) == 8 and all(c in "0123456789ABCDEF" for c in g) for g in groups)
    assert bytes(crypto.parse_recovery_key(text)) == key


@given(st.binary(min_size=32, max_size=32), st.sampled_from(["", "-", " ", "\n"]), st.booleans())
def test_recovery_key_parses_with_any_separator_and_case(key: bytes, sep: str, lower: bool) -> None:
    text = crypto.format_recovery_key(key).replace("-", sep)
    text = text.lower() if lower else text
    assert bytes(crypto.parse_recovery_key(text)) == key


@pytest.mark.parametrize(
    "text", ["", "1234", "G" * 64, "A" * 63, "A" * 65, "ABCD-" * 15, "x'" + "A" * 64 + "'"]
)
def test_malformed_recovery_keys_are_refused_with_a_helpful_message(text: str) -> None:
    with pytest.raises(InvalidRecoveryKey) as info:
        crypto.parse_recovery_key(text)
    message = info.value.message
    assert "64" in message or "0-9 and the letters A-F" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # A misread letter is named with its group and what was likely meant.
        (lambda g: [*g[:2], g[2][:3] + "O" + g[2][4:], *g[3:]], ("Group 3", "“O”", "0")),
        # A short group is named when the groups are separated.
        (lambda g: [*g[:4], g[4][:7], *g[5:]], ("Group 5", "7 characters")),
        # Without separators only the count can be said.
        (lambda g: ["".join(g)[:-1]], ("63 of the 64",)),
        (lambda g: ["".join(g) + "A"], ("65 characters",)),
    ],
)
def test_recovery_key_problem_says_which_group_looks_wrong(
    change: object, expected: tuple[str, ...]
) -> None:
    groups = crypto.format_recovery_key(bytes(range(32))).split("-")
    text = "-".join(change(groups))  # type: ignore[operator]
    problem = crypto.recovery_key_problem(text)
    assert problem is not None
    for part in expected:
        assert part in problem


def test_a_well_formed_key_has_no_problem() -> None:
    key = crypto.format_recovery_key(bytes(range(32)))
    assert crypto.recovery_key_problem(key) is None
    assert crypto.recovery_key_problem(key.lower().replace("-", " ")) is None


def test_wrap_and_unwrap_round_trip_with_fresh_nonces() -> None:
    kek = crypto.derive_kek("a passphrase", b"s" * 16, CHEAP)
    key = crypto.new_data_key()
    n1, c1 = crypto.wrap_key(kek, key, b"ad")
    n2, c2 = crypto.wrap_key(kek, key, b"ad")
    assert n1 != n2 and c1 != c2
    assert crypto.unwrap_key(kek, n1, c1, b"ad") == key


def test_unwrap_fails_as_wrong_passphrase_for_other_key_or_other_header_fields() -> None:
    kek = crypto.derive_kek("right", b"s" * 16, CHEAP)
    other = crypto.derive_kek("wrong", b"s" * 16, CHEAP)
    nonce, wrapped = crypto.wrap_key(kek, crypto.new_data_key(), b"header v1")
    with pytest.raises(WrongPassphrase):
        crypto.unwrap_key(other, nonce, wrapped, b"header v1")
    with pytest.raises(WrongPassphrase):
        crypto.unwrap_key(kek, nonce, wrapped, b"header v1 tampered")


def test_passphrases_are_unicode_normalised() -> None:
    composed, decomposed = "caf\u00e9 \u00e0 minuit", "cafe\u0301 a\u0300 minuit"
    salt = b"n" * 16
    assert crypto.derive_kek(composed, salt, CHEAP) == crypto.derive_kek(decomposed, salt, CHEAP)


def test_argon2id_primitive_matches_the_rfc_9106_test_vector() -> None:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    tag = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    ).derive(b"\x01" * 32)
    assert tag.hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


def test_our_key_derivation_is_pinned() -> None:
    """An upgrade of cryptography/OpenSSL, or a change of ours, must not change derived keys."""
    kek = crypto.derive_kek("password", b"somesalt" * 2, KdfParams(8192, 2, 1))
    assert kek.hex() == "fd7e44552d83db6b9c2bc9dbd6d88fe0facd11df4654ac21fe8013fd7a05ebc3"


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(0, 1, 1),
        KdfParams(8, 1, 2),
        KdfParams(8192, 0, 1),
        KdfParams(8192, 1, 0),
        KdfParams(100 * 1024 * 1024, 1, 1),
        KdfParams(8192, 10_000, 1),
    ],
)
def test_parameters_outside_sane_bounds_are_treated_as_damage(params: KdfParams) -> None:
    with pytest.raises(VaultCorrupt):
        params.validate()


def test_calibration_never_goes_below_the_rfc_9106_defaults() -> None:
    ticks = iter([0.0, 5.0])  # pretend one derivation took 5 s: a very slow machine
    params = crypto.calibrate(0.6, timer=lambda: next(ticks))
    assert params == KdfParams(64 * 1024, 3, 4)


def test_calibration_scales_iterations_toward_the_target() -> None:
    ticks = iter([0.0, 0.1])  # 0.1 s at t=3 -> about 18 iterations for 0.6 s
    params = crypto.calibrate(0.6, timer=lambda: next(ticks))
    assert params.memory_kib == 64 * 1024 and params.lanes == 4
    assert params.iterations == 18


def test_wipe_zeroes_the_buffer() -> None:
    key = crypto.new_data_key()
    crypto.wipe(key)
    assert key == bytearray(32)
