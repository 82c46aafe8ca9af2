"""Printed documents: one module per document, pure functions from DTOs to PDF bytes.

Shared by all of them: :mod:`~electadmin.reports.text` (Arabic shaping and line breaking),
:mod:`~electadmin.reports.table` (right-to-left tables), :mod:`~electadmin.reports.document` (the page
frame: header, footer, watermark, status) and :mod:`~electadmin.reports.fonts` (Amiri, shipped in
``resources/fonts``).
"""
