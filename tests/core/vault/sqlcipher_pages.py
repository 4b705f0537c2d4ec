"""An independent SQLCipher 4 page decryptor, for checking what really sits on disk.

It re-implements the on-disk format (AES-256-CBC per page, a 16-byte IV and a
64-byte HMAC-SHA512 in each page's reserved tail, the HMAC key derived from the
data key with PBKDF2-HMAC-SHA512 over the salt XOR 0x3a, 2 iterations) with
``cryptography`` only, so a test does not trust SQLCipher to tell it what SQLCipher
wrote. With a raw key, the data key is the encryption key: no KDF runs.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE  # 80, already a multiple of the AES block size
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


class PageError(Exception):
    """A page failed its HMAC: the key is wrong or the page is damaged."""


def _hmac_key(key: bytes, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, len(key))


def decrypt_page(page: bytes, pgno: int, key: bytes, salt: bytes) -> bytes:
    """Verify and decrypt one page; returns its plaintext (without the reserved tail)."""
    offset = SALT_SIZE if pgno == 1 else 0
    body_end = len(page) - RESERVE
    ciphertext = page[offset:body_end]
    iv = page[body_end : body_end + IV_SIZE]
    tag = page[body_end + IV_SIZE :]
    mac = hmac.new(_hmac_key(key, salt), ciphertext + iv + struct.pack("<I", pgno), "sha512")
    if not hmac.compare_digest(mac.digest(), tag):
        raise PageError(f"HMAC check failed for page {pgno}")
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(ciphertext) + decryptor.finalize()


def decrypt_database(path: Path, key: bytes) -> list[bytes]:
    """Every page of a SQLCipher database file, decrypted."""
    data = path.read_bytes()
    salt = data[:SALT_SIZE]
    return [
        decrypt_page(data[i : i + PAGE_SIZE], i // PAGE_SIZE + 1, key, salt)
        for i in range(0, len(data) - len(data) % PAGE_SIZE, PAGE_SIZE)
    ]


def decrypt_wal(wal_path: Path, db_path: Path, key: bytes) -> list[bytes]:
    """Every frame still present in a WAL file (current or stale), decrypted."""
    salt = db_path.read_bytes()[:SALT_SIZE]
    data = wal_path.read_bytes() if wal_path.exists() else b""
    pages = []
    pos = WAL_HEADER
    frame = WAL_FRAME_HEADER + PAGE_SIZE
    while pos + frame <= len(data):
        pgno = struct.unpack(">I", data[pos : pos + 4])[0]
        page = data[pos + WAL_FRAME_HEADER : pos + frame]
        try:
            pages.append(decrypt_page(page, pgno, key, salt))
        except PageError:
            # A frame from an older WAL generation may be overwritten mid-way; such a
            # frame cannot hold readable text, which is what the caller looks for.
            pass
        pos += frame
    return pages
