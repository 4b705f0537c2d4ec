"""The recovery guide's rules and words (no re-exports: import the module you need).

- ``content``: the guide's words (resources/content/*.toml), loaded and checked.
- ``rules``: pure rules: which prompt, crisis signals, screening meanings,
  exercise entries and guardrails, the legal caution, responsibility before release.
- ``store``: events, stages, check-ins, contacts, drafts (a mixin of ``Journal``).
- ``queries``: rules that need the journal's data; ``saves``: multi-step saves,
  one transaction each; ``timeline``: a day axis that never repeats a date.
"""
