"""Shared building blocks of every page: layout helpers, message boxes, icons,
the light and dark themes, the main window shell and the task-runner protocol."""
