"""One journal on several computers, kept in step through a folder (issue 17).

``merge``: the rules that join two computers' records, by id and version.
"""
