"""How each feature is attached to the running app, one module per feature.

- ``guide``: the recovery guide beside the editor, its windows and its flows into
  the journal page (prompts, exercises, events);
- ``data``: import, backups (automatic on lock, at most daily), the user's own
  copy and the export for a therapist;
- ``reminders``: the scheduler and notifier (running even while locked), the
  reminders dialog, and going where a clicked reminder points.

``reflect.app.features.Features`` composes the three.
"""
