"""Getting into the journal: first run, unlock, passphrase and recovery-key forms,
the key dialogs and restoring from a backup on first run."""
