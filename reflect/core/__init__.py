"""The journal itself: storage, crypto and rules. Never imports Qt."""
