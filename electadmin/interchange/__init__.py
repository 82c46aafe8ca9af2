"""File formats in and out: tables (XLSX, CSV), and the packages committees exchange.

Imports go *read → match headers → parse rows → collect problems → reject or accept*; see
:mod:`electadmin.interchange.tabular` (files) and :mod:`electadmin.interchange.columns` (meaning).
This package may use ``domain`` and ``integrity`` only: never storage, services or widgets.
"""
