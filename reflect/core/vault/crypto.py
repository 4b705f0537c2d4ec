"""Key derivation, key wrapping and the recovery key codec.

The journal database is encrypted by SQLCipher with a random 32-byte *data key*.
That key never touches disk in the clear: it is wrapped with AES-256-GCM under a
*key-encryption key* derived from the passphrase with Argon2id. The recovery key
is the data key itself, written as 64 hex digits, so the journal opens in any
SQLCipher 4 client even if the header is lost.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import string
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from reflect.core.errors import InvalidRecoveryKey, VaultCorrupt, WrongPassphrase
from reflect.core.language import tr_core

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12

# RFC 9106's second recommended option; calibration only ever raises iterations.
DEFAULT_MEMORY_KIB = 64 * 1024
DEFAULT_ITERATIONS = 3
DEFAULT_LANES = 4
CALIBRATION_TARGET_SECONDS = 0.6
MAX_CALIBRATED_ITERATIONS = 40

# Bounds for parameters read from a header, run before anything in it is
# authenticated: outside them the header is damaged or hostile. Reflect writes
# 64 MiB and 4 lanes, with iterations from 3 up to the calibration cap of 40;
# iterations may go to twice that cap and lanes to 8, headroom for a later
# version's calibration on a faster machine. The worst header accepted costs
# 4.5 s on the 2-core test machine (64 MiB, t=80, p=8), not hours.
_MAX_MEMORY_KIB = DEFAULT_MEMORY_KIB
_MAX_ITERATIONS = 2 * MAX_CALIBRATED_ITERATIONS
_MAX_LANES = 8


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters (memory in KiB)."""

    memory_kib: int = DEFAULT_MEMORY_KIB
    iterations: int = DEFAULT_ITERATIONS
    lanes: int = DEFAULT_LANES

    @classmethod
    def cheap_for_tests(cls) -> KdfParams:
        """Tiny parameters so tests and benchmarks that are not about the KDF run fast."""
        return cls(memory_kib=8 * 1024, iterations=1, lanes=1)

    def validate(self) -> None:
        """Raise ``VaultCorrupt`` when parameters could not have been written by Reflect."""
        ok = (
            1 <= self.lanes <= _MAX_LANES
            and 1 <= self.iterations <= _MAX_ITERATIONS
            and 8 * self.lanes <= self.memory_kib <= _MAX_MEMORY_KIB
        )
        if not ok:
            raise VaultCorrupt()


def normalize_passphrase(passphrase: str) -> bytes:
    """UTF-8 of the NFC form, so the same passphrase typed on any OS derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive the 32-byte key-encryption key from a passphrase."""
    params.validate()
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalize_passphrase(passphrase))


def calibrate(
    target_seconds: float = CALIBRATION_TARGET_SECONDS,
    *,
    timer: Callable[[], float] = time.perf_counter,
) -> KdfParams:
    """Parameters at or above the defaults that take about ``target_seconds`` here.

    Like KeePassXC, memory stays fixed and iterations scale linearly with the
    measured time of one derivation at the default cost; they never go below the
    default, so a slow machine still gets RFC 9106's recommendation.
    """
    base = KdfParams()
    start = timer()
    derive_kek("calibration", b"\0" * SALT_BYTES, base)
    elapsed = max(timer() - start, 1e-6)
    scaled = round(base.iterations * target_seconds / elapsed)
    iterations = max(base.iterations, min(scaled, MAX_CALIBRATED_ITERATIONS))
    return KdfParams(base.memory_kib, iterations, base.lanes)


def derive_subkey(data_key: bytes | bytearray, label: bytes, size: int = 32) -> bytes:
    """A key for one purpose, named by ``label``: HKDF-SHA256 over the data key, so a
    file sealed with it reveals nothing about the data key or any other subkey."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=size, salt=None, info=label).derive(
        bytes(data_key)
    )


def new_data_key() -> bytearray:
    """A fresh random data key, in a mutable buffer so it can be wiped."""
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def wrap_key(
    kek: bytes, data_key: bytes | bytearray, associated_data: bytes
) -> tuple[bytes, bytes]:
    """Encrypt the data key; returns ``(nonce, ciphertext)``. A fresh nonce every call."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(kek).encrypt(nonce, bytes(data_key), associated_data)


def unwrap_key(kek: bytes, nonce: bytes, ciphertext: bytes, associated_data: bytes) -> bytearray:
    """Decrypt the data key; a wrong passphrase (or an altered header) fails the tag."""
    try:
        plain = AESGCM(kek).decrypt(nonce, ciphertext, associated_data)
    except InvalidTag:
        raise WrongPassphrase() from None
    if len(plain) != DATA_KEY_BYTES:
        raise VaultCorrupt()
    return bytearray(plain)


def key_check(data_key: bytes | bytearray) -> str:
    """A short public fingerprint that tells a wrong recovery key from a damaged file.

    It is an HMAC of a fixed label under the key, so it reveals nothing about the key.
    """
    return hmac.new(bytes(data_key), b"reflect recovery key check v1", hashlib.sha256).hexdigest()[
        :32
    ]


def format_recovery_key(data_key: bytes | bytearray) -> str:
    """``AB12CD34-...``: 64 upper-case hex digits in 8 groups of 8."""
    digits = bytes(data_key).hex().upper()
    return "-".join(digits[i : i + 8] for i in range(0, len(digits), 8))


_HEX = set(string.hexdigits)


_SEPARATORS = "- \t\r\n"
_GROUP = 8
# Letters people misread for hex digits on a printout, and what was likely meant.
_LOOKALIKES = {"O": "0", "Q": "0", "I": "1", "L": "1", "S": "5", "Z": "2", "G": "6", "B": "8"}


def parse_recovery_key(text: str) -> bytearray:
    """Accept a recovery key with or without separators or spaces, in any case."""
    cleaned = "".join(ch for ch in text if ch not in _SEPARATORS)
    if len(cleaned) != DATA_KEY_BYTES * 2 or not set(cleaned) <= _HEX:
        raise InvalidRecoveryKey(recovery_key_problem(text))
    return bytearray(bytes.fromhex(cleaned))


def recovery_key_problem(text: str) -> str | None:
    """What looks wrong with a typed recovery key, as precisely as the text allows.

    The key has no checksum, so a mistyped digit cannot be found; a character that
    is not a hex digit can (and its group named), and so can a wrong length (and,
    when the groups are separated, which group is short or long). ``None`` when
    the text is shaped like a key.
    """
    groups = [g for g in re.split(r"[-\s]+", text.strip()) if g]
    cleaned = "".join(groups)
    expected = DATA_KEY_BYTES * 2
    for number, group in enumerate(groups, start=1):
        for ch in group:
            if ch not in _HEX:
                meant = _LOOKALIKES.get(ch.upper())
                hint = tr_core(" Did you mean {meant}?").format(meant=meant) if meant else ""
                if len(groups) > 1:
                    problem = tr_core(
                        "Group {number} has “{ch}”, which is never in a recovery key: keys "
                        "use only the digits 0-9 and the letters A-F."
                    )
                else:
                    problem = tr_core(
                        "The key has “{ch}”, which is never in a recovery key: keys use only "
                        "the digits 0-9 and the letters A-F."
                    )
                return problem.format(number=number, ch=ch) + hint
    if len(cleaned) == expected:
        return None
    if len(groups) == expected // _GROUP:
        for number, group in enumerate(groups, start=1):
            if len(group) != _GROUP:
                return tr_core(
                    "Group {number} has {count} characters; each group has {size}. "
                    "Check that group against your printout."
                ).format(number=number, count=len(group), size=_GROUP)
    if len(cleaned) < expected:
        return tr_core(
            "This has {count} of the {expected} characters of a recovery key. "
            "Check that nothing is missing."
        ).format(count=len(cleaned), expected=expected)
    return tr_core(
        "This has {count} characters; a recovery key has {expected}. Check for a "
        "character typed twice."
    ).format(count=len(cleaned), expected=expected)


def wipe(buffer: bytearray) -> None:
    """Overwrite a key buffer in place (best effort: Python may hold other copies)."""
    for i in range(len(buffer)):
        buffer[i] = 0
