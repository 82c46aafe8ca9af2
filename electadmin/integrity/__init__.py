"""Hashes, signatures and the hash-chained audit log: the proofs that nothing changed unseen."""
