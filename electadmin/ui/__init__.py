"""The PySide6 interface: windows, screens, table models over DTOs, the task runner and dialogs.

The UI talks to services only (never to storage or a session); long work goes through
:class:`electadmin.ui.tasks.TaskRunner`, and failures are shown with :mod:`electadmin.ui.messages`.
"""
