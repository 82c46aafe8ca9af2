"""The electoral roll area: browsing, searching, life cycle of entries, import and review queues."""
