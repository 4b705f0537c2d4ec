"""Spell checking, private and offline: English now, other languages by adding lists.

``SpellChecker`` is what the editor uses; ``words`` says which text is checked,
``dictionary`` what is known, ``suggest`` what might have been meant.
"""
