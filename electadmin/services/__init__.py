"""Use cases: one module per area; one transaction per user action; frozen DTOs out; audited."""
